// Generated from ProduceResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, type TaggedFieldWrite, checkReadVersion, checkVersion, fieldVersionError, readArray, readNullableString, readString, readTaggedFields, writeArray, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** ProduceResponse (API key 0): versions 0-11, flexible 9+. */
export interface ProduceResponse {
  /** Each produce response (v0+) */
  responses: ProduceResponseTopicProduceResponse[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+, ignorable) */
  throttleTimeMs: number;
  /** Endpoints for all current-leaders enumerated in PartitionProduceResponses, with errors NOT_LEADER_OR_FOLLOWER. (v10+, tag 0) */
  nodeEndpoints: ProduceResponseNodeEndpoint[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ProduceResponseTopicProduceResponse {
  /** The topic name (v0+) */
  name: string;
  /** Each partition that we produced to within the topic. (v0+) */
  partitionResponses: ProduceResponsePartitionProduceResponse[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ProduceResponsePartitionProduceResponse {
  /** The partition index. (v0+) */
  index: number;
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The base offset. (v0+) */
  baseOffset: bigint;
  /** The timestamp returned by broker after appending the messages. If CreateTime is used for the topic, the timestamp will be -1. If LogAppendTime is used for the topic, the timestamp will be the broker local time when the messages are appended. (v2+, ignorable) */
  logAppendTimeMs: bigint;
  /** The log start offset. (v5+, ignorable) */
  logStartOffset: bigint;
  /** The batch indices of records that caused the batch to be dropped (v8+, ignorable) */
  recordErrors: ProduceResponseBatchIndexAndErrorMessage[];
  /** The global error message summarizing the common root cause of the records that caused the batch to be dropped (v8+, nullable v8+, ignorable) */
  errorMessage: string | null;
  /** (v10+, tag 0) */
  currentLeader: ProduceResponseLeaderIdAndEpoch;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ProduceResponseBatchIndexAndErrorMessage {
  /** The batch index of the record that cause the batch to be dropped (v8+) */
  batchIndex: number;
  /** The error message of the record that caused the batch to be dropped (v8+, nullable v8+) */
  batchIndexErrorMessage: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ProduceResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (v10+) */
  leaderId: number;
  /** The latest known leader epoch (v10+) */
  leaderEpoch: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ProduceResponseNodeEndpoint {
  /** The ID of the associated node. (v10+) */
  nodeId: number;
  /** The node's hostname. (v10+) */
  host: string;
  /** The node's port. (v10+) */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. (v10+, nullable v10+) */
  rack: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeProduceResponse(init?: Partial<ProduceResponse>): ProduceResponse {
  return {
    responses: [],
    throttleTimeMs: 0,
    nodeEndpoints: [],
    ...init,
  };
}

export function encodeProduceResponse(w: Writer, v: ProduceResponse, version: number): void {
  checkVersion("ProduceResponse", version, 0, 11);
  const flexible = version >= 9;
  writeArray(w, flexible, v.responses, (e) => encodeProduceResponseTopicProduceResponse(w, e, version));
  if (version >= 1) w.int32(v.throttleTimeMs);
  if (version < 10 && v.nodeEndpoints.length !== 0) fieldVersionError("ProduceResponse.nodeEndpoints", version);
  const tagged: TaggedFieldWrite[] = [];
  if (version >= 10 && v.nodeEndpoints.length !== 0) tagged.push([0, (t) => writeArray(t, true, v.nodeEndpoints, (e) => encodeProduceResponseNodeEndpoint(t, e, version))]);
  writeTaggedFields(w, flexible, v._unknownTaggedFields, tagged);
}

export function decodeProduceResponse(r: Reader, version: number): ProduceResponse {
  checkReadVersion(r, "ProduceResponse", version, 0, 11);
  const flexible = version >= 9;
  const v: ProduceResponse = {
    responses: readArray(r, flexible, () => decodeProduceResponseTopicProduceResponse(r, version)),
    throttleTimeMs: version >= 1 ? r.int32() : 0,
    nodeEndpoints: [],
  };
  if (flexible) {
    readTaggedFields(r, v, (tag) => {
      switch (tag) {
        case 0:
          if (version < 10) return false;
          v.nodeEndpoints = readArray(r, true, () => decodeProduceResponseNodeEndpoint(r, version));
          return true;
        default:
          return false;
      }
    });
  }
  return v;
}

export function makeProduceResponseTopicProduceResponse(init?: Partial<ProduceResponseTopicProduceResponse>): ProduceResponseTopicProduceResponse {
  return {
    name: "",
    partitionResponses: [],
    ...init,
  };
}

export function encodeProduceResponseTopicProduceResponse(w: Writer, v: ProduceResponseTopicProduceResponse, version: number): void {
  const flexible = version >= 9;
  writeString(w, flexible, v.name);
  writeArray(w, flexible, v.partitionResponses, (e) => encodeProduceResponsePartitionProduceResponse(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeProduceResponseTopicProduceResponse(r: Reader, version: number): ProduceResponseTopicProduceResponse {
  const flexible = version >= 9;
  const v: ProduceResponseTopicProduceResponse = {
    name: readString(r, flexible),
    partitionResponses: readArray(r, flexible, () => decodeProduceResponsePartitionProduceResponse(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeProduceResponsePartitionProduceResponse(init?: Partial<ProduceResponsePartitionProduceResponse>): ProduceResponsePartitionProduceResponse {
  return {
    index: 0,
    errorCode: 0,
    baseOffset: 0n,
    logAppendTimeMs: -1n,
    logStartOffset: -1n,
    recordErrors: [],
    errorMessage: null,
    currentLeader: makeProduceResponseLeaderIdAndEpoch(),
    ...init,
  };
}

export function encodeProduceResponsePartitionProduceResponse(w: Writer, v: ProduceResponsePartitionProduceResponse, version: number): void {
  const flexible = version >= 9;
  w.int32(v.index);
  w.int16(v.errorCode);
  w.int64(v.baseOffset);
  if (version >= 2) w.int64(v.logAppendTimeMs);
  if (version >= 5) w.int64(v.logStartOffset);
  if (version >= 8) writeArray(w, flexible, v.recordErrors, (e) => encodeProduceResponseBatchIndexAndErrorMessage(w, e, version));
  if (version >= 8) writeNullableString(w, flexible, v.errorMessage);
  if (version < 10 && !isDefaultProduceResponseLeaderIdAndEpoch(v.currentLeader)) fieldVersionError("ProduceResponsePartitionProduceResponse.currentLeader", version);
  const tagged: TaggedFieldWrite[] = [];
  if (version >= 10 && !isDefaultProduceResponseLeaderIdAndEpoch(v.currentLeader)) tagged.push([0, (t) => encodeProduceResponseLeaderIdAndEpoch(t, v.currentLeader, version)]);
  writeTaggedFields(w, flexible, v._unknownTaggedFields, tagged);
}

export function decodeProduceResponsePartitionProduceResponse(r: Reader, version: number): ProduceResponsePartitionProduceResponse {
  const flexible = version >= 9;
  const v: ProduceResponsePartitionProduceResponse = {
    index: r.int32(),
    errorCode: r.int16(),
    baseOffset: r.int64(),
    logAppendTimeMs: version >= 2 ? r.int64() : -1n,
    logStartOffset: version >= 5 ? r.int64() : -1n,
    recordErrors: version >= 8 ? readArray(r, flexible, () => decodeProduceResponseBatchIndexAndErrorMessage(r, version)) : [],
    errorMessage: version >= 8 ? readNullableString(r, flexible) : null,
    currentLeader: makeProduceResponseLeaderIdAndEpoch(),
  };
  if (flexible) {
    readTaggedFields(r, v, (tag) => {
      switch (tag) {
        case 0:
          if (version < 10) return false;
          v.currentLeader = decodeProduceResponseLeaderIdAndEpoch(r, version);
          return true;
        default:
          return false;
      }
    });
  }
  return v;
}

export function makeProduceResponseBatchIndexAndErrorMessage(init?: Partial<ProduceResponseBatchIndexAndErrorMessage>): ProduceResponseBatchIndexAndErrorMessage {
  return {
    batchIndex: 0,
    batchIndexErrorMessage: null,
    ...init,
  };
}

export function encodeProduceResponseBatchIndexAndErrorMessage(w: Writer, v: ProduceResponseBatchIndexAndErrorMessage, version: number): void {
  const flexible = version >= 9;
  w.int32(v.batchIndex);
  writeNullableString(w, flexible, v.batchIndexErrorMessage);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeProduceResponseBatchIndexAndErrorMessage(r: Reader, version: number): ProduceResponseBatchIndexAndErrorMessage {
  const flexible = version >= 9;
  const v: ProduceResponseBatchIndexAndErrorMessage = {
    batchIndex: r.int32(),
    batchIndexErrorMessage: readNullableString(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeProduceResponseLeaderIdAndEpoch(init?: Partial<ProduceResponseLeaderIdAndEpoch>): ProduceResponseLeaderIdAndEpoch {
  return {
    leaderId: -1,
    leaderEpoch: -1,
    ...init,
  };
}

export function encodeProduceResponseLeaderIdAndEpoch(w: Writer, v: ProduceResponseLeaderIdAndEpoch, _version: number): void {
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeProduceResponseLeaderIdAndEpoch(r: Reader, _version: number): ProduceResponseLeaderIdAndEpoch {
  const v: ProduceResponseLeaderIdAndEpoch = {
    leaderId: r.int32(),
    leaderEpoch: r.int32(),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeProduceResponseNodeEndpoint(init?: Partial<ProduceResponseNodeEndpoint>): ProduceResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
    rack: null,
    ...init,
  };
}

export function encodeProduceResponseNodeEndpoint(w: Writer, v: ProduceResponseNodeEndpoint, _version: number): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.int32(v.port);
  w.compactNullableString(v.rack);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeProduceResponseNodeEndpoint(r: Reader, _version: number): ProduceResponseNodeEndpoint {
  const v: ProduceResponseNodeEndpoint = {
    nodeId: r.int32(),
    host: r.compactString(),
    port: r.int32(),
    rack: r.compactNullableString(),
  };
  readTaggedFields(r, v);
  return v;
}

function isDefaultProduceResponseLeaderIdAndEpoch(v: ProduceResponseLeaderIdAndEpoch): boolean {
  return (
    v.leaderId === -1 &&
    v.leaderEpoch === -1 &&
    (v._unknownTaggedFields === undefined || v._unknownTaggedFields.length === 0)
  );
}
