// Generated from WriteTxnMarkersResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readString, readTaggedFields, writeArray, writeString, writeTaggedFields } from "../message-codec.js";

/** WriteTxnMarkersResponse (API key 27): versions 0-1, flexible 1+. */
export interface WriteTxnMarkersResponse {
  /** The results for writing makers. (v0+) */
  markers: WriteTxnMarkersResponseWritableTxnMarkerResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WriteTxnMarkersResponseWritableTxnMarkerResult {
  /** The current producer ID in use by the transactional ID. (v0+) */
  producerId: bigint;
  /** The results by topic. (v0+) */
  topics: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  /** The topic name. (v0+) */
  name: string;
  /** The results by partition. (v0+) */
  partitions: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeWriteTxnMarkersResponse(init?: Partial<WriteTxnMarkersResponse>): WriteTxnMarkersResponse {
  return {
    markers: [],
    ...init,
  };
}

export function encodeWriteTxnMarkersResponse(w: Writer, v: WriteTxnMarkersResponse, version: number): void {
  checkVersion("WriteTxnMarkersResponse", version, 0, 1);
  const flexible = version >= 1;
  writeArray(w, flexible, v.markers, (e) => encodeWriteTxnMarkersResponseWritableTxnMarkerResult(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeWriteTxnMarkersResponse(r: Reader, version: number): WriteTxnMarkersResponse {
  checkReadVersion(r, "WriteTxnMarkersResponse", version, 0, 1);
  const flexible = version >= 1;
  const v: WriteTxnMarkersResponse = {
    markers: readArray(r, flexible, () => decodeWriteTxnMarkersResponseWritableTxnMarkerResult(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeWriteTxnMarkersResponseWritableTxnMarkerResult(init?: Partial<WriteTxnMarkersResponseWritableTxnMarkerResult>): WriteTxnMarkersResponseWritableTxnMarkerResult {
  return {
    producerId: 0n,
    topics: [],
    ...init,
  };
}

export function encodeWriteTxnMarkersResponseWritableTxnMarkerResult(w: Writer, v: WriteTxnMarkersResponseWritableTxnMarkerResult, version: number): void {
  const flexible = version >= 1;
  w.int64(v.producerId);
  writeArray(w, flexible, v.topics, (e) => encodeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeWriteTxnMarkersResponseWritableTxnMarkerResult(r: Reader, version: number): WriteTxnMarkersResponseWritableTxnMarkerResult {
  const flexible = version >= 1;
  const v: WriteTxnMarkersResponseWritableTxnMarkerResult = {
    producerId: r.int64(),
    topics: readArray(r, flexible, () => decodeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(init?: Partial<WriteTxnMarkersResponseWritableTxnMarkerTopicResult>): WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  return {
    name: "",
    partitions: [],
    ...init,
  };
}

export function encodeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(w: Writer, v: WriteTxnMarkersResponseWritableTxnMarkerTopicResult, version: number): void {
  const flexible = version >= 1;
  writeString(w, flexible, v.name);
  writeArray(w, flexible, v.partitions, (e) => encodeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(r: Reader, version: number): WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  const flexible = version >= 1;
  const v: WriteTxnMarkersResponseWritableTxnMarkerTopicResult = {
    name: readString(r, flexible),
    partitions: readArray(r, flexible, () => decodeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(init?: Partial<WriteTxnMarkersResponseWritableTxnMarkerPartitionResult>): WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  return {
    partitionIndex: 0,
    errorCode: 0,
    ...init,
  };
}

export function encodeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(w: Writer, v: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult, version: number): void {
  const flexible = version >= 1;
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(r: Reader, version: number): WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  const flexible = version >= 1;
  const v: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
