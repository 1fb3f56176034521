// Generated from ShareGroupDescribeRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** ShareGroupDescribeRequest (API key 77): versions 0, flexible 0+, latest version unstable. */
export interface ShareGroupDescribeRequest {
  /** The ids of the groups to describe (v0+) */
  groupIds: string[];
  /** Whether to include authorized operations. (v0+) */
  includeAuthorizedOperations: boolean;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeShareGroupDescribeRequest(init?: Partial<ShareGroupDescribeRequest>): ShareGroupDescribeRequest {
  return {
    groupIds: [],
    includeAuthorizedOperations: false,
    ...init,
  };
}

export function encodeShareGroupDescribeRequest(w: Writer, v: ShareGroupDescribeRequest, version: number): void {
  checkVersion("ShareGroupDescribeRequest", version, 0, 0);
  writeArray(w, true, v.groupIds, (e) => w.compactString(e));
  w.bool(v.includeAuthorizedOperations);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareGroupDescribeRequest(r: Reader, version: number): ShareGroupDescribeRequest {
  checkReadVersion(r, "ShareGroupDescribeRequest", version, 0, 0);
  const v: ShareGroupDescribeRequest = {
    groupIds: readArray(r, true, () => r.compactString()),
    includeAuthorizedOperations: r.bool(),
  };
  readTaggedFields(r, v);
  return v;
}
