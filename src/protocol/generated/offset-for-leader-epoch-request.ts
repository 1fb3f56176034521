// Generated from OffsetForLeaderEpochRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readString, readTaggedFields, writeArray, writeString, writeTaggedFields } from "../message-codec.js";

/** OffsetForLeaderEpochRequest (API key 23): versions 0-4, flexible 4+, deprecated 0-1. */
export interface OffsetForLeaderEpochRequest {
  /** The broker ID of the follower, of -1 if this request is from a consumer. (v3+, ignorable) */
  replicaId: number;
  /** Each topic to get offsets for. (v0+) */
  topics: OffsetForLeaderEpochRequestOffsetForLeaderTopic[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  /** The topic name. (v0+) */
  topic: string;
  /** Each partition to get offsets for. (v0+) */
  partitions: OffsetForLeaderEpochRequestOffsetForLeaderPartition[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  /** The partition index. (v0+) */
  partition: number;
  /** An epoch used to fence consumers/replicas with old metadata. If the epoch provided by the client is larger than the current epoch known to the broker, then the UNKNOWN_LEADER_EPOCH error code will be returned. If the provided epoch is smaller, then the FENCED_LEADER_EPOCH error code will be returned. (v2+, ignorable) */
  currentLeaderEpoch: number;
  /** The epoch to look up an offset for. (v0+) */
  leaderEpoch: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeOffsetForLeaderEpochRequest(init?: Partial<OffsetForLeaderEpochRequest>): OffsetForLeaderEpochRequest {
  return {
    replicaId: -2,
    topics: [],
    ...init,
  };
}

export function encodeOffsetForLeaderEpochRequest(w: Writer, v: OffsetForLeaderEpochRequest, version: number): void {
  checkVersion("OffsetForLeaderEpochRequest", version, 0, 4);
  const flexible = version >= 4;
  if (version >= 3) w.int32(v.replicaId);
  writeArray(w, flexible, v.topics, (e) => encodeOffsetForLeaderEpochRequestOffsetForLeaderTopic(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeOffsetForLeaderEpochRequest(r: Reader, version: number): OffsetForLeaderEpochRequest {
  checkReadVersion(r, "OffsetForLeaderEpochRequest", version, 0, 4);
  const flexible = version >= 4;
  const v: OffsetForLeaderEpochRequest = {
    replicaId: version >= 3 ? r.int32() : -2,
    topics: readArray(r, flexible, () => decodeOffsetForLeaderEpochRequestOffsetForLeaderTopic(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeOffsetForLeaderEpochRequestOffsetForLeaderTopic(init?: Partial<OffsetForLeaderEpochRequestOffsetForLeaderTopic>): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  return {
    topic: "",
    partitions: [],
    ...init,
  };
}

export function encodeOffsetForLeaderEpochRequestOffsetForLeaderTopic(w: Writer, v: OffsetForLeaderEpochRequestOffsetForLeaderTopic, version: number): void {
  const flexible = version >= 4;
  writeString(w, flexible, v.topic);
  writeArray(w, flexible, v.partitions, (e) => encodeOffsetForLeaderEpochRequestOffsetForLeaderPartition(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeOffsetForLeaderEpochRequestOffsetForLeaderTopic(r: Reader, version: number): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  const flexible = version >= 4;
  const v: OffsetForLeaderEpochRequestOffsetForLeaderTopic = {
    topic: readString(r, flexible),
    partitions: readArray(r, flexible, () => decodeOffsetForLeaderEpochRequestOffsetForLeaderPartition(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeOffsetForLeaderEpochRequestOffsetForLeaderPartition(init?: Partial<OffsetForLeaderEpochRequestOffsetForLeaderPartition>): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  return {
    partition: 0,
    currentLeaderEpoch: -1,
    leaderEpoch: 0,
    ...init,
  };
}

export function encodeOffsetForLeaderEpochRequestOffsetForLeaderPartition(w: Writer, v: OffsetForLeaderEpochRequestOffsetForLeaderPartition, version: number): void {
  const flexible = version >= 4;
  w.int32(v.partition);
  if (version >= 2) w.int32(v.currentLeaderEpoch);
  w.int32(v.leaderEpoch);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeOffsetForLeaderEpochRequestOffsetForLeaderPartition(r: Reader, version: number): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  const flexible = version >= 4;
  const v: OffsetForLeaderEpochRequestOffsetForLeaderPartition = {
    partition: r.int32(),
    currentLeaderEpoch: version >= 2 ? r.int32() : -1,
    leaderEpoch: r.int32(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
