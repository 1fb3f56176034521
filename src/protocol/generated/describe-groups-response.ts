// Generated from DescribeGroupsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { EMPTY_BYTES, type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readBytes, readNullableString, readString, readTaggedFields, writeArray, writeBytes, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** DescribeGroupsResponse (API key 15): versions 0-5, flexible 5+. */
export interface DescribeGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+, ignorable) */
  throttleTimeMs: number;
  /** Each described group. (v0+) */
  groups: DescribeGroupsResponseDescribedGroup[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeGroupsResponseDescribedGroup {
  /** The describe error, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The group ID string. (v0+) */
  groupId: string;
  /** The group state string, or the empty string. (v0+) */
  groupState: string;
  /** The group protocol type, or the empty string. (v0+) */
  protocolType: string;
  /** The group protocol data, or the empty string. (v0+) */
  protocolData: string;
  /** The group members. (v0+) */
  members: DescribeGroupsResponseDescribedGroupMember[];
  /** 32-bit bitfield to represent authorized operations for this group. (v3+) */
  authorizedOperations: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeGroupsResponseDescribedGroupMember {
  /** The member ID assigned by the group coordinator. (v0+) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (v4+, nullable v4+, ignorable) */
  groupInstanceId: string | null;
  /** The client ID used in the member's latest join group request. (v0+) */
  clientId: string;
  /** The client host. (v0+) */
  clientHost: string;
  /** The metadata corresponding to the current group protocol in use. (v0+) */
  memberMetadata: Buffer;
  /** The current assignment provided by the group leader. (v0+) */
  memberAssignment: Buffer;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDescribeGroupsResponse(init?: Partial<DescribeGroupsResponse>): DescribeGroupsResponse {
  return {
    throttleTimeMs: 0,
    groups: [],
    ...init,
  };
}

export function encodeDescribeGroupsResponse(w: Writer, v: DescribeGroupsResponse, version: number): void {
  checkVersion("DescribeGroupsResponse", version, 0, 5);
  const flexible = version >= 5;
  if (version >= 1) w.int32(v.throttleTimeMs);
  writeArray(w, flexible, v.groups, (e) => encodeDescribeGroupsResponseDescribedGroup(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeGroupsResponse(r: Reader, version: number): DescribeGroupsResponse {
  checkReadVersion(r, "DescribeGroupsResponse", version, 0, 5);
  const flexible = version >= 5;
  const v: DescribeGroupsResponse = {
    throttleTimeMs: version >= 1 ? r.int32() : 0,
    groups: readArray(r, flexible, () => decodeDescribeGroupsResponseDescribedGroup(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDescribeGroupsResponseDescribedGroup(init?: Partial<DescribeGroupsResponseDescribedGroup>): DescribeGroupsResponseDescribedGroup {
  return {
    errorCode: 0,
    groupId: "",
    groupState: "",
    protocolType: "",
    protocolData: "",
    members: [],
    authorizedOperations: -2147483648,
    ...init,
  };
}

export function encodeDescribeGroupsResponseDescribedGroup(w: Writer, v: DescribeGroupsResponseDescribedGroup, version: number): void {
  const flexible = version >= 5;
  w.int16(v.errorCode);
  writeString(w, flexible, v.groupId);
  writeString(w, flexible, v.groupState);
  writeString(w, flexible, v.protocolType);
  writeString(w, flexible, v.protocolData);
  writeArray(w, flexible, v.members, (e) => encodeDescribeGroupsResponseDescribedGroupMember(w, e, version));
  if (version >= 3) w.int32(v.authorizedOperations);
  else if (v.authorizedOperations !== -2147483648) fieldVersionError("DescribeGroupsResponseDescribedGroup.authorizedOperations", version);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeGroupsResponseDescribedGroup(r: Reader, version: number): DescribeGroupsResponseDescribedGroup {
  const flexible = version >= 5;
  const v: DescribeGroupsResponseDescribedGroup = {
    errorCode: r.int16(),
    groupId: readString(r, flexible),
    groupState: readString(r, flexible),
    protocolType: readString(r, flexible),
    protocolData: readString(r, flexible),
    members: readArray(r, flexible, () => decodeDescribeGroupsResponseDescribedGroupMember(r, version)),
    authorizedOperations: version >= 3 ? r.int32() : -2147483648,
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDescribeGroupsResponseDescribedGroupMember(init?: Partial<DescribeGroupsResponseDescribedGroupMember>): DescribeGroupsResponseDescribedGroupMember {
  return {
    memberId: "",
    groupInstanceId: null,
    clientId: "",
    clientHost: "",
    memberMetadata: EMPTY_BYTES,
    memberAssignment: EMPTY_BYTES,
    ...init,
  };
}

export function encodeDescribeGroupsResponseDescribedGroupMember(w: Writer, v: DescribeGroupsResponseDescribedGroupMember, version: number): void {
  const flexible = version >= 5;
  writeString(w, flexible, v.memberId);
  if (version >= 4) writeNullableString(w, flexible, v.groupInstanceId);
  writeString(w, flexible, v.clientId);
  writeString(w, flexible, v.clientHost);
  writeBytes(w, flexible, v.memberMetadata);
  writeBytes(w, flexible, v.memberAssignment);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeGroupsResponseDescribedGroupMember(r: Reader, version: number): DescribeGroupsResponseDescribedGroupMember {
  const flexible = version >= 5;
  const v: DescribeGroupsResponseDescribedGroupMember = {
    memberId: readString(r, flexible),
    groupInstanceId: version >= 4 ? readNullableString(r, flexible) : null,
    clientId: readString(r, flexible),
    clientHost: readString(r, flexible),
    memberMetadata: readBytes(r, flexible),
    memberAssignment: readBytes(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
