// Generated from WriteShareGroupStateResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** WriteShareGroupStateResponse (API key 85): versions 0, flexible 0+. */
export interface WriteShareGroupStateResponse {
  /** The write results (v0+) */
  results: WriteShareGroupStateResponseWriteStateResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WriteShareGroupStateResponseWriteStateResult {
  /** The topic identifier (v0+) */
  topicId: string;
  /** The results for the partitions. (v0+) */
  partitions: WriteShareGroupStateResponsePartitionResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WriteShareGroupStateResponsePartitionResult {
  /** The partition index. (v0+) */
  partition: number;
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeWriteShareGroupStateResponse(init?: Partial<WriteShareGroupStateResponse>): WriteShareGroupStateResponse {
  return {
    results: [],
    ...init,
  };
}

export function encodeWriteShareGroupStateResponse(w: Writer, v: WriteShareGroupStateResponse, version: number): void {
  checkVersion("WriteShareGroupStateResponse", version, 0, 0);
  writeArray(w, true, v.results, (e) => encodeWriteShareGroupStateResponseWriteStateResult(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeWriteShareGroupStateResponse(r: Reader, version: number): WriteShareGroupStateResponse {
  checkReadVersion(r, "WriteShareGroupStateResponse", version, 0, 0);
  const v: WriteShareGroupStateResponse = {
    results: readArray(r, true, () => decodeWriteShareGroupStateResponseWriteStateResult(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeWriteShareGroupStateResponseWriteStateResult(init?: Partial<WriteShareGroupStateResponseWriteStateResult>): WriteShareGroupStateResponseWriteStateResult {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

export function encodeWriteShareGroupStateResponseWriteStateResult(w: Writer, v: WriteShareGroupStateResponseWriteStateResult, version: number): void {
  w.uuid(v.topicId);
  writeArray(w, true, v.partitions, (e) => encodeWriteShareGroupStateResponsePartitionResult(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeWriteShareGroupStateResponseWriteStateResult(r: Reader, version: number): WriteShareGroupStateResponseWriteStateResult {
  const v: WriteShareGroupStateResponseWriteStateResult = {
    topicId: r.uuid(),
    partitions: readArray(r, true, () => decodeWriteShareGroupStateResponsePartitionResult(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeWriteShareGroupStateResponsePartitionResult(init?: Partial<WriteShareGroupStateResponsePartitionResult>): WriteShareGroupStateResponsePartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
    ...init,
  };
}

export function encodeWriteShareGroupStateResponsePartitionResult(w: Writer, v: WriteShareGroupStateResponsePartitionResult, _version: number): void {
  w.int32(v.partition);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeWriteShareGroupStateResponsePartitionResult(r: Reader, _version: number): WriteShareGroupStateResponsePartitionResult {
  const v: WriteShareGroupStateResponsePartitionResult = {
    partition: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
  };
  readTaggedFields(r, v);
  return v;
}
