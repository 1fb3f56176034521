// Generated from CreateTopicsRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readNullableString, readString, readTaggedFields, writeArray, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** CreateTopicsRequest (API key 19): versions 0-7, flexible 5+, deprecated 0-1. */
export interface CreateTopicsRequest {
  /** The topics to create. (v0+) */
  topics: CreateTopicsRequestCreatableTopic[];
  /** How long to wait in milliseconds before timing out the request. (v0+) */
  timeoutMs: number;
  /** If true, check that the topics can be created as specified, but don't create anything. (v1+) */
  validateOnly: boolean;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreateTopicsRequestCreatableTopic {
  /** The topic name. (v0+) */
  name: string;
  /** The number of partitions to create in the topic, or -1 if we are either specifying a manual partition assignment or using the default partitions. (v0+) */
  numPartitions: number;
  /** The number of replicas to create for each partition in the topic, or -1 if we are either specifying a manual partition assignment or using the default replication factor. (v0+) */
  replicationFactor: number;
  /** The manual partition assignment, or the empty array if we are using automatic assignment. (v0+) */
  assignments: CreateTopicsRequestCreatableReplicaAssignment[];
  /** The custom topic configurations to set. (v0+) */
  configs: CreateTopicsRequestCreatableTopicConfig[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreateTopicsRequestCreatableReplicaAssignment {
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** The brokers to place the partition on. (v0+) */
  brokerIds: number[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreateTopicsRequestCreatableTopicConfig {
  /** The configuration name. (v0+) */
  name: string;
  /** The configuration value. (v0+, nullable v0+) */
  value: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeCreateTopicsRequest(init?: Partial<CreateTopicsRequest>): CreateTopicsRequest {
  return {
    topics: [],
    timeoutMs: 60000,
    validateOnly: false,
    ...init,
  };
}

export function encodeCreateTopicsRequest(w: Writer, v: CreateTopicsRequest, version: number): void {
  checkVersion("CreateTopicsRequest", version, 0, 7);
  const flexible = version >= 5;
  writeArray(w, flexible, v.topics, (e) => encodeCreateTopicsRequestCreatableTopic(w, e, version));
  w.int32(v.timeoutMs);
  if (version >= 1) w.bool(v.validateOnly);
  else if (v.validateOnly) fieldVersionError("CreateTopicsRequest.validateOnly", version);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeCreateTopicsRequest(r: Reader, version: number): CreateTopicsRequest {
  checkReadVersion(r, "CreateTopicsRequest", version, 0, 7);
  const flexible = version >= 5;
  const v: CreateTopicsRequest = {
    topics: readArray(r, flexible, () => decodeCreateTopicsRequestCreatableTopic(r, version)),
    timeoutMs: r.int32(),
    validateOnly: version >= 1 ? r.bool() : false,
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeCreateTopicsRequestCreatableTopic(init?: Partial<CreateTopicsRequestCreatableTopic>): CreateTopicsRequestCreatableTopic {
  return {
    name: "",
    numPartitions: 0,
    replicationFactor: 0,
    assignments: [],
    configs: [],
    ...init,
  };
}

export function encodeCreateTopicsRequestCreatableTopic(w: Writer, v: CreateTopicsRequestCreatableTopic, version: number): void {
  const flexible = version >= 5;
  writeString(w, flexible, v.name);
  w.int32(v.numPartitions);
  w.int16(v.replicationFactor);
  writeArray(w, flexible, v.assignments, (e) => encodeCreateTopicsRequestCreatableReplicaAssignment(w, e, version));
  writeArray(w, flexible, v.configs, (e) => encodeCreateTopicsRequestCreatableTopicConfig(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeCreateTopicsRequestCreatableTopic(r: Reader, version: number): CreateTopicsRequestCreatableTopic {
  const flexible = version >= 5;
  const v: CreateTopicsRequestCreatableTopic = {
    name: readString(r, flexible),
    numPartitions: r.int32(),
    replicationFactor: r.int16(),
    assignments: readArray(r, flexible, () => decodeCreateTopicsRequestCreatableReplicaAssignment(r, version)),
    configs: readArray(r, flexible, () => decodeCreateTopicsRequestCreatableTopicConfig(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeCreateTopicsRequestCreatableReplicaAssignment(init?: Partial<CreateTopicsRequestCreatableReplicaAssignment>): CreateTopicsRequestCreatableReplicaAssignment {
  return {
    partitionIndex: 0,
    brokerIds: [],
    ...init,
  };
}

export function encodeCreateTopicsRequestCreatableReplicaAssignment(w: Writer, v: CreateTopicsRequestCreatableReplicaAssignment, version: number): void {
  const flexible = version >= 5;
  w.int32(v.partitionIndex);
  writeArray(w, flexible, v.brokerIds, (e) => w.int32(e));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeCreateTopicsRequestCreatableReplicaAssignment(r: Reader, version: number): CreateTopicsRequestCreatableReplicaAssignment {
  const flexible = version >= 5;
  const v: CreateTopicsRequestCreatableReplicaAssignment = {
    partitionIndex: r.int32(),
    brokerIds: readArray(r, flexible, () => r.int32()),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeCreateTopicsRequestCreatableTopicConfig(init?: Partial<CreateTopicsRequestCreatableTopicConfig>): CreateTopicsRequestCreatableTopicConfig {
  return {
    name: "",
    value: "",
    ...init,
  };
}

export function encodeCreateTopicsRequestCreatableTopicConfig(w: Writer, v: CreateTopicsRequestCreatableTopicConfig, version: number): void {
  const flexible = version >= 5;
  writeString(w, flexible, v.name);
  writeNullableString(w, flexible, v.value);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeCreateTopicsRequestCreatableTopicConfig(r: Reader, version: number): CreateTopicsRequestCreatableTopicConfig {
  const flexible = version >= 5;
  const v: CreateTopicsRequestCreatableTopicConfig = {
    name: readString(r, flexible),
    value: readNullableString(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
