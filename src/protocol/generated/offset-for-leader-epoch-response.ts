// Generated from OffsetForLeaderEpochResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readString, readTaggedFields, writeArray, writeString, writeTaggedFields } from "../message-codec.js";

/** OffsetForLeaderEpochResponse (API key 23): versions 0-4, flexible 4+. */
export interface OffsetForLeaderEpochResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v2+, ignorable) */
  throttleTimeMs: number;
  /** Each topic we fetched offsets for. (v0+) */
  topics: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  /** The topic name. (v0+) */
  topic: string;
  /** Each partition in the topic we fetched offsets for. (v0+) */
  partitions: OffsetForLeaderEpochResponseEpochEndOffset[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetForLeaderEpochResponseEpochEndOffset {
  /** The error code 0, or if there was no error. (v0+) */
  errorCode: number;
  /** The partition index. (v0+) */
  partition: number;
  /** The leader epoch of the partition. (v1+, ignorable) */
  leaderEpoch: number;
  /** The end offset of the epoch. (v0+) */
  endOffset: bigint;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeOffsetForLeaderEpochResponse(init?: Partial<OffsetForLeaderEpochResponse>): OffsetForLeaderEpochResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    ...init,
  };
}

export function encodeOffsetForLeaderEpochResponse(w: Writer, v: OffsetForLeaderEpochResponse, version: number): void {
  checkVersion("OffsetForLeaderEpochResponse", version, 0, 4);
  const flexible = version >= 4;
  if (version >= 2) w.int32(v.throttleTimeMs);
  writeArray(w, flexible, v.topics, (e) => encodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeOffsetForLeaderEpochResponse(r: Reader, version: number): OffsetForLeaderEpochResponse {
  checkReadVersion(r, "OffsetForLeaderEpochResponse", version, 0, 4);
  const flexible = version >= 4;
  const v: OffsetForLeaderEpochResponse = {
    throttleTimeMs: version >= 2 ? r.int32() : 0,
    topics: readArray(r, flexible, () => decodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(init?: Partial<OffsetForLeaderEpochResponseOffsetForLeaderTopicResult>): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  return {
    topic: "",
    partitions: [],
    ...init,
  };
}

export function encodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(w: Writer, v: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult, version: number): void {
  const flexible = version >= 4;
  writeString(w, flexible, v.topic);
  writeArray(w, flexible, v.partitions, (e) => encodeOffsetForLeaderEpochResponseEpochEndOffset(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(r: Reader, version: number): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  const flexible = version >= 4;
  const v: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult = {
    topic: readString(r, flexible),
    partitions: readArray(r, flexible, () => decodeOffsetForLeaderEpochResponseEpochEndOffset(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeOffsetForLeaderEpochResponseEpochEndOffset(init?: Partial<OffsetForLeaderEpochResponseEpochEndOffset>): OffsetForLeaderEpochResponseEpochEndOffset {
  return {
    errorCode: 0,
    partition: 0,
    leaderEpoch: -1,
    endOffset: -1n,
    ...init,
  };
}

export function encodeOffsetForLeaderEpochResponseEpochEndOffset(w: Writer, v: OffsetForLeaderEpochResponseEpochEndOffset, version: number): void {
  const flexible = version >= 4;
  w.int16(v.errorCode);
  w.int32(v.partition);
  if (version >= 1) w.int32(v.leaderEpoch);
  w.int64(v.endOffset);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeOffsetForLeaderEpochResponseEpochEndOffset(r: Reader, version: number): OffsetForLeaderEpochResponseEpochEndOffset {
  const flexible = version >= 4;
  const v: OffsetForLeaderEpochResponseEpochEndOffset = {
    errorCode: r.int16(),
    partition: r.int32(),
    leaderEpoch: version >= 1 ? r.int32() : -1,
    endOffset: r.int64(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
