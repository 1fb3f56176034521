// Generated from FetchResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, type TaggedFieldWrite, checkReadVersion, checkVersion, fieldVersionError, readArray, readNullableArray, readNullableBytes, readString, readTaggedFields, writeArray, writeNullableArray, writeNullableBytes, writeString, writeTaggedFields } from "../message-codec.js";

/** FetchResponse (API key 1): versions 0-17, flexible 12+. */
export interface FetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+, ignorable) */
  throttleTimeMs: number;
  /** The top level response error code. (v7+, ignorable) */
  errorCode: number;
  /** The fetch session ID, or 0 if this is not part of a fetch session. (v7+) */
  sessionId: number;
  /** The response topics. (v0+) */
  responses: FetchResponseFetchableTopicResponse[];
  /** Endpoints for all current-leaders enumerated in PartitionData, with errors NOT_LEADER_OR_FOLLOWER & FENCED_LEADER_EPOCH. (v16+, tag 0) */
  nodeEndpoints: FetchResponseNodeEndpoint[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchResponseFetchableTopicResponse {
  /** The topic name. (v0-12, ignorable) */
  topic: string;
  /** The unique topic ID (v13+, ignorable) */
  topicId: string;
  /** The topic partitions. (v0+) */
  partitions: FetchResponsePartitionData[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchResponsePartitionData {
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** The error code, or 0 if there was no fetch error. (v0+) */
  errorCode: number;
  /** The current high water mark. (v0+) */
  highWatermark: bigint;
  /** The last stable offset (or LSO) of the partition. This is the last offset such that the state of all transactional records prior to this offset have been decided (ABORTED or COMMITTED) (v4+, ignorable) */
  lastStableOffset: bigint;
  /** The current log start offset. (v5+, ignorable) */
  logStartOffset: bigint;
  /** In case divergence is detected based on the `LastFetchedEpoch` and `FetchOffset` in the request, this field indicates the largest epoch and its end offset such that subsequent records are known to diverge (v12+, tag 0) */
  divergingEpoch: FetchResponseEpochEndOffset;
  /** (v12+, tag 1) */
  currentLeader: FetchResponseLeaderIdAndEpoch;
  /** In the case of fetching an offset less than the LogStartOffset, this is the end offset and epoch that should be used in the FetchSnapshot request. (v12+, tag 2) */
  snapshotId: FetchResponseSnapshotId;
  /** The aborted transactions. (v4+, nullable v4+, ignorable) */
  abortedTransactions: FetchResponseAbortedTransaction[] | null;
  /** The preferred read replica for the consumer to use on its next fetch request (v11+) */
  preferredReadReplica: number;
  /** The record data. (v0+, nullable v0+) */
  records: Buffer | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchResponseEpochEndOffset {
  /** (v12+) */
  epoch: number;
  /** (v12+) */
  endOffset: bigint;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (v12+) */
  leaderId: number;
  /** The latest known leader epoch (v12+) */
  leaderEpoch: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchResponseSnapshotId {
  /** (v0+) */
  endOffset: bigint;
  /** (v0+) */
  epoch: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchResponseAbortedTransaction {
  /** The producer id associated with the aborted transaction. (v4+) */
  producerId: bigint;
  /** The first offset in the aborted transaction. (v4+) */
  firstOffset: bigint;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchResponseNodeEndpoint {
  /** The ID of the associated node. (v16+) */
  nodeId: number;
  /** The node's hostname. (v16+) */
  host: string;
  /** The node's port. (v16+) */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. (v16+, nullable v16+) */
  rack: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeFetchResponse(init?: Partial<FetchResponse>): FetchResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    sessionId: 0,
    responses: [],
    nodeEndpoints: [],
    ...init,
  };
}

export function encodeFetchResponse(w: Writer, v: FetchResponse, version: number): void {
  checkVersion("FetchResponse", version, 0, 17);
  const flexible = version >= 12;
  if (version >= 1) w.int32(v.throttleTimeMs);
  if (version >= 7) w.int16(v.errorCode);
  if (version >= 7) w.int32(v.sessionId);
  else if (v.sessionId !== 0) fieldVersionError("FetchResponse.sessionId", version);
  writeArray(w, flexible, v.responses, (e) => encodeFetchResponseFetchableTopicResponse(w, e, version));
  if (version < 16 && v.nodeEndpoints.length !== 0) fieldVersionError("FetchResponse.nodeEndpoints", version);
  const tagged: TaggedFieldWrite[] = [];
  if (version >= 16 && v.nodeEndpoints.length !== 0) tagged.push([0, (t) => writeArray(t, true, v.nodeEndpoints, (e) => encodeFetchResponseNodeEndpoint(t, e, version))]);
  writeTaggedFields(w, flexible, v._unknownTaggedFields, tagged);
}

export function decodeFetchResponse(r: Reader, version: number): FetchResponse {
  checkReadVersion(r, "FetchResponse", version, 0, 17);
  const flexible = version >= 12;
  const v: FetchResponse = {
    throttleTimeMs: version >= 1 ? r.int32() : 0,
    errorCode: version >= 7 ? r.int16() : 0,
    sessionId: version >= 7 ? r.int32() : 0,
    responses: readArray(r, flexible, () => decodeFetchResponseFetchableTopicResponse(r, version)),
    nodeEndpoints: [],
  };
  if (flexible) {
    readTaggedFields(r, v, (tag) => {
      switch (tag) {
        case 0:
          if (version < 16) return false;
          v.nodeEndpoints = readArray(r, true, () => decodeFetchResponseNodeEndpoint(r, version));
          return true;
        default:
          return false;
      }
    });
  }
  return v;
}

export function makeFetchResponseFetchableTopicResponse(init?: Partial<FetchResponseFetchableTopicResponse>): FetchResponseFetchableTopicResponse {
  return {
    topic: "",
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

export function encodeFetchResponseFetchableTopicResponse(w: Writer, v: FetchResponseFetchableTopicResponse, version: number): void {
  const flexible = version >= 12;
  if (version <= 12) writeString(w, flexible, v.topic);
  if (version >= 13) w.uuid(v.topicId);
  writeArray(w, flexible, v.partitions, (e) => encodeFetchResponsePartitionData(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeFetchResponseFetchableTopicResponse(r: Reader, version: number): FetchResponseFetchableTopicResponse {
  const flexible = version >= 12;
  const v: FetchResponseFetchableTopicResponse = {
    topic: version <= 12 ? readString(r, flexible) : "",
    topicId: version >= 13 ? r.uuid() : ZERO_UUID,
    partitions: readArray(r, flexible, () => decodeFetchResponsePartitionData(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeFetchResponsePartitionData(init?: Partial<FetchResponsePartitionData>): FetchResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    highWatermark: 0n,
    lastStableOffset: -1n,
    logStartOffset: -1n,
    divergingEpoch: makeFetchResponseEpochEndOffset(),
    currentLeader: makeFetchResponseLeaderIdAndEpoch(),
    snapshotId: makeFetchResponseSnapshotId(),
    abortedTransactions: [],
    preferredReadReplica: -1,
    records: null,
    ...init,
  };
}

export function encodeFetchResponsePartitionData(w: Writer, v: FetchResponsePartitionData, version: number): void {
  const flexible = version >= 12;
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int64(v.highWatermark);
  if (version >= 4) w.int64(v.lastStableOffset);
  if (version >= 5) w.int64(v.logStartOffset);
  if (version < 12 && !isDefaultFetchResponseEpochEndOffset(v.divergingEpoch)) fieldVersionError("FetchResponsePartitionData.divergingEpoch", version);
  if (version < 12 && !isDefaultFetchResponseLeaderIdAndEpoch(v.currentLeader)) fieldVersionError("FetchResponsePartitionData.currentLeader", version);
  if (version < 12 && !isDefaultFetchResponseSnapshotId(v.snapshotId)) fieldVersionError("FetchResponsePartitionData.snapshotId", version);
  if (version >= 4) writeNullableArray(w, flexible, v.abortedTransactions, (e) => encodeFetchResponseAbortedTransaction(w, e, version));
  if (version >= 11) w.int32(v.preferredReadReplica);
  else if (v.preferredReadReplica !== -1) fieldVersionError("FetchResponsePartitionData.preferredReadReplica", version);
  writeNullableBytes(w, flexible, v.records);
  const tagged: TaggedFieldWrite[] = [];
  if (version >= 12 && !isDefaultFetchResponseEpochEndOffset(v.divergingEpoch)) tagged.push([0, (t) => encodeFetchResponseEpochEndOffset(t, v.divergingEpoch, version)]);
  if (version >= 12 && !isDefaultFetchResponseLeaderIdAndEpoch(v.currentLeader)) tagged.push([1, (t) => encodeFetchResponseLeaderIdAndEpoch(t, v.currentLeader, version)]);
  if (version >= 12 && !isDefaultFetchResponseSnapshotId(v.snapshotId)) tagged.push([2, (t) => encodeFetchResponseSnapshotId(t, v.snapshotId, version)]);
  writeTaggedFields(w, flexible, v._unknownTaggedFields, tagged);
}

export function decodeFetchResponsePartitionData(r: Reader, version: number): FetchResponsePartitionData {
  const flexible = version >= 12;
  const v: FetchResponsePartitionData = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
    highWatermark: r.int64(),
    lastStableOffset: version >= 4 ? r.int64() : -1n,
    logStartOffset: version >= 5 ? r.int64() : -1n,
    divergingEpoch: makeFetchResponseEpochEndOffset(),
    currentLeader: makeFetchResponseLeaderIdAndEpoch(),
    snapshotId: makeFetchResponseSnapshotId(),
    abortedTransactions: version >= 4 ? readNullableArray(r, flexible, () => decodeFetchResponseAbortedTransaction(r, version)) : [],
    preferredReadReplica: version >= 11 ? r.int32() : -1,
    records: readNullableBytes(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v, (tag) => {
      switch (tag) {
        case 0:
          v.divergingEpoch = decodeFetchResponseEpochEndOffset(r, version);
          return true;
        case 1:
          v.currentLeader = decodeFetchResponseLeaderIdAndEpoch(r, version);
          return true;
        case 2:
          v.snapshotId = decodeFetchResponseSnapshotId(r, version);
          return true;
        default:
          return false;
      }
    });
  }
  return v;
}

export function makeFetchResponseEpochEndOffset(init?: Partial<FetchResponseEpochEndOffset>): FetchResponseEpochEndOffset {
  return {
    epoch: -1,
    endOffset: -1n,
    ...init,
  };
}

export function encodeFetchResponseEpochEndOffset(w: Writer, v: FetchResponseEpochEndOffset, _version: number): void {
  w.int32(v.epoch);
  w.int64(v.endOffset);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeFetchResponseEpochEndOffset(r: Reader, _version: number): FetchResponseEpochEndOffset {
  const v: FetchResponseEpochEndOffset = {
    epoch: r.int32(),
    endOffset: r.int64(),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeFetchResponseLeaderIdAndEpoch(init?: Partial<FetchResponseLeaderIdAndEpoch>): FetchResponseLeaderIdAndEpoch {
  return {
    leaderId: -1,
    leaderEpoch: -1,
    ...init,
  };
}

export function encodeFetchResponseLeaderIdAndEpoch(w: Writer, v: FetchResponseLeaderIdAndEpoch, _version: number): void {
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeFetchResponseLeaderIdAndEpoch(r: Reader, _version: number): FetchResponseLeaderIdAndEpoch {
  const v: FetchResponseLeaderIdAndEpoch = {
    leaderId: r.int32(),
    leaderEpoch: r.int32(),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeFetchResponseSnapshotId(init?: Partial<FetchResponseSnapshotId>): FetchResponseSnapshotId {
  return {
    endOffset: -1n,
    epoch: -1,
    ...init,
  };
}

export function encodeFetchResponseSnapshotId(w: Writer, v: FetchResponseSnapshotId, _version: number): void {
  w.int64(v.endOffset);
  w.int32(v.epoch);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeFetchResponseSnapshotId(r: Reader, _version: number): FetchResponseSnapshotId {
  const v: FetchResponseSnapshotId = {
    endOffset: r.int64(),
    epoch: r.int32(),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeFetchResponseAbortedTransaction(init?: Partial<FetchResponseAbortedTransaction>): FetchResponseAbortedTransaction {
  return {
    producerId: 0n,
    firstOffset: 0n,
    ...init,
  };
}

export function encodeFetchResponseAbortedTransaction(w: Writer, v: FetchResponseAbortedTransaction, version: number): void {
  const flexible = version >= 12;
  w.int64(v.producerId);
  w.int64(v.firstOffset);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeFetchResponseAbortedTransaction(r: Reader, version: number): FetchResponseAbortedTransaction {
  const flexible = version >= 12;
  const v: FetchResponseAbortedTransaction = {
    producerId: r.int64(),
    firstOffset: r.int64(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeFetchResponseNodeEndpoint(init?: Partial<FetchResponseNodeEndpoint>): FetchResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
    rack: null,
    ...init,
  };
}

export function encodeFetchResponseNodeEndpoint(w: Writer, v: FetchResponseNodeEndpoint, _version: number): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.int32(v.port);
  w.compactNullableString(v.rack);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeFetchResponseNodeEndpoint(r: Reader, _version: number): FetchResponseNodeEndpoint {
  const v: FetchResponseNodeEndpoint = {
    nodeId: r.int32(),
    host: r.compactString(),
    port: r.int32(),
    rack: r.compactNullableString(),
  };
  readTaggedFields(r, v);
  return v;
}

function isDefaultFetchResponseEpochEndOffset(v: FetchResponseEpochEndOffset): boolean {
  return (
    v.epoch === -1 &&
    v.endOffset === -1n &&
    (v._unknownTaggedFields === undefined || v._unknownTaggedFields.length === 0)
  );
}

function isDefaultFetchResponseLeaderIdAndEpoch(v: FetchResponseLeaderIdAndEpoch): boolean {
  return (
    v.leaderId === -1 &&
    v.leaderEpoch === -1 &&
    (v._unknownTaggedFields === undefined || v._unknownTaggedFields.length === 0)
  );
}

function isDefaultFetchResponseSnapshotId(v: FetchResponseSnapshotId): boolean {
  return (
    v.endOffset === -1n &&
    v.epoch === -1 &&
    (v._unknownTaggedFields === undefined || v._unknownTaggedFields.length === 0)
  );
}
