// Generated from EndTxnRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readString, readTaggedFields, writeString, writeTaggedFields } from "../message-codec.js";

/** EndTxnRequest (API key 26): versions 0-5, flexible 3+, latest version unstable. */
export interface EndTxnRequest {
  /** The ID of the transaction to end. (v0+) */
  transactionalId: string;
  /** The producer ID. (v0+) */
  producerId: bigint;
  /** The current epoch associated with the producer. (v0+) */
  producerEpoch: number;
  /** True if the transaction was committed, false if it was aborted. (v0+) */
  committed: boolean;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeEndTxnRequest(init?: Partial<EndTxnRequest>): EndTxnRequest {
  return {
    transactionalId: "",
    producerId: 0n,
    producerEpoch: 0,
    committed: false,
    ...init,
  };
}

export function encodeEndTxnRequest(w: Writer, v: EndTxnRequest, version: number): void {
  checkVersion("EndTxnRequest", version, 0, 5);
  const flexible = version >= 3;
  writeString(w, flexible, v.transactionalId);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  w.bool(v.committed);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeEndTxnRequest(r: Reader, version: number): EndTxnRequest {
  checkReadVersion(r, "EndTxnRequest", version, 0, 5);
  const flexible = version >= 3;
  const v: EndTxnRequest = {
    transactionalId: readString(r, flexible),
    producerId: r.int64(),
    producerEpoch: r.int16(),
    committed: r.bool(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
