// Generated from DeleteShareGroupStateResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** DeleteShareGroupStateResponse (API key 86): versions 0, flexible 0+. */
export interface DeleteShareGroupStateResponse {
  /** The delete results (v0+) */
  results: DeleteShareGroupStateResponseDeleteStateResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteShareGroupStateResponseDeleteStateResult {
  /** The topic identifier (v0+) */
  topicId: string;
  /** The results for the partitions. (v0+) */
  partitions: DeleteShareGroupStateResponsePartitionResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteShareGroupStateResponsePartitionResult {
  /** The partition index. (v0+) */
  partition: number;
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDeleteShareGroupStateResponse(init?: Partial<DeleteShareGroupStateResponse>): DeleteShareGroupStateResponse {
  return {
    results: [],
    ...init,
  };
}

export function encodeDeleteShareGroupStateResponse(w: Writer, v: DeleteShareGroupStateResponse, version: number): void {
  checkVersion("DeleteShareGroupStateResponse", version, 0, 0);
  writeArray(w, true, v.results, (e) => encodeDeleteShareGroupStateResponseDeleteStateResult(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDeleteShareGroupStateResponse(r: Reader, version: number): DeleteShareGroupStateResponse {
  checkReadVersion(r, "DeleteShareGroupStateResponse", version, 0, 0);
  const v: DeleteShareGroupStateResponse = {
    results: readArray(r, true, () => decodeDeleteShareGroupStateResponseDeleteStateResult(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDeleteShareGroupStateResponseDeleteStateResult(init?: Partial<DeleteShareGroupStateResponseDeleteStateResult>): DeleteShareGroupStateResponseDeleteStateResult {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

export function encodeDeleteShareGroupStateResponseDeleteStateResult(w: Writer, v: DeleteShareGroupStateResponseDeleteStateResult, version: number): void {
  w.uuid(v.topicId);
  writeArray(w, true, v.partitions, (e) => encodeDeleteShareGroupStateResponsePartitionResult(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDeleteShareGroupStateResponseDeleteStateResult(r: Reader, version: number): DeleteShareGroupStateResponseDeleteStateResult {
  const v: DeleteShareGroupStateResponseDeleteStateResult = {
    topicId: r.uuid(),
    partitions: readArray(r, true, () => decodeDeleteShareGroupStateResponsePartitionResult(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDeleteShareGroupStateResponsePartitionResult(init?: Partial<DeleteShareGroupStateResponsePartitionResult>): DeleteShareGroupStateResponsePartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
    ...init,
  };
}

export function encodeDeleteShareGroupStateResponsePartitionResult(w: Writer, v: DeleteShareGroupStateResponsePartitionResult, _version: number): void {
  w.int32(v.partition);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDeleteShareGroupStateResponsePartitionResult(r: Reader, _version: number): DeleteShareGroupStateResponsePartitionResult {
  const v: DeleteShareGroupStateResponsePartitionResult = {
    partition: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
  };
  readTaggedFields(r, v);
  return v;
}
