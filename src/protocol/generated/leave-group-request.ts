// Generated from LeaveGroupRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readNullableString, readString, readTaggedFields, writeArray, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** LeaveGroupRequest (API key 13): versions 0-5, flexible 4+. */
export interface LeaveGroupRequest {
  /** The ID of the group to leave. (v0+) */
  groupId: string;
  /** The member ID to remove from the group. (v0-2) */
  memberId: string;
  /** List of leaving member identities. (v3+) */
  members: LeaveGroupRequestMemberIdentity[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface LeaveGroupRequestMemberIdentity {
  /** The member ID to remove from the group. (v3+) */
  memberId: string;
  /** The group instance ID to remove from the group. (v3+, nullable v3+) */
  groupInstanceId: string | null;
  /** The reason why the member left the group. (v5+, nullable v5+, ignorable) */
  reason: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeLeaveGroupRequest(init?: Partial<LeaveGroupRequest>): LeaveGroupRequest {
  return {
    groupId: "",
    memberId: "",
    members: [],
    ...init,
  };
}

export function encodeLeaveGroupRequest(w: Writer, v: LeaveGroupRequest, version: number): void {
  checkVersion("LeaveGroupRequest", version, 0, 5);
  const flexible = version >= 4;
  writeString(w, flexible, v.groupId);
  if (version <= 2) w.string(v.memberId);
  else if (v.memberId !== "") fieldVersionError("LeaveGroupRequest.memberId", version);
  if (version >= 3) writeArray(w, flexible, v.members, (e) => encodeLeaveGroupRequestMemberIdentity(w, e, version));
  else if (v.members.length !== 0) fieldVersionError("LeaveGroupRequest.members", version);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeLeaveGroupRequest(r: Reader, version: number): LeaveGroupRequest {
  checkReadVersion(r, "LeaveGroupRequest", version, 0, 5);
  const flexible = version >= 4;
  const v: LeaveGroupRequest = {
    groupId: readString(r, flexible),
    memberId: version <= 2 ? r.string() : "",
    members: version >= 3 ? readArray(r, flexible, () => decodeLeaveGroupRequestMemberIdentity(r, version)) : [],
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeLeaveGroupRequestMemberIdentity(init?: Partial<LeaveGroupRequestMemberIdentity>): LeaveGroupRequestMemberIdentity {
  return {
    memberId: "",
    groupInstanceId: null,
    reason: null,
    ...init,
  };
}

export function encodeLeaveGroupRequestMemberIdentity(w: Writer, v: LeaveGroupRequestMemberIdentity, version: number): void {
  const flexible = version >= 4;
  writeString(w, flexible, v.memberId);
  writeNullableString(w, flexible, v.groupInstanceId);
  if (version >= 5) w.compactNullableString(v.reason);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeLeaveGroupRequestMemberIdentity(r: Reader, version: number): LeaveGroupRequestMemberIdentity {
  const flexible = version >= 4;
  const v: LeaveGroupRequestMemberIdentity = {
    memberId: readString(r, flexible),
    groupInstanceId: readNullableString(r, flexible),
    reason: version >= 5 ? r.compactNullableString() : null,
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
