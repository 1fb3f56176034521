// Generated from DescribeAclsRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readNullableString, readTaggedFields, writeNullableString, writeTaggedFields } from "../message-codec.js";

/** DescribeAclsRequest (API key 29): versions 0-3, flexible 2+, deprecated 0. */
export interface DescribeAclsRequest {
  /** The resource type. (v0+) */
  resourceTypeFilter: number;
  /** The resource name, or null to match any resource name. (v0+, nullable v0+) */
  resourceNameFilter: string | null;
  /** The resource pattern to match. (v1+) */
  patternTypeFilter: number;
  /** The principal to match, or null to match any principal. (v0+, nullable v0+) */
  principalFilter: string | null;
  /** The host to match, or null to match any host. (v0+, nullable v0+) */
  hostFilter: string | null;
  /** The operation to match. (v0+) */
  operation: number;
  /** The permission type to match. (v0+) */
  permissionType: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDescribeAclsRequest(init?: Partial<DescribeAclsRequest>): DescribeAclsRequest {
  return {
    resourceTypeFilter: 0,
    resourceNameFilter: "",
    patternTypeFilter: 3,
    principalFilter: "",
    hostFilter: "",
    operation: 0,
    permissionType: 0,
    ...init,
  };
}

export function encodeDescribeAclsRequest(w: Writer, v: DescribeAclsRequest, version: number): void {
  checkVersion("DescribeAclsRequest", version, 0, 3);
  const flexible = version >= 2;
  w.int8(v.resourceTypeFilter);
  writeNullableString(w, flexible, v.resourceNameFilter);
  if (version >= 1) w.int8(v.patternTypeFilter);
  else if (v.patternTypeFilter !== 3) fieldVersionError("DescribeAclsRequest.patternTypeFilter", version);
  writeNullableString(w, flexible, v.principalFilter);
  writeNullableString(w, flexible, v.hostFilter);
  w.int8(v.operation);
  w.int8(v.permissionType);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeAclsRequest(r: Reader, version: number): DescribeAclsRequest {
  checkReadVersion(r, "DescribeAclsRequest", version, 0, 3);
  const flexible = version >= 2;
  const v: DescribeAclsRequest = {
    resourceTypeFilter: r.int8(),
    resourceNameFilter: readNullableString(r, flexible),
    patternTypeFilter: version >= 1 ? r.int8() : 3,
    principalFilter: readNullableString(r, flexible),
    hostFilter: readNullableString(r, flexible),
    operation: r.int8(),
    permissionType: r.int8(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
