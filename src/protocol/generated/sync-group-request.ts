// Generated from SyncGroupRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { EMPTY_BYTES, type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readBytes, readNullableString, readString, readTaggedFields, writeArray, writeBytes, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** SyncGroupRequest (API key 14): versions 0-5, flexible 4+. */
export interface SyncGroupRequest {
  /** The unique group identifier. (v0+) */
  groupId: string;
  /** The generation of the group. (v0+) */
  generationId: number;
  /** The member ID assigned by the group. (v0+) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (v3+, nullable v3+) */
  groupInstanceId: string | null;
  /** The group protocol type. (v5+, nullable v5+, ignorable) */
  protocolType: string | null;
  /** The group protocol name. (v5+, nullable v5+, ignorable) */
  protocolName: string | null;
  /** Each assignment. (v0+) */
  assignments: SyncGroupRequestAssignment[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface SyncGroupRequestAssignment {
  /** The ID of the member to assign. (v0+) */
  memberId: string;
  /** The member assignment. (v0+) */
  assignment: Buffer;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeSyncGroupRequest(init?: Partial<SyncGroupRequest>): SyncGroupRequest {
  return {
    groupId: "",
    generationId: 0,
    memberId: "",
    groupInstanceId: null,
    protocolType: null,
    protocolName: null,
    assignments: [],
    ...init,
  };
}

export function encodeSyncGroupRequest(w: Writer, v: SyncGroupRequest, version: number): void {
  checkVersion("SyncGroupRequest", version, 0, 5);
  const flexible = version >= 4;
  writeString(w, flexible, v.groupId);
  w.int32(v.generationId);
  writeString(w, flexible, v.memberId);
  if (version >= 3) writeNullableString(w, flexible, v.groupInstanceId);
  else if (v.groupInstanceId !== null) fieldVersionError("SyncGroupRequest.groupInstanceId", version);
  if (version >= 5) w.compactNullableString(v.protocolType);
  if (version >= 5) w.compactNullableString(v.protocolName);
  writeArray(w, flexible, v.assignments, (e) => encodeSyncGroupRequestAssignment(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeSyncGroupRequest(r: Reader, version: number): SyncGroupRequest {
  checkReadVersion(r, "SyncGroupRequest", version, 0, 5);
  const flexible = version >= 4;
  const v: SyncGroupRequest = {
    groupId: readString(r, flexible),
    generationId: r.int32(),
    memberId: readString(r, flexible),
    groupInstanceId: version >= 3 ? readNullableString(r, flexible) : null,
    protocolType: version >= 5 ? r.compactNullableString() : null,
    protocolName: version >= 5 ? r.compactNullableString() : null,
    assignments: readArray(r, flexible, () => decodeSyncGroupRequestAssignment(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeSyncGroupRequestAssignment(init?: Partial<SyncGroupRequestAssignment>): SyncGroupRequestAssignment {
  return {
    memberId: "",
    assignment: EMPTY_BYTES,
    ...init,
  };
}

export function encodeSyncGroupRequestAssignment(w: Writer, v: SyncGroupRequestAssignment, version: number): void {
  const flexible = version >= 4;
  writeString(w, flexible, v.memberId);
  writeBytes(w, flexible, v.assignment);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeSyncGroupRequestAssignment(r: Reader, version: number): SyncGroupRequestAssignment {
  const flexible = version >= 4;
  const v: SyncGroupRequestAssignment = {
    memberId: readString(r, flexible),
    assignment: readBytes(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
