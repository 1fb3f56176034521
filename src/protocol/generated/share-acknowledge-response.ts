// Generated from ShareAcknowledgeResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** ShareAcknowledgeResponse (API key 79): versions 0, flexible 0+. */
export interface ShareAcknowledgeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+, ignorable) */
  throttleTimeMs: number;
  /** The top level response error code. (v0+, ignorable) */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** The response topics. (v0+) */
  responses: ShareAcknowledgeResponseShareAcknowledgeTopicResponse[];
  /** Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER. (v0+) */
  nodeEndpoints: ShareAcknowledgeResponseNodeEndpoint[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  /** The unique topic ID. (v0+, ignorable) */
  topicId: string;
  /** The topic partitions. (v0+) */
  partitions: ShareAcknowledgeResponsePartitionData[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareAcknowledgeResponsePartitionData {
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** (v0+) */
  currentLeader: ShareAcknowledgeResponseLeaderIdAndEpoch;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareAcknowledgeResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (v0+) */
  leaderId: number;
  /** The latest known leader epoch. (v0+) */
  leaderEpoch: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareAcknowledgeResponseNodeEndpoint {
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

export function makeShareAcknowledgeResponse(init?: Partial<ShareAcknowledgeResponse>): ShareAcknowledgeResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    responses: [],
    nodeEndpoints: [],
    ...init,
  };
}

export function encodeShareAcknowledgeResponse(w: Writer, v: ShareAcknowledgeResponse, version: number): void {
  checkVersion("ShareAcknowledgeResponse", version, 0, 0);
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  writeArray(w, true, v.responses, (e) => encodeShareAcknowledgeResponseShareAcknowledgeTopicResponse(w, e, version));
  writeArray(w, true, v.nodeEndpoints, (e) => encodeShareAcknowledgeResponseNodeEndpoint(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareAcknowledgeResponse(r: Reader, version: number): ShareAcknowledgeResponse {
  checkReadVersion(r, "ShareAcknowledgeResponse", version, 0, 0);
  const v: ShareAcknowledgeResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    responses: readArray(r, true, () => decodeShareAcknowledgeResponseShareAcknowledgeTopicResponse(r, version)),
    nodeEndpoints: readArray(r, true, () => decodeShareAcknowledgeResponseNodeEndpoint(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeShareAcknowledgeResponseShareAcknowledgeTopicResponse(init?: Partial<ShareAcknowledgeResponseShareAcknowledgeTopicResponse>): ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

export function encodeShareAcknowledgeResponseShareAcknowledgeTopicResponse(w: Writer, v: ShareAcknowledgeResponseShareAcknowledgeTopicResponse, version: number): void {
  w.uuid(v.topicId);
  writeArray(w, true, v.partitions, (e) => encodeShareAcknowledgeResponsePartitionData(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareAcknowledgeResponseShareAcknowledgeTopicResponse(r: Reader, version: number): ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  const v: ShareAcknowledgeResponseShareAcknowledgeTopicResponse = {
    topicId: r.uuid(),
    partitions: readArray(r, true, () => decodeShareAcknowledgeResponsePartitionData(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeShareAcknowledgeResponsePartitionData(init?: Partial<ShareAcknowledgeResponsePartitionData>): ShareAcknowledgeResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: null,
    currentLeader: makeShareAcknowledgeResponseLeaderIdAndEpoch(),
    ...init,
  };
}

export function encodeShareAcknowledgeResponsePartitionData(w: Writer, v: ShareAcknowledgeResponsePartitionData, version: number): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  encodeShareAcknowledgeResponseLeaderIdAndEpoch(w, v.currentLeader, version);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareAcknowledgeResponsePartitionData(r: Reader, version: number): ShareAcknowledgeResponsePartitionData {
  const v: ShareAcknowledgeResponsePartitionData = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    currentLeader: decodeShareAcknowledgeResponseLeaderIdAndEpoch(r, version),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeShareAcknowledgeResponseLeaderIdAndEpoch(init?: Partial<ShareAcknowledgeResponseLeaderIdAndEpoch>): ShareAcknowledgeResponseLeaderIdAndEpoch {
  return {
    leaderId: 0,
    leaderEpoch: 0,
    ...init,
  };
}

export function encodeShareAcknowledgeResponseLeaderIdAndEpoch(w: Writer, v: ShareAcknowledgeResponseLeaderIdAndEpoch, _version: number): void {
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareAcknowledgeResponseLeaderIdAndEpoch(r: Reader, _version: number): ShareAcknowledgeResponseLeaderIdAndEpoch {
  const v: ShareAcknowledgeResponseLeaderIdAndEpoch = {
    leaderId: r.int32(),
    leaderEpoch: r.int32(),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeShareAcknowledgeResponseNodeEndpoint(init?: Partial<ShareAcknowledgeResponseNodeEndpoint>): ShareAcknowledgeResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
    rack: null,
    ...init,
  };
}

export function encodeShareAcknowledgeResponseNodeEndpoint(w: Writer, v: ShareAcknowledgeResponseNodeEndpoint, _version: number): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.int32(v.port);
  w.compactNullableString(v.rack);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareAcknowledgeResponseNodeEndpoint(r: Reader, _version: number): ShareAcknowledgeResponseNodeEndpoint {
  const v: ShareAcknowledgeResponseNodeEndpoint = {
    nodeId: r.int32(),
    host: r.compactString(),
    port: r.int32(),
    rack: r.compactNullableString(),
  };
  readTaggedFields(r, v);
  return v;
}
