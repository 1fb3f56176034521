// Generated from ExpireDelegationTokenRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { EMPTY_BYTES, type TaggedField, checkReadVersion, checkVersion, readBytes, readTaggedFields, writeBytes, writeTaggedFields } from "../message-codec.js";

/** ExpireDelegationTokenRequest (API key 40): versions 0-2, flexible 2+, deprecated 0. */
export interface ExpireDelegationTokenRequest {
  /** The HMAC of the delegation token to be expired. (v0+) */
  hmac: Buffer;
  /** The expiry time period in milliseconds. (v0+) */
  expiryTimePeriodMs: bigint;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeExpireDelegationTokenRequest(init?: Partial<ExpireDelegationTokenRequest>): ExpireDelegationTokenRequest {
  return {
    hmac: EMPTY_BYTES,
    expiryTimePeriodMs: 0n,
    ...init,
  };
}

export function encodeExpireDelegationTokenRequest(w: Writer, v: ExpireDelegationTokenRequest, version: number): void {
  checkVersion("ExpireDelegationTokenRequest", version, 0, 2);
  const flexible = version >= 2;
  writeBytes(w, flexible, v.hmac);
  w.int64(v.expiryTimePeriodMs);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeExpireDelegationTokenRequest(r: Reader, version: number): ExpireDelegationTokenRequest {
  checkReadVersion(r, "ExpireDelegationTokenRequest", version, 0, 2);
  const flexible = version >= 2;
  const v: ExpireDelegationTokenRequest = {
    hmac: readBytes(r, flexible),
    expiryTimePeriodMs: r.int64(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
