// Generated from WriteShareGroupStateRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** WriteShareGroupStateRequest (API key 85): versions 0, flexible 0+, latest version unstable. */
export interface WriteShareGroupStateRequest {
  /** The group identifier. (v0+) */
  groupId: string;
  /** The data for the topics. (v0+) */
  topics: WriteShareGroupStateRequestWriteStateData[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WriteShareGroupStateRequestWriteStateData {
  /** The topic identifier. (v0+) */
  topicId: string;
  /** The data for the partitions. (v0+) */
  partitions: WriteShareGroupStateRequestPartitionData[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WriteShareGroupStateRequestPartitionData {
  /** The partition index. (v0+) */
  partition: number;
  /** The state epoch for this share-partition. (v0+) */
  stateEpoch: number;
  /** The leader epoch of the share-partition. (v0+) */
  leaderEpoch: number;
  /** The share-partition start offset, or -1 if the start offset is not being written. (v0+) */
  startOffset: bigint;
  /** (v0+) */
  stateBatches: WriteShareGroupStateRequestStateBatch[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WriteShareGroupStateRequestStateBatch {
  /** The base offset of this state batch. (v0+) */
  firstOffset: bigint;
  /** The last offset of this state batch. (v0+) */
  lastOffset: bigint;
  /** The state - 0:Available,2:Acked,4:Archived (v0+) */
  deliveryState: number;
  /** The delivery count. (v0+) */
  deliveryCount: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeWriteShareGroupStateRequest(init?: Partial<WriteShareGroupStateRequest>): WriteShareGroupStateRequest {
  return {
    groupId: "",
    topics: [],
    ...init,
  };
}

export function encodeWriteShareGroupStateRequest(w: Writer, v: WriteShareGroupStateRequest, version: number): void {
  checkVersion("WriteShareGroupStateRequest", version, 0, 0);
  w.compactString(v.groupId);
  writeArray(w, true, v.topics, (e) => encodeWriteShareGroupStateRequestWriteStateData(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeWriteShareGroupStateRequest(r: Reader, version: number): WriteShareGroupStateRequest {
  checkReadVersion(r, "WriteShareGroupStateRequest", version, 0, 0);
  const v: WriteShareGroupStateRequest = {
    groupId: r.compactString(),
    topics: readArray(r, true, () => decodeWriteShareGroupStateRequestWriteStateData(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeWriteShareGroupStateRequestWriteStateData(init?: Partial<WriteShareGroupStateRequestWriteStateData>): WriteShareGroupStateRequestWriteStateData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

export function encodeWriteShareGroupStateRequestWriteStateData(w: Writer, v: WriteShareGroupStateRequestWriteStateData, version: number): void {
  w.uuid(v.topicId);
  writeArray(w, true, v.partitions, (e) => encodeWriteShareGroupStateRequestPartitionData(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeWriteShareGroupStateRequestWriteStateData(r: Reader, version: number): WriteShareGroupStateRequestWriteStateData {
  const v: WriteShareGroupStateRequestWriteStateData = {
    topicId: r.uuid(),
    partitions: readArray(r, true, () => decodeWriteShareGroupStateRequestPartitionData(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeWriteShareGroupStateRequestPartitionData(init?: Partial<WriteShareGroupStateRequestPartitionData>): WriteShareGroupStateRequestPartitionData {
  return {
    partition: 0,
    stateEpoch: 0,
    leaderEpoch: 0,
    startOffset: 0n,
    stateBatches: [],
    ...init,
  };
}

export function encodeWriteShareGroupStateRequestPartitionData(w: Writer, v: WriteShareGroupStateRequestPartitionData, version: number): void {
  w.int32(v.partition);
  w.int32(v.stateEpoch);
  w.int32(v.leaderEpoch);
  w.int64(v.startOffset);
  writeArray(w, true, v.stateBatches, (e) => encodeWriteShareGroupStateRequestStateBatch(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeWriteShareGroupStateRequestPartitionData(r: Reader, version: number): WriteShareGroupStateRequestPartitionData {
  const v: WriteShareGroupStateRequestPartitionData = {
    partition: r.int32(),
    stateEpoch: r.int32(),
    leaderEpoch: r.int32(),
    startOffset: r.int64(),
    stateBatches: readArray(r, true, () => decodeWriteShareGroupStateRequestStateBatch(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeWriteShareGroupStateRequestStateBatch(init?: Partial<WriteShareGroupStateRequestStateBatch>): WriteShareGroupStateRequestStateBatch {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    deliveryState: 0,
    deliveryCount: 0,
    ...init,
  };
}

export function encodeWriteShareGroupStateRequestStateBatch(w: Writer, v: WriteShareGroupStateRequestStateBatch, _version: number): void {
  w.int64(v.firstOffset);
  w.int64(v.lastOffset);
  w.int8(v.deliveryState);
  w.int16(v.deliveryCount);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeWriteShareGroupStateRequestStateBatch(r: Reader, _version: number): WriteShareGroupStateRequestStateBatch {
  const v: WriteShareGroupStateRequestStateBatch = {
    firstOffset: r.int64(),
    lastOffset: r.int64(),
    deliveryState: r.int8(),
    deliveryCount: r.int16(),
  };
  readTaggedFields(r, v);
  return v;
}
