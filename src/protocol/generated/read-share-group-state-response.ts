// Generated from ReadShareGroupStateResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** ReadShareGroupStateResponse (API key 84): versions 0, flexible 0+. */
export interface ReadShareGroupStateResponse {
  /** The read results (v0+) */
  results: ReadShareGroupStateResponseReadStateResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReadShareGroupStateResponseReadStateResult {
  /** The topic identifier (v0+) */
  topicId: string;
  /** The results for the partitions. (v0+) */
  partitions: ReadShareGroupStateResponsePartitionResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReadShareGroupStateResponsePartitionResult {
  /** The partition index. (v0+) */
  partition: number;
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** The state epoch for this share-partition. (v0+) */
  stateEpoch: number;
  /** The share-partition start offset, which can be -1 if it is not yet initialized. (v0+) */
  startOffset: bigint;
  /** (v0+) */
  stateBatches: ReadShareGroupStateResponseStateBatch[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReadShareGroupStateResponseStateBatch {
  /** The base offset of this state batch. (v0+) */
  firstOffset: bigint;
  /** The last offset of this state batch. (v0+) */
  lastOffset: bigint;
  /** The state - 0:Available,2:Acked,4:Archived. (v0+) */
  deliveryState: number;
  /** The delivery count. (v0+) */
  deliveryCount: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeReadShareGroupStateResponse(init?: Partial<ReadShareGroupStateResponse>): ReadShareGroupStateResponse {
  return {
    results: [],
    ...init,
  };
}

export function encodeReadShareGroupStateResponse(w: Writer, v: ReadShareGroupStateResponse, version: number): void {
  checkVersion("ReadShareGroupStateResponse", version, 0, 0);
  writeArray(w, true, v.results, (e) => encodeReadShareGroupStateResponseReadStateResult(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeReadShareGroupStateResponse(r: Reader, version: number): ReadShareGroupStateResponse {
  checkReadVersion(r, "ReadShareGroupStateResponse", version, 0, 0);
  const v: ReadShareGroupStateResponse = {
    results: readArray(r, true, () => decodeReadShareGroupStateResponseReadStateResult(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeReadShareGroupStateResponseReadStateResult(init?: Partial<ReadShareGroupStateResponseReadStateResult>): ReadShareGroupStateResponseReadStateResult {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

export function encodeReadShareGroupStateResponseReadStateResult(w: Writer, v: ReadShareGroupStateResponseReadStateResult, version: number): void {
  w.uuid(v.topicId);
  writeArray(w, true, v.partitions, (e) => encodeReadShareGroupStateResponsePartitionResult(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeReadShareGroupStateResponseReadStateResult(r: Reader, version: number): ReadShareGroupStateResponseReadStateResult {
  const v: ReadShareGroupStateResponseReadStateResult = {
    topicId: r.uuid(),
    partitions: readArray(r, true, () => decodeReadShareGroupStateResponsePartitionResult(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeReadShareGroupStateResponsePartitionResult(init?: Partial<ReadShareGroupStateResponsePartitionResult>): ReadShareGroupStateResponsePartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
    stateEpoch: 0,
    startOffset: 0n,
    stateBatches: [],
    ...init,
  };
}

export function encodeReadShareGroupStateResponsePartitionResult(w: Writer, v: ReadShareGroupStateResponsePartitionResult, version: number): void {
  w.int32(v.partition);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.int32(v.stateEpoch);
  w.int64(v.startOffset);
  writeArray(w, true, v.stateBatches, (e) => encodeReadShareGroupStateResponseStateBatch(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeReadShareGroupStateResponsePartitionResult(r: Reader, version: number): ReadShareGroupStateResponsePartitionResult {
  const v: ReadShareGroupStateResponsePartitionResult = {
    partition: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    stateEpoch: r.int32(),
    startOffset: r.int64(),
    stateBatches: readArray(r, true, () => decodeReadShareGroupStateResponseStateBatch(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeReadShareGroupStateResponseStateBatch(init?: Partial<ReadShareGroupStateResponseStateBatch>): ReadShareGroupStateResponseStateBatch {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    deliveryState: 0,
    deliveryCount: 0,
    ...init,
  };
}

export function encodeReadShareGroupStateResponseStateBatch(w: Writer, v: ReadShareGroupStateResponseStateBatch, _version: number): void {
  w.int64(v.firstOffset);
  w.int64(v.lastOffset);
  w.int8(v.deliveryState);
  w.int16(v.deliveryCount);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeReadShareGroupStateResponseStateBatch(r: Reader, _version: number): ReadShareGroupStateResponseStateBatch {
  const v: ReadShareGroupStateResponseStateBatch = {
    firstOffset: r.int64(),
    lastOffset: r.int64(),
    deliveryState: r.int8(),
    deliveryCount: r.int16(),
  };
  readTaggedFields(r, v);
  return v;
}
