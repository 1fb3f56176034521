// Generated from DescribeTopicPartitionsRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readNullableStruct, readTaggedFields, writeArray, writeNullableStruct, writeTaggedFields } from "../message-codec.js";

/** DescribeTopicPartitionsRequest (API key 75): versions 0, flexible 0+. */
export interface DescribeTopicPartitionsRequest {
  /** The topics to fetch details for. (v0+) */
  topics: DescribeTopicPartitionsRequestTopicRequest[];
  /** The maximum number of partitions included in the response. (v0+) */
  responsePartitionLimit: number;
  /** The first topic and partition index to fetch details for. (v0+, nullable v0+) */
  cursor: DescribeTopicPartitionsRequestCursor | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeTopicPartitionsRequestTopicRequest {
  /** The topic name (v0+) */
  name: string;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeTopicPartitionsRequestCursor {
  /** The name for the first topic to process (v0+) */
  topicName: string;
  /** The partition index to start with (v0+) */
  partitionIndex: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDescribeTopicPartitionsRequest(init?: Partial<DescribeTopicPartitionsRequest>): DescribeTopicPartitionsRequest {
  return {
    topics: [],
    responsePartitionLimit: 2000,
    cursor: null,
    ...init,
  };
}

export function encodeDescribeTopicPartitionsRequest(w: Writer, v: DescribeTopicPartitionsRequest, version: number): void {
  checkVersion("DescribeTopicPartitionsRequest", version, 0, 0);
  writeArray(w, true, v.topics, (e) => encodeDescribeTopicPartitionsRequestTopicRequest(w, e, version));
  w.int32(v.responsePartitionLimit);
  writeNullableStruct(w, v.cursor, (s) => encodeDescribeTopicPartitionsRequestCursor(w, s, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeTopicPartitionsRequest(r: Reader, version: number): DescribeTopicPartitionsRequest {
  checkReadVersion(r, "DescribeTopicPartitionsRequest", version, 0, 0);
  const v: DescribeTopicPartitionsRequest = {
    topics: readArray(r, true, () => decodeDescribeTopicPartitionsRequestTopicRequest(r, version)),
    responsePartitionLimit: r.int32(),
    cursor: readNullableStruct(r, () => decodeDescribeTopicPartitionsRequestCursor(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDescribeTopicPartitionsRequestTopicRequest(init?: Partial<DescribeTopicPartitionsRequestTopicRequest>): DescribeTopicPartitionsRequestTopicRequest {
  return {
    name: "",
    ...init,
  };
}

export function encodeDescribeTopicPartitionsRequestTopicRequest(w: Writer, v: DescribeTopicPartitionsRequestTopicRequest, _version: number): void {
  w.compactString(v.name);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeTopicPartitionsRequestTopicRequest(r: Reader, _version: number): DescribeTopicPartitionsRequestTopicRequest {
  const v: DescribeTopicPartitionsRequestTopicRequest = {
    name: r.compactString(),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDescribeTopicPartitionsRequestCursor(init?: Partial<DescribeTopicPartitionsRequestCursor>): DescribeTopicPartitionsRequestCursor {
  return {
    topicName: "",
    partitionIndex: 0,
    ...init,
  };
}

export function encodeDescribeTopicPartitionsRequestCursor(w: Writer, v: DescribeTopicPartitionsRequestCursor, _version: number): void {
  w.compactString(v.topicName);
  w.int32(v.partitionIndex);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeTopicPartitionsRequestCursor(r: Reader, _version: number): DescribeTopicPartitionsRequestCursor {
  const v: DescribeTopicPartitionsRequestCursor = {
    topicName: r.compactString(),
    partitionIndex: r.int32(),
  };
  readTaggedFields(r, v);
  return v;
}
