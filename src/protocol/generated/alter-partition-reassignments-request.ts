// Generated from AlterPartitionReassignmentsRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readNullableArray, readTaggedFields, writeArray, writeNullableArray, writeTaggedFields } from "../message-codec.js";

/** AlterPartitionReassignmentsRequest (API key 45): versions 0, flexible 0+. */
export interface AlterPartitionReassignmentsRequest {
  /** The time in ms to wait for the request to complete. (v0+) */
  timeoutMs: number;
  /** The topics to reassign. (v0+) */
  topics: AlterPartitionReassignmentsRequestReassignableTopic[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterPartitionReassignmentsRequestReassignableTopic {
  /** The topic name. (v0+) */
  name: string;
  /** The partitions to reassign. (v0+) */
  partitions: AlterPartitionReassignmentsRequestReassignablePartition[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterPartitionReassignmentsRequestReassignablePartition {
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** The replicas to place the partitions on, or null to cancel a pending reassignment for this partition. (v0+, nullable v0+) */
  replicas: number[] | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeAlterPartitionReassignmentsRequest(init?: Partial<AlterPartitionReassignmentsRequest>): AlterPartitionReassignmentsRequest {
  return {
    timeoutMs: 60000,
    topics: [],
    ...init,
  };
}

export function encodeAlterPartitionReassignmentsRequest(w: Writer, v: AlterPartitionReassignmentsRequest, version: number): void {
  checkVersion("AlterPartitionReassignmentsRequest", version, 0, 0);
  w.int32(v.timeoutMs);
  writeArray(w, true, v.topics, (e) => encodeAlterPartitionReassignmentsRequestReassignableTopic(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeAlterPartitionReassignmentsRequest(r: Reader, version: number): AlterPartitionReassignmentsRequest {
  checkReadVersion(r, "AlterPartitionReassignmentsRequest", version, 0, 0);
  const v: AlterPartitionReassignmentsRequest = {
    timeoutMs: r.int32(),
    topics: readArray(r, true, () => decodeAlterPartitionReassignmentsRequestReassignableTopic(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeAlterPartitionReassignmentsRequestReassignableTopic(init?: Partial<AlterPartitionReassignmentsRequestReassignableTopic>): AlterPartitionReassignmentsRequestReassignableTopic {
  return {
    name: "",
    partitions: [],
    ...init,
  };
}

export function encodeAlterPartitionReassignmentsRequestReassignableTopic(w: Writer, v: AlterPartitionReassignmentsRequestReassignableTopic, version: number): void {
  w.compactString(v.name);
  writeArray(w, true, v.partitions, (e) => encodeAlterPartitionReassignmentsRequestReassignablePartition(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeAlterPartitionReassignmentsRequestReassignableTopic(r: Reader, version: number): AlterPartitionReassignmentsRequestReassignableTopic {
  const v: AlterPartitionReassignmentsRequestReassignableTopic = {
    name: r.compactString(),
    partitions: readArray(r, true, () => decodeAlterPartitionReassignmentsRequestReassignablePartition(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeAlterPartitionReassignmentsRequestReassignablePartition(init?: Partial<AlterPartitionReassignmentsRequestReassignablePartition>): AlterPartitionReassignmentsRequestReassignablePartition {
  return {
    partitionIndex: 0,
    replicas: null,
    ...init,
  };
}

export function encodeAlterPartitionReassignmentsRequestReassignablePartition(w: Writer, v: AlterPartitionReassignmentsRequestReassignablePartition, _version: number): void {
  w.int32(v.partitionIndex);
  writeNullableArray(w, true, v.replicas, (e) => w.int32(e));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeAlterPartitionReassignmentsRequestReassignablePartition(r: Reader, _version: number): AlterPartitionReassignmentsRequestReassignablePartition {
  const v: AlterPartitionReassignmentsRequestReassignablePartition = {
    partitionIndex: r.int32(),
    replicas: readNullableArray(r, true, () => r.int32()),
  };
  readTaggedFields(r, v);
  return v;
}
