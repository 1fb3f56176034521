// Generated from HeartbeatResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readTaggedFields, writeTaggedFields } from "../message-codec.js";

/** HeartbeatResponse (API key 12): versions 0-4, flexible 4+. */
export interface HeartbeatResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+, ignorable) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeHeartbeatResponse(init?: Partial<HeartbeatResponse>): HeartbeatResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    ...init,
  };
}

export function encodeHeartbeatResponse(w: Writer, v: HeartbeatResponse, version: number): void {
  checkVersion("HeartbeatResponse", version, 0, 4);
  const flexible = version >= 4;
  if (version >= 1) w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeHeartbeatResponse(r: Reader, version: number): HeartbeatResponse {
  checkReadVersion(r, "HeartbeatResponse", version, 0, 4);
  const flexible = version >= 4;
  const v: HeartbeatResponse = {
    throttleTimeMs: version >= 1 ? r.int32() : 0,
    errorCode: r.int16(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
