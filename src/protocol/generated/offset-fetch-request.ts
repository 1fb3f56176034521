// Generated from OffsetFetchRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, notNull, readArray, readNullableArray, readString, readTaggedFields, writeArray, writeNullableArray, writeString, writeTaggedFields } from "../message-codec.js";

/** OffsetFetchRequest (API key 9): versions 0-9, flexible 6+, deprecated 0. */
export interface OffsetFetchRequest {
  /** The group to fetch offsets for. (v0-7) */
  groupId: string;
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. (v0-7, nullable v2-7) */
  topics: OffsetFetchRequestTopic[] | null;
  /** Each group we would like to fetch offsets for (v8+) */
  groups: OffsetFetchRequestGroup[];
  /** Whether broker should hold on returning unstable offsets but set a retriable error code for the partitions. (v7+) */
  requireStable: boolean;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetFetchRequestTopic {
  /** The topic name. (v0-7) */
  name: string;
  /** The partition indexes we would like to fetch offsets for. (v0-7) */
  partitionIndexes: number[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetFetchRequestGroup {
  /** The group ID. (v8+) */
  groupId: string;
  /** The member ID assigned by the group coordinator if using the new consumer protocol (KIP-848). (v9+, nullable v9+, ignorable) */
  memberId: string | null;
  /** The member epoch if using the new consumer protocol (KIP-848). (v9+, ignorable) */
  memberEpoch: number;
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. (v8+, nullable v8+) */
  topics: OffsetFetchRequestTopics[] | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetFetchRequestTopics {
  /** The topic name. (v8+) */
  name: string;
  /** The partition indexes we would like to fetch offsets for. (v8+) */
  partitionIndexes: number[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeOffsetFetchRequest(init?: Partial<OffsetFetchRequest>): OffsetFetchRequest {
  return {
    groupId: "",
    topics: [],
    groups: [],
    requireStable: false,
    ...init,
  };
}

export function encodeOffsetFetchRequest(w: Writer, v: OffsetFetchRequest, version: number): void {
  checkVersion("OffsetFetchRequest", version, 0, 9);
  const flexible = version >= 6;
  if (version <= 7) writeString(w, flexible, v.groupId);
  else if (v.groupId !== "") fieldVersionError("OffsetFetchRequest.groupId", version);
  if (version <= 7) writeNullableArray(w, flexible, version >= 2 ? v.topics : notNull(v.topics, "OffsetFetchRequest.topics", version), (e) => encodeOffsetFetchRequestTopic(w, e, version));
  else if (v.topics === null || v.topics.length !== 0) fieldVersionError("OffsetFetchRequest.topics", version);
  if (version >= 8) writeArray(w, true, v.groups, (e) => encodeOffsetFetchRequestGroup(w, e, version));
  else if (v.groups.length !== 0) fieldVersionError("OffsetFetchRequest.groups", version);
  if (version >= 7) w.bool(v.requireStable);
  else if (v.requireStable) fieldVersionError("OffsetFetchRequest.requireStable", version);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeOffsetFetchRequest(r: Reader, version: number): OffsetFetchRequest {
  checkReadVersion(r, "OffsetFetchRequest", version, 0, 9);
  const flexible = version >= 6;
  const v: OffsetFetchRequest = {
    groupId: version <= 7 ? readString(r, flexible) : "",
    topics: version <= 7 ? (version >= 2 ? readNullableArray(r, flexible, () => decodeOffsetFetchRequestTopic(r, version)) : readArray(r, flexible, () => decodeOffsetFetchRequestTopic(r, version))) : [],
    groups: version >= 8 ? readArray(r, true, () => decodeOffsetFetchRequestGroup(r, version)) : [],
    requireStable: version >= 7 ? r.bool() : false,
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeOffsetFetchRequestTopic(init?: Partial<OffsetFetchRequestTopic>): OffsetFetchRequestTopic {
  return {
    name: "",
    partitionIndexes: [],
    ...init,
  };
}

export function encodeOffsetFetchRequestTopic(w: Writer, v: OffsetFetchRequestTopic, version: number): void {
  const flexible = version >= 6;
  writeString(w, flexible, v.name);
  writeArray(w, flexible, v.partitionIndexes, (e) => w.int32(e));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeOffsetFetchRequestTopic(r: Reader, version: number): OffsetFetchRequestTopic {
  const flexible = version >= 6;
  const v: OffsetFetchRequestTopic = {
    name: readString(r, flexible),
    partitionIndexes: readArray(r, flexible, () => r.int32()),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeOffsetFetchRequestGroup(init?: Partial<OffsetFetchRequestGroup>): OffsetFetchRequestGroup {
  return {
    groupId: "",
    memberId: null,
    memberEpoch: -1,
    topics: [],
    ...init,
  };
}

export function encodeOffsetFetchRequestGroup(w: Writer, v: OffsetFetchRequestGroup, version: number): void {
  w.compactString(v.groupId);
  if (version >= 9) w.compactNullableString(v.memberId);
  if (version >= 9) w.int32(v.memberEpoch);
  writeNullableArray(w, true, v.topics, (e) => encodeOffsetFetchRequestTopics(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeOffsetFetchRequestGroup(r: Reader, version: number): OffsetFetchRequestGroup {
  const v: OffsetFetchRequestGroup = {
    groupId: r.compactString(),
    memberId: version >= 9 ? r.compactNullableString() : null,
    memberEpoch: version >= 9 ? r.int32() : -1,
    topics: readNullableArray(r, true, () => decodeOffsetFetchRequestTopics(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeOffsetFetchRequestTopics(init?: Partial<OffsetFetchRequestTopics>): OffsetFetchRequestTopics {
  return {
    name: "",
    partitionIndexes: [],
    ...init,
  };
}

export function encodeOffsetFetchRequestTopics(w: Writer, v: OffsetFetchRequestTopics, _version: number): void {
  w.compactString(v.name);
  writeArray(w, true, v.partitionIndexes, (e) => w.int32(e));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeOffsetFetchRequestTopics(r: Reader, _version: number): OffsetFetchRequestTopics {
  const v: OffsetFetchRequestTopics = {
    name: r.compactString(),
    partitionIndexes: readArray(r, true, () => r.int32()),
  };
  readTaggedFields(r, v);
  return v;
}
