// Generated from ShareFetchResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** ShareFetchResponse (API key 78): versions 0, flexible 0+. */
export interface ShareFetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The top-level response error code. (v0+) */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** The response topics. (v0+) */
  responses: ShareFetchResponseShareFetchableTopicResponse[];
  /** Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER. (v0+) */
  nodeEndpoints: ShareFetchResponseNodeEndpoint[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareFetchResponseShareFetchableTopicResponse {
  /** The unique topic ID. (v0+) */
  topicId: string;
  /** The topic partitions. (v0+) */
  partitions: ShareFetchResponsePartitionData[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareFetchResponsePartitionData {
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** The fetch error code, or 0 if there was no fetch error. (v0+) */
  errorCode: number;
  /** The fetch error message, or null if there was no fetch error. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** The acknowledge error code, or 0 if there was no acknowledge error. (v0+) */
  acknowledgeErrorCode: number;
  /** The acknowledge error message, or null if there was no acknowledge error. (v0+, nullable v0+) */
  acknowledgeErrorMessage: string | null;
  /** (v0+) */
  currentLeader: ShareFetchResponseLeaderIdAndEpoch;
  /** The record data. (v0+, nullable v0+) */
  records: Buffer | null;
  /** The acquired records. (v0+) */
  acquiredRecords: ShareFetchResponseAcquiredRecords[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareFetchResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (v0+) */
  leaderId: number;
  /** The latest known leader epoch. (v0+) */
  leaderEpoch: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareFetchResponseAcquiredRecords {
  /** The earliest offset in this batch of acquired records. (v0+) */
  firstOffset: bigint;
  /** The last offset of this batch of acquired records. (v0+) */
  lastOffset: bigint;
  /** The delivery count of this batch of acquired records. (v0+) */
  deliveryCount: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareFetchResponseNodeEndpoint {
  /** The ID of the associated node. (v0+) */
  nodeId: number;
  /** The node's hostname. (v0+) */
  host: string;
  /** The node's port. (v0+) */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. (v0+, nullable v0+) */
  rack: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeShareFetchResponse(init?: Partial<ShareFetchResponse>): ShareFetchResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    responses: [],
    nodeEndpoints: [],
    ...init,
  };
}

export function encodeShareFetchResponse(w: Writer, v: ShareFetchResponse, version: number): void {
  checkVersion("ShareFetchResponse", version, 0, 0);
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  writeArray(w, true, v.responses, (e) => encodeShareFetchResponseShareFetchableTopicResponse(w, e, version));
  writeArray(w, true, v.nodeEndpoints, (e) => encodeShareFetchResponseNodeEndpoint(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareFetchResponse(r: Reader, version: number): ShareFetchResponse {
  checkReadVersion(r, "ShareFetchResponse", version, 0, 0);
  const v: ShareFetchResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    responses: readArray(r, true, () => decodeShareFetchResponseShareFetchableTopicResponse(r, version)),
    nodeEndpoints: readArray(r, true, () => decodeShareFetchResponseNodeEndpoint(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeShareFetchResponseShareFetchableTopicResponse(init?: Partial<ShareFetchResponseShareFetchableTopicResponse>): ShareFetchResponseShareFetchableTopicResponse {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

export function encodeShareFetchResponseShareFetchableTopicResponse(w: Writer, v: ShareFetchResponseShareFetchableTopicResponse, version: number): void {
  w.uuid(v.topicId);
  writeArray(w, true, v.partitions, (e) => encodeShareFetchResponsePartitionData(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareFetchResponseShareFetchableTopicResponse(r: Reader, version: number): ShareFetchResponseShareFetchableTopicResponse {
  const v: ShareFetchResponseShareFetchableTopicResponse = {
    topicId: r.uuid(),
    partitions: readArray(r, true, () => decodeShareFetchResponsePartitionData(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeShareFetchResponsePartitionData(init?: Partial<ShareFetchResponsePartitionData>): ShareFetchResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: null,
    acknowledgeErrorCode: 0,
    acknowledgeErrorMessage: null,
    currentLeader: makeShareFetchResponseLeaderIdAndEpoch(),
    records: null,
    acquiredRecords: [],
    ...init,
  };
}

export function encodeShareFetchResponsePartitionData(w: Writer, v: ShareFetchResponsePartitionData, version: number): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.int16(v.acknowledgeErrorCode);
  w.compactNullableString(v.acknowledgeErrorMessage);
  encodeShareFetchResponseLeaderIdAndEpoch(w, v.currentLeader, version);
  w.compactNullableBytes(v.records);
  writeArray(w, true, v.acquiredRecords, (e) => encodeShareFetchResponseAcquiredRecords(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareFetchResponsePartitionData(r: Reader, version: number): ShareFetchResponsePartitionData {
  const v: ShareFetchResponsePartitionData = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    acknowledgeErrorCode: r.int16(),
    acknowledgeErrorMessage: r.compactNullableString(),
    currentLeader: decodeShareFetchResponseLeaderIdAndEpoch(r, version),
    records: r.compactNullableBytes(),
    acquiredRecords: readArray(r, true, () => decodeShareFetchResponseAcquiredRecords(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeShareFetchResponseLeaderIdAndEpoch(init?: Partial<ShareFetchResponseLeaderIdAndEpoch>): ShareFetchResponseLeaderIdAndEpoch {
  return {
    leaderId: 0,
    leaderEpoch: 0,
    ...init,
  };
}

export function encodeShareFetchResponseLeaderIdAndEpoch(w: Writer, v: ShareFetchResponseLeaderIdAndEpoch, _version: number): void {
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareFetchResponseLeaderIdAndEpoch(r: Reader, _version: number): ShareFetchResponseLeaderIdAndEpoch {
  const v: ShareFetchResponseLeaderIdAndEpoch = {
    leaderId: r.int32(),
    leaderEpoch: r.int32(),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeShareFetchResponseAcquiredRecords(init?: Partial<ShareFetchResponseAcquiredRecords>): ShareFetchResponseAcquiredRecords {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    deliveryCount: 0,
    ...init,
  };
}

export function encodeShareFetchResponseAcquiredRecords(w: Writer, v: ShareFetchResponseAcquiredRecords, _version: number): void {
  w.int64(v.firstOffset);
  w.int64(v.lastOffset);
  w.int16(v.deliveryCount);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareFetchResponseAcquiredRecords(r: Reader, _version: number): ShareFetchResponseAcquiredRecords {
  const v: ShareFetchResponseAcquiredRecords = {
    firstOffset: r.int64(),
    lastOffset: r.int64(),
    deliveryCount: r.int16(),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeShareFetchResponseNodeEndpoint(init?: Partial<ShareFetchResponseNodeEndpoint>): ShareFetchResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
    rack: null,
    ...init,
  };
}

export function encodeShareFetchResponseNodeEndpoint(w: Writer, v: ShareFetchResponseNodeEndpoint, _version: number): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.int32(v.port);
  w.compactNullableString(v.rack);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareFetchResponseNodeEndpoint(r: Reader, _version: number): ShareFetchResponseNodeEndpoint {
  const v: ShareFetchResponseNodeEndpoint = {
    nodeId: r.int32(),
    host: r.compactString(),
    port: r.int32(),
    rack: r.compactNullableString(),
  };
  readTaggedFields(r, v);
  return v;
}
