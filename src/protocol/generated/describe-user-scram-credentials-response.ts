// Generated from DescribeUserScramCredentialsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** DescribeUserScramCredentialsResponse (API key 50): versions 0, flexible 0+. */
export interface DescribeUserScramCredentialsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The message-level error code, 0 except for user authorization or infrastructure issues. (v0+) */
  errorCode: number;
  /** The message-level error message, if any. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** The results for descriptions, one per user. (v0+) */
  results: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  /** The user name. (v0+) */
  user: string;
  /** The user-level error code. (v0+) */
  errorCode: number;
  /** The user-level error message, if any. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** The mechanism and related information associated with the user's SCRAM credentials. (v0+) */
  credentialInfos: DescribeUserScramCredentialsResponseCredentialInfo[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeUserScramCredentialsResponseCredentialInfo {
  /** The SCRAM mechanism. (v0+) */
  mechanism: number;
  /** The number of iterations used in the SCRAM credential. (v0+) */
  iterations: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDescribeUserScramCredentialsResponse(init?: Partial<DescribeUserScramCredentialsResponse>): DescribeUserScramCredentialsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    results: [],
    ...init,
  };
}

export function encodeDescribeUserScramCredentialsResponse(w: Writer, v: DescribeUserScramCredentialsResponse, version: number): void {
  checkVersion("DescribeUserScramCredentialsResponse", version, 0, 0);
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  writeArray(w, true, v.results, (e) => encodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeUserScramCredentialsResponse(r: Reader, version: number): DescribeUserScramCredentialsResponse {
  checkReadVersion(r, "DescribeUserScramCredentialsResponse", version, 0, 0);
  const v: DescribeUserScramCredentialsResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    results: readArray(r, true, () => decodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(init?: Partial<DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult>): DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  return {
    user: "",
    errorCode: 0,
    errorMessage: "",
    credentialInfos: [],
    ...init,
  };
}

export function encodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(w: Writer, v: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult, version: number): void {
  w.compactString(v.user);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  writeArray(w, true, v.credentialInfos, (e) => encodeDescribeUserScramCredentialsResponseCredentialInfo(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(r: Reader, version: number): DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  const v: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult = {
    user: r.compactString(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    credentialInfos: readArray(r, true, () => decodeDescribeUserScramCredentialsResponseCredentialInfo(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDescribeUserScramCredentialsResponseCredentialInfo(init?: Partial<DescribeUserScramCredentialsResponseCredentialInfo>): DescribeUserScramCredentialsResponseCredentialInfo {
  return {
    mechanism: 0,
    iterations: 0,
    ...init,
  };
}

export function encodeDescribeUserScramCredentialsResponseCredentialInfo(w: Writer, v: DescribeUserScramCredentialsResponseCredentialInfo, _version: number): void {
  w.int8(v.mechanism);
  w.int32(v.iterations);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeUserScramCredentialsResponseCredentialInfo(r: Reader, _version: number): DescribeUserScramCredentialsResponseCredentialInfo {
  const v: DescribeUserScramCredentialsResponseCredentialInfo = {
    mechanism: r.int8(),
    iterations: r.int32(),
  };
  readTaggedFields(r, v);
  return v;
}
