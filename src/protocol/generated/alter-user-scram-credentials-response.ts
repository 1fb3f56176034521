// Generated from AlterUserScramCredentialsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** AlterUserScramCredentialsResponse (API key 51): versions 0, flexible 0+. */
export interface AlterUserScramCredentialsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The results for deletions and alterations, one per affected user. (v0+) */
  results: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterUserScramCredentialsResponseAlterUserScramCredentialsResult {
  /** The user name. (v0+) */
  user: string;
  /** The error code. (v0+) */
  errorCode: number;
  /** The error message, if any. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeAlterUserScramCredentialsResponse(init?: Partial<AlterUserScramCredentialsResponse>): AlterUserScramCredentialsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
    ...init,
  };
}

export function encodeAlterUserScramCredentialsResponse(w: Writer, v: AlterUserScramCredentialsResponse, version: number): void {
  checkVersion("AlterUserScramCredentialsResponse", version, 0, 0);
  w.int32(v.throttleTimeMs);
  writeArray(w, true, v.results, (e) => encodeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeAlterUserScramCredentialsResponse(r: Reader, version: number): AlterUserScramCredentialsResponse {
  checkReadVersion(r, "AlterUserScramCredentialsResponse", version, 0, 0);
  const v: AlterUserScramCredentialsResponse = {
    throttleTimeMs: r.int32(),
    results: readArray(r, true, () => decodeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(init?: Partial<AlterUserScramCredentialsResponseAlterUserScramCredentialsResult>): AlterUserScramCredentialsResponseAlterUserScramCredentialsResult {
  return {
    user: "",
    errorCode: 0,
    errorMessage: "",
    ...init,
  };
}

export function encodeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(w: Writer, v: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult, _version: number): void {
  w.compactString(v.user);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(r: Reader, _version: number): AlterUserScramCredentialsResponseAlterUserScramCredentialsResult {
  const v: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult = {
    user: r.compactString(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
  };
  readTaggedFields(r, v);
  return v;
}
