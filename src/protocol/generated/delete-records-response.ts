// Generated from DeleteRecordsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readString, readTaggedFields, writeArray, writeString, writeTaggedFields } from "../message-codec.js";

/** DeleteRecordsResponse (API key 21): versions 0-2, flexible 2+. */
export interface DeleteRecordsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** Each topic that we wanted to delete records from. (v0+) */
  topics: DeleteRecordsResponseDeleteRecordsTopicResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteRecordsResponseDeleteRecordsTopicResult {
  /** The topic name. (v0+) */
  name: string;
  /** Each partition that we wanted to delete records from. (v0+) */
  partitions: DeleteRecordsResponseDeleteRecordsPartitionResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteRecordsResponseDeleteRecordsPartitionResult {
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** The partition low water mark. (v0+) */
  lowWatermark: bigint;
  /** The deletion error code, or 0 if the deletion succeeded. (v0+) */
  errorCode: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDeleteRecordsResponse(init?: Partial<DeleteRecordsResponse>): DeleteRecordsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    ...init,
  };
}

export function encodeDeleteRecordsResponse(w: Writer, v: DeleteRecordsResponse, version: number): void {
  checkVersion("DeleteRecordsResponse", version, 0, 2);
  const flexible = version >= 2;
  w.int32(v.throttleTimeMs);
  writeArray(w, flexible, v.topics, (e) => encodeDeleteRecordsResponseDeleteRecordsTopicResult(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDeleteRecordsResponse(r: Reader, version: number): DeleteRecordsResponse {
  checkReadVersion(r, "DeleteRecordsResponse", version, 0, 2);
  const flexible = version >= 2;
  const v: DeleteRecordsResponse = {
    throttleTimeMs: r.int32(),
    topics: readArray(r, flexible, () => decodeDeleteRecordsResponseDeleteRecordsTopicResult(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDeleteRecordsResponseDeleteRecordsTopicResult(init?: Partial<DeleteRecordsResponseDeleteRecordsTopicResult>): DeleteRecordsResponseDeleteRecordsTopicResult {
  return {
    name: "",
    partitions: [],
    ...init,
  };
}

export function encodeDeleteRecordsResponseDeleteRecordsTopicResult(w: Writer, v: DeleteRecordsResponseDeleteRecordsTopicResult, version: number): void {
  const flexible = version >= 2;
  writeString(w, flexible, v.name);
  writeArray(w, flexible, v.partitions, (e) => encodeDeleteRecordsResponseDeleteRecordsPartitionResult(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDeleteRecordsResponseDeleteRecordsTopicResult(r: Reader, version: number): DeleteRecordsResponseDeleteRecordsTopicResult {
  const flexible = version >= 2;
  const v: DeleteRecordsResponseDeleteRecordsTopicResult = {
    name: readString(r, flexible),
    partitions: readArray(r, flexible, () => decodeDeleteRecordsResponseDeleteRecordsPartitionResult(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDeleteRecordsResponseDeleteRecordsPartitionResult(init?: Partial<DeleteRecordsResponseDeleteRecordsPartitionResult>): DeleteRecordsResponseDeleteRecordsPartitionResult {
  return {
    partitionIndex: 0,
    lowWatermark: 0n,
    errorCode: 0,
    ...init,
  };
}

export function encodeDeleteRecordsResponseDeleteRecordsPartitionResult(w: Writer, v: DeleteRecordsResponseDeleteRecordsPartitionResult, version: number): void {
  const flexible = version >= 2;
  w.int32(v.partitionIndex);
  w.int64(v.lowWatermark);
  w.int16(v.errorCode);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDeleteRecordsResponseDeleteRecordsPartitionResult(r: Reader, version: number): DeleteRecordsResponseDeleteRecordsPartitionResult {
  const flexible = version >= 2;
  const v: DeleteRecordsResponseDeleteRecordsPartitionResult = {
    partitionIndex: r.int32(),
    lowWatermark: r.int64(),
    errorCode: r.int16(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
