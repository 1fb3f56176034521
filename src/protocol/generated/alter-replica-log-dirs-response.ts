// Generated from AlterReplicaLogDirsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readString, readTaggedFields, writeArray, writeString, writeTaggedFields } from "../message-codec.js";

/** AlterReplicaLogDirsResponse (API key 34): versions 0-2, flexible 2+. */
export interface AlterReplicaLogDirsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The results for each topic. (v0+) */
  results: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  /** The name of the topic. (v0+) */
  topicName: string;
  /** The results for each partition. (v0+) */
  partitions: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeAlterReplicaLogDirsResponse(init?: Partial<AlterReplicaLogDirsResponse>): AlterReplicaLogDirsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
    ...init,
  };
}

export function encodeAlterReplicaLogDirsResponse(w: Writer, v: AlterReplicaLogDirsResponse, version: number): void {
  checkVersion("AlterReplicaLogDirsResponse", version, 0, 2);
  const flexible = version >= 2;
  w.int32(v.throttleTimeMs);
  writeArray(w, flexible, v.results, (e) => encodeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAlterReplicaLogDirsResponse(r: Reader, version: number): AlterReplicaLogDirsResponse {
  checkReadVersion(r, "AlterReplicaLogDirsResponse", version, 0, 2);
  const flexible = version >= 2;
  const v: AlterReplicaLogDirsResponse = {
    throttleTimeMs: r.int32(),
    results: readArray(r, flexible, () => decodeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(init?: Partial<AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult>): AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  return {
    topicName: "",
    partitions: [],
    ...init,
  };
}

export function encodeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(w: Writer, v: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult, version: number): void {
  const flexible = version >= 2;
  writeString(w, flexible, v.topicName);
  writeArray(w, flexible, v.partitions, (e) => encodeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(r: Reader, version: number): AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  const flexible = version >= 2;
  const v: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult = {
    topicName: readString(r, flexible),
    partitions: readArray(r, flexible, () => decodeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(init?: Partial<AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult>): AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  return {
    partitionIndex: 0,
    errorCode: 0,
    ...init,
  };
}

export function encodeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(w: Writer, v: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult, version: number): void {
  const flexible = version >= 2;
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(r: Reader, version: number): AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  const flexible = version >= 2;
  const v: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
