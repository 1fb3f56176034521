// Generated from OffsetFetchResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readNullableString, readString, readTaggedFields, writeArray, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** OffsetFetchResponse (API key 9): versions 0-9, flexible 6+. */
export interface OffsetFetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v3+, ignorable) */
  throttleTimeMs: number;
  /** The responses per topic. (v0-7) */
  topics: OffsetFetchResponseTopic[];
  /** The top-level error code, or 0 if there was no error. (v2-7, ignorable) */
  errorCode: number;
  /** The responses per group id. (v8+) */
  groups: OffsetFetchResponseGroup[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetFetchResponseTopic {
  /** The topic name. (v0-7) */
  name: string;
  /** The responses per partition (v0-7) */
  partitions: OffsetFetchResponsePartition[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetFetchResponsePartition {
  /** The partition index. (v0-7) */
  partitionIndex: number;
  /** The committed message offset. (v0-7) */
  committedOffset: bigint;
  /** The leader epoch. (v5-7, ignorable) */
  committedLeaderEpoch: number;
  /** The partition metadata. (v0-7, nullable v0-7) */
  metadata: string | null;
  /** The error code, or 0 if there was no error. (v0-7) */
  errorCode: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetFetchResponseGroup {
  /** The group ID. (v8+) */
  groupId: string;
  /** The responses per topic. (v8+) */
  topics: OffsetFetchResponseTopics[];
  /** The group-level error code, or 0 if there was no error. (v8+) */
  errorCode: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetFetchResponseTopics {
  /** The topic name. (v8+) */
  name: string;
  /** The responses per partition (v8+) */
  partitions: OffsetFetchResponsePartitions[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetFetchResponsePartitions {
  /** The partition index. (v8+) */
  partitionIndex: number;
  /** The committed message offset. (v8+) */
  committedOffset: bigint;
  /** The leader epoch. (v8+, ignorable) */
  committedLeaderEpoch: number;
  /** The partition metadata. (v8+, nullable v8+) */
  metadata: string | null;
  /** The partition-level error code, or 0 if there was no error. (v8+) */
  errorCode: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeOffsetFetchResponse(init?: Partial<OffsetFetchResponse>): OffsetFetchResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    errorCode: 0,
    groups: [],
    ...init,
  };
}

export function encodeOffsetFetchResponse(w: Writer, v: OffsetFetchResponse, version: number): void {
  checkVersion("OffsetFetchResponse", version, 0, 9);
  const flexible = version >= 6;
  if (version >= 3) w.int32(v.throttleTimeMs);
  if (version <= 7) writeArray(w, flexible, v.topics, (e) => encodeOffsetFetchResponseTopic(w, e, version));
  else if (v.topics.length !== 0) fieldVersionError("OffsetFetchResponse.topics", version);
  if (version >= 2 && version <= 7) w.int16(v.errorCode);
  if (version >= 8) writeArray(w, true, v.groups, (e) => encodeOffsetFetchResponseGroup(w, e, version));
  else if (v.groups.length !== 0) fieldVersionError("OffsetFetchResponse.groups", version);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeOffsetFetchResponse(r: Reader, version: number): OffsetFetchResponse {
  checkReadVersion(r, "OffsetFetchResponse", version, 0, 9);
  const flexible = version >= 6;
  const v: OffsetFetchResponse = {
    throttleTimeMs: version >= 3 ? r.int32() : 0,
    topics: version <= 7 ? readArray(r, flexible, () => decodeOffsetFetchResponseTopic(r, version)) : [],
    errorCode: version >= 2 && version <= 7 ? r.int16() : 0,
    groups: version >= 8 ? readArray(r, true, () => decodeOffsetFetchResponseGroup(r, version)) : [],
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeOffsetFetchResponseTopic(init?: Partial<OffsetFetchResponseTopic>): OffsetFetchResponseTopic {
  return {
    name: "",
    partitions: [],
    ...init,
  };
}

export function encodeOffsetFetchResponseTopic(w: Writer, v: OffsetFetchResponseTopic, version: number): void {
  const flexible = version >= 6;
  writeString(w, flexible, v.name);
  writeArray(w, flexible, v.partitions, (e) => encodeOffsetFetchResponsePartition(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeOffsetFetchResponseTopic(r: Reader, version: number): OffsetFetchResponseTopic {
  const flexible = version >= 6;
  const v: OffsetFetchResponseTopic = {
    name: readString(r, flexible),
    partitions: readArray(r, flexible, () => decodeOffsetFetchResponsePartition(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeOffsetFetchResponsePartition(init?: Partial<OffsetFetchResponsePartition>): OffsetFetchResponsePartition {
  return {
    partitionIndex: 0,
    committedOffset: 0n,
    committedLeaderEpoch: -1,
    metadata: "",
    errorCode: 0,
    ...init,
  };
}

export function encodeOffsetFetchResponsePartition(w: Writer, v: OffsetFetchResponsePartition, version: number): void {
  const flexible = version >= 6;
  w.int32(v.partitionIndex);
  w.int64(v.committedOffset);
  if (version >= 5) w.int32(v.committedLeaderEpoch);
  writeNullableString(w, flexible, v.metadata);
  w.int16(v.errorCode);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeOffsetFetchResponsePartition(r: Reader, version: number): OffsetFetchResponsePartition {
  const flexible = version >= 6;
  const v: OffsetFetchResponsePartition = {
    partitionIndex: r.int32(),
    committedOffset: r.int64(),
    committedLeaderEpoch: version >= 5 ? r.int32() : -1,
    metadata: readNullableString(r, flexible),
    errorCode: r.int16(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeOffsetFetchResponseGroup(init?: Partial<OffsetFetchResponseGroup>): OffsetFetchResponseGroup {
  return {
    groupId: "",
    topics: [],
    errorCode: 0,
    ...init,
  };
}

export function encodeOffsetFetchResponseGroup(w: Writer, v: OffsetFetchResponseGroup, version: number): void {
  w.compactString(v.groupId);
  writeArray(w, true, v.topics, (e) => encodeOffsetFetchResponseTopics(w, e, version));
  w.int16(v.errorCode);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeOffsetFetchResponseGroup(r: Reader, version: number): OffsetFetchResponseGroup {
  const v: OffsetFetchResponseGroup = {
    groupId: r.compactString(),
    topics: readArray(r, true, () => decodeOffsetFetchResponseTopics(r, version)),
    errorCode: r.int16(),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeOffsetFetchResponseTopics(init?: Partial<OffsetFetchResponseTopics>): OffsetFetchResponseTopics {
  return {
    name: "",
    partitions: [],
    ...init,
  };
}

export function encodeOffsetFetchResponseTopics(w: Writer, v: OffsetFetchResponseTopics, version: number): void {
  w.compactString(v.name);
  writeArray(w, true, v.partitions, (e) => encodeOffsetFetchResponsePartitions(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeOffsetFetchResponseTopics(r: Reader, version: number): OffsetFetchResponseTopics {
  const v: OffsetFetchResponseTopics = {
    name: r.compactString(),
    partitions: readArray(r, true, () => decodeOffsetFetchResponsePartitions(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeOffsetFetchResponsePartitions(init?: Partial<OffsetFetchResponsePartitions>): OffsetFetchResponsePartitions {
  return {
    partitionIndex: 0,
    committedOffset: 0n,
    committedLeaderEpoch: -1,
    metadata: "",
    errorCode: 0,
    ...init,
  };
}

export function encodeOffsetFetchResponsePartitions(w: Writer, v: OffsetFetchResponsePartitions, _version: number): void {
  w.int32(v.partitionIndex);
  w.int64(v.committedOffset);
  w.int32(v.committedLeaderEpoch);
  w.compactNullableString(v.metadata);
  w.int16(v.errorCode);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeOffsetFetchResponsePartitions(r: Reader, _version: number): OffsetFetchResponsePartitions {
  const v: OffsetFetchResponsePartitions = {
    partitionIndex: r.int32(),
    committedOffset: r.int64(),
    committedLeaderEpoch: r.int32(),
    metadata: r.compactNullableString(),
    errorCode: r.int16(),
  };
  readTaggedFields(r, v);
  return v;
}
