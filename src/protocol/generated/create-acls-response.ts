// Generated from CreateAclsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readNullableString, readTaggedFields, writeArray, writeNullableString, writeTaggedFields } from "../message-codec.js";

/** CreateAclsResponse (API key 30): versions 0-3, flexible 2+. */
export interface CreateAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The results for each ACL creation. (v0+) */
  results: CreateAclsResponseAclCreationResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreateAclsResponseAclCreationResult {
  /** The result error, or zero if there was no error. (v0+) */
  errorCode: number;
  /** The result message, or null if there was no error. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeCreateAclsResponse(init?: Partial<CreateAclsResponse>): CreateAclsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
    ...init,
  };
}

export function encodeCreateAclsResponse(w: Writer, v: CreateAclsResponse, version: number): void {
  checkVersion("CreateAclsResponse", version, 0, 3);
  const flexible = version >= 2;
  w.int32(v.throttleTimeMs);
  writeArray(w, flexible, v.results, (e) => encodeCreateAclsResponseAclCreationResult(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeCreateAclsResponse(r: Reader, version: number): CreateAclsResponse {
  checkReadVersion(r, "CreateAclsResponse", version, 0, 3);
  const flexible = version >= 2;
  const v: CreateAclsResponse = {
    throttleTimeMs: r.int32(),
    results: readArray(r, flexible, () => decodeCreateAclsResponseAclCreationResult(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeCreateAclsResponseAclCreationResult(init?: Partial<CreateAclsResponseAclCreationResult>): CreateAclsResponseAclCreationResult {
  return {
    errorCode: 0,
    errorMessage: "",
    ...init,
  };
}

export function encodeCreateAclsResponseAclCreationResult(w: Writer, v: CreateAclsResponseAclCreationResult, version: number): void {
  const flexible = version >= 2;
  w.int16(v.errorCode);
  writeNullableString(w, flexible, v.errorMessage);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeCreateAclsResponseAclCreationResult(r: Reader, version: number): CreateAclsResponseAclCreationResult {
  const flexible = version >= 2;
  const v: CreateAclsResponseAclCreationResult = {
    errorCode: r.int16(),
    errorMessage: readNullableString(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
