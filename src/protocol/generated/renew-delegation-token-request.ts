// Generated from RenewDelegationTokenRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { EMPTY_BYTES, type TaggedField, checkReadVersion, checkVersion, readBytes, readTaggedFields, writeBytes, writeTaggedFields } from "../message-codec.js";

/** RenewDelegationTokenRequest (API key 39): versions 0-2, flexible 2+, deprecated 0. */
export interface RenewDelegationTokenRequest {
  /** The HMAC of the delegation token to be renewed. (v0+) */
  hmac: Buffer;
  /** The renewal time period in milliseconds. (v0+) */
  renewPeriodMs: bigint;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeRenewDelegationTokenRequest(init?: Partial<RenewDelegationTokenRequest>): RenewDelegationTokenRequest {
  return {
    hmac: EMPTY_BYTES,
    renewPeriodMs: 0n,
    ...init,
  };
}

export function encodeRenewDelegationTokenRequest(w: Writer, v: RenewDelegationTokenRequest, version: number): void {
  checkVersion("RenewDelegationTokenRequest", version, 0, 2);
  const flexible = version >= 2;
  writeBytes(w, flexible, v.hmac);
  w.int64(v.renewPeriodMs);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeRenewDelegationTokenRequest(r: Reader, version: number): RenewDelegationTokenRequest {
  checkReadVersion(r, "RenewDelegationTokenRequest", version, 0, 2);
  const flexible = version >= 2;
  const v: RenewDelegationTokenRequest = {
    hmac: readBytes(r, flexible),
    renewPeriodMs: r.int64(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
