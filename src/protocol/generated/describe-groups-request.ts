// Generated from DescribeGroupsRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readString, readTaggedFields, writeArray, writeString, writeTaggedFields } from "../message-codec.js";

/** DescribeGroupsRequest (API key 15): versions 0-5, flexible 5+. */
export interface DescribeGroupsRequest {
  /** The names of the groups to describe (v0+) */
  groups: string[];
  /** Whether to include authorized operations. (v3+) */
  includeAuthorizedOperations: boolean;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDescribeGroupsRequest(init?: Partial<DescribeGroupsRequest>): DescribeGroupsRequest {
  return {
    groups: [],
    includeAuthorizedOperations: false,
    ...init,
  };
}

export function encodeDescribeGroupsRequest(w: Writer, v: DescribeGroupsRequest, version: number): void {
  checkVersion("DescribeGroupsRequest", version, 0, 5);
  const flexible = version >= 5;
  writeArray(w, flexible, v.groups, (e) => writeString(w, flexible, e));
  if (version >= 3) w.bool(v.includeAuthorizedOperations);
  else if (v.includeAuthorizedOperations) fieldVersionError("DescribeGroupsRequest.includeAuthorizedOperations", version);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeGroupsRequest(r: Reader, version: number): DescribeGroupsRequest {
  checkReadVersion(r, "DescribeGroupsRequest", version, 0, 5);
  const flexible = version >= 5;
  const v: DescribeGroupsRequest = {
    groups: readArray(r, flexible, () => readString(r, flexible)),
    includeAuthorizedOperations: version >= 3 ? r.bool() : false,
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
