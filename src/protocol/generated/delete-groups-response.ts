// Generated from DeleteGroupsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readString, readTaggedFields, writeArray, writeString, writeTaggedFields } from "../message-codec.js";

/** DeleteGroupsResponse (API key 42): versions 0-2, flexible 2+. */
export interface DeleteGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The deletion results (v0+) */
  results: DeleteGroupsResponseDeletableGroupResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteGroupsResponseDeletableGroupResult {
  /** The group id (v0+) */
  groupId: string;
  /** The deletion error, or 0 if the deletion succeeded. (v0+) */
  errorCode: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDeleteGroupsResponse(init?: Partial<DeleteGroupsResponse>): DeleteGroupsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
    ...init,
  };
}

export function encodeDeleteGroupsResponse(w: Writer, v: DeleteGroupsResponse, version: number): void {
  checkVersion("DeleteGroupsResponse", version, 0, 2);
  const flexible = version >= 2;
  w.int32(v.throttleTimeMs);
  writeArray(w, flexible, v.results, (e) => encodeDeleteGroupsResponseDeletableGroupResult(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDeleteGroupsResponse(r: Reader, version: number): DeleteGroupsResponse {
  checkReadVersion(r, "DeleteGroupsResponse", version, 0, 2);
  const flexible = version >= 2;
  const v: DeleteGroupsResponse = {
    throttleTimeMs: r.int32(),
    results: readArray(r, flexible, () => decodeDeleteGroupsResponseDeletableGroupResult(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDeleteGroupsResponseDeletableGroupResult(init?: Partial<DeleteGroupsResponseDeletableGroupResult>): DeleteGroupsResponseDeletableGroupResult {
  return {
    groupId: "",
    errorCode: 0,
    ...init,
  };
}

export function encodeDeleteGroupsResponseDeletableGroupResult(w: Writer, v: DeleteGroupsResponseDeletableGroupResult, version: number): void {
  const flexible = version >= 2;
  writeString(w, flexible, v.groupId);
  w.int16(v.errorCode);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDeleteGroupsResponseDeletableGroupResult(r: Reader, version: number): DeleteGroupsResponseDeletableGroupResult {
  const flexible = version >= 2;
  const v: DeleteGroupsResponseDeletableGroupResult = {
    groupId: readString(r, flexible),
    errorCode: r.int16(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
