// Generated from DeleteAclsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readNullableString, readString, readTaggedFields, writeArray, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** DeleteAclsResponse (API key 31): versions 0-3, flexible 2+. */
export interface DeleteAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The results for each filter. (v0+) */
  filterResults: DeleteAclsResponseDeleteAclsFilterResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteAclsResponseDeleteAclsFilterResult {
  /** The error code, or 0 if the filter succeeded. (v0+) */
  errorCode: number;
  /** The error message, or null if the filter succeeded. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** The ACLs which matched this filter. (v0+) */
  matchingAcls: DeleteAclsResponseDeleteAclsMatchingAcl[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteAclsResponseDeleteAclsMatchingAcl {
  /** The deletion error code, or 0 if the deletion succeeded. (v0+) */
  errorCode: number;
  /** The deletion error message, or null if the deletion succeeded. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** The ACL resource type. (v0+) */
  resourceType: number;
  /** The ACL resource name. (v0+) */
  resourceName: string;
  /** The ACL resource pattern type. (v1+) */
  patternType: number;
  /** The ACL principal. (v0+) */
  principal: string;
  /** The ACL host. (v0+) */
  host: string;
  /** The ACL operation. (v0+) */
  operation: number;
  /** The ACL permission type. (v0+) */
  permissionType: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDeleteAclsResponse(init?: Partial<DeleteAclsResponse>): DeleteAclsResponse {
  return {
    throttleTimeMs: 0,
    filterResults: [],
    ...init,
  };
}

export function encodeDeleteAclsResponse(w: Writer, v: DeleteAclsResponse, version: number): void {
  checkVersion("DeleteAclsResponse", version, 0, 3);
  const flexible = version >= 2;
  w.int32(v.throttleTimeMs);
  writeArray(w, flexible, v.filterResults, (e) => encodeDeleteAclsResponseDeleteAclsFilterResult(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDeleteAclsResponse(r: Reader, version: number): DeleteAclsResponse {
  checkReadVersion(r, "DeleteAclsResponse", version, 0, 3);
  const flexible = version >= 2;
  const v: DeleteAclsResponse = {
    throttleTimeMs: r.int32(),
    filterResults: readArray(r, flexible, () => decodeDeleteAclsResponseDeleteAclsFilterResult(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDeleteAclsResponseDeleteAclsFilterResult(init?: Partial<DeleteAclsResponseDeleteAclsFilterResult>): DeleteAclsResponseDeleteAclsFilterResult {
  return {
    errorCode: 0,
    errorMessage: "",
    matchingAcls: [],
    ...init,
  };
}

export function encodeDeleteAclsResponseDeleteAclsFilterResult(w: Writer, v: DeleteAclsResponseDeleteAclsFilterResult, version: number): void {
  const flexible = version >= 2;
  w.int16(v.errorCode);
  writeNullableString(w, flexible, v.errorMessage);
  writeArray(w, flexible, v.matchingAcls, (e) => encodeDeleteAclsResponseDeleteAclsMatchingAcl(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDeleteAclsResponseDeleteAclsFilterResult(r: Reader, version: number): DeleteAclsResponseDeleteAclsFilterResult {
  const flexible = version >= 2;
  const v: DeleteAclsResponseDeleteAclsFilterResult = {
    errorCode: r.int16(),
    errorMessage: readNullableString(r, flexible),
    matchingAcls: readArray(r, flexible, () => decodeDeleteAclsResponseDeleteAclsMatchingAcl(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDeleteAclsResponseDeleteAclsMatchingAcl(init?: Partial<DeleteAclsResponseDeleteAclsMatchingAcl>): DeleteAclsResponseDeleteAclsMatchingAcl {
  return {
    errorCode: 0,
    errorMessage: "",
    resourceType: 0,
    resourceName: "",
    patternType: 3,
    principal: "",
    host: "",
    operation: 0,
    permissionType: 0,
    ...init,
  };
}

export function encodeDeleteAclsResponseDeleteAclsMatchingAcl(w: Writer, v: DeleteAclsResponseDeleteAclsMatchingAcl, version: number): void {
  const flexible = version >= 2;
  w.int16(v.errorCode);
  writeNullableString(w, flexible, v.errorMessage);
  w.int8(v.resourceType);
  writeString(w, flexible, v.resourceName);
  if (version >= 1) w.int8(v.patternType);
  else if (v.patternType !== 3) fieldVersionError("DeleteAclsResponseDeleteAclsMatchingAcl.patternType", version);
  writeString(w, flexible, v.principal);
  writeString(w, flexible, v.host);
  w.int8(v.operation);
  w.int8(v.permissionType);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDeleteAclsResponseDeleteAclsMatchingAcl(r: Reader, version: number): DeleteAclsResponseDeleteAclsMatchingAcl {
  const flexible = version >= 2;
  const v: DeleteAclsResponseDeleteAclsMatchingAcl = {
    errorCode: r.int16(),
    errorMessage: readNullableString(r, flexible),
    resourceType: r.int8(),
    resourceName: readString(r, flexible),
    patternType: version >= 1 ? r.int8() : 3,
    principal: readString(r, flexible),
    host: readString(r, flexible),
    operation: r.int8(),
    permissionType: r.int8(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
