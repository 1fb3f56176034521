// Generated from ListOffsetsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readString, readTaggedFields, writeArray, writeString, writeTaggedFields } from "../message-codec.js";

/** ListOffsetsResponse (API key 2): versions 0-10, flexible 6+. */
export interface ListOffsetsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v2+, ignorable) */
  throttleTimeMs: number;
  /** Each topic in the response. (v0+) */
  topics: ListOffsetsResponseListOffsetsTopicResponse[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListOffsetsResponseListOffsetsTopicResponse {
  /** The topic name (v0+) */
  name: string;
  /** Each partition in the response. (v0+) */
  partitions: ListOffsetsResponseListOffsetsPartitionResponse[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListOffsetsResponseListOffsetsPartitionResponse {
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The result offsets. (v0) */
  oldStyleOffsets: bigint[];
  /** The timestamp associated with the returned offset. (v1+) */
  timestamp: bigint;
  /** The returned offset. (v1+) */
  offset: bigint;
  /** (v4+) */
  leaderEpoch: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeListOffsetsResponse(init?: Partial<ListOffsetsResponse>): ListOffsetsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    ...init,
  };
}

export function encodeListOffsetsResponse(w: Writer, v: ListOffsetsResponse, version: number): void {
  checkVersion("ListOffsetsResponse", version, 0, 10);
  const flexible = version >= 6;
  if (version >= 2) w.int32(v.throttleTimeMs);
  writeArray(w, flexible, v.topics, (e) => encodeListOffsetsResponseListOffsetsTopicResponse(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeListOffsetsResponse(r: Reader, version: number): ListOffsetsResponse {
  checkReadVersion(r, "ListOffsetsResponse", version, 0, 10);
  const flexible = version >= 6;
  const v: ListOffsetsResponse = {
    throttleTimeMs: version >= 2 ? r.int32() : 0,
    topics: readArray(r, flexible, () => decodeListOffsetsResponseListOffsetsTopicResponse(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeListOffsetsResponseListOffsetsTopicResponse(init?: Partial<ListOffsetsResponseListOffsetsTopicResponse>): ListOffsetsResponseListOffsetsTopicResponse {
  return {
    name: "",
    partitions: [],
    ...init,
  };
}

export function encodeListOffsetsResponseListOffsetsTopicResponse(w: Writer, v: ListOffsetsResponseListOffsetsTopicResponse, version: number): void {
  const flexible = version >= 6;
  writeString(w, flexible, v.name);
  writeArray(w, flexible, v.partitions, (e) => encodeListOffsetsResponseListOffsetsPartitionResponse(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeListOffsetsResponseListOffsetsTopicResponse(r: Reader, version: number): ListOffsetsResponseListOffsetsTopicResponse {
  const flexible = version >= 6;
  const v: ListOffsetsResponseListOffsetsTopicResponse = {
    name: readString(r, flexible),
    partitions: readArray(r, flexible, () => decodeListOffsetsResponseListOffsetsPartitionResponse(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeListOffsetsResponseListOffsetsPartitionResponse(init?: Partial<ListOffsetsResponseListOffsetsPartitionResponse>): ListOffsetsResponseListOffsetsPartitionResponse {
  return {
    partitionIndex: 0,
    errorCode: 0,
    oldStyleOffsets: [],
    timestamp: -1n,
    offset: -1n,
    leaderEpoch: -1,
    ...init,
  };
}

export function encodeListOffsetsResponseListOffsetsPartitionResponse(w: Writer, v: ListOffsetsResponseListOffsetsPartitionResponse, version: number): void {
  const flexible = version >= 6;
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  if (version <= 0) writeArray(w, false, v.oldStyleOffsets, (e) => w.int64(e));
  else if (v.oldStyleOffsets.length !== 0) fieldVersionError("ListOffsetsResponseListOffsetsPartitionResponse.oldStyleOffsets", version);
  if (version >= 1) w.int64(v.timestamp);
  else if (v.timestamp !== -1n) fieldVersionError("ListOffsetsResponseListOffsetsPartitionResponse.timestamp", version);
  if (version >= 1) w.int64(v.offset);
  else if (v.offset !== -1n) fieldVersionError("ListOffsetsResponseListOffsetsPartitionResponse.offset", version);
  if (version >= 4) w.int32(v.leaderEpoch);
  else if (v.leaderEpoch !== -1) fieldVersionError("ListOffsetsResponseListOffsetsPartitionResponse.leaderEpoch", version);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeListOffsetsResponseListOffsetsPartitionResponse(r: Reader, version: number): ListOffsetsResponseListOffsetsPartitionResponse {
  const flexible = version >= 6;
  const v: ListOffsetsResponseListOffsetsPartitionResponse = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
    oldStyleOffsets: version <= 0 ? readArray(r, false, () => r.int64()) : [],
    timestamp: version >= 1 ? r.int64() : -1n,
    offset: version >= 1 ? r.int64() : -1n,
    leaderEpoch: version >= 4 ? r.int32() : -1,
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
