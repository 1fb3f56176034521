// Generated from JoinGroupResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { EMPTY_BYTES, type TaggedField, checkReadVersion, checkVersion, fieldVersionError, notNull, readArray, readBytes, readNullableString, readString, readTaggedFields, writeArray, writeBytes, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** JoinGroupResponse (API key 11): versions 0-9, flexible 6+. */
export interface JoinGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v2+, ignorable) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The generation ID of the group. (v0+) */
  generationId: number;
  /** The group protocol name. (v7+, nullable v7+, ignorable) */
  protocolType: string | null;
  /** The group protocol selected by the coordinator. (v0+, nullable v7+) */
  protocolName: string | null;
  /** The leader of the group. (v0+) */
  leader: string;
  /** True if the leader must skip running the assignment. (v9+) */
  skipAssignment: boolean;
  /** The member ID assigned by the group coordinator. (v0+) */
  memberId: string;
  /** (v0+) */
  members: JoinGroupResponseMember[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface JoinGroupResponseMember {
  /** The group member ID. (v0+) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (v5+, nullable v5+, ignorable) */
  groupInstanceId: string | null;
  /** The group member metadata. (v0+) */
  metadata: Buffer;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeJoinGroupResponse(init?: Partial<JoinGroupResponse>): JoinGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    generationId: -1,
    protocolType: null,
    protocolName: "",
    leader: "",
    skipAssignment: false,
    memberId: "",
    members: [],
    ...init,
  };
}

export function encodeJoinGroupResponse(w: Writer, v: JoinGroupResponse, version: number): void {
  checkVersion("JoinGroupResponse", version, 0, 9);
  const flexible = version >= 6;
  if (version >= 2) w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.int32(v.generationId);
  if (version >= 7) w.compactNullableString(v.protocolType);
  writeNullableString(w, flexible, version >= 7 ? v.protocolName : notNull(v.protocolName, "JoinGroupResponse.protocolName", version));
  writeString(w, flexible, v.leader);
  if (version >= 9) w.bool(v.skipAssignment);
  else if (v.skipAssignment) fieldVersionError("JoinGroupResponse.skipAssignment", version);
  writeString(w, flexible, v.memberId);
  writeArray(w, flexible, v.members, (e) => encodeJoinGroupResponseMember(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeJoinGroupResponse(r: Reader, version: number): JoinGroupResponse {
  checkReadVersion(r, "JoinGroupResponse", version, 0, 9);
  const flexible = version >= 6;
  const v: JoinGroupResponse = {
    throttleTimeMs: version >= 2 ? r.int32() : 0,
    errorCode: r.int16(),
    generationId: r.int32(),
    protocolType: version >= 7 ? r.compactNullableString() : null,
    protocolName: (version >= 7 ? readNullableString(r, flexible) : readString(r, flexible)),
    leader: readString(r, flexible),
    skipAssignment: version >= 9 ? r.bool() : false,
    memberId: readString(r, flexible),
    members: readArray(r, flexible, () => decodeJoinGroupResponseMember(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeJoinGroupResponseMember(init?: Partial<JoinGroupResponseMember>): JoinGroupResponseMember {
  return {
    memberId: "",
    groupInstanceId: null,
    metadata: EMPTY_BYTES,
    ...init,
  };
}

export function encodeJoinGroupResponseMember(w: Writer, v: JoinGroupResponseMember, version: number): void {
  const flexible = version >= 6;
  writeString(w, flexible, v.memberId);
  if (version >= 5) writeNullableString(w, flexible, v.groupInstanceId);
  writeBytes(w, flexible, v.metadata);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeJoinGroupResponseMember(r: Reader, version: number): JoinGroupResponseMember {
  const flexible = version >= 6;
  const v: JoinGroupResponseMember = {
    memberId: readString(r, flexible),
    groupInstanceId: version >= 5 ? readNullableString(r, flexible) : null,
    metadata: readBytes(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
