// Generated from FetchRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, type TaggedFieldWrite, checkReadVersion, checkVersion, fieldVersionError, readArray, readString, readTaggedFields, writeArray, writeString, writeTaggedFields } from "../message-codec.js";

/** FetchRequest (API key 1): versions 0-17, flexible 12+, deprecated 0-3. */
export interface FetchRequest {
  /** The clusterId if known. This is used to validate metadata fetches prior to broker registration. (v12+, nullable v12+, tag 0, ignorable) */
  clusterId: string | null;
  /** The broker ID of the follower, of -1 if this request is from a consumer. (v0-14) */
  replicaId: number;
  /** (v15+, tag 1) */
  replicaState: FetchRequestReplicaState;
  /** The maximum time in milliseconds to wait for the response. (v0+) */
  maxWaitMs: number;
  /** The minimum bytes to accumulate in the response. (v0+) */
  minBytes: number;
  /** The maximum bytes to fetch. See KIP-74 for cases where this limit may not be honored. (v3+, ignorable) */
  maxBytes: number;
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records (v4+, ignorable) */
  isolationLevel: number;
  /** The fetch session ID. (v7+, ignorable) */
  sessionId: number;
  /** The fetch session epoch, which is used for ordering requests in a session. (v7+, ignorable) */
  sessionEpoch: number;
  /** The topics to fetch. (v0+) */
  topics: FetchRequestFetchTopic[];
  /** In an incremental fetch request, the partitions to remove. (v7+) */
  forgottenTopicsData: FetchRequestForgottenTopic[];
  /** Rack ID of the consumer making this request (v11+, ignorable) */
  rackId: string;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchRequestReplicaState {
  /** The replica ID of the follower, or -1 if this request is from a consumer. (v15+) */
  replicaId: number;
  /** The epoch of this follower, or -1 if not available. (v15+) */
  replicaEpoch: bigint;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchRequestFetchTopic {
  /** The name of the topic to fetch. (v0-12, ignorable) */
  topic: string;
  /** The unique topic ID (v13+, ignorable) */
  topicId: string;
  /** The partitions to fetch. (v0+) */
  partitions: FetchRequestFetchPartition[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchRequestFetchPartition {
  /** The partition index. (v0+) */
  partition: number;
  /** The current leader epoch of the partition. (v9+, ignorable) */
  currentLeaderEpoch: number;
  /** The message offset. (v0+) */
  fetchOffset: bigint;
  /** The epoch of the last fetched record or -1 if there is none (v12+) */
  lastFetchedEpoch: number;
  /** The earliest available offset of the follower replica. The field is only used when the request is sent by the follower. (v5+, ignorable) */
  logStartOffset: bigint;
  /** The maximum bytes to fetch from this partition. See KIP-74 for cases where this limit may not be honored. (v0+) */
  partitionMaxBytes: number;
  /** The directory id of the follower fetching (v17+, tag 0, ignorable) */
  replicaDirectoryId: string;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchRequestForgottenTopic {
  /** The topic name. (v7-12, ignorable) */
  topic: string;
  /** The unique topic ID (v13+, ignorable) */
  topicId: string;
  /** The partitions indexes to forget. (v7+) */
  partitions: number[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeFetchRequest(init?: Partial<FetchRequest>): FetchRequest {
  return {
    clusterId: null,
    replicaId: -1,
    replicaState: makeFetchRequestReplicaState(),
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: 2147483647,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [],
    forgottenTopicsData: [],
    rackId: "",
    ...init,
  };
}

export function encodeFetchRequest(w: Writer, v: FetchRequest, version: number): void {
  checkVersion("FetchRequest", version, 0, 17);
  const flexible = version >= 12;
  if (version <= 14) w.int32(v.replicaId);
  else if (v.replicaId !== -1) fieldVersionError("FetchRequest.replicaId", version);
  if (version < 15 && !isDefaultFetchRequestReplicaState(v.replicaState)) fieldVersionError("FetchRequest.replicaState", version);
  w.int32(v.maxWaitMs);
  w.int32(v.minBytes);
  if (version >= 3) w.int32(v.maxBytes);
  if (version >= 4) w.int8(v.isolationLevel);
  if (version >= 7) w.int32(v.sessionId);
  if (version >= 7) w.int32(v.sessionEpoch);
  writeArray(w, flexible, v.topics, (e) => encodeFetchRequestFetchTopic(w, e, version));
  if (version >= 7) writeArray(w, flexible, v.forgottenTopicsData, (e) => encodeFetchRequestForgottenTopic(w, e, version));
  else if (v.forgottenTopicsData.length !== 0) fieldVersionError("FetchRequest.forgottenTopicsData", version);
  if (version >= 11) writeString(w, flexible, v.rackId);
  const tagged: TaggedFieldWrite[] = [];
  if (version >= 12 && v.clusterId !== null) tagged.push([0, (t) => t.compactNullableString(v.clusterId)]);
  if (version >= 15 && !isDefaultFetchRequestReplicaState(v.replicaState)) tagged.push([1, (t) => encodeFetchRequestReplicaState(t, v.replicaState, version)]);
  writeTaggedFields(w, flexible, v._unknownTaggedFields, tagged);
}

export function decodeFetchRequest(r: Reader, version: number): FetchRequest {
  checkReadVersion(r, "FetchRequest", version, 0, 17);
  const flexible = version >= 12;
  const v: FetchRequest = {
    clusterId: null,
    replicaId: version <= 14 ? r.int32() : -1,
    replicaState: makeFetchRequestReplicaState(),
    maxWaitMs: r.int32(),
    minBytes: r.int32(),
    maxBytes: version >= 3 ? r.int32() : 2147483647,
    isolationLevel: version >= 4 ? r.int8() : 0,
    sessionId: version >= 7 ? r.int32() : 0,
    sessionEpoch: version >= 7 ? r.int32() : -1,
    topics: readArray(r, flexible, () => decodeFetchRequestFetchTopic(r, version)),
    forgottenTopicsData: version >= 7 ? readArray(r, flexible, () => decodeFetchRequestForgottenTopic(r, version)) : [],
    rackId: version >= 11 ? readString(r, flexible) : "",
  };
  if (flexible) {
    readTaggedFields(r, v, (tag) => {
      switch (tag) {
        case 0:
          v.clusterId = r.compactNullableString();
          return true;
        case 1:
          if (version < 15) return false;
          v.replicaState = decodeFetchRequestReplicaState(r, version);
          return true;
        default:
          return false;
      }
    });
  }
  return v;
}

export function makeFetchRequestReplicaState(init?: Partial<FetchRequestReplicaState>): FetchRequestReplicaState {
  return {
    replicaId: -1,
    replicaEpoch: -1n,
    ...init,
  };
}

export function encodeFetchRequestReplicaState(w: Writer, v: FetchRequestReplicaState, _version: number): void {
  w.int32(v.replicaId);
  w.int64(v.replicaEpoch);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeFetchRequestReplicaState(r: Reader, _version: number): FetchRequestReplicaState {
  const v: FetchRequestReplicaState = {
    replicaId: r.int32(),
    replicaEpoch: r.int64(),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeFetchRequestFetchTopic(init?: Partial<FetchRequestFetchTopic>): FetchRequestFetchTopic {
  return {
    topic: "",
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

export function encodeFetchRequestFetchTopic(w: Writer, v: FetchRequestFetchTopic, version: number): void {
  const flexible = version >= 12;
  if (version <= 12) writeString(w, flexible, v.topic);
  if (version >= 13) w.uuid(v.topicId);
  writeArray(w, flexible, v.partitions, (e) => encodeFetchRequestFetchPartition(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeFetchRequestFetchTopic(r: Reader, version: number): FetchRequestFetchTopic {
  const flexible = version >= 12;
  const v: FetchRequestFetchTopic = {
    topic: version <= 12 ? readString(r, flexible) : "",
    topicId: version >= 13 ? r.uuid() : ZERO_UUID,
    partitions: readArray(r, flexible, () => decodeFetchRequestFetchPartition(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeFetchRequestFetchPartition(init?: Partial<FetchRequestFetchPartition>): FetchRequestFetchPartition {
  return {
    partition: 0,
    currentLeaderEpoch: -1,
    fetchOffset: 0n,
    lastFetchedEpoch: -1,
    logStartOffset: -1n,
    partitionMaxBytes: 0,
    replicaDirectoryId: ZERO_UUID,
    ...init,
  };
}

export function encodeFetchRequestFetchPartition(w: Writer, v: FetchRequestFetchPartition, version: number): void {
  const flexible = version >= 12;
  w.int32(v.partition);
  if (version >= 9) w.int32(v.currentLeaderEpoch);
  w.int64(v.fetchOffset);
  if (version >= 12) w.int32(v.lastFetchedEpoch);
  else if (v.lastFetchedEpoch !== -1) fieldVersionError("FetchRequestFetchPartition.lastFetchedEpoch", version);
  if (version >= 5) w.int64(v.logStartOffset);
  w.int32(v.partitionMaxBytes);
  const tagged: TaggedFieldWrite[] = [];
  if (version >= 17 && v.replicaDirectoryId !== ZERO_UUID) tagged.push([0, (t) => t.uuid(v.replicaDirectoryId)]);
  writeTaggedFields(w, flexible, v._unknownTaggedFields, tagged);
}

export function decodeFetchRequestFetchPartition(r: Reader, version: number): FetchRequestFetchPartition {
  const flexible = version >= 12;
  const v: FetchRequestFetchPartition = {
    partition: r.int32(),
    currentLeaderEpoch: version >= 9 ? r.int32() : -1,
    fetchOffset: r.int64(),
    lastFetchedEpoch: version >= 12 ? r.int32() : -1,
    logStartOffset: version >= 5 ? r.int64() : -1n,
    partitionMaxBytes: r.int32(),
    replicaDirectoryId: ZERO_UUID,
  };
  if (flexible) {
    readTaggedFields(r, v, (tag) => {
      switch (tag) {
        case 0:
          if (version < 17) return false;
          v.replicaDirectoryId = r.uuid();
          return true;
        default:
          return false;
      }
    });
  }
  return v;
}

export function makeFetchRequestForgottenTopic(init?: Partial<FetchRequestForgottenTopic>): FetchRequestForgottenTopic {
  return {
    topic: "",
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

export function encodeFetchRequestForgottenTopic(w: Writer, v: FetchRequestForgottenTopic, version: number): void {
  const flexible = version >= 12;
  if (version <= 12) writeString(w, flexible, v.topic);
  if (version >= 13) w.uuid(v.topicId);
  writeArray(w, flexible, v.partitions, (e) => w.int32(e));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeFetchRequestForgottenTopic(r: Reader, version: number): FetchRequestForgottenTopic {
  const flexible = version >= 12;
  const v: FetchRequestForgottenTopic = {
    topic: version <= 12 ? readString(r, flexible) : "",
    topicId: version >= 13 ? r.uuid() : ZERO_UUID,
    partitions: readArray(r, flexible, () => r.int32()),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

function isDefaultFetchRequestReplicaState(v: FetchRequestReplicaState): boolean {
  return (
    v.replicaId === -1 &&
    v.replicaEpoch === -1n &&
    (v._unknownTaggedFields === undefined || v._unknownTaggedFields.length === 0)
  );
}
