// Generated from ExpireDelegationTokenResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readTaggedFields, writeTaggedFields } from "../message-codec.js";

/** ExpireDelegationTokenResponse (API key 40): versions 0-2, flexible 2+. */
export interface ExpireDelegationTokenResponse {
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The timestamp in milliseconds at which this token expires. (v0+) */
  expiryTimestampMs: bigint;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeExpireDelegationTokenResponse(init?: Partial<ExpireDelegationTokenResponse>): ExpireDelegationTokenResponse {
  return {
    errorCode: 0,
    expiryTimestampMs: 0n,
    throttleTimeMs: 0,
    ...init,
  };
}

export function encodeExpireDelegationTokenResponse(w: Writer, v: ExpireDelegationTokenResponse, version: number): void {
  checkVersion("ExpireDelegationTokenResponse", version, 0, 2);
  const flexible = version >= 2;
  w.int16(v.errorCode);
  w.int64(v.expiryTimestampMs);
  w.int32(v.throttleTimeMs);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeExpireDelegationTokenResponse(r: Reader, version: number): ExpireDelegationTokenResponse {
  checkReadVersion(r, "ExpireDelegationTokenResponse", version, 0, 2);
  const flexible = version >= 2;
  const v: ExpireDelegationTokenResponse = {
    errorCode: r.int16(),
    expiryTimestampMs: r.int64(),
    throttleTimeMs: r.int32(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
