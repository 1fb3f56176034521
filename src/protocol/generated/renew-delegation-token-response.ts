// Generated from RenewDelegationTokenResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readTaggedFields, writeTaggedFields } from "../message-codec.js";

/** RenewDelegationTokenResponse (API key 39): versions 0-2, flexible 2+. */
export interface RenewDelegationTokenResponse {
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The timestamp in milliseconds at which this token expires. (v0+) */
  expiryTimestampMs: bigint;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeRenewDelegationTokenResponse(init?: Partial<RenewDelegationTokenResponse>): RenewDelegationTokenResponse {
  return {
    errorCode: 0,
    expiryTimestampMs: 0n,
    throttleTimeMs: 0,
    ...init,
  };
}

export function encodeRenewDelegationTokenResponse(w: Writer, v: RenewDelegationTokenResponse, version: number): void {
  checkVersion("RenewDelegationTokenResponse", version, 0, 2);
  const flexible = version >= 2;
  w.int16(v.errorCode);
  w.int64(v.expiryTimestampMs);
  w.int32(v.throttleTimeMs);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeRenewDelegationTokenResponse(r: Reader, version: number): RenewDelegationTokenResponse {
  checkReadVersion(r, "RenewDelegationTokenResponse", version, 0, 2);
  const flexible = version >= 2;
  const v: RenewDelegationTokenResponse = {
    errorCode: r.int16(),
    expiryTimestampMs: r.int64(),
    throttleTimeMs: r.int32(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
