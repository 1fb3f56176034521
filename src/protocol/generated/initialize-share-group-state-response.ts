// Generated from InitializeShareGroupStateResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** InitializeShareGroupStateResponse (API key 83): versions 0, flexible 0+. */
export interface InitializeShareGroupStateResponse {
  /** The initialization results (v0+) */
  results: InitializeShareGroupStateResponseInitializeStateResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface InitializeShareGroupStateResponseInitializeStateResult {
  /** The topic identifier (v0+) */
  topicId: string;
  /** The results for the partitions. (v0+) */
  partitions: InitializeShareGroupStateResponsePartitionResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface InitializeShareGroupStateResponsePartitionResult {
  /** The partition index. (v0+) */
  partition: number;
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeInitializeShareGroupStateResponse(init?: Partial<InitializeShareGroupStateResponse>): InitializeShareGroupStateResponse {
  return {
    results: [],
    ...init,
  };
}

export function encodeInitializeShareGroupStateResponse(w: Writer, v: InitializeShareGroupStateResponse, version: number): void {
  checkVersion("InitializeShareGroupStateResponse", version, 0, 0);
  writeArray(w, true, v.results, (e) => encodeInitializeShareGroupStateResponseInitializeStateResult(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeInitializeShareGroupStateResponse(r: Reader, version: number): InitializeShareGroupStateResponse {
  checkReadVersion(r, "InitializeShareGroupStateResponse", version, 0, 0);
  const v: InitializeShareGroupStateResponse = {
    results: readArray(r, true, () => decodeInitializeShareGroupStateResponseInitializeStateResult(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeInitializeShareGroupStateResponseInitializeStateResult(init?: Partial<InitializeShareGroupStateResponseInitializeStateResult>): InitializeShareGroupStateResponseInitializeStateResult {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

export function encodeInitializeShareGroupStateResponseInitializeStateResult(w: Writer, v: InitializeShareGroupStateResponseInitializeStateResult, version: number): void {
  w.uuid(v.topicId);
  writeArray(w, true, v.partitions, (e) => encodeInitializeShareGroupStateResponsePartitionResult(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeInitializeShareGroupStateResponseInitializeStateResult(r: Reader, version: number): InitializeShareGroupStateResponseInitializeStateResult {
  const v: InitializeShareGroupStateResponseInitializeStateResult = {
    topicId: r.uuid(),
    partitions: readArray(r, true, () => decodeInitializeShareGroupStateResponsePartitionResult(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeInitializeShareGroupStateResponsePartitionResult(init?: Partial<InitializeShareGroupStateResponsePartitionResult>): InitializeShareGroupStateResponsePartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
    ...init,
  };
}

export function encodeInitializeShareGroupStateResponsePartitionResult(w: Writer, v: InitializeShareGroupStateResponsePartitionResult, _version: number): void {
  w.int32(v.partition);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeInitializeShareGroupStateResponsePartitionResult(r: Reader, _version: number): InitializeShareGroupStateResponsePartitionResult {
  const v: InitializeShareGroupStateResponsePartitionResult = {
    partition: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
  };
  readTaggedFields(r, v);
  return v;
}
