// Generated from FindCoordinatorResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readNullableString, readString, readTaggedFields, writeArray, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** FindCoordinatorResponse (API key 10): versions 0-6, flexible 3+. */
export interface FindCoordinatorResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+, ignorable) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (v0-3) */
  errorCode: number;
  /** The error message, or null if there was no error. (v1-3, nullable v1-3, ignorable) */
  errorMessage: string | null;
  /** The node id. (v0-3) */
  nodeId: number;
  /** The host name. (v0-3) */
  host: string;
  /** The port. (v0-3) */
  port: number;
  /** Each coordinator result in the response (v4+) */
  coordinators: FindCoordinatorResponseCoordinator[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FindCoordinatorResponseCoordinator {
  /** The coordinator key. (v4+) */
  key: string;
  /** The node id. (v4+) */
  nodeId: number;
  /** The host name. (v4+) */
  host: string;
  /** The port. (v4+) */
  port: number;
  /** The error code, or 0 if there was no error. (v4+) */
  errorCode: number;
  /** The error message, or null if there was no error. (v4+, nullable v4+, ignorable) */
  errorMessage: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeFindCoordinatorResponse(init?: Partial<FindCoordinatorResponse>): FindCoordinatorResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    nodeId: 0,
    host: "",
    port: 0,
    coordinators: [],
    ...init,
  };
}

export function encodeFindCoordinatorResponse(w: Writer, v: FindCoordinatorResponse, version: number): void {
  checkVersion("FindCoordinatorResponse", version, 0, 6);
  const flexible = version >= 3;
  if (version >= 1) w.int32(v.throttleTimeMs);
  if (version <= 3) w.int16(v.errorCode);
  else if (v.errorCode !== 0) fieldVersionError("FindCoordinatorResponse.errorCode", version);
  if (version >= 1 && version <= 3) writeNullableString(w, flexible, v.errorMessage);
  if (version <= 3) w.int32(v.nodeId);
  else if (v.nodeId !== 0) fieldVersionError("FindCoordinatorResponse.nodeId", version);
  if (version <= 3) writeString(w, flexible, v.host);
  else if (v.host !== "") fieldVersionError("FindCoordinatorResponse.host", version);
  if (version <= 3) w.int32(v.port);
  else if (v.port !== 0) fieldVersionError("FindCoordinatorResponse.port", version);
  if (version >= 4) writeArray(w, true, v.coordinators, (e) => encodeFindCoordinatorResponseCoordinator(w, e, version));
  else if (v.coordinators.length !== 0) fieldVersionError("FindCoordinatorResponse.coordinators", version);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeFindCoordinatorResponse(r: Reader, version: number): FindCoordinatorResponse {
  checkReadVersion(r, "FindCoordinatorResponse", version, 0, 6);
  const flexible = version >= 3;
  const v: FindCoordinatorResponse = {
    throttleTimeMs: version >= 1 ? r.int32() : 0,
    errorCode: version <= 3 ? r.int16() : 0,
    errorMessage: version >= 1 && version <= 3 ? readNullableString(r, flexible) : "",
    nodeId: version <= 3 ? r.int32() : 0,
    host: version <= 3 ? readString(r, flexible) : "",
    port: version <= 3 ? r.int32() : 0,
    coordinators: version >= 4 ? readArray(r, true, () => decodeFindCoordinatorResponseCoordinator(r, version)) : [],
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeFindCoordinatorResponseCoordinator(init?: Partial<FindCoordinatorResponseCoordinator>): FindCoordinatorResponseCoordinator {
  return {
    key: "",
    nodeId: 0,
    host: "",
    port: 0,
    errorCode: 0,
    errorMessage: "",
    ...init,
  };
}

export function encodeFindCoordinatorResponseCoordinator(w: Writer, v: FindCoordinatorResponseCoordinator, _version: number): void {
  w.compactString(v.key);
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.int32(v.port);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeFindCoordinatorResponseCoordinator(r: Reader, _version: number): FindCoordinatorResponseCoordinator {
  const v: FindCoordinatorResponseCoordinator = {
    key: r.compactString(),
    nodeId: r.int32(),
    host: r.compactString(),
    port: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
  };
  readTaggedFields(r, v);
  return v;
}
