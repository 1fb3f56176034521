// Generated from ReadShareGroupStateSummaryRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** ReadShareGroupStateSummaryRequest (API key 87): versions 0, flexible 0+, latest version unstable. */
export interface ReadShareGroupStateSummaryRequest {
  /** The group identifier. (v0+) */
  groupId: string;
  /** The data for the topics. (v0+) */
  topics: ReadShareGroupStateSummaryRequestReadStateSummaryData[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReadShareGroupStateSummaryRequestReadStateSummaryData {
  /** The topic identifier. (v0+) */
  topicId: string;
  /** The data for the partitions. (v0+) */
  partitions: ReadShareGroupStateSummaryRequestPartitionData[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReadShareGroupStateSummaryRequestPartitionData {
  /** The partition index. (v0+) */
  partition: number;
  /** The leader epoch of the share-partition. (v0+) */
  leaderEpoch: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeReadShareGroupStateSummaryRequest(init?: Partial<ReadShareGroupStateSummaryRequest>): ReadShareGroupStateSummaryRequest {
  return {
    groupId: "",
    topics: [],
    ...init,
  };
}

export function encodeReadShareGroupStateSummaryRequest(w: Writer, v: ReadShareGroupStateSummaryRequest, version: number): void {
  checkVersion("ReadShareGroupStateSummaryRequest", version, 0, 0);
  w.compactString(v.groupId);
  writeArray(w, true, v.topics, (e) => encodeReadShareGroupStateSummaryRequestReadStateSummaryData(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeReadShareGroupStateSummaryRequest(r: Reader, version: number): ReadShareGroupStateSummaryRequest {
  checkReadVersion(r, "ReadShareGroupStateSummaryRequest", version, 0, 0);
  const v: ReadShareGroupStateSummaryRequest = {
    groupId: r.compactString(),
    topics: readArray(r, true, () => decodeReadShareGroupStateSummaryRequestReadStateSummaryData(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeReadShareGroupStateSummaryRequestReadStateSummaryData(init?: Partial<ReadShareGroupStateSummaryRequestReadStateSummaryData>): ReadShareGroupStateSummaryRequestReadStateSummaryData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

export function encodeReadShareGroupStateSummaryRequestReadStateSummaryData(w: Writer, v: ReadShareGroupStateSummaryRequestReadStateSummaryData, version: number): void {
  w.uuid(v.topicId);
  writeArray(w, true, v.partitions, (e) => encodeReadShareGroupStateSummaryRequestPartitionData(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeReadShareGroupStateSummaryRequestReadStateSummaryData(r: Reader, version: number): ReadShareGroupStateSummaryRequestReadStateSummaryData {
  const v: ReadShareGroupStateSummaryRequestReadStateSummaryData = {
    topicId: r.uuid(),
    partitions: readArray(r, true, () => decodeReadShareGroupStateSummaryRequestPartitionData(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeReadShareGroupStateSummaryRequestPartitionData(init?: Partial<ReadShareGroupStateSummaryRequestPartitionData>): ReadShareGroupStateSummaryRequestPartitionData {
  return {
    partition: 0,
    leaderEpoch: 0,
    ...init,
  };
}

export function encodeReadShareGroupStateSummaryRequestPartitionData(w: Writer, v: ReadShareGroupStateSummaryRequestPartitionData, _version: number): void {
  w.int32(v.partition);
  w.int32(v.leaderEpoch);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeReadShareGroupStateSummaryRequestPartitionData(r: Reader, _version: number): ReadShareGroupStateSummaryRequestPartitionData {
  const v: ReadShareGroupStateSummaryRequestPartitionData = {
    partition: r.int32(),
    leaderEpoch: r.int32(),
  };
  readTaggedFields(r, v);
  return v;
}
