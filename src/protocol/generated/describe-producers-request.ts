// Generated from DescribeProducersRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** DescribeProducersRequest (API key 61): versions 0, flexible 0+. */
export interface DescribeProducersRequest {
  /** (v0+) */
  topics: DescribeProducersRequestTopicRequest[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeProducersRequestTopicRequest {
  /** The topic name. (v0+) */
  name: string;
  /** The indexes of the partitions to list producers for. (v0+) */
  partitionIndexes: number[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDescribeProducersRequest(init?: Partial<DescribeProducersRequest>): DescribeProducersRequest {
  return {
    topics: [],
    ...init,
  };
}

export function encodeDescribeProducersRequest(w: Writer, v: DescribeProducersRequest, version: number): void {
  checkVersion("DescribeProducersRequest", version, 0, 0);
  writeArray(w, true, v.topics, (e) => encodeDescribeProducersRequestTopicRequest(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeProducersRequest(r: Reader, version: number): DescribeProducersRequest {
  checkReadVersion(r, "DescribeProducersRequest", version, 0, 0);
  const v: DescribeProducersRequest = {
    topics: readArray(r, true, () => decodeDescribeProducersRequestTopicRequest(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDescribeProducersRequestTopicRequest(init?: Partial<DescribeProducersRequestTopicRequest>): DescribeProducersRequestTopicRequest {
  return {
    name: "",
    partitionIndexes: [],
    ...init,
  };
}

export function encodeDescribeProducersRequestTopicRequest(w: Writer, v: DescribeProducersRequestTopicRequest, _version: number): void {
  w.compactString(v.name);
  writeArray(w, true, v.partitionIndexes, (e) => w.int32(e));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeProducersRequestTopicRequest(r: Reader, _version: number): DescribeProducersRequestTopicRequest {
  const v: DescribeProducersRequestTopicRequest = {
    name: r.compactString(),
    partitionIndexes: readArray(r, true, () => r.int32()),
  };
  readTaggedFields(r, v);
  return v;
}
