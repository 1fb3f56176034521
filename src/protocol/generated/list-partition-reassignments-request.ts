// Generated from ListPartitionReassignmentsRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readNullableArray, readTaggedFields, writeArray, writeNullableArray, writeTaggedFields } from "../message-codec.js";

/** ListPartitionReassignmentsRequest (API key 46): versions 0, flexible 0+. */
export interface ListPartitionReassignmentsRequest {
  /** The time in ms to wait for the request to complete. (v0+) */
  timeoutMs: number;
  /** The topics to list partition reassignments for, or null to list everything. (v0+, nullable v0+) */
  topics: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  /** The topic name (v0+) */
  name: string;
  /** The partitions to list partition reassignments for. (v0+) */
  partitionIndexes: number[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeListPartitionReassignmentsRequest(init?: Partial<ListPartitionReassignmentsRequest>): ListPartitionReassignmentsRequest {
  return {
    timeoutMs: 60000,
    topics: null,
    ...init,
  };
}

export function encodeListPartitionReassignmentsRequest(w: Writer, v: ListPartitionReassignmentsRequest, version: number): void {
  checkVersion("ListPartitionReassignmentsRequest", version, 0, 0);
  w.int32(v.timeoutMs);
  writeNullableArray(w, true, v.topics, (e) => encodeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeListPartitionReassignmentsRequest(r: Reader, version: number): ListPartitionReassignmentsRequest {
  checkReadVersion(r, "ListPartitionReassignmentsRequest", version, 0, 0);
  const v: ListPartitionReassignmentsRequest = {
    timeoutMs: r.int32(),
    topics: readNullableArray(r, true, () => decodeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(init?: Partial<ListPartitionReassignmentsRequestListPartitionReassignmentsTopics>): ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  return {
    name: "",
    partitionIndexes: [],
    ...init,
  };
}

export function encodeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(w: Writer, v: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics, _version: number): void {
  w.compactString(v.name);
  writeArray(w, true, v.partitionIndexes, (e) => w.int32(e));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(r: Reader, _version: number): ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  const v: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics = {
    name: r.compactString(),
    partitionIndexes: readArray(r, true, () => r.int32()),
  };
  readTaggedFields(r, v);
  return v;
}
