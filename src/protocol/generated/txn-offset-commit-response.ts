// Generated from TxnOffsetCommitResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readString, readTaggedFields, writeArray, writeString, writeTaggedFields } from "../message-codec.js";

/** TxnOffsetCommitResponse (API key 28): versions 0-4, flexible 3+. */
export interface TxnOffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The responses for each topic. (v0+) */
  topics: TxnOffsetCommitResponseTopic[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TxnOffsetCommitResponseTopic {
  /** The topic name. (v0+) */
  name: string;
  /** The responses for each partition in the topic. (v0+) */
  partitions: TxnOffsetCommitResponsePartition[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TxnOffsetCommitResponsePartition {
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeTxnOffsetCommitResponse(init?: Partial<TxnOffsetCommitResponse>): TxnOffsetCommitResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    ...init,
  };
}

export function encodeTxnOffsetCommitResponse(w: Writer, v: TxnOffsetCommitResponse, version: number): void {
  checkVersion("TxnOffsetCommitResponse", version, 0, 4);
  const flexible = version >= 3;
  w.int32(v.throttleTimeMs);
  writeArray(w, flexible, v.topics, (e) => encodeTxnOffsetCommitResponseTopic(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeTxnOffsetCommitResponse(r: Reader, version: number): TxnOffsetCommitResponse {
  checkReadVersion(r, "TxnOffsetCommitResponse", version, 0, 4);
  const flexible = version >= 3;
  const v: TxnOffsetCommitResponse = {
    throttleTimeMs: r.int32(),
    topics: readArray(r, flexible, () => decodeTxnOffsetCommitResponseTopic(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeTxnOffsetCommitResponseTopic(init?: Partial<TxnOffsetCommitResponseTopic>): TxnOffsetCommitResponseTopic {
  return {
    name: "",
    partitions: [],
    ...init,
  };
}

export function encodeTxnOffsetCommitResponseTopic(w: Writer, v: TxnOffsetCommitResponseTopic, version: number): void {
  const flexible = version >= 3;
  writeString(w, flexible, v.name);
  writeArray(w, flexible, v.partitions, (e) => encodeTxnOffsetCommitResponsePartition(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeTxnOffsetCommitResponseTopic(r: Reader, version: number): TxnOffsetCommitResponseTopic {
  const flexible = version >= 3;
  const v: TxnOffsetCommitResponseTopic = {
    name: readString(r, flexible),
    partitions: readArray(r, flexible, () => decodeTxnOffsetCommitResponsePartition(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeTxnOffsetCommitResponsePartition(init?: Partial<TxnOffsetCommitResponsePartition>): TxnOffsetCommitResponsePartition {
  return {
    partitionIndex: 0,
    errorCode: 0,
    ...init,
  };
}

export function encodeTxnOffsetCommitResponsePartition(w: Writer, v: TxnOffsetCommitResponsePartition, version: number): void {
  const flexible = version >= 3;
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeTxnOffsetCommitResponsePartition(r: Reader, version: number): TxnOffsetCommitResponsePartition {
  const flexible = version >= 3;
  const v: TxnOffsetCommitResponsePartition = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
