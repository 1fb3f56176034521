// Generated from DescribeTopicPartitionsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readNullableArray, readNullableStruct, readTaggedFields, writeArray, writeNullableArray, writeNullableStruct, writeTaggedFields } from "../message-codec.js";

/** DescribeTopicPartitionsResponse (API key 75): versions 0, flexible 0+. */
export interface DescribeTopicPartitionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+, ignorable) */
  throttleTimeMs: number;
  /** Each topic in the response. (v0+) */
  topics: DescribeTopicPartitionsResponseTopic[];
  /** The next topic and partition index to fetch details for. (v0+, nullable v0+) */
  nextCursor: DescribeTopicPartitionsResponseCursor | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeTopicPartitionsResponseTopic {
  /** The topic error, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The topic name. (v0+, nullable v0+) */
  name: string | null;
  /** The topic id. (v0+, ignorable) */
  topicId: string;
  /** True if the topic is internal. (v0+, ignorable) */
  isInternal: boolean;
  /** Each partition in the topic. (v0+) */
  partitions: DescribeTopicPartitionsResponsePartition[];
  /** 32-bit bitfield to represent authorized operations for this topic. (v0+) */
  topicAuthorizedOperations: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeTopicPartitionsResponsePartition {
  /** The partition error, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** The ID of the leader broker. (v0+) */
  leaderId: number;
  /** The leader epoch of this partition. (v0+, ignorable) */
  leaderEpoch: number;
  /** The set of all nodes that host this partition. (v0+) */
  replicaNodes: number[];
  /** The set of nodes that are in sync with the leader for this partition. (v0+) */
  isrNodes: number[];
  /** The new eligible leader replicas otherwise. (v0+, nullable v0+) */
  eligibleLeaderReplicas: number[] | null;
  /** The last known ELR. (v0+, nullable v0+) */
  lastKnownElr: number[] | null;
  /** The set of offline replicas of this partition. (v0+, ignorable) */
  offlineReplicas: number[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeTopicPartitionsResponseCursor {
  /** The name for the first topic to process (v0+) */
  topicName: string;
  /** The partition index to start with (v0+) */
  partitionIndex: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDescribeTopicPartitionsResponse(init?: Partial<DescribeTopicPartitionsResponse>): DescribeTopicPartitionsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    nextCursor: null,
    ...init,
  };
}

export function encodeDescribeTopicPartitionsResponse(w: Writer, v: DescribeTopicPartitionsResponse, version: number): void {
  checkVersion("DescribeTopicPartitionsResponse", version, 0, 0);
  w.int32(v.throttleTimeMs);
  writeArray(w, true, v.topics, (e) => encodeDescribeTopicPartitionsResponseTopic(w, e, version));
  writeNullableStruct(w, v.nextCursor, (s) => encodeDescribeTopicPartitionsResponseCursor(w, s, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeTopicPartitionsResponse(r: Reader, version: number): DescribeTopicPartitionsResponse {
  checkReadVersion(r, "DescribeTopicPartitionsResponse", version, 0, 0);
  const v: DescribeTopicPartitionsResponse = {
    throttleTimeMs: r.int32(),
    topics: readArray(r, true, () => decodeDescribeTopicPartitionsResponseTopic(r, version)),
    nextCursor: readNullableStruct(r, () => decodeDescribeTopicPartitionsResponseCursor(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDescribeTopicPartitionsResponseTopic(init?: Partial<DescribeTopicPartitionsResponseTopic>): DescribeTopicPartitionsResponseTopic {
  return {
    errorCode: 0,
    name: "",
    topicId: ZERO_UUID,
    isInternal: false,
    partitions: [],
    topicAuthorizedOperations: -2147483648,
    ...init,
  };
}

export function encodeDescribeTopicPartitionsResponseTopic(w: Writer, v: DescribeTopicPartitionsResponseTopic, version: number): void {
  w.int16(v.errorCode);
  w.compactNullableString(v.name);
  w.uuid(v.topicId);
  w.bool(v.isInternal);
  writeArray(w, true, v.partitions, (e) => encodeDescribeTopicPartitionsResponsePartition(w, e, version));
  w.int32(v.topicAuthorizedOperations);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeTopicPartitionsResponseTopic(r: Reader, version: number): DescribeTopicPartitionsResponseTopic {
  const v: DescribeTopicPartitionsResponseTopic = {
    errorCode: r.int16(),
    name: r.compactNullableString(),
    topicId: r.uuid(),
    isInternal: r.bool(),
    partitions: readArray(r, true, () => decodeDescribeTopicPartitionsResponsePartition(r, version)),
    topicAuthorizedOperations: r.int32(),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDescribeTopicPartitionsResponsePartition(init?: Partial<DescribeTopicPartitionsResponsePartition>): DescribeTopicPartitionsResponsePartition {
  return {
    errorCode: 0,
    partitionIndex: 0,
    leaderId: 0,
    leaderEpoch: -1,
    replicaNodes: [],
    isrNodes: [],
    eligibleLeaderReplicas: null,
    lastKnownElr: null,
    offlineReplicas: [],
    ...init,
  };
}

export function encodeDescribeTopicPartitionsResponsePartition(w: Writer, v: DescribeTopicPartitionsResponsePartition, _version: number): void {
  w.int16(v.errorCode);
  w.int32(v.partitionIndex);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  writeArray(w, true, v.replicaNodes, (e) => w.int32(e));
  writeArray(w, true, v.isrNodes, (e) => w.int32(e));
  writeNullableArray(w, true, v.eligibleLeaderReplicas, (e) => w.int32(e));
  writeNullableArray(w, true, v.lastKnownElr, (e) => w.int32(e));
  writeArray(w, true, v.offlineReplicas, (e) => w.int32(e));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeTopicPartitionsResponsePartition(r: Reader, _version: number): DescribeTopicPartitionsResponsePartition {
  const v: DescribeTopicPartitionsResponsePartition = {
    errorCode: r.int16(),
    partitionIndex: r.int32(),
    leaderId: r.int32(),
    leaderEpoch: r.int32(),
    replicaNodes: readArray(r, true, () => r.int32()),
    isrNodes: readArray(r, true, () => r.int32()),
    eligibleLeaderReplicas: readNullableArray(r, true, () => r.int32()),
    lastKnownElr: readNullableArray(r, true, () => r.int32()),
    offlineReplicas: readArray(r, true, () => r.int32()),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDescribeTopicPartitionsResponseCursor(init?: Partial<DescribeTopicPartitionsResponseCursor>): DescribeTopicPartitionsResponseCursor {
  return {
    topicName: "",
    partitionIndex: 0,
    ...init,
  };
}

export function encodeDescribeTopicPartitionsResponseCursor(w: Writer, v: DescribeTopicPartitionsResponseCursor, _version: number): void {
  w.compactString(v.topicName);
  w.int32(v.partitionIndex);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeTopicPartitionsResponseCursor(r: Reader, _version: number): DescribeTopicPartitionsResponseCursor {
  const v: DescribeTopicPartitionsResponseCursor = {
    topicName: r.compactString(),
    partitionIndex: r.int32(),
  };
  readTaggedFields(r, v);
  return v;
}
