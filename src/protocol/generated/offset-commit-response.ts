// Generated from OffsetCommitResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readString, readTaggedFields, writeArray, writeString, writeTaggedFields } from "../message-codec.js";

/** OffsetCommitResponse (API key 8): versions 0-9, flexible 8+. */
export interface OffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v3+, ignorable) */
  throttleTimeMs: number;
  /** The responses for each topic. (v0+) */
  topics: OffsetCommitResponseTopic[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetCommitResponseTopic {
  /** The topic name. (v0+) */
  name: string;
  /** The responses for each partition in the topic. (v0+) */
  partitions: OffsetCommitResponsePartition[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetCommitResponsePartition {
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeOffsetCommitResponse(init?: Partial<OffsetCommitResponse>): OffsetCommitResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    ...init,
  };
}

export function encodeOffsetCommitResponse(w: Writer, v: OffsetCommitResponse, version: number): void {
  checkVersion("OffsetCommitResponse", version, 0, 9);
  const flexible = version >= 8;
  if (version >= 3) w.int32(v.throttleTimeMs);
  writeArray(w, flexible, v.topics, (e) => encodeOffsetCommitResponseTopic(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeOffsetCommitResponse(r: Reader, version: number): OffsetCommitResponse {
  checkReadVersion(r, "OffsetCommitResponse", version, 0, 9);
  const flexible = version >= 8;
  const v: OffsetCommitResponse = {
    throttleTimeMs: version >= 3 ? r.int32() : 0,
    topics: readArray(r, flexible, () => decodeOffsetCommitResponseTopic(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeOffsetCommitResponseTopic(init?: Partial<OffsetCommitResponseTopic>): OffsetCommitResponseTopic {
  return {
    name: "",
    partitions: [],
    ...init,
  };
}

export function encodeOffsetCommitResponseTopic(w: Writer, v: OffsetCommitResponseTopic, version: number): void {
  const flexible = version >= 8;
  writeString(w, flexible, v.name);
  writeArray(w, flexible, v.partitions, (e) => encodeOffsetCommitResponsePartition(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeOffsetCommitResponseTopic(r: Reader, version: number): OffsetCommitResponseTopic {
  const flexible = version >= 8;
  const v: OffsetCommitResponseTopic = {
    name: readString(r, flexible),
    partitions: readArray(r, flexible, () => decodeOffsetCommitResponsePartition(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeOffsetCommitResponsePartition(init?: Partial<OffsetCommitResponsePartition>): OffsetCommitResponsePartition {
  return {
    partitionIndex: 0,
    errorCode: 0,
    ...init,
  };
}

export function encodeOffsetCommitResponsePartition(w: Writer, v: OffsetCommitResponsePartition, version: number): void {
  const flexible = version >= 8;
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeOffsetCommitResponsePartition(r: Reader, version: number): OffsetCommitResponsePartition {
  const flexible = version >= 8;
  const v: OffsetCommitResponsePartition = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
