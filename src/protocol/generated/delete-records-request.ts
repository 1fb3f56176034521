// Generated from DeleteRecordsRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readString, readTaggedFields, writeArray, writeString, writeTaggedFields } from "../message-codec.js";

/** DeleteRecordsRequest (API key 21): versions 0-2, flexible 2+. */
export interface DeleteRecordsRequest {
  /** Each topic that we want to delete records from. (v0+) */
  topics: DeleteRecordsRequestDeleteRecordsTopic[];
  /** How long to wait for the deletion to complete, in milliseconds. (v0+) */
  timeoutMs: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteRecordsRequestDeleteRecordsTopic {
  /** The topic name. (v0+) */
  name: string;
  /** Each partition that we want to delete records from. (v0+) */
  partitions: DeleteRecordsRequestDeleteRecordsPartition[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteRecordsRequestDeleteRecordsPartition {
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** The deletion offset. (v0+) */
  offset: bigint;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDeleteRecordsRequest(init?: Partial<DeleteRecordsRequest>): DeleteRecordsRequest {
  return {
    topics: [],
    timeoutMs: 0,
    ...init,
  };
}

export function encodeDeleteRecordsRequest(w: Writer, v: DeleteRecordsRequest, version: number): void {
  checkVersion("DeleteRecordsRequest", version, 0, 2);
  const flexible = version >= 2;
  writeArray(w, flexible, v.topics, (e) => encodeDeleteRecordsRequestDeleteRecordsTopic(w, e, version));
  w.int32(v.timeoutMs);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDeleteRecordsRequest(r: Reader, version: number): DeleteRecordsRequest {
  checkReadVersion(r, "DeleteRecordsRequest", version, 0, 2);
  const flexible = version >= 2;
  const v: DeleteRecordsRequest = {
    topics: readArray(r, flexible, () => decodeDeleteRecordsRequestDeleteRecordsTopic(r, version)),
    timeoutMs: r.int32(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDeleteRecordsRequestDeleteRecordsTopic(init?: Partial<DeleteRecordsRequestDeleteRecordsTopic>): DeleteRecordsRequestDeleteRecordsTopic {
  return {
    name: "",
    partitions: [],
    ...init,
  };
}

export function encodeDeleteRecordsRequestDeleteRecordsTopic(w: Writer, v: DeleteRecordsRequestDeleteRecordsTopic, version: number): void {
  const flexible = version >= 2;
  writeString(w, flexible, v.name);
  writeArray(w, flexible, v.partitions, (e) => encodeDeleteRecordsRequestDeleteRecordsPartition(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDeleteRecordsRequestDeleteRecordsTopic(r: Reader, version: number): DeleteRecordsRequestDeleteRecordsTopic {
  const flexible = version >= 2;
  const v: DeleteRecordsRequestDeleteRecordsTopic = {
    name: readString(r, flexible),
    partitions: readArray(r, flexible, () => decodeDeleteRecordsRequestDeleteRecordsPartition(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDeleteRecordsRequestDeleteRecordsPartition(init?: Partial<DeleteRecordsRequestDeleteRecordsPartition>): DeleteRecordsRequestDeleteRecordsPartition {
  return {
    partitionIndex: 0,
    offset: 0n,
    ...init,
  };
}

export function encodeDeleteRecordsRequestDeleteRecordsPartition(w: Writer, v: DeleteRecordsRequestDeleteRecordsPartition, version: number): void {
  const flexible = version >= 2;
  w.int32(v.partitionIndex);
  w.int64(v.offset);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDeleteRecordsRequestDeleteRecordsPartition(r: Reader, version: number): DeleteRecordsRequestDeleteRecordsPartition {
  const flexible = version >= 2;
  const v: DeleteRecordsRequestDeleteRecordsPartition = {
    partitionIndex: r.int32(),
    offset: r.int64(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
