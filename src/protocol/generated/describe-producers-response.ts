// Generated from DescribeProducersResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** DescribeProducersResponse (API key 61): versions 0, flexible 0+. */
export interface DescribeProducersResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** Each topic in the response. (v0+) */
  topics: DescribeProducersResponseTopicResponse[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeProducersResponseTopicResponse {
  /** The topic name (v0+) */
  name: string;
  /** Each partition in the response. (v0+) */
  partitions: DescribeProducersResponsePartitionResponse[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeProducersResponsePartitionResponse {
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The partition error message, which may be null if no additional details are available (v0+, nullable v0+) */
  errorMessage: string | null;
  /** (v0+) */
  activeProducers: DescribeProducersResponseProducerState[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeProducersResponseProducerState {
  /** (v0+) */
  producerId: bigint;
  /** (v0+) */
  producerEpoch: number;
  /** (v0+) */
  lastSequence: number;
  /** (v0+) */
  lastTimestamp: bigint;
  /** (v0+) */
  coordinatorEpoch: number;
  /** (v0+) */
  currentTxnStartOffset: bigint;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDescribeProducersResponse(init?: Partial<DescribeProducersResponse>): DescribeProducersResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    ...init,
  };
}

export function encodeDescribeProducersResponse(w: Writer, v: DescribeProducersResponse, version: number): void {
  checkVersion("DescribeProducersResponse", version, 0, 0);
  w.int32(v.throttleTimeMs);
  writeArray(w, true, v.topics, (e) => encodeDescribeProducersResponseTopicResponse(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeProducersResponse(r: Reader, version: number): DescribeProducersResponse {
  checkReadVersion(r, "DescribeProducersResponse", version, 0, 0);
  const v: DescribeProducersResponse = {
    throttleTimeMs: r.int32(),
    topics: readArray(r, true, () => decodeDescribeProducersResponseTopicResponse(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDescribeProducersResponseTopicResponse(init?: Partial<DescribeProducersResponseTopicResponse>): DescribeProducersResponseTopicResponse {
  return {
    name: "",
    partitions: [],
    ...init,
  };
}

export function encodeDescribeProducersResponseTopicResponse(w: Writer, v: DescribeProducersResponseTopicResponse, version: number): void {
  w.compactString(v.name);
  writeArray(w, true, v.partitions, (e) => encodeDescribeProducersResponsePartitionResponse(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeProducersResponseTopicResponse(r: Reader, version: number): DescribeProducersResponseTopicResponse {
  const v: DescribeProducersResponseTopicResponse = {
    name: r.compactString(),
    partitions: readArray(r, true, () => decodeDescribeProducersResponsePartitionResponse(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDescribeProducersResponsePartitionResponse(init?: Partial<DescribeProducersResponsePartitionResponse>): DescribeProducersResponsePartitionResponse {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: null,
    activeProducers: [],
    ...init,
  };
}

export function encodeDescribeProducersResponsePartitionResponse(w: Writer, v: DescribeProducersResponsePartitionResponse, version: number): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  writeArray(w, true, v.activeProducers, (e) => encodeDescribeProducersResponseProducerState(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeProducersResponsePartitionResponse(r: Reader, version: number): DescribeProducersResponsePartitionResponse {
  const v: DescribeProducersResponsePartitionResponse = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    activeProducers: readArray(r, true, () => decodeDescribeProducersResponseProducerState(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDescribeProducersResponseProducerState(init?: Partial<DescribeProducersResponseProducerState>): DescribeProducersResponseProducerState {
  return {
    producerId: 0n,
    producerEpoch: 0,
    lastSequence: -1,
    lastTimestamp: -1n,
    coordinatorEpoch: 0,
    currentTxnStartOffset: -1n,
    ...init,
  };
}

export function encodeDescribeProducersResponseProducerState(w: Writer, v: DescribeProducersResponseProducerState, _version: number): void {
  w.int64(v.producerId);
  w.int32(v.producerEpoch);
  w.int32(v.lastSequence);
  w.int64(v.lastTimestamp);
  w.int32(v.coordinatorEpoch);
  w.int64(v.currentTxnStartOffset);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeProducersResponseProducerState(r: Reader, _version: number): DescribeProducersResponseProducerState {
  const v: DescribeProducersResponseProducerState = {
    producerId: r.int64(),
    producerEpoch: r.int32(),
    lastSequence: r.int32(),
    lastTimestamp: r.int64(),
    coordinatorEpoch: r.int32(),
    currentTxnStartOffset: r.int64(),
  };
  readTaggedFields(r, v);
  return v;
}
