// Generated from ListGroupsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readString, readTaggedFields, writeArray, writeString, writeTaggedFields } from "../message-codec.js";

/** ListGroupsResponse (API key 16): versions 0-5, flexible 3+. */
export interface ListGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+, ignorable) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** Each group in the response. (v0+) */
  groups: ListGroupsResponseListedGroup[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListGroupsResponseListedGroup {
  /** The group ID. (v0+) */
  groupId: string;
  /** The group protocol type. (v0+) */
  protocolType: string;
  /** The group state name. (v4+, ignorable) */
  groupState: string;
  /** The group type name. (v5+, ignorable) */
  groupType: string;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeListGroupsResponse(init?: Partial<ListGroupsResponse>): ListGroupsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    groups: [],
    ...init,
  };
}

export function encodeListGroupsResponse(w: Writer, v: ListGroupsResponse, version: number): void {
  checkVersion("ListGroupsResponse", version, 0, 5);
  const flexible = version >= 3;
  if (version >= 1) w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  writeArray(w, flexible, v.groups, (e) => encodeListGroupsResponseListedGroup(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeListGroupsResponse(r: Reader, version: number): ListGroupsResponse {
  checkReadVersion(r, "ListGroupsResponse", version, 0, 5);
  const flexible = version >= 3;
  const v: ListGroupsResponse = {
    throttleTimeMs: version >= 1 ? r.int32() : 0,
    errorCode: r.int16(),
    groups: readArray(r, flexible, () => decodeListGroupsResponseListedGroup(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeListGroupsResponseListedGroup(init?: Partial<ListGroupsResponseListedGroup>): ListGroupsResponseListedGroup {
  return {
    groupId: "",
    protocolType: "",
    groupState: "",
    groupType: "",
    ...init,
  };
}

export function encodeListGroupsResponseListedGroup(w: Writer, v: ListGroupsResponseListedGroup, version: number): void {
  const flexible = version >= 3;
  writeString(w, flexible, v.groupId);
  writeString(w, flexible, v.protocolType);
  if (version >= 4) w.compactString(v.groupState);
  if (version >= 5) w.compactString(v.groupType);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeListGroupsResponseListedGroup(r: Reader, version: number): ListGroupsResponseListedGroup {
  const flexible = version >= 3;
  const v: ListGroupsResponseListedGroup = {
    groupId: readString(r, flexible),
    protocolType: readString(r, flexible),
    groupState: version >= 4 ? r.compactString() : "",
    groupType: version >= 5 ? r.compactString() : "",
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
