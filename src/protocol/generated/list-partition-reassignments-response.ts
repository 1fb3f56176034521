// Generated from ListPartitionReassignmentsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** ListPartitionReassignmentsResponse (API key 46): versions 0, flexible 0+. */
export interface ListPartitionReassignmentsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error (v0+) */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** The ongoing reassignments for each topic. (v0+) */
  topics: ListPartitionReassignmentsResponseOngoingTopicReassignment[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListPartitionReassignmentsResponseOngoingTopicReassignment {
  /** The topic name. (v0+) */
  name: string;
  /** The ongoing reassignments for each partition. (v0+) */
  partitions: ListPartitionReassignmentsResponseOngoingPartitionReassignment[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  /** The index of the partition. (v0+) */
  partitionIndex: number;
  /** The current replica set. (v0+) */
  replicas: number[];
  /** The set of replicas we are currently adding. (v0+) */
  addingReplicas: number[];
  /** The set of replicas we are currently removing. (v0+) */
  removingReplicas: number[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeListPartitionReassignmentsResponse(init?: Partial<ListPartitionReassignmentsResponse>): ListPartitionReassignmentsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    topics: [],
    ...init,
  };
}

export function encodeListPartitionReassignmentsResponse(w: Writer, v: ListPartitionReassignmentsResponse, version: number): void {
  checkVersion("ListPartitionReassignmentsResponse", version, 0, 0);
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  writeArray(w, true, v.topics, (e) => encodeListPartitionReassignmentsResponseOngoingTopicReassignment(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeListPartitionReassignmentsResponse(r: Reader, version: number): ListPartitionReassignmentsResponse {
  checkReadVersion(r, "ListPartitionReassignmentsResponse", version, 0, 0);
  const v: ListPartitionReassignmentsResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    topics: readArray(r, true, () => decodeListPartitionReassignmentsResponseOngoingTopicReassignment(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeListPartitionReassignmentsResponseOngoingTopicReassignment(init?: Partial<ListPartitionReassignmentsResponseOngoingTopicReassignment>): ListPartitionReassignmentsResponseOngoingTopicReassignment {
  return {
    name: "",
    partitions: [],
    ...init,
  };
}

export function encodeListPartitionReassignmentsResponseOngoingTopicReassignment(w: Writer, v: ListPartitionReassignmentsResponseOngoingTopicReassignment, version: number): void {
  w.compactString(v.name);
  writeArray(w, true, v.partitions, (e) => encodeListPartitionReassignmentsResponseOngoingPartitionReassignment(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeListPartitionReassignmentsResponseOngoingTopicReassignment(r: Reader, version: number): ListPartitionReassignmentsResponseOngoingTopicReassignment {
  const v: ListPartitionReassignmentsResponseOngoingTopicReassignment = {
    name: r.compactString(),
    partitions: readArray(r, true, () => decodeListPartitionReassignmentsResponseOngoingPartitionReassignment(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeListPartitionReassignmentsResponseOngoingPartitionReassignment(init?: Partial<ListPartitionReassignmentsResponseOngoingPartitionReassignment>): ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  return {
    partitionIndex: 0,
    replicas: [],
    addingReplicas: [],
    removingReplicas: [],
    ...init,
  };
}

export function encodeListPartitionReassignmentsResponseOngoingPartitionReassignment(w: Writer, v: ListPartitionReassignmentsResponseOngoingPartitionReassignment, _version: number): void {
  w.int32(v.partitionIndex);
  writeArray(w, true, v.replicas, (e) => w.int32(e));
  writeArray(w, true, v.addingReplicas, (e) => w.int32(e));
  writeArray(w, true, v.removingReplicas, (e) => w.int32(e));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeListPartitionReassignmentsResponseOngoingPartitionReassignment(r: Reader, _version: number): ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  const v: ListPartitionReassignmentsResponseOngoingPartitionReassignment = {
    partitionIndex: r.int32(),
    replicas: readArray(r, true, () => r.int32()),
    addingReplicas: readArray(r, true, () => r.int32()),
    removingReplicas: readArray(r, true, () => r.int32()),
  };
  readTaggedFields(r, v);
  return v;
}
