// Generated from DescribeLogDirsRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readNullableArray, readString, readTaggedFields, writeArray, writeNullableArray, writeString, writeTaggedFields } from "../message-codec.js";

/** DescribeLogDirsRequest (API key 35): versions 0-4, flexible 2+, deprecated 0. */
export interface DescribeLogDirsRequest {
  /** Each topic that we want to describe log directories for, or null for all topics. (v0+, nullable v0+) */
  topics: DescribeLogDirsRequestDescribableLogDirTopic[] | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeLogDirsRequestDescribableLogDirTopic {
  /** The topic name (v0+) */
  topic: string;
  /** The partition indexes. (v0+) */
  partitions: number[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDescribeLogDirsRequest(init?: Partial<DescribeLogDirsRequest>): DescribeLogDirsRequest {
  return {
    topics: [],
    ...init,
  };
}

export function encodeDescribeLogDirsRequest(w: Writer, v: DescribeLogDirsRequest, version: number): void {
  checkVersion("DescribeLogDirsRequest", version, 0, 4);
  const flexible = version >= 2;
  writeNullableArray(w, flexible, v.topics, (e) => encodeDescribeLogDirsRequestDescribableLogDirTopic(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeLogDirsRequest(r: Reader, version: number): DescribeLogDirsRequest {
  checkReadVersion(r, "DescribeLogDirsRequest", version, 0, 4);
  const flexible = version >= 2;
  const v: DescribeLogDirsRequest = {
    topics: readNullableArray(r, flexible, () => decodeDescribeLogDirsRequestDescribableLogDirTopic(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDescribeLogDirsRequestDescribableLogDirTopic(init?: Partial<DescribeLogDirsRequestDescribableLogDirTopic>): DescribeLogDirsRequestDescribableLogDirTopic {
  return {
    topic: "",
    partitions: [],
    ...init,
  };
}

export function encodeDescribeLogDirsRequestDescribableLogDirTopic(w: Writer, v: DescribeLogDirsRequestDescribableLogDirTopic, version: number): void {
  const flexible = version >= 2;
  writeString(w, flexible, v.topic);
  writeArray(w, flexible, v.partitions, (e) => w.int32(e));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeLogDirsRequestDescribableLogDirTopic(r: Reader, version: number): DescribeLogDirsRequestDescribableLogDirTopic {
  const flexible = version >= 2;
  const v: DescribeLogDirsRequestDescribableLogDirTopic = {
    topic: readString(r, flexible),
    partitions: readArray(r, flexible, () => r.int32()),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
