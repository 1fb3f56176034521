// Generated from DescribeQuorumResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** DescribeQuorumResponse (API key 55): versions 0-2, flexible 0+. */
export interface DescribeQuorumResponse {
  /** The top level error code. (v0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (v2+, nullable v2+, ignorable) */
  errorMessage: string | null;
  /** (v0+) */
  topics: DescribeQuorumResponseTopicData[];
  /** (v2+) */
  nodes: DescribeQuorumResponseNode[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeQuorumResponseTopicData {
  /** The topic name. (v0+) */
  topicName: string;
  /** (v0+) */
  partitions: DescribeQuorumResponsePartitionData[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeQuorumResponsePartitionData {
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** (v0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (v2+, nullable v2+, ignorable) */
  errorMessage: string | null;
  /** The ID of the current leader or -1 if the leader is unknown. (v0+) */
  leaderId: number;
  /** The latest known leader epoch (v0+) */
  leaderEpoch: number;
  /** (v0+) */
  highWatermark: bigint;
  /** (v0+) */
  currentVoters: DescribeQuorumResponseReplicaState[];
  /** (v0+) */
  observers: DescribeQuorumResponseReplicaState[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeQuorumResponseReplicaState {
  /** (v0+) */
  replicaId: number;
  /** (v2+) */
  replicaDirectoryId: string;
  /** The last known log end offset of the follower or -1 if it is unknown (v0+) */
  logEndOffset: bigint;
  /** The last known leader wall clock time time when a follower fetched from the leader. This is reported as -1 both for the current leader or if it is unknown for a voter (v1+, ignorable) */
  lastFetchTimestamp: bigint;
  /** The leader wall clock append time of the offset for which the follower made the most recent fetch request. This is reported as the current time for the leader and -1 if unknown for a voter (v1+, ignorable) */
  lastCaughtUpTimestamp: bigint;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeQuorumResponseNode {
  /** The ID of the associated node (v2+) */
  nodeId: number;
  /** The listeners of this controller (v2+) */
  listeners: DescribeQuorumResponseListener[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeQuorumResponseListener {
  /** The name of the endpoint (v2+) */
  name: string;
  /** The hostname (v2+) */
  host: string;
  /** The port (v2+) */
  port: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDescribeQuorumResponse(init?: Partial<DescribeQuorumResponse>): DescribeQuorumResponse {
  return {
    errorCode: 0,
    errorMessage: "",
    topics: [],
    nodes: [],
    ...init,
  };
}

export function encodeDescribeQuorumResponse(w: Writer, v: DescribeQuorumResponse, version: number): void {
  checkVersion("DescribeQuorumResponse", version, 0, 2);
  w.int16(v.errorCode);
  if (version >= 2) w.compactNullableString(v.errorMessage);
  writeArray(w, true, v.topics, (e) => encodeDescribeQuorumResponseTopicData(w, e, version));
  if (version >= 2) writeArray(w, true, v.nodes, (e) => encodeDescribeQuorumResponseNode(w, e, version));
  else if (v.nodes.length !== 0) fieldVersionError("DescribeQuorumResponse.nodes", version);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeQuorumResponse(r: Reader, version: number): DescribeQuorumResponse {
  checkReadVersion(r, "DescribeQuorumResponse", version, 0, 2);
  const v: DescribeQuorumResponse = {
    errorCode: r.int16(),
    errorMessage: version >= 2 ? r.compactNullableString() : "",
    topics: readArray(r, true, () => decodeDescribeQuorumResponseTopicData(r, version)),
    nodes: version >= 2 ? readArray(r, true, () => decodeDescribeQuorumResponseNode(r, version)) : [],
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDescribeQuorumResponseTopicData(init?: Partial<DescribeQuorumResponseTopicData>): DescribeQuorumResponseTopicData {
  return {
    topicName: "",
    partitions: [],
    ...init,
  };
}

export function encodeDescribeQuorumResponseTopicData(w: Writer, v: DescribeQuorumResponseTopicData, version: number): void {
  w.compactString(v.topicName);
  writeArray(w, true, v.partitions, (e) => encodeDescribeQuorumResponsePartitionData(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeQuorumResponseTopicData(r: Reader, version: number): DescribeQuorumResponseTopicData {
  const v: DescribeQuorumResponseTopicData = {
    topicName: r.compactString(),
    partitions: readArray(r, true, () => decodeDescribeQuorumResponsePartitionData(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDescribeQuorumResponsePartitionData(init?: Partial<DescribeQuorumResponsePartitionData>): DescribeQuorumResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: "",
    leaderId: 0,
    leaderEpoch: 0,
    highWatermark: 0n,
    currentVoters: [],
    observers: [],
    ...init,
  };
}

export function encodeDescribeQuorumResponsePartitionData(w: Writer, v: DescribeQuorumResponsePartitionData, version: number): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  if (version >= 2) w.compactNullableString(v.errorMessage);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.int64(v.highWatermark);
  writeArray(w, true, v.currentVoters, (e) => encodeDescribeQuorumResponseReplicaState(w, e, version));
  writeArray(w, true, v.observers, (e) => encodeDescribeQuorumResponseReplicaState(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeQuorumResponsePartitionData(r: Reader, version: number): DescribeQuorumResponsePartitionData {
  const v: DescribeQuorumResponsePartitionData = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
    errorMessage: version >= 2 ? r.compactNullableString() : "",
    leaderId: r.int32(),
    leaderEpoch: r.int32(),
    highWatermark: r.int64(),
    currentVoters: readArray(r, true, () => decodeDescribeQuorumResponseReplicaState(r, version)),
    observers: readArray(r, true, () => decodeDescribeQuorumResponseReplicaState(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDescribeQuorumResponseReplicaState(init?: Partial<DescribeQuorumResponseReplicaState>): DescribeQuorumResponseReplicaState {
  return {
    replicaId: 0,
    replicaDirectoryId: ZERO_UUID,
    logEndOffset: 0n,
    lastFetchTimestamp: -1n,
    lastCaughtUpTimestamp: -1n,
    ...init,
  };
}

export function encodeDescribeQuorumResponseReplicaState(w: Writer, v: DescribeQuorumResponseReplicaState, version: number): void {
  w.int32(v.replicaId);
  if (version >= 2) w.uuid(v.replicaDirectoryId);
  else if (v.replicaDirectoryId !== ZERO_UUID) fieldVersionError("DescribeQuorumResponseReplicaState.replicaDirectoryId", version);
  w.int64(v.logEndOffset);
  if (version >= 1) w.int64(v.lastFetchTimestamp);
  if (version >= 1) w.int64(v.lastCaughtUpTimestamp);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeQuorumResponseReplicaState(r: Reader, version: number): DescribeQuorumResponseReplicaState {
  const v: DescribeQuorumResponseReplicaState = {
    replicaId: r.int32(),
    replicaDirectoryId: version >= 2 ? r.uuid() : ZERO_UUID,
    logEndOffset: r.int64(),
    lastFetchTimestamp: version >= 1 ? r.int64() : -1n,
    lastCaughtUpTimestamp: version >= 1 ? r.int64() : -1n,
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDescribeQuorumResponseNode(init?: Partial<DescribeQuorumResponseNode>): DescribeQuorumResponseNode {
  return {
    nodeId: 0,
    listeners: [],
    ...init,
  };
}

export function encodeDescribeQuorumResponseNode(w: Writer, v: DescribeQuorumResponseNode, version: number): void {
  w.int32(v.nodeId);
  writeArray(w, true, v.listeners, (e) => encodeDescribeQuorumResponseListener(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeQuorumResponseNode(r: Reader, version: number): DescribeQuorumResponseNode {
  const v: DescribeQuorumResponseNode = {
    nodeId: r.int32(),
    listeners: readArray(r, true, () => decodeDescribeQuorumResponseListener(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDescribeQuorumResponseListener(init?: Partial<DescribeQuorumResponseListener>): DescribeQuorumResponseListener {
  return {
    name: "",
    host: "",
    port: 0,
    ...init,
  };
}

export function encodeDescribeQuorumResponseListener(w: Writer, v: DescribeQuorumResponseListener, _version: number): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeQuorumResponseListener(r: Reader, _version: number): DescribeQuorumResponseListener {
  const v: DescribeQuorumResponseListener = {
    name: r.compactString(),
    host: r.compactString(),
    port: r.uint16(),
  };
  readTaggedFields(r, v);
  return v;
}
