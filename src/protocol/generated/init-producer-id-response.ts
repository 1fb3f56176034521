// Generated from InitProducerIdResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readTaggedFields, writeTaggedFields } from "../message-codec.js";

/** InitProducerIdResponse (API key 22): versions 0-5, flexible 2+. */
export interface InitProducerIdResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+, ignorable) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The current producer id. (v0+) */
  producerId: bigint;
  /** The current epoch associated with the producer id. (v0+) */
  producerEpoch: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeInitProducerIdResponse(init?: Partial<InitProducerIdResponse>): InitProducerIdResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    producerId: -1n,
    producerEpoch: 0,
    ...init,
  };
}

export function encodeInitProducerIdResponse(w: Writer, v: InitProducerIdResponse, version: number): void {
  checkVersion("InitProducerIdResponse", version, 0, 5);
  const flexible = version >= 2;
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeInitProducerIdResponse(r: Reader, version: number): InitProducerIdResponse {
  checkReadVersion(r, "InitProducerIdResponse", version, 0, 5);
  const flexible = version >= 2;
  const v: InitProducerIdResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    producerId: r.int64(),
    producerEpoch: r.int16(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
