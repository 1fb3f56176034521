// Generated from OffsetCommitRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readNullableString, readString, readTaggedFields, writeArray, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** OffsetCommitRequest (API key 8): versions 0-9, flexible 8+, deprecated 0-1. */
export interface OffsetCommitRequest {
  /** The unique group identifier. (v0+) */
  groupId: string;
  /** The generation of the group if using the classic group protocol or the member epoch if using the consumer protocol. (v1+, ignorable) */
  generationIdOrMemberEpoch: number;
  /** The member ID assigned by the group coordinator. (v1+, ignorable) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (v7+, nullable v7+) */
  groupInstanceId: string | null;
  /** The time period in ms to retain the offset. (v2-4, ignorable) */
  retentionTimeMs: bigint;
  /** The topics to commit offsets for. (v0+) */
  topics: OffsetCommitRequestTopic[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetCommitRequestTopic {
  /** The topic name. (v0+) */
  name: string;
  /** Each partition to commit offsets for. (v0+) */
  partitions: OffsetCommitRequestPartition[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetCommitRequestPartition {
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** The message offset to be committed. (v0+) */
  committedOffset: bigint;
  /** The leader epoch of this partition. (v6+, ignorable) */
  committedLeaderEpoch: number;
  /** The timestamp of the commit. (v1) */
  commitTimestamp: bigint;
  /** Any associated metadata the client wants to keep. (v0+, nullable v0+) */
  committedMetadata: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeOffsetCommitRequest(init?: Partial<OffsetCommitRequest>): OffsetCommitRequest {
  return {
    groupId: "",
    generationIdOrMemberEpoch: -1,
    memberId: "",
    groupInstanceId: null,
    retentionTimeMs: -1n,
    topics: [],
    ...init,
  };
}

export function encodeOffsetCommitRequest(w: Writer, v: OffsetCommitRequest, version: number): void {
  checkVersion("OffsetCommitRequest", version, 0, 9);
  const flexible = version >= 8;
  writeString(w, flexible, v.groupId);
  if (version >= 1) w.int32(v.generationIdOrMemberEpoch);
  if (version >= 1) writeString(w, flexible, v.memberId);
  if (version >= 7) writeNullableString(w, flexible, v.groupInstanceId);
  else if (v.groupInstanceId !== null) fieldVersionError("OffsetCommitRequest.groupInstanceId", version);
  if (version >= 2 && version <= 4) w.int64(v.retentionTimeMs);
  writeArray(w, flexible, v.topics, (e) => encodeOffsetCommitRequestTopic(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeOffsetCommitRequest(r: Reader, version: number): OffsetCommitRequest {
  checkReadVersion(r, "OffsetCommitRequest", version, 0, 9);
  const flexible = version >= 8;
  const v: OffsetCommitRequest = {
    groupId: readString(r, flexible),
    generationIdOrMemberEpoch: version >= 1 ? r.int32() : -1,
    memberId: version >= 1 ? readString(r, flexible) : "",
    groupInstanceId: version >= 7 ? readNullableString(r, flexible) : null,
    retentionTimeMs: version >= 2 && version <= 4 ? r.int64() : -1n,
    topics: readArray(r, flexible, () => decodeOffsetCommitRequestTopic(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeOffsetCommitRequestTopic(init?: Partial<OffsetCommitRequestTopic>): OffsetCommitRequestTopic {
  return {
    name: "",
    partitions: [],
    ...init,
  };
}

export function encodeOffsetCommitRequestTopic(w: Writer, v: OffsetCommitRequestTopic, version: number): void {
  const flexible = version >= 8;
  writeString(w, flexible, v.name);
  writeArray(w, flexible, v.partitions, (e) => encodeOffsetCommitRequestPartition(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeOffsetCommitRequestTopic(r: Reader, version: number): OffsetCommitRequestTopic {
  const flexible = version >= 8;
  const v: OffsetCommitRequestTopic = {
    name: readString(r, flexible),
    partitions: readArray(r, flexible, () => decodeOffsetCommitRequestPartition(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeOffsetCommitRequestPartition(init?: Partial<OffsetCommitRequestPartition>): OffsetCommitRequestPartition {
  return {
    partitionIndex: 0,
    committedOffset: 0n,
    committedLeaderEpoch: -1,
    commitTimestamp: -1n,
    committedMetadata: "",
    ...init,
  };
}

export function encodeOffsetCommitRequestPartition(w: Writer, v: OffsetCommitRequestPartition, version: number): void {
  const flexible = version >= 8;
  w.int32(v.partitionIndex);
  w.int64(v.committedOffset);
  if (version >= 6) w.int32(v.committedLeaderEpoch);
  if (version === 1) w.int64(v.commitTimestamp);
  else if (v.commitTimestamp !== -1n) fieldVersionError("OffsetCommitRequestPartition.commitTimestamp", version);
  writeNullableString(w, flexible, v.committedMetadata);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeOffsetCommitRequestPartition(r: Reader, version: number): OffsetCommitRequestPartition {
  const flexible = version >= 8;
  const v: OffsetCommitRequestPartition = {
    partitionIndex: r.int32(),
    committedOffset: r.int64(),
    committedLeaderEpoch: version >= 6 ? r.int32() : -1,
    commitTimestamp: version === 1 ? r.int64() : -1n,
    committedMetadata: readNullableString(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
