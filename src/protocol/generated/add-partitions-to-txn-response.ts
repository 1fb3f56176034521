// Generated from AddPartitionsToTxnResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readString, readTaggedFields, writeArray, writeString, writeTaggedFields } from "../message-codec.js";

/** AddPartitionsToTxnResponse (API key 24): versions 0-5, flexible 3+. */
export interface AddPartitionsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The response top level error code. (v4+, ignorable) */
  errorCode: number;
  /** Results categorized by transactional ID. (v4+) */
  resultsByTransaction: AddPartitionsToTxnResponseAddPartitionsToTxnResult[];
  /** The results for each topic. (v0-3) */
  resultsByTopicV3AndBelow: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  /** The transactional id corresponding to the transaction. (v4+) */
  transactionalId: string;
  /** The results for each topic. (v4+) */
  topicResults: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  /** The topic name. (v0+) */
  name: string;
  /** The results for each partition (v0+) */
  resultsByPartition: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  /** The partition indexes. (v0+) */
  partitionIndex: number;
  /** The response error code. (v0+) */
  partitionErrorCode: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeAddPartitionsToTxnResponse(init?: Partial<AddPartitionsToTxnResponse>): AddPartitionsToTxnResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    resultsByTransaction: [],
    resultsByTopicV3AndBelow: [],
    ...init,
  };
}

export function encodeAddPartitionsToTxnResponse(w: Writer, v: AddPartitionsToTxnResponse, version: number): void {
  checkVersion("AddPartitionsToTxnResponse", version, 0, 5);
  const flexible = version >= 3;
  w.int32(v.throttleTimeMs);
  if (version >= 4) w.int16(v.errorCode);
  if (version >= 4) writeArray(w, true, v.resultsByTransaction, (e) => encodeAddPartitionsToTxnResponseAddPartitionsToTxnResult(w, e, version));
  else if (v.resultsByTransaction.length !== 0) fieldVersionError("AddPartitionsToTxnResponse.resultsByTransaction", version);
  if (version <= 3) writeArray(w, flexible, v.resultsByTopicV3AndBelow, (e) => encodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w, e, version));
  else if (v.resultsByTopicV3AndBelow.length !== 0) fieldVersionError("AddPartitionsToTxnResponse.resultsByTopicV3AndBelow", version);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAddPartitionsToTxnResponse(r: Reader, version: number): AddPartitionsToTxnResponse {
  checkReadVersion(r, "AddPartitionsToTxnResponse", version, 0, 5);
  const flexible = version >= 3;
  const v: AddPartitionsToTxnResponse = {
    throttleTimeMs: r.int32(),
    errorCode: version >= 4 ? r.int16() : 0,
    resultsByTransaction: version >= 4 ? readArray(r, true, () => decodeAddPartitionsToTxnResponseAddPartitionsToTxnResult(r, version)) : [],
    resultsByTopicV3AndBelow: version <= 3 ? readArray(r, flexible, () => decodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r, version)) : [],
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeAddPartitionsToTxnResponseAddPartitionsToTxnResult(init?: Partial<AddPartitionsToTxnResponseAddPartitionsToTxnResult>): AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  return {
    transactionalId: "",
    topicResults: [],
    ...init,
  };
}

export function encodeAddPartitionsToTxnResponseAddPartitionsToTxnResult(w: Writer, v: AddPartitionsToTxnResponseAddPartitionsToTxnResult, version: number): void {
  w.compactString(v.transactionalId);
  writeArray(w, true, v.topicResults, (e) => encodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeAddPartitionsToTxnResponseAddPartitionsToTxnResult(r: Reader, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  const v: AddPartitionsToTxnResponseAddPartitionsToTxnResult = {
    transactionalId: r.compactString(),
    topicResults: readArray(r, true, () => decodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(init?: Partial<AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult>): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  return {
    name: "",
    resultsByPartition: [],
    ...init,
  };
}

export function encodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w: Writer, v: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult, version: number): void {
  const flexible = version >= 3;
  writeString(w, flexible, v.name);
  writeArray(w, flexible, v.resultsByPartition, (e) => encodeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r: Reader, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  const flexible = version >= 3;
  const v: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult = {
    name: readString(r, flexible),
    resultsByPartition: readArray(r, flexible, () => decodeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(init?: Partial<AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult>): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  return {
    partitionIndex: 0,
    partitionErrorCode: 0,
    ...init,
  };
}

export function encodeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(w: Writer, v: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult, version: number): void {
  const flexible = version >= 3;
  w.int32(v.partitionIndex);
  w.int16(v.partitionErrorCode);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(r: Reader, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  const flexible = version >= 3;
  const v: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult = {
    partitionIndex: r.int32(),
    partitionErrorCode: r.int16(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
