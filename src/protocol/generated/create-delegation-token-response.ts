// Generated from CreateDelegationTokenResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { EMPTY_BYTES, type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readBytes, readString, readTaggedFields, writeBytes, writeString, writeTaggedFields } from "../message-codec.js";

/** CreateDelegationTokenResponse (API key 38): versions 0-3, flexible 2+. */
export interface CreateDelegationTokenResponse {
  /** The top-level error, or zero if there was no error. (v0+) */
  errorCode: number;
  /** The principal type of the token owner. (v0+) */
  principalType: string;
  /** The name of the token owner. (v0+) */
  principalName: string;
  /** The principal type of the requester of the token. (v3+) */
  tokenRequesterPrincipalType: string;
  /** The principal type of the requester of the token. (v3+) */
  tokenRequesterPrincipalName: string;
  /** When this token was generated. (v0+) */
  issueTimestampMs: bigint;
  /** When this token expires. (v0+) */
  expiryTimestampMs: bigint;
  /** The maximum lifetime of this token. (v0+) */
  maxTimestampMs: bigint;
  /** The token UUID. (v0+) */
  tokenId: string;
  /** HMAC of the delegation token. (v0+) */
  hmac: Buffer;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeCreateDelegationTokenResponse(init?: Partial<CreateDelegationTokenResponse>): CreateDelegationTokenResponse {
  return {
    errorCode: 0,
    principalType: "",
    principalName: "",
    tokenRequesterPrincipalType: "",
    tokenRequesterPrincipalName: "",
    issueTimestampMs: 0n,
    expiryTimestampMs: 0n,
    maxTimestampMs: 0n,
    tokenId: "",
    hmac: EMPTY_BYTES,
    throttleTimeMs: 0,
    ...init,
  };
}

export function encodeCreateDelegationTokenResponse(w: Writer, v: CreateDelegationTokenResponse, version: number): void {
  checkVersion("CreateDelegationTokenResponse", version, 0, 3);
  const flexible = version >= 2;
  w.int16(v.errorCode);
  writeString(w, flexible, v.principalType);
  writeString(w, flexible, v.principalName);
  if (version >= 3) w.compactString(v.tokenRequesterPrincipalType);
  else if (v.tokenRequesterPrincipalType !== "") fieldVersionError("CreateDelegationTokenResponse.tokenRequesterPrincipalType", version);
  if (version >= 3) w.compactString(v.tokenRequesterPrincipalName);
  else if (v.tokenRequesterPrincipalName !== "") fieldVersionError("CreateDelegationTokenResponse.tokenRequesterPrincipalName", version);
  w.int64(v.issueTimestampMs);
  w.int64(v.expiryTimestampMs);
  w.int64(v.maxTimestampMs);
  writeString(w, flexible, v.tokenId);
  writeBytes(w, flexible, v.hmac);
  w.int32(v.throttleTimeMs);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeCreateDelegationTokenResponse(r: Reader, version: number): CreateDelegationTokenResponse {
  checkReadVersion(r, "CreateDelegationTokenResponse", version, 0, 3);
  const flexible = version >= 2;
  const v: CreateDelegationTokenResponse = {
    errorCode: r.int16(),
    principalType: readString(r, flexible),
    principalName: readString(r, flexible),
    tokenRequesterPrincipalType: version >= 3 ? r.compactString() : "",
    tokenRequesterPrincipalName: version >= 3 ? r.compactString() : "",
    issueTimestampMs: r.int64(),
    expiryTimestampMs: r.int64(),
    maxTimestampMs: r.int64(),
    tokenId: readString(r, flexible),
    hmac: readBytes(r, flexible),
    throttleTimeMs: r.int32(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
