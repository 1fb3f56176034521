// Generated from PushTelemetryResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readTaggedFields, writeTaggedFields } from "../message-codec.js";

/** PushTelemetryResponse (API key 72): versions 0, flexible 0+. */
export interface PushTelemetryResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makePushTelemetryResponse(init?: Partial<PushTelemetryResponse>): PushTelemetryResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    ...init,
  };
}

export function encodePushTelemetryResponse(w: Writer, v: PushTelemetryResponse, version: number): void {
  checkVersion("PushTelemetryResponse", version, 0, 0);
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodePushTelemetryResponse(r: Reader, version: number): PushTelemetryResponse {
  checkReadVersion(r, "PushTelemetryResponse", version, 0, 0);
  const v: PushTelemetryResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
  };
  readTaggedFields(r, v);
  return v;
}
