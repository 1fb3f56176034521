// Generated from ReadShareGroupStateSummaryResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** ReadShareGroupStateSummaryResponse (API key 87): versions 0, flexible 0+. */
export interface ReadShareGroupStateSummaryResponse {
  /** The read results (v0+) */
  results: ReadShareGroupStateSummaryResponseReadStateSummaryResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  /** The topic identifier (v0+) */
  topicId: string;
  /** The results for the partitions. (v0+) */
  partitions: ReadShareGroupStateSummaryResponsePartitionResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReadShareGroupStateSummaryResponsePartitionResult {
  /** The partition index. (v0+) */
  partition: number;
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** The state epoch of the share-partition. (v0+) */
  stateEpoch: number;
  /** The share-partition start offset. (v0+) */
  startOffset: bigint;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeReadShareGroupStateSummaryResponse(init?: Partial<ReadShareGroupStateSummaryResponse>): ReadShareGroupStateSummaryResponse {
  return {
    results: [],
    ...init,
  };
}

export function encodeReadShareGroupStateSummaryResponse(w: Writer, v: ReadShareGroupStateSummaryResponse, version: number): void {
  checkVersion("ReadShareGroupStateSummaryResponse", version, 0, 0);
  writeArray(w, true, v.results, (e) => encodeReadShareGroupStateSummaryResponseReadStateSummaryResult(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeReadShareGroupStateSummaryResponse(r: Reader, version: number): ReadShareGroupStateSummaryResponse {
  checkReadVersion(r, "ReadShareGroupStateSummaryResponse", version, 0, 0);
  const v: ReadShareGroupStateSummaryResponse = {
    results: readArray(r, true, () => decodeReadShareGroupStateSummaryResponseReadStateSummaryResult(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeReadShareGroupStateSummaryResponseReadStateSummaryResult(init?: Partial<ReadShareGroupStateSummaryResponseReadStateSummaryResult>): ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

export function encodeReadShareGroupStateSummaryResponseReadStateSummaryResult(w: Writer, v: ReadShareGroupStateSummaryResponseReadStateSummaryResult, version: number): void {
  w.uuid(v.topicId);
  writeArray(w, true, v.partitions, (e) => encodeReadShareGroupStateSummaryResponsePartitionResult(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeReadShareGroupStateSummaryResponseReadStateSummaryResult(r: Reader, version: number): ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  const v: ReadShareGroupStateSummaryResponseReadStateSummaryResult = {
    topicId: r.uuid(),
    partitions: readArray(r, true, () => decodeReadShareGroupStateSummaryResponsePartitionResult(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeReadShareGroupStateSummaryResponsePartitionResult(init?: Partial<ReadShareGroupStateSummaryResponsePartitionResult>): ReadShareGroupStateSummaryResponsePartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
    stateEpoch: 0,
    startOffset: 0n,
    ...init,
  };
}

export function encodeReadShareGroupStateSummaryResponsePartitionResult(w: Writer, v: ReadShareGroupStateSummaryResponsePartitionResult, _version: number): void {
  w.int32(v.partition);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.int32(v.stateEpoch);
  w.int64(v.startOffset);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeReadShareGroupStateSummaryResponsePartitionResult(r: Reader, _version: number): ReadShareGroupStateSummaryResponsePartitionResult {
  const v: ReadShareGroupStateSummaryResponsePartitionResult = {
    partition: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    stateEpoch: r.int32(),
    startOffset: r.int64(),
  };
  readTaggedFields(r, v);
  return v;
}
