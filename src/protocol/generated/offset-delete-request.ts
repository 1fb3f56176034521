// Generated from OffsetDeleteRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, writeArray, writeTaggedFields } from "../message-codec.js";

/** OffsetDeleteRequest (API key 47): versions 0, flexible none. */
export interface OffsetDeleteRequest {
  /** The unique group identifier. (v0+) */
  groupId: string;
  /** The topics to delete offsets for (v0+) */
  topics: OffsetDeleteRequestTopic[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetDeleteRequestTopic {
  /** The topic name. (v0+) */
  name: string;
  /** Each partition to delete offsets for. (v0+) */
  partitions: OffsetDeleteRequestPartition[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetDeleteRequestPartition {
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeOffsetDeleteRequest(init?: Partial<OffsetDeleteRequest>): OffsetDeleteRequest {
  return {
    groupId: "",
    topics: [],
    ...init,
  };
}

export function encodeOffsetDeleteRequest(w: Writer, v: OffsetDeleteRequest, version: number): void {
  checkVersion("OffsetDeleteRequest", version, 0, 0);
  w.string(v.groupId);
  writeArray(w, false, v.topics, (e) => encodeOffsetDeleteRequestTopic(w, e, version));
  writeTaggedFields(w, false, v._unknownTaggedFields);
}

export function decodeOffsetDeleteRequest(r: Reader, version: number): OffsetDeleteRequest {
  checkReadVersion(r, "OffsetDeleteRequest", version, 0, 0);
  return {
    groupId: r.string(),
    topics: readArray(r, false, () => decodeOffsetDeleteRequestTopic(r, version)),
  };
}

export function makeOffsetDeleteRequestTopic(init?: Partial<OffsetDeleteRequestTopic>): OffsetDeleteRequestTopic {
  return {
    name: "",
    partitions: [],
    ...init,
  };
}

export function encodeOffsetDeleteRequestTopic(w: Writer, v: OffsetDeleteRequestTopic, version: number): void {
  w.string(v.name);
  writeArray(w, false, v.partitions, (e) => encodeOffsetDeleteRequestPartition(w, e, version));
  writeTaggedFields(w, false, v._unknownTaggedFields);
}

export function decodeOffsetDeleteRequestTopic(r: Reader, version: number): OffsetDeleteRequestTopic {
  return {
    name: r.string(),
    partitions: readArray(r, false, () => decodeOffsetDeleteRequestPartition(r, version)),
  };
}

export function makeOffsetDeleteRequestPartition(init?: Partial<OffsetDeleteRequestPartition>): OffsetDeleteRequestPartition {
  return {
    partitionIndex: 0,
    ...init,
  };
}

export function encodeOffsetDeleteRequestPartition(w: Writer, v: OffsetDeleteRequestPartition, _version: number): void {
  w.int32(v.partitionIndex);
  writeTaggedFields(w, false, v._unknownTaggedFields);
}

export function decodeOffsetDeleteRequestPartition(r: Reader, _version: number): OffsetDeleteRequestPartition {
  return {
    partitionIndex: r.int32(),
  };
}
