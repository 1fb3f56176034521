// Generated from MetadataResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, notNull, readArray, readNullableString, readString, readTaggedFields, writeArray, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** MetadataResponse (API key 3): versions 0-12, flexible 9+. */
export interface MetadataResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v3+, ignorable) */
  throttleTimeMs: number;
  /** A list of brokers present in the cluster. (v0+) */
  brokers: MetadataResponseBroker[];
  /** The cluster ID that responding broker belongs to. (v2+, nullable v2+, ignorable) */
  clusterId: string | null;
  /** The ID of the controller broker. (v1+, ignorable) */
  controllerId: number;
  /** Each topic in the response. (v0+) */
  topics: MetadataResponseTopic[];
  /** 32-bit bitfield to represent authorized operations for this cluster. (v8-10) */
  clusterAuthorizedOperations: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface MetadataResponseBroker {
  /** The broker ID. (v0+) */
  nodeId: number;
  /** The broker hostname. (v0+) */
  host: string;
  /** The broker port. (v0+) */
  port: number;
  /** The rack of the broker, or null if it has not been assigned to a rack. (v1+, nullable v1+, ignorable) */
  rack: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface MetadataResponseTopic {
  /** The topic error, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The topic name. Null for non-existing topics queried by ID. This is never null when ErrorCode is zero. One of Name and TopicId is always populated. (v0+, nullable v12+) */
  name: string | null;
  /** The topic id. Zero for non-existing topics queried by name. This is never zero when ErrorCode is zero. One of Name and TopicId is always populated. (v10+, ignorable) */
  topicId: string;
  /** True if the topic is internal. (v1+, ignorable) */
  isInternal: boolean;
  /** Each partition in the topic. (v0+) */
  partitions: MetadataResponsePartition[];
  /** 32-bit bitfield to represent authorized operations for this topic. (v8+) */
  topicAuthorizedOperations: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface MetadataResponsePartition {
  /** The partition error, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** The ID of the leader broker. (v0+) */
  leaderId: number;
  /** The leader epoch of this partition. (v7+, ignorable) */
  leaderEpoch: number;
  /** The set of all nodes that host this partition. (v0+) */
  replicaNodes: number[];
  /** The set of nodes that are in sync with the leader for this partition. (v0+) */
  isrNodes: number[];
  /** The set of offline replicas of this partition. (v5+, ignorable) */
  offlineReplicas: number[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeMetadataResponse(init?: Partial<MetadataResponse>): MetadataResponse {
  return {
    throttleTimeMs: 0,
    brokers: [],
    clusterId: null,
    controllerId: -1,
    topics: [],
    clusterAuthorizedOperations: -2147483648,
    ...init,
  };
}

export function encodeMetadataResponse(w: Writer, v: MetadataResponse, version: number): void {
  checkVersion("MetadataResponse", version, 0, 12);
  const flexible = version >= 9;
  if (version >= 3) w.int32(v.throttleTimeMs);
  writeArray(w, flexible, v.brokers, (e) => encodeMetadataResponseBroker(w, e, version));
  if (version >= 2) writeNullableString(w, flexible, v.clusterId);
  if (version >= 1) w.int32(v.controllerId);
  writeArray(w, flexible, v.topics, (e) => encodeMetadataResponseTopic(w, e, version));
  if (version >= 8 && version <= 10) w.int32(v.clusterAuthorizedOperations);
  else if (v.clusterAuthorizedOperations !== -2147483648) fieldVersionError("MetadataResponse.clusterAuthorizedOperations", version);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeMetadataResponse(r: Reader, version: number): MetadataResponse {
  checkReadVersion(r, "MetadataResponse", version, 0, 12);
  const flexible = version >= 9;
  const v: MetadataResponse = {
    throttleTimeMs: version >= 3 ? r.int32() : 0,
    brokers: readArray(r, flexible, () => decodeMetadataResponseBroker(r, version)),
    clusterId: version >= 2 ? readNullableString(r, flexible) : null,
    controllerId: version >= 1 ? r.int32() : -1,
    topics: readArray(r, flexible, () => decodeMetadataResponseTopic(r, version)),
    clusterAuthorizedOperations: version >= 8 && version <= 10 ? r.int32() : -2147483648,
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeMetadataResponseBroker(init?: Partial<MetadataResponseBroker>): MetadataResponseBroker {
  return {
    nodeId: 0,
    host: "",
    port: 0,
    rack: null,
    ...init,
  };
}

export function encodeMetadataResponseBroker(w: Writer, v: MetadataResponseBroker, version: number): void {
  const flexible = version >= 9;
  w.int32(v.nodeId);
  writeString(w, flexible, v.host);
  w.int32(v.port);
  if (version >= 1) writeNullableString(w, flexible, v.rack);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeMetadataResponseBroker(r: Reader, version: number): MetadataResponseBroker {
  const flexible = version >= 9;
  const v: MetadataResponseBroker = {
    nodeId: r.int32(),
    host: readString(r, flexible),
    port: r.int32(),
    rack: version >= 1 ? readNullableString(r, flexible) : null,
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeMetadataResponseTopic(init?: Partial<MetadataResponseTopic>): MetadataResponseTopic {
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

export function encodeMetadataResponseTopic(w: Writer, v: MetadataResponseTopic, version: number): void {
  const flexible = version >= 9;
  w.int16(v.errorCode);
  writeNullableString(w, flexible, version >= 12 ? v.name : notNull(v.name, "MetadataResponseTopic.name", version));
  if (version >= 10) w.uuid(v.topicId);
  if (version >= 1) w.bool(v.isInternal);
  writeArray(w, flexible, v.partitions, (e) => encodeMetadataResponsePartition(w, e, version));
  if (version >= 8) w.int32(v.topicAuthorizedOperations);
  else if (v.topicAuthorizedOperations !== -2147483648) fieldVersionError("MetadataResponseTopic.topicAuthorizedOperations", version);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeMetadataResponseTopic(r: Reader, version: number): MetadataResponseTopic {
  const flexible = version >= 9;
  const v: MetadataResponseTopic = {
    errorCode: r.int16(),
    name: (version >= 12 ? readNullableString(r, flexible) : readString(r, flexible)),
    topicId: version >= 10 ? r.uuid() : ZERO_UUID,
    isInternal: version >= 1 ? r.bool() : false,
    partitions: readArray(r, flexible, () => decodeMetadataResponsePartition(r, version)),
    topicAuthorizedOperations: version >= 8 ? r.int32() : -2147483648,
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeMetadataResponsePartition(init?: Partial<MetadataResponsePartition>): MetadataResponsePartition {
  return {
    errorCode: 0,
    partitionIndex: 0,
    leaderId: 0,
    leaderEpoch: -1,
    replicaNodes: [],
    isrNodes: [],
    offlineReplicas: [],
    ...init,
  };
}

export function encodeMetadataResponsePartition(w: Writer, v: MetadataResponsePartition, version: number): void {
  const flexible = version >= 9;
  w.int16(v.errorCode);
  w.int32(v.partitionIndex);
  w.int32(v.leaderId);
  if (version >= 7) w.int32(v.leaderEpoch);
  writeArray(w, flexible, v.replicaNodes, (e) => w.int32(e));
  writeArray(w, flexible, v.isrNodes, (e) => w.int32(e));
  if (version >= 5) writeArray(w, flexible, v.offlineReplicas, (e) => w.int32(e));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeMetadataResponsePartition(r: Reader, version: number): MetadataResponsePartition {
  const flexible = version >= 9;
  const v: MetadataResponsePartition = {
    errorCode: r.int16(),
    partitionIndex: r.int32(),
    leaderId: r.int32(),
    leaderEpoch: version >= 7 ? r.int32() : -1,
    replicaNodes: readArray(r, flexible, () => r.int32()),
    isrNodes: readArray(r, flexible, () => r.int32()),
    offlineReplicas: version >= 5 ? readArray(r, flexible, () => r.int32()) : [],
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
