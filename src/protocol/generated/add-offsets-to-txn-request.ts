// Generated from AddOffsetsToTxnRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readString, readTaggedFields, writeString, writeTaggedFields } from "../message-codec.js";

/** AddOffsetsToTxnRequest (API key 25): versions 0-4, flexible 3+. */
export interface AddOffsetsToTxnRequest {
  /** The transactional id corresponding to the transaction. (v0+) */
  transactionalId: string;
  /** Current producer id in use by the transactional id. (v0+) */
  producerId: bigint;
  /** Current epoch associated with the producer id. (v0+) */
  producerEpoch: number;
  /** The unique group identifier. (v0+) */
  groupId: string;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeAddOffsetsToTxnRequest(init?: Partial<AddOffsetsToTxnRequest>): AddOffsetsToTxnRequest {
  return {
    transactionalId: "",
    producerId: 0n,
    producerEpoch: 0,
    groupId: "",
    ...init,
  };
}

export function encodeAddOffsetsToTxnRequest(w: Writer, v: AddOffsetsToTxnRequest, version: number): void {
  checkVersion("AddOffsetsToTxnRequest", version, 0, 4);
  const flexible = version >= 3;
  writeString(w, flexible, v.transactionalId);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  writeString(w, flexible, v.groupId);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAddOffsetsToTxnRequest(r: Reader, version: number): AddOffsetsToTxnRequest {
  checkReadVersion(r, "AddOffsetsToTxnRequest", version, 0, 4);
  const flexible = version >= 3;
  const v: AddOffsetsToTxnRequest = {
    transactionalId: readString(r, flexible),
    producerId: r.int64(),
    producerEpoch: r.int16(),
    groupId: readString(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
