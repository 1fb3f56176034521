// Generated from DeleteAclsRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readNullableString, readTaggedFields, writeArray, writeNullableString, writeTaggedFields } from "../message-codec.js";

/** DeleteAclsRequest (API key 31): versions 0-3, flexible 2+, deprecated 0. */
export interface DeleteAclsRequest {
  /** The filters to use when deleting ACLs. (v0+) */
  filters: DeleteAclsRequestDeleteAclsFilter[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteAclsRequestDeleteAclsFilter {
  /** The resource type. (v0+) */
  resourceTypeFilter: number;
  /** The resource name. (v0+, nullable v0+) */
  resourceNameFilter: string | null;
  /** The pattern type. (v1+) */
  patternTypeFilter: number;
  /** The principal filter, or null to accept all principals. (v0+, nullable v0+) */
  principalFilter: string | null;
  /** The host filter, or null to accept all hosts. (v0+, nullable v0+) */
  hostFilter: string | null;
  /** The ACL operation. (v0+) */
  operation: number;
  /** The permission type. (v0+) */
  permissionType: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDeleteAclsRequest(init?: Partial<DeleteAclsRequest>): DeleteAclsRequest {
  return {
    filters: [],
    ...init,
  };
}

export function encodeDeleteAclsRequest(w: Writer, v: DeleteAclsRequest, version: number): void {
  checkVersion("DeleteAclsRequest", version, 0, 3);
  const flexible = version >= 2;
  writeArray(w, flexible, v.filters, (e) => encodeDeleteAclsRequestDeleteAclsFilter(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDeleteAclsRequest(r: Reader, version: number): DeleteAclsRequest {
  checkReadVersion(r, "DeleteAclsRequest", version, 0, 3);
  const flexible = version >= 2;
  const v: DeleteAclsRequest = {
    filters: readArray(r, flexible, () => decodeDeleteAclsRequestDeleteAclsFilter(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDeleteAclsRequestDeleteAclsFilter(init?: Partial<DeleteAclsRequestDeleteAclsFilter>): DeleteAclsRequestDeleteAclsFilter {
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

export function encodeDeleteAclsRequestDeleteAclsFilter(w: Writer, v: DeleteAclsRequestDeleteAclsFilter, version: number): void {
  const flexible = version >= 2;
  w.int8(v.resourceTypeFilter);
  writeNullableString(w, flexible, v.resourceNameFilter);
  if (version >= 1) w.int8(v.patternTypeFilter);
  else if (v.patternTypeFilter !== 3) fieldVersionError("DeleteAclsRequestDeleteAclsFilter.patternTypeFilter", version);
  writeNullableString(w, flexible, v.principalFilter);
  writeNullableString(w, flexible, v.hostFilter);
  w.int8(v.operation);
  w.int8(v.permissionType);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDeleteAclsRequestDeleteAclsFilter(r: Reader, version: number): DeleteAclsRequestDeleteAclsFilter {
  const flexible = version >= 2;
  const v: DeleteAclsRequestDeleteAclsFilter = {
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
