// Generated from DescribeAclsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readNullableString, readString, readTaggedFields, writeArray, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** DescribeAclsResponse (API key 29): versions 0-3, flexible 2+. */
export interface DescribeAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** Each Resource that is referenced in an ACL. (v0+) */
  resources: DescribeAclsResponseDescribeAclsResource[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeAclsResponseDescribeAclsResource {
  /** The resource type. (v0+) */
  resourceType: number;
  /** The resource name. (v0+) */
  resourceName: string;
  /** The resource pattern type. (v1+) */
  patternType: number;
  /** The ACLs. (v0+) */
  acls: DescribeAclsResponseAclDescription[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeAclsResponseAclDescription {
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

export function makeDescribeAclsResponse(init?: Partial<DescribeAclsResponse>): DescribeAclsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    resources: [],
    ...init,
  };
}

export function encodeDescribeAclsResponse(w: Writer, v: DescribeAclsResponse, version: number): void {
  checkVersion("DescribeAclsResponse", version, 0, 3);
  const flexible = version >= 2;
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  writeNullableString(w, flexible, v.errorMessage);
  writeArray(w, flexible, v.resources, (e) => encodeDescribeAclsResponseDescribeAclsResource(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeAclsResponse(r: Reader, version: number): DescribeAclsResponse {
  checkReadVersion(r, "DescribeAclsResponse", version, 0, 3);
  const flexible = version >= 2;
  const v: DescribeAclsResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: readNullableString(r, flexible),
    resources: readArray(r, flexible, () => decodeDescribeAclsResponseDescribeAclsResource(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDescribeAclsResponseDescribeAclsResource(init?: Partial<DescribeAclsResponseDescribeAclsResource>): DescribeAclsResponseDescribeAclsResource {
  return {
    resourceType: 0,
    resourceName: "",
    patternType: 3,
    acls: [],
    ...init,
  };
}

export function encodeDescribeAclsResponseDescribeAclsResource(w: Writer, v: DescribeAclsResponseDescribeAclsResource, version: number): void {
  const flexible = version >= 2;
  w.int8(v.resourceType);
  writeString(w, flexible, v.resourceName);
  if (version >= 1) w.int8(v.patternType);
  else if (v.patternType !== 3) fieldVersionError("DescribeAclsResponseDescribeAclsResource.patternType", version);
  writeArray(w, flexible, v.acls, (e) => encodeDescribeAclsResponseAclDescription(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeAclsResponseDescribeAclsResource(r: Reader, version: number): DescribeAclsResponseDescribeAclsResource {
  const flexible = version >= 2;
  const v: DescribeAclsResponseDescribeAclsResource = {
    resourceType: r.int8(),
    resourceName: readString(r, flexible),
    patternType: version >= 1 ? r.int8() : 3,
    acls: readArray(r, flexible, () => decodeDescribeAclsResponseAclDescription(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDescribeAclsResponseAclDescription(init?: Partial<DescribeAclsResponseAclDescription>): DescribeAclsResponseAclDescription {
  return {
    principal: "",
    host: "",
    operation: 0,
    permissionType: 0,
    ...init,
  };
}

export function encodeDescribeAclsResponseAclDescription(w: Writer, v: DescribeAclsResponseAclDescription, version: number): void {
  const flexible = version >= 2;
  writeString(w, flexible, v.principal);
  writeString(w, flexible, v.host);
  w.int8(v.operation);
  w.int8(v.permissionType);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeAclsResponseAclDescription(r: Reader, version: number): DescribeAclsResponseAclDescription {
  const flexible = version >= 2;
  const v: DescribeAclsResponseAclDescription = {
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
