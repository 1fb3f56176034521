// Generated from ListOffsetsRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readString, readTaggedFields, writeArray, writeString, writeTaggedFields } from "../message-codec.js";

/** ListOffsetsRequest (API key 2): versions 0-10, flexible 6+, deprecated 0. */
export interface ListOffsetsRequest {
  /** The broker ID of the requester, or -1 if this request is being made by a normal consumer. (v0+) */
  replicaId: number;
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records (v2+) */
  isolationLevel: number;
  /** Each topic in the request. (v0+) */
  topics: ListOffsetsRequestListOffsetsTopic[];
  /** The timeout to await a response in milliseconds for requests that require reading from remote storage for topics enabled with tiered storage. (v10+, ignorable) */
  timeoutMs: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListOffsetsRequestListOffsetsTopic {
  /** The topic name. (v0+) */
  name: string;
  /** Each partition in the request. (v0+) */
  partitions: ListOffsetsRequestListOffsetsPartition[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListOffsetsRequestListOffsetsPartition {
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** The current leader epoch. (v4+, ignorable) */
  currentLeaderEpoch: number;
  /** The current timestamp. (v0+) */
  timestamp: bigint;
  /** The maximum number of offsets to report. (v0) */
  maxNumOffsets: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeListOffsetsRequest(init?: Partial<ListOffsetsRequest>): ListOffsetsRequest {
  return {
    replicaId: 0,
    isolationLevel: 0,
    topics: [],
    timeoutMs: 0,
    ...init,
  };
}

export function encodeListOffsetsRequest(w: Writer, v: ListOffsetsRequest, version: number): void {
  checkVersion("ListOffsetsRequest", version, 0, 10);
  const flexible = version >= 6;
  w.int32(v.replicaId);
  if (version >= 2) w.int8(v.isolationLevel);
  else if (v.isolationLevel !== 0) fieldVersionError("ListOffsetsRequest.isolationLevel", version);
  writeArray(w, flexible, v.topics, (e) => encodeListOffsetsRequestListOffsetsTopic(w, e, version));
  if (version >= 10) w.int32(v.timeoutMs);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeListOffsetsRequest(r: Reader, version: number): ListOffsetsRequest {
  checkReadVersion(r, "ListOffsetsRequest", version, 0, 10);
  const flexible = version >= 6;
  const v: ListOffsetsRequest = {
    replicaId: r.int32(),
    isolationLevel: version >= 2 ? r.int8() : 0,
    topics: readArray(r, flexible, () => decodeListOffsetsRequestListOffsetsTopic(r, version)),
    timeoutMs: version >= 10 ? r.int32() : 0,
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeListOffsetsRequestListOffsetsTopic(init?: Partial<ListOffsetsRequestListOffsetsTopic>): ListOffsetsRequestListOffsetsTopic {
  return {
    name: "",
    partitions: [],
    ...init,
  };
}

export function encodeListOffsetsRequestListOffsetsTopic(w: Writer, v: ListOffsetsRequestListOffsetsTopic, version: number): void {
  const flexible = version >= 6;
  writeString(w, flexible, v.name);
  writeArray(w, flexible, v.partitions, (e) => encodeListOffsetsRequestListOffsetsPartition(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeListOffsetsRequestListOffsetsTopic(r: Reader, version: number): ListOffsetsRequestListOffsetsTopic {
  const flexible = version >= 6;
  const v: ListOffsetsRequestListOffsetsTopic = {
    name: readString(r, flexible),
    partitions: readArray(r, flexible, () => decodeListOffsetsRequestListOffsetsPartition(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeListOffsetsRequestListOffsetsPartition(init?: Partial<ListOffsetsRequestListOffsetsPartition>): ListOffsetsRequestListOffsetsPartition {
  return {
    partitionIndex: 0,
    currentLeaderEpoch: -1,
    timestamp: 0n,
    maxNumOffsets: 1,
    ...init,
  };
}

export function encodeListOffsetsRequestListOffsetsPartition(w: Writer, v: ListOffsetsRequestListOffsetsPartition, version: number): void {
  const flexible = version >= 6;
  w.int32(v.partitionIndex);
  if (version >= 4) w.int32(v.currentLeaderEpoch);
  w.int64(v.timestamp);
  if (version <= 0) w.int32(v.maxNumOffsets);
  else if (v.maxNumOffsets !== 1) fieldVersionError("ListOffsetsRequestListOffsetsPartition.maxNumOffsets", version);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeListOffsetsRequestListOffsetsPartition(r: Reader, version: number): ListOffsetsRequestListOffsetsPartition {
  const flexible = version >= 6;
  const v: ListOffsetsRequestListOffsetsPartition = {
    partitionIndex: r.int32(),
    currentLeaderEpoch: version >= 4 ? r.int32() : -1,
    timestamp: r.int64(),
    maxNumOffsets: version <= 0 ? r.int32() : 1,
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
