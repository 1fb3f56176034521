// Generated from LeaveGroupResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readNullableString, readString, readTaggedFields, writeArray, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** LeaveGroupResponse (API key 13): versions 0-5, flexible 4+. */
export interface LeaveGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+, ignorable) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** List of leaving member responses. (v3+) */
  members: LeaveGroupResponseMemberResponse[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface LeaveGroupResponseMemberResponse {
  /** The member ID to remove from the group. (v3+) */
  memberId: string;
  /** The group instance ID to remove from the group. (v3+, nullable v3+) */
  groupInstanceId: string | null;
  /** The error code, or 0 if there was no error. (v3+) */
  errorCode: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeLeaveGroupResponse(init?: Partial<LeaveGroupResponse>): LeaveGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    members: [],
    ...init,
  };
}

export function encodeLeaveGroupResponse(w: Writer, v: LeaveGroupResponse, version: number): void {
  checkVersion("LeaveGroupResponse", version, 0, 5);
  const flexible = version >= 4;
  if (version >= 1) w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  if (version >= 3) writeArray(w, flexible, v.members, (e) => encodeLeaveGroupResponseMemberResponse(w, e, version));
  else if (v.members.length !== 0) fieldVersionError("LeaveGroupResponse.members", version);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeLeaveGroupResponse(r: Reader, version: number): LeaveGroupResponse {
  checkReadVersion(r, "LeaveGroupResponse", version, 0, 5);
  const flexible = version >= 4;
  const v: LeaveGroupResponse = {
    throttleTimeMs: version >= 1 ? r.int32() : 0,
    errorCode: r.int16(),
    members: version >= 3 ? readArray(r, flexible, () => decodeLeaveGroupResponseMemberResponse(r, version)) : [],
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeLeaveGroupResponseMemberResponse(init?: Partial<LeaveGroupResponseMemberResponse>): LeaveGroupResponseMemberResponse {
  return {
    memberId: "",
    groupInstanceId: "",
    errorCode: 0,
    ...init,
  };
}

export function encodeLeaveGroupResponseMemberResponse(w: Writer, v: LeaveGroupResponseMemberResponse, version: number): void {
  const flexible = version >= 4;
  writeString(w, flexible, v.memberId);
  writeNullableString(w, flexible, v.groupInstanceId);
  w.int16(v.errorCode);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeLeaveGroupResponseMemberResponse(r: Reader, version: number): LeaveGroupResponseMemberResponse {
  const flexible = version >= 4;
  const v: LeaveGroupResponseMemberResponse = {
    memberId: readString(r, flexible),
    groupInstanceId: readNullableString(r, flexible),
    errorCode: r.int16(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
