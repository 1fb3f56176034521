// Generated from ReadShareGroupStateRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** ReadShareGroupStateRequest (API key 84): versions 0, flexible 0+, latest version unstable. */
export interface ReadShareGroupStateRequest {
  /** The group identifier. (v0+) */
  groupId: string;
  /** The data for the topics. (v0+) */
  topics: ReadShareGroupStateRequestReadStateData[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReadShareGroupStateRequestReadStateData {
  /** The topic identifier. (v0+) */
  topicId: string;
  /** The data for the partitions. (v0+) */
  partitions: ReadShareGroupStateRequestPartitionData[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReadShareGroupStateRequestPartitionData {
  /** The partition index. (v0+) */
  partition: number;
  /** The leader epoch of the share-partition. (v0+) */
  leaderEpoch: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeReadShareGroupStateRequest(init?: Partial<ReadShareGroupStateRequest>): ReadShareGroupStateRequest {
  return {
    groupId: "",
    topics: [],
    ...init,
  };
}

export function encodeReadShareGroupStateRequest(w: Writer, v: ReadShareGroupStateRequest, version: number): void {
  checkVersion("ReadShareGroupStateRequest", version, 0, 0);
  w.compactString(v.groupId);
  writeArray(w, true, v.topics, (e) => encodeReadShareGroupStateRequestReadStateData(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeReadShareGroupStateRequest(r: Reader, version: number): ReadShareGroupStateRequest {
  checkReadVersion(r, "ReadShareGroupStateRequest", version, 0, 0);
  const v: ReadShareGroupStateRequest = {
    groupId: r.compactString(),
    topics: readArray(r, true, () => decodeReadShareGroupStateRequestReadStateData(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeReadShareGroupStateRequestReadStateData(init?: Partial<ReadShareGroupStateRequestReadStateData>): ReadShareGroupStateRequestReadStateData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

export function encodeReadShareGroupStateRequestReadStateData(w: Writer, v: ReadShareGroupStateRequestReadStateData, version: number): void {
  w.uuid(v.topicId);
  writeArray(w, true, v.partitions, (e) => encodeReadShareGroupStateRequestPartitionData(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeReadShareGroupStateRequestReadStateData(r: Reader, version: number): ReadShareGroupStateRequestReadStateData {
  const v: ReadShareGroupStateRequestReadStateData = {
    topicId: r.uuid(),
    partitions: readArray(r, true, () => decodeReadShareGroupStateRequestPartitionData(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeReadShareGroupStateRequestPartitionData(init?: Partial<ReadShareGroupStateRequestPartitionData>): ReadShareGroupStateRequestPartitionData {
  return {
    partition: 0,
    leaderEpoch: 0,
    ...init,
  };
}

export function encodeReadShareGroupStateRequestPartitionData(w: Writer, v: ReadShareGroupStateRequestPartitionData, _version: number): void {
  w.int32(v.partition);
  w.int32(v.leaderEpoch);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeReadShareGroupStateRequestPartitionData(r: Reader, _version: number): ReadShareGroupStateRequestPartitionData {
  const v: ReadShareGroupStateRequestPartitionData = {
    partition: r.int32(),
    leaderEpoch: r.int32(),
  };
  readTaggedFields(r, v);
  return v;
}
