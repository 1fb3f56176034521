// Generated from AlterPartitionReassignmentsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** AlterPartitionReassignmentsResponse (API key 45): versions 0, flexible 0+. */
export interface AlterPartitionReassignmentsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** The responses to topics to reassign. (v0+) */
  responses: AlterPartitionReassignmentsResponseReassignableTopicResponse[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterPartitionReassignmentsResponseReassignableTopicResponse {
  /** The topic name (v0+) */
  name: string;
  /** The responses to partitions to reassign (v0+) */
  partitions: AlterPartitionReassignmentsResponseReassignablePartitionResponse[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** The error code for this partition, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The error message for this partition, or null if there was no error. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeAlterPartitionReassignmentsResponse(init?: Partial<AlterPartitionReassignmentsResponse>): AlterPartitionReassignmentsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    responses: [],
    ...init,
  };
}

export function encodeAlterPartitionReassignmentsResponse(w: Writer, v: AlterPartitionReassignmentsResponse, version: number): void {
  checkVersion("AlterPartitionReassignmentsResponse", version, 0, 0);
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  writeArray(w, true, v.responses, (e) => encodeAlterPartitionReassignmentsResponseReassignableTopicResponse(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeAlterPartitionReassignmentsResponse(r: Reader, version: number): AlterPartitionReassignmentsResponse {
  checkReadVersion(r, "AlterPartitionReassignmentsResponse", version, 0, 0);
  const v: AlterPartitionReassignmentsResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    responses: readArray(r, true, () => decodeAlterPartitionReassignmentsResponseReassignableTopicResponse(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeAlterPartitionReassignmentsResponseReassignableTopicResponse(init?: Partial<AlterPartitionReassignmentsResponseReassignableTopicResponse>): AlterPartitionReassignmentsResponseReassignableTopicResponse {
  return {
    name: "",
    partitions: [],
    ...init,
  };
}

export function encodeAlterPartitionReassignmentsResponseReassignableTopicResponse(w: Writer, v: AlterPartitionReassignmentsResponseReassignableTopicResponse, version: number): void {
  w.compactString(v.name);
  writeArray(w, true, v.partitions, (e) => encodeAlterPartitionReassignmentsResponseReassignablePartitionResponse(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeAlterPartitionReassignmentsResponseReassignableTopicResponse(r: Reader, version: number): AlterPartitionReassignmentsResponseReassignableTopicResponse {
  const v: AlterPartitionReassignmentsResponseReassignableTopicResponse = {
    name: r.compactString(),
    partitions: readArray(r, true, () => decodeAlterPartitionReassignmentsResponseReassignablePartitionResponse(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeAlterPartitionReassignmentsResponseReassignablePartitionResponse(init?: Partial<AlterPartitionReassignmentsResponseReassignablePartitionResponse>): AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: "",
    ...init,
  };
}

export function encodeAlterPartitionReassignmentsResponseReassignablePartitionResponse(w: Writer, v: AlterPartitionReassignmentsResponseReassignablePartitionResponse, _version: number): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeAlterPartitionReassignmentsResponseReassignablePartitionResponse(r: Reader, _version: number): AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  const v: AlterPartitionReassignmentsResponseReassignablePartitionResponse = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
  };
  readTaggedFields(r, v);
  return v;
}
