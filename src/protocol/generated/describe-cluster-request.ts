// Generated from DescribeClusterRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readTaggedFields, writeTaggedFields } from "../message-codec.js";

/** DescribeClusterRequest (API key 60): versions 0-1, flexible 0+. */
export interface DescribeClusterRequest {
  /** Whether to include cluster authorized operations. (v0+) */
  includeClusterAuthorizedOperations: boolean;
  /** The endpoint type to describe. 1=brokers, 2=controllers. (v1+) */
  endpointType: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDescribeClusterRequest(init?: Partial<DescribeClusterRequest>): DescribeClusterRequest {
  return {
    includeClusterAuthorizedOperations: false,
    endpointType: 1,
    ...init,
  };
}

export function encodeDescribeClusterRequest(w: Writer, v: DescribeClusterRequest, version: number): void {
  checkVersion("DescribeClusterRequest", version, 0, 1);
  w.bool(v.includeClusterAuthorizedOperations);
  if (version >= 1) w.int8(v.endpointType);
  else if (v.endpointType !== 1) fieldVersionError("DescribeClusterRequest.endpointType", version);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeClusterRequest(r: Reader, version: number): DescribeClusterRequest {
  checkReadVersion(r, "DescribeClusterRequest", version, 0, 1);
  const v: DescribeClusterRequest = {
    includeClusterAuthorizedOperations: r.bool(),
    endpointType: version >= 1 ? r.int8() : 1,
  };
  readTaggedFields(r, v);
  return v;
}
