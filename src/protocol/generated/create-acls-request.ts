// Generated from CreateAclsRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readString, readTaggedFields, writeArray, writeString, writeTaggedFields } from "../message-codec.js";

/** CreateAclsRequest (API key 30): versions 0-3, flexible 2+, deprecated 0. */
export interface CreateAclsRequest {
  /** The ACLs that we want to create. (v0+) */
  creations: CreateAclsRequestAclCreation[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreateAclsRequestAclCreation {
  /** The type of the resource. (v0+) */
  resourceType: number;
  /** The resource name for the ACL. (v0+) */
  resourceName: string;
  /** The pattern type for the ACL. (v1+) */
  resourcePatternType: number;
  /** The principal for the ACL. (v0+) */
  principal: string;
  /** The host for the ACL. (v0+) */
  host: string;
  /** The operation type for the ACL (read, write, etc.). (v0+) */
  operation: number;
  /** The permission type for the ACL (allow, deny, etc.). (v0+) */
  permissionType: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeCreateAclsRequest(init?: Partial<CreateAclsRequest>): CreateAclsRequest {
  return {
    creations: [],
    ...init,
  };
}

export function encodeCreateAclsRequest(w: Writer, v: CreateAclsRequest, version: number): void {
  checkVersion("CreateAclsRequest", version, 0, 3);
  const flexible = version >= 2;
  writeArray(w, flexible, v.creations, (e) => encodeCreateAclsRequestAclCreation(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeCreateAclsRequest(r: Reader, version: number): CreateAclsRequest {
  checkReadVersion(r, "CreateAclsRequest", version, 0, 3);
  const flexible = version >= 2;
  const v: CreateAclsRequest = {
    creations: readArray(r, flexible, () => decodeCreateAclsRequestAclCreation(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeCreateAclsRequestAclCreation(init?: Partial<CreateAclsRequestAclCreation>): CreateAclsRequestAclCreation {
  return {
    resourceType: 0,
    resourceName: "",
    resourcePatternType: 3,
    principal: "",
    host: "",
    operation: 0,
    permissionType: 0,
    ...init,
  };
}

export function encodeCreateAclsRequestAclCreation(w: Writer, v: CreateAclsRequestAclCreation, version: number): void {
  const flexible = version >= 2;
  w.int8(v.resourceType);
  writeString(w, flexible, v.resourceName);
  if (version >= 1) w.int8(v.resourcePatternType);
  else if (v.resourcePatternType !== 3) fieldVersionError("CreateAclsRequestAclCreation.resourcePatternType", version);
  writeString(w, flexible, v.principal);
  writeString(w, flexible, v.host);
  w.int8(v.operation);
  w.int8(v.permissionType);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeCreateAclsRequestAclCreation(r: Reader, version: number): CreateAclsRequestAclCreation {
  const flexible = version >= 2;
  const v: CreateAclsRequestAclCreation = {
    resourceType: r.int8(),
    resourceName: readString(r, flexible),
    resourcePatternType: version >= 1 ? r.int8() : 3,
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
