// Generated from DescribeTransactionsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** DescribeTransactionsResponse (API key 65): versions 0, flexible 0+. */
export interface DescribeTransactionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** (v0+) */
  transactionStates: DescribeTransactionsResponseTransactionState[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeTransactionsResponseTransactionState {
  /** (v0+) */
  errorCode: number;
  /** (v0+) */
  transactionalId: string;
  /** (v0+) */
  transactionState: string;
  /** (v0+) */
  transactionTimeoutMs: number;
  /** (v0+) */
  transactionStartTimeMs: bigint;
  /** (v0+) */
  producerId: bigint;
  /** (v0+) */
  producerEpoch: number;
  /** The set of partitions included in the current transaction (if active). When a transaction is preparing to commit or abort, this will include only partitions which do not have markers. (v0+) */
  topics: DescribeTransactionsResponseTopicData[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeTransactionsResponseTopicData {
  /** (v0+) */
  topic: string;
  /** (v0+) */
  partitions: number[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDescribeTransactionsResponse(init?: Partial<DescribeTransactionsResponse>): DescribeTransactionsResponse {
  return {
    throttleTimeMs: 0,
    transactionStates: [],
    ...init,
  };
}

export function encodeDescribeTransactionsResponse(w: Writer, v: DescribeTransactionsResponse, version: number): void {
  checkVersion("DescribeTransactionsResponse", version, 0, 0);
  w.int32(v.throttleTimeMs);
  writeArray(w, true, v.transactionStates, (e) => encodeDescribeTransactionsResponseTransactionState(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeTransactionsResponse(r: Reader, version: number): DescribeTransactionsResponse {
  checkReadVersion(r, "DescribeTransactionsResponse", version, 0, 0);
  const v: DescribeTransactionsResponse = {
    throttleTimeMs: r.int32(),
    transactionStates: readArray(r, true, () => decodeDescribeTransactionsResponseTransactionState(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDescribeTransactionsResponseTransactionState(init?: Partial<DescribeTransactionsResponseTransactionState>): DescribeTransactionsResponseTransactionState {
  return {
    errorCode: 0,
    transactionalId: "",
    transactionState: "",
    transactionTimeoutMs: 0,
    transactionStartTimeMs: 0n,
    producerId: 0n,
    producerEpoch: 0,
    topics: [],
    ...init,
  };
}

export function encodeDescribeTransactionsResponseTransactionState(w: Writer, v: DescribeTransactionsResponseTransactionState, version: number): void {
  w.int16(v.errorCode);
  w.compactString(v.transactionalId);
  w.compactString(v.transactionState);
  w.int32(v.transactionTimeoutMs);
  w.int64(v.transactionStartTimeMs);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  writeArray(w, true, v.topics, (e) => encodeDescribeTransactionsResponseTopicData(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeTransactionsResponseTransactionState(r: Reader, version: number): DescribeTransactionsResponseTransactionState {
  const v: DescribeTransactionsResponseTransactionState = {
    errorCode: r.int16(),
    transactionalId: r.compactString(),
    transactionState: r.compactString(),
    transactionTimeoutMs: r.int32(),
    transactionStartTimeMs: r.int64(),
    producerId: r.int64(),
    producerEpoch: r.int16(),
    topics: readArray(r, true, () => decodeDescribeTransactionsResponseTopicData(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDescribeTransactionsResponseTopicData(init?: Partial<DescribeTransactionsResponseTopicData>): DescribeTransactionsResponseTopicData {
  return {
    topic: "",
    partitions: [],
    ...init,
  };
}

export function encodeDescribeTransactionsResponseTopicData(w: Writer, v: DescribeTransactionsResponseTopicData, _version: number): void {
  w.compactString(v.topic);
  writeArray(w, true, v.partitions, (e) => w.int32(e));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeTransactionsResponseTopicData(r: Reader, _version: number): DescribeTransactionsResponseTopicData {
  const v: DescribeTransactionsResponseTopicData = {
    topic: r.compactString(),
    partitions: readArray(r, true, () => r.int32()),
  };
  readTaggedFields(r, v);
  return v;
}
