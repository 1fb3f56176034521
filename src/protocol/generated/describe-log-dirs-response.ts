// Generated from DescribeLogDirsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readString, readTaggedFields, writeArray, writeString, writeTaggedFields } from "../message-codec.js";

/** DescribeLogDirsResponse (API key 35): versions 0-4, flexible 2+. */
export interface DescribeLogDirsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (v3+, ignorable) */
  errorCode: number;
  /** The log directories. (v0+) */
  results: DescribeLogDirsResponseDescribeLogDirsResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeLogDirsResponseDescribeLogDirsResult {
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The absolute log directory path. (v0+) */
  logDir: string;
  /** Each topic. (v0+) */
  topics: DescribeLogDirsResponseDescribeLogDirsTopic[];
  /** The total size in bytes of the volume the log directory is in. (v4+, ignorable) */
  totalBytes: bigint;
  /** The usable size in bytes of the volume the log directory is in. (v4+, ignorable) */
  usableBytes: bigint;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeLogDirsResponseDescribeLogDirsTopic {
  /** The topic name. (v0+) */
  name: string;
  /** (v0+) */
  partitions: DescribeLogDirsResponseDescribeLogDirsPartition[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeLogDirsResponseDescribeLogDirsPartition {
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** The size of the log segments in this partition in bytes. (v0+) */
  partitionSize: bigint;
  /** The lag of the log's LEO w.r.t. partition's HW (if it is the current log for the partition) or current replica's LEO (if it is the future log for the partition) (v0+) */
  offsetLag: bigint;
  /** True if this log is created by AlterReplicaLogDirsRequest and will replace the current log of the replica in the future. (v0+) */
  isFutureKey: boolean;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDescribeLogDirsResponse(init?: Partial<DescribeLogDirsResponse>): DescribeLogDirsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    results: [],
    ...init,
  };
}

export function encodeDescribeLogDirsResponse(w: Writer, v: DescribeLogDirsResponse, version: number): void {
  checkVersion("DescribeLogDirsResponse", version, 0, 4);
  const flexible = version >= 2;
  w.int32(v.throttleTimeMs);
  if (version >= 3) w.int16(v.errorCode);
  writeArray(w, flexible, v.results, (e) => encodeDescribeLogDirsResponseDescribeLogDirsResult(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeLogDirsResponse(r: Reader, version: number): DescribeLogDirsResponse {
  checkReadVersion(r, "DescribeLogDirsResponse", version, 0, 4);
  const flexible = version >= 2;
  const v: DescribeLogDirsResponse = {
    throttleTimeMs: r.int32(),
    errorCode: version >= 3 ? r.int16() : 0,
    results: readArray(r, flexible, () => decodeDescribeLogDirsResponseDescribeLogDirsResult(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDescribeLogDirsResponseDescribeLogDirsResult(init?: Partial<DescribeLogDirsResponseDescribeLogDirsResult>): DescribeLogDirsResponseDescribeLogDirsResult {
  return {
    errorCode: 0,
    logDir: "",
    topics: [],
    totalBytes: -1n,
    usableBytes: -1n,
    ...init,
  };
}

export function encodeDescribeLogDirsResponseDescribeLogDirsResult(w: Writer, v: DescribeLogDirsResponseDescribeLogDirsResult, version: number): void {
  const flexible = version >= 2;
  w.int16(v.errorCode);
  writeString(w, flexible, v.logDir);
  writeArray(w, flexible, v.topics, (e) => encodeDescribeLogDirsResponseDescribeLogDirsTopic(w, e, version));
  if (version >= 4) w.int64(v.totalBytes);
  if (version >= 4) w.int64(v.usableBytes);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeLogDirsResponseDescribeLogDirsResult(r: Reader, version: number): DescribeLogDirsResponseDescribeLogDirsResult {
  const flexible = version >= 2;
  const v: DescribeLogDirsResponseDescribeLogDirsResult = {
    errorCode: r.int16(),
    logDir: readString(r, flexible),
    topics: readArray(r, flexible, () => decodeDescribeLogDirsResponseDescribeLogDirsTopic(r, version)),
    totalBytes: version >= 4 ? r.int64() : -1n,
    usableBytes: version >= 4 ? r.int64() : -1n,
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDescribeLogDirsResponseDescribeLogDirsTopic(init?: Partial<DescribeLogDirsResponseDescribeLogDirsTopic>): DescribeLogDirsResponseDescribeLogDirsTopic {
  return {
    name: "",
    partitions: [],
    ...init,
  };
}

export function encodeDescribeLogDirsResponseDescribeLogDirsTopic(w: Writer, v: DescribeLogDirsResponseDescribeLogDirsTopic, version: number): void {
  const flexible = version >= 2;
  writeString(w, flexible, v.name);
  writeArray(w, flexible, v.partitions, (e) => encodeDescribeLogDirsResponseDescribeLogDirsPartition(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeLogDirsResponseDescribeLogDirsTopic(r: Reader, version: number): DescribeLogDirsResponseDescribeLogDirsTopic {
  const flexible = version >= 2;
  const v: DescribeLogDirsResponseDescribeLogDirsTopic = {
    name: readString(r, flexible),
    partitions: readArray(r, flexible, () => decodeDescribeLogDirsResponseDescribeLogDirsPartition(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDescribeLogDirsResponseDescribeLogDirsPartition(init?: Partial<DescribeLogDirsResponseDescribeLogDirsPartition>): DescribeLogDirsResponseDescribeLogDirsPartition {
  return {
    partitionIndex: 0,
    partitionSize: 0n,
    offsetLag: 0n,
    isFutureKey: false,
    ...init,
  };
}

export function encodeDescribeLogDirsResponseDescribeLogDirsPartition(w: Writer, v: DescribeLogDirsResponseDescribeLogDirsPartition, version: number): void {
  const flexible = version >= 2;
  w.int32(v.partitionIndex);
  w.int64(v.partitionSize);
  w.int64(v.offsetLag);
  w.bool(v.isFutureKey);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeLogDirsResponseDescribeLogDirsPartition(r: Reader, version: number): DescribeLogDirsResponseDescribeLogDirsPartition {
  const flexible = version >= 2;
  const v: DescribeLogDirsResponseDescribeLogDirsPartition = {
    partitionIndex: r.int32(),
    partitionSize: r.int64(),
    offsetLag: r.int64(),
    isFutureKey: r.bool(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
