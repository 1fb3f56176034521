// Generated from DescribeDelegationTokenResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { EMPTY_BYTES, type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readBytes, readString, readTaggedFields, writeArray, writeBytes, writeString, writeTaggedFields } from "../message-codec.js";

/** DescribeDelegationTokenResponse (API key 41): versions 0-3, flexible 2+. */
export interface DescribeDelegationTokenResponse {
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The tokens. (v0+) */
  tokens: DescribeDelegationTokenResponseDescribedDelegationToken[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeDelegationTokenResponseDescribedDelegationToken {
  /** The token principal type. (v0+) */
  principalType: string;
  /** The token principal name. (v0+) */
  principalName: string;
  /** The principal type of the requester of the token. (v3+) */
  tokenRequesterPrincipalType: string;
  /** The principal type of the requester of the token. (v3+) */
  tokenRequesterPrincipalName: string;
  /** The token issue timestamp in milliseconds. (v0+) */
  issueTimestamp: bigint;
  /** The token expiry timestamp in milliseconds. (v0+) */
  expiryTimestamp: bigint;
  /** The token maximum timestamp length in milliseconds. (v0+) */
  maxTimestamp: bigint;
  /** The token ID. (v0+) */
  tokenId: string;
  /** The token HMAC. (v0+) */
  hmac: Buffer;
  /** Those who are able to renew this token before it expires. (v0+) */
  renewers: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  /** The renewer principal type (v0+) */
  principalType: string;
  /** The renewer principal name (v0+) */
  principalName: string;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDescribeDelegationTokenResponse(init?: Partial<DescribeDelegationTokenResponse>): DescribeDelegationTokenResponse {
  return {
    errorCode: 0,
    tokens: [],
    throttleTimeMs: 0,
    ...init,
  };
}

export function encodeDescribeDelegationTokenResponse(w: Writer, v: DescribeDelegationTokenResponse, version: number): void {
  checkVersion("DescribeDelegationTokenResponse", version, 0, 3);
  const flexible = version >= 2;
  w.int16(v.errorCode);
  writeArray(w, flexible, v.tokens, (e) => encodeDescribeDelegationTokenResponseDescribedDelegationToken(w, e, version));
  w.int32(v.throttleTimeMs);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeDelegationTokenResponse(r: Reader, version: number): DescribeDelegationTokenResponse {
  checkReadVersion(r, "DescribeDelegationTokenResponse", version, 0, 3);
  const flexible = version >= 2;
  const v: DescribeDelegationTokenResponse = {
    errorCode: r.int16(),
    tokens: readArray(r, flexible, () => decodeDescribeDelegationTokenResponseDescribedDelegationToken(r, version)),
    throttleTimeMs: r.int32(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDescribeDelegationTokenResponseDescribedDelegationToken(init?: Partial<DescribeDelegationTokenResponseDescribedDelegationToken>): DescribeDelegationTokenResponseDescribedDelegationToken {
  return {
    principalType: "",
    principalName: "",
    tokenRequesterPrincipalType: "",
    tokenRequesterPrincipalName: "",
    issueTimestamp: 0n,
    expiryTimestamp: 0n,
    maxTimestamp: 0n,
    tokenId: "",
    hmac: EMPTY_BYTES,
    renewers: [],
    ...init,
  };
}

export function encodeDescribeDelegationTokenResponseDescribedDelegationToken(w: Writer, v: DescribeDelegationTokenResponseDescribedDelegationToken, version: number): void {
  const flexible = version >= 2;
  writeString(w, flexible, v.principalType);
  writeString(w, flexible, v.principalName);
  if (version >= 3) w.compactString(v.tokenRequesterPrincipalType);
  else if (v.tokenRequesterPrincipalType !== "") fieldVersionError("DescribeDelegationTokenResponseDescribedDelegationToken.tokenRequesterPrincipalType", version);
  if (version >= 3) w.compactString(v.tokenRequesterPrincipalName);
  else if (v.tokenRequesterPrincipalName !== "") fieldVersionError("DescribeDelegationTokenResponseDescribedDelegationToken.tokenRequesterPrincipalName", version);
  w.int64(v.issueTimestamp);
  w.int64(v.expiryTimestamp);
  w.int64(v.maxTimestamp);
  writeString(w, flexible, v.tokenId);
  writeBytes(w, flexible, v.hmac);
  writeArray(w, flexible, v.renewers, (e) => encodeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeDelegationTokenResponseDescribedDelegationToken(r: Reader, version: number): DescribeDelegationTokenResponseDescribedDelegationToken {
  const flexible = version >= 2;
  const v: DescribeDelegationTokenResponseDescribedDelegationToken = {
    principalType: readString(r, flexible),
    principalName: readString(r, flexible),
    tokenRequesterPrincipalType: version >= 3 ? r.compactString() : "",
    tokenRequesterPrincipalName: version >= 3 ? r.compactString() : "",
    issueTimestamp: r.int64(),
    expiryTimestamp: r.int64(),
    maxTimestamp: r.int64(),
    tokenId: readString(r, flexible),
    hmac: readBytes(r, flexible),
    renewers: readArray(r, flexible, () => decodeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(init?: Partial<DescribeDelegationTokenResponseDescribedDelegationTokenRenewer>): DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  return {
    principalType: "",
    principalName: "",
    ...init,
  };
}

export function encodeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(w: Writer, v: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer, version: number): void {
  const flexible = version >= 2;
  writeString(w, flexible, v.principalType);
  writeString(w, flexible, v.principalName);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(r: Reader, version: number): DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  const flexible = version >= 2;
  const v: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer = {
    principalType: readString(r, flexible),
    principalName: readString(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
