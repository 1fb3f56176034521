// Generated from ConsumerGroupDescribeRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** ConsumerGroupDescribeRequest (API key 69): versions 0, flexible 0+. */
export interface ConsumerGroupDescribeRequest {
  /** The ids of the groups to describe (v0+) */
  groupIds: string[];
  /** Whether to include authorized operations. (v0+) */
  includeAuthorizedOperations: boolean;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeConsumerGroupDescribeRequest(init?: Partial<ConsumerGroupDescribeRequest>): ConsumerGroupDescribeRequest {
  return {
    groupIds: [],
    includeAuthorizedOperations: false,
    ...init,
  };
}

export function encodeConsumerGroupDescribeRequest(w: Writer, v: ConsumerGroupDescribeRequest, version: number): void {
  checkVersion("ConsumerGroupDescribeRequest", version, 0, 0);
  writeArray(w, true, v.groupIds, (e) => w.compactString(e));
  w.bool(v.includeAuthorizedOperations);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeConsumerGroupDescribeRequest(r: Reader, version: number): ConsumerGroupDescribeRequest {
  checkReadVersion(r, "ConsumerGroupDescribeRequest", version, 0, 0);
  const v: ConsumerGroupDescribeRequest = {
    groupIds: readArray(r, true, () => r.compactString()),
    includeAuthorizedOperations: r.bool(),
  };
  readTaggedFields(r, v);
  return v;
}
