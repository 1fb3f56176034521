// Generated from DescribeQuorumRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** DescribeQuorumRequest (API key 55): versions 0-2, flexible 0+. */
export interface DescribeQuorumRequest {
  /** (v0+) */
  topics: DescribeQuorumRequestTopicData[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeQuorumRequestTopicData {
  /** The topic name. (v0+) */
  topicName: string;
  /** (v0+) */
  partitions: DescribeQuorumRequestPartitionData[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeQuorumRequestPartitionData {
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDescribeQuorumRequest(init?: Partial<DescribeQuorumRequest>): DescribeQuorumRequest {
  return {
    topics: [],
    ...init,
  };
}

export function encodeDescribeQuorumRequest(w: Writer, v: DescribeQuorumRequest, version: number): void {
  checkVersion("DescribeQuorumRequest", version, 0, 2);
  writeArray(w, true, v.topics, (e) => encodeDescribeQuorumRequestTopicData(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeQuorumRequest(r: Reader, version: number): DescribeQuorumRequest {
  checkReadVersion(r, "DescribeQuorumRequest", version, 0, 2);
  const v: DescribeQuorumRequest = {
    topics: readArray(r, true, () => decodeDescribeQuorumRequestTopicData(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDescribeQuorumRequestTopicData(init?: Partial<DescribeQuorumRequestTopicData>): DescribeQuorumRequestTopicData {
  return {
    topicName: "",
    partitions: [],
    ...init,
  };
}

export function encodeDescribeQuorumRequestTopicData(w: Writer, v: DescribeQuorumRequestTopicData, version: number): void {
  w.compactString(v.topicName);
  writeArray(w, true, v.partitions, (e) => encodeDescribeQuorumRequestPartitionData(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeQuorumRequestTopicData(r: Reader, version: number): DescribeQuorumRequestTopicData {
  const v: DescribeQuorumRequestTopicData = {
    topicName: r.compactString(),
    partitions: readArray(r, true, () => decodeDescribeQuorumRequestPartitionData(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDescribeQuorumRequestPartitionData(init?: Partial<DescribeQuorumRequestPartitionData>): DescribeQuorumRequestPartitionData {
  return {
    partitionIndex: 0,
    ...init,
  };
}

export function encodeDescribeQuorumRequestPartitionData(w: Writer, v: DescribeQuorumRequestPartitionData, _version: number): void {
  w.int32(v.partitionIndex);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeQuorumRequestPartitionData(r: Reader, _version: number): DescribeQuorumRequestPartitionData {
  const v: DescribeQuorumRequestPartitionData = {
    partitionIndex: r.int32(),
  };
  readTaggedFields(r, v);
  return v;
}
