// Generated from ElectLeadersResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readNullableString, readString, readTaggedFields, writeArray, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** ElectLeadersResponse (API key 43): versions 0-2, flexible 2+. */
export interface ElectLeadersResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The top level response error code. (v1+) */
  errorCode: number;
  /** The election results, or an empty array if the requester did not have permission and the request asks for all partitions. (v0+) */
  replicaElectionResults: ElectLeadersResponseReplicaElectionResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ElectLeadersResponseReplicaElectionResult {
  /** The topic name (v0+) */
  topic: string;
  /** The results for each partition (v0+) */
  partitionResult: ElectLeadersResponsePartitionResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ElectLeadersResponsePartitionResult {
  /** The partition id (v0+) */
  partitionId: number;
  /** The result error, or zero if there was no error. (v0+) */
  errorCode: number;
  /** The result message, or null if there was no error. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeElectLeadersResponse(init?: Partial<ElectLeadersResponse>): ElectLeadersResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    replicaElectionResults: [],
    ...init,
  };
}

export function encodeElectLeadersResponse(w: Writer, v: ElectLeadersResponse, version: number): void {
  checkVersion("ElectLeadersResponse", version, 0, 2);
  const flexible = version >= 2;
  w.int32(v.throttleTimeMs);
  if (version >= 1) w.int16(v.errorCode);
  else if (v.errorCode !== 0) fieldVersionError("ElectLeadersResponse.errorCode", version);
  writeArray(w, flexible, v.replicaElectionResults, (e) => encodeElectLeadersResponseReplicaElectionResult(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeElectLeadersResponse(r: Reader, version: number): ElectLeadersResponse {
  checkReadVersion(r, "ElectLeadersResponse", version, 0, 2);
  const flexible = version >= 2;
  const v: ElectLeadersResponse = {
    throttleTimeMs: r.int32(),
    errorCode: version >= 1 ? r.int16() : 0,
    replicaElectionResults: readArray(r, flexible, () => decodeElectLeadersResponseReplicaElectionResult(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeElectLeadersResponseReplicaElectionResult(init?: Partial<ElectLeadersResponseReplicaElectionResult>): ElectLeadersResponseReplicaElectionResult {
  return {
    topic: "",
    partitionResult: [],
    ...init,
  };
}

export function encodeElectLeadersResponseReplicaElectionResult(w: Writer, v: ElectLeadersResponseReplicaElectionResult, version: number): void {
  const flexible = version >= 2;
  writeString(w, flexible, v.topic);
  writeArray(w, flexible, v.partitionResult, (e) => encodeElectLeadersResponsePartitionResult(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeElectLeadersResponseReplicaElectionResult(r: Reader, version: number): ElectLeadersResponseReplicaElectionResult {
  const flexible = version >= 2;
  const v: ElectLeadersResponseReplicaElectionResult = {
    topic: readString(r, flexible),
    partitionResult: readArray(r, flexible, () => decodeElectLeadersResponsePartitionResult(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeElectLeadersResponsePartitionResult(init?: Partial<ElectLeadersResponsePartitionResult>): ElectLeadersResponsePartitionResult {
  return {
    partitionId: 0,
    errorCode: 0,
    errorMessage: "",
    ...init,
  };
}

export function encodeElectLeadersResponsePartitionResult(w: Writer, v: ElectLeadersResponsePartitionResult, version: number): void {
  const flexible = version >= 2;
  w.int32(v.partitionId);
  w.int16(v.errorCode);
  writeNullableString(w, flexible, v.errorMessage);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeElectLeadersResponsePartitionResult(r: Reader, version: number): ElectLeadersResponsePartitionResult {
  const flexible = version >= 2;
  const v: ElectLeadersResponsePartitionResult = {
    partitionId: r.int32(),
    errorCode: r.int16(),
    errorMessage: readNullableString(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
