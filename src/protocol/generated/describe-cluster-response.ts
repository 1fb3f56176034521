// Generated from DescribeClusterResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** DescribeClusterResponse (API key 60): versions 0-1, flexible 0+. */
export interface DescribeClusterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error (v0+) */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** The endpoint type that was described. 1=brokers, 2=controllers. (v1+) */
  endpointType: number;
  /** The cluster ID that responding broker belongs to. (v0+) */
  clusterId: string;
  /** The ID of the controller broker. (v0+) */
  controllerId: number;
  /** Each broker in the response. (v0+) */
  brokers: DescribeClusterResponseDescribeClusterBroker[];
  /** 32-bit bitfield to represent authorized operations for this cluster. (v0+) */
  clusterAuthorizedOperations: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeClusterResponseDescribeClusterBroker {
  /** The broker ID. (v0+) */
  brokerId: number;
  /** The broker hostname. (v0+) */
  host: string;
  /** The broker port. (v0+) */
  port: number;
  /** The rack of the broker, or null if it has not been assigned to a rack. (v0+, nullable v0+) */
  rack: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDescribeClusterResponse(init?: Partial<DescribeClusterResponse>): DescribeClusterResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    endpointType: 1,
    clusterId: "",
    controllerId: -1,
    brokers: [],
    clusterAuthorizedOperations: -2147483648,
    ...init,
  };
}

export function encodeDescribeClusterResponse(w: Writer, v: DescribeClusterResponse, version: number): void {
  checkVersion("DescribeClusterResponse", version, 0, 1);
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  if (version >= 1) w.int8(v.endpointType);
  else if (v.endpointType !== 1) fieldVersionError("DescribeClusterResponse.endpointType", version);
  w.compactString(v.clusterId);
  w.int32(v.controllerId);
  writeArray(w, true, v.brokers, (e) => encodeDescribeClusterResponseDescribeClusterBroker(w, e, version));
  w.int32(v.clusterAuthorizedOperations);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeClusterResponse(r: Reader, version: number): DescribeClusterResponse {
  checkReadVersion(r, "DescribeClusterResponse", version, 0, 1);
  const v: DescribeClusterResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    endpointType: version >= 1 ? r.int8() : 1,
    clusterId: r.compactString(),
    controllerId: r.int32(),
    brokers: readArray(r, true, () => decodeDescribeClusterResponseDescribeClusterBroker(r, version)),
    clusterAuthorizedOperations: r.int32(),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDescribeClusterResponseDescribeClusterBroker(init?: Partial<DescribeClusterResponseDescribeClusterBroker>): DescribeClusterResponseDescribeClusterBroker {
  return {
    brokerId: 0,
    host: "",
    port: 0,
    rack: null,
    ...init,
  };
}

export function encodeDescribeClusterResponseDescribeClusterBroker(w: Writer, v: DescribeClusterResponseDescribeClusterBroker, _version: number): void {
  w.int32(v.brokerId);
  w.compactString(v.host);
  w.int32(v.port);
  w.compactNullableString(v.rack);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeClusterResponseDescribeClusterBroker(r: Reader, _version: number): DescribeClusterResponseDescribeClusterBroker {
  const v: DescribeClusterResponseDescribeClusterBroker = {
    brokerId: r.int32(),
    host: r.compactString(),
    port: r.int32(),
    rack: r.compactNullableString(),
  };
  readTaggedFields(r, v);
  return v;
}
