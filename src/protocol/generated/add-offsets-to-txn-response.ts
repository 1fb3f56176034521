// Generated from AddOffsetsToTxnResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readTaggedFields, writeTaggedFields } from "../message-codec.js";

/** AddOffsetsToTxnResponse (API key 25): versions 0-4, flexible 3+. */
export interface AddOffsetsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The response error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeAddOffsetsToTxnResponse(init?: Partial<AddOffsetsToTxnResponse>): AddOffsetsToTxnResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    ...init,
  };
}

export function encodeAddOffsetsToTxnResponse(w: Writer, v: AddOffsetsToTxnResponse, version: number): void {
  checkVersion("AddOffsetsToTxnResponse", version, 0, 4);
  const flexible = version >= 3;
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAddOffsetsToTxnResponse(r: Reader, version: number): AddOffsetsToTxnResponse {
  checkReadVersion(r, "AddOffsetsToTxnResponse", version, 0, 4);
  const flexible = version >= 3;
  const v: AddOffsetsToTxnResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
