// Generated from OffsetDeleteResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, writeArray, writeTaggedFields } from "../message-codec.js";

/** OffsetDeleteResponse (API key 47): versions 0, flexible none. */
export interface OffsetDeleteResponse {
  /** The top-level error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+, ignorable) */
  throttleTimeMs: number;
  /** The responses for each topic. (v0+) */
  topics: OffsetDeleteResponseTopic[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetDeleteResponseTopic {
  /** The topic name. (v0+) */
  name: string;
  /** The responses for each partition in the topic. (v0+) */
  partitions: OffsetDeleteResponsePartition[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetDeleteResponsePartition {
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeOffsetDeleteResponse(init?: Partial<OffsetDeleteResponse>): OffsetDeleteResponse {
  return {
    errorCode: 0,
    throttleTimeMs: 0,
    topics: [],
    ...init,
  };
}

export function encodeOffsetDeleteResponse(w: Writer, v: OffsetDeleteResponse, version: number): void {
  checkVersion("OffsetDeleteResponse", version, 0, 0);
  w.int16(v.errorCode);
  w.int32(v.throttleTimeMs);
  writeArray(w, false, v.topics, (e) => encodeOffsetDeleteResponseTopic(w, e, version));
  writeTaggedFields(w, false, v._unknownTaggedFields);
}

export function decodeOffsetDeleteResponse(r: Reader, version: number): OffsetDeleteResponse {
  checkReadVersion(r, "OffsetDeleteResponse", version, 0, 0);
  return {
    errorCode: r.int16(),
    throttleTimeMs: r.int32(),
    topics: readArray(r, false, () => decodeOffsetDeleteResponseTopic(r, version)),
  };
}

export function makeOffsetDeleteResponseTopic(init?: Partial<OffsetDeleteResponseTopic>): OffsetDeleteResponseTopic {
  return {
    name: "",
    partitions: [],
    ...init,
  };
}

export function encodeOffsetDeleteResponseTopic(w: Writer, v: OffsetDeleteResponseTopic, version: number): void {
  w.string(v.name);
  writeArray(w, false, v.partitions, (e) => encodeOffsetDeleteResponsePartition(w, e, version));
  writeTaggedFields(w, false, v._unknownTaggedFields);
}

export function decodeOffsetDeleteResponseTopic(r: Reader, version: number): OffsetDeleteResponseTopic {
  return {
    name: r.string(),
    partitions: readArray(r, false, () => decodeOffsetDeleteResponsePartition(r, version)),
  };
}

export function makeOffsetDeleteResponsePartition(init?: Partial<OffsetDeleteResponsePartition>): OffsetDeleteResponsePartition {
  return {
    partitionIndex: 0,
    errorCode: 0,
    ...init,
  };
}

export function encodeOffsetDeleteResponsePartition(w: Writer, v: OffsetDeleteResponsePartition, _version: number): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  writeTaggedFields(w, false, v._unknownTaggedFields);
}

export function decodeOffsetDeleteResponsePartition(r: Reader, _version: number): OffsetDeleteResponsePartition {
  return {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
  };
}
