// Generated from EndTxnResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readTaggedFields, writeTaggedFields } from "../message-codec.js";

/** EndTxnResponse (API key 26): versions 0-5, flexible 3+. */
export interface EndTxnResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The producer ID. (v5+, ignorable) */
  producerId: bigint;
  /** The current epoch associated with the producer. (v5+, ignorable) */
  producerEpoch: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeEndTxnResponse(init?: Partial<EndTxnResponse>): EndTxnResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    producerId: -1n,
    producerEpoch: -1,
    ...init,
  };
}

export function encodeEndTxnResponse(w: Writer, v: EndTxnResponse, version: number): void {
  checkVersion("EndTxnResponse", version, 0, 5);
  const flexible = version >= 3;
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  if (version >= 5) w.int64(v.producerId);
  if (version >= 5) w.int16(v.producerEpoch);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeEndTxnResponse(r: Reader, version: number): EndTxnResponse {
  checkReadVersion(r, "EndTxnResponse", version, 0, 5);
  const flexible = version >= 3;
  const v: EndTxnResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    producerId: version >= 5 ? r.int64() : -1n,
    producerEpoch: version >= 5 ? r.int16() : -1,
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
