// Generated from InitializeShareGroupStateRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** InitializeShareGroupStateRequest (API key 83): versions 0, flexible 0+, latest version unstable. */
export interface InitializeShareGroupStateRequest {
  /** The group identifier. (v0+) */
  groupId: string;
  /** The data for the topics. (v0+) */
  topics: InitializeShareGroupStateRequestInitializeStateData[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface InitializeShareGroupStateRequestInitializeStateData {
  /** The topic identifier. (v0+) */
  topicId: string;
  /** The data for the partitions. (v0+) */
  partitions: InitializeShareGroupStateRequestPartitionData[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface InitializeShareGroupStateRequestPartitionData {
  /** The partition index. (v0+) */
  partition: number;
  /** The state epoch for this share-partition. (v0+) */
  stateEpoch: number;
  /** The share-partition start offset, or -1 if the start offset is not being initialized. (v0+) */
  startOffset: bigint;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeInitializeShareGroupStateRequest(init?: Partial<InitializeShareGroupStateRequest>): InitializeShareGroupStateRequest {
  return {
    groupId: "",
    topics: [],
    ...init,
  };
}

export function encodeInitializeShareGroupStateRequest(w: Writer, v: InitializeShareGroupStateRequest, version: number): void {
  checkVersion("InitializeShareGroupStateRequest", version, 0, 0);
  w.compactString(v.groupId);
  writeArray(w, true, v.topics, (e) => encodeInitializeShareGroupStateRequestInitializeStateData(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeInitializeShareGroupStateRequest(r: Reader, version: number): InitializeShareGroupStateRequest {
  checkReadVersion(r, "InitializeShareGroupStateRequest", version, 0, 0);
  const v: InitializeShareGroupStateRequest = {
    groupId: r.compactString(),
    topics: readArray(r, true, () => decodeInitializeShareGroupStateRequestInitializeStateData(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeInitializeShareGroupStateRequestInitializeStateData(init?: Partial<InitializeShareGroupStateRequestInitializeStateData>): InitializeShareGroupStateRequestInitializeStateData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

export function encodeInitializeShareGroupStateRequestInitializeStateData(w: Writer, v: InitializeShareGroupStateRequestInitializeStateData, version: number): void {
  w.uuid(v.topicId);
  writeArray(w, true, v.partitions, (e) => encodeInitializeShareGroupStateRequestPartitionData(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeInitializeShareGroupStateRequestInitializeStateData(r: Reader, version: number): InitializeShareGroupStateRequestInitializeStateData {
  const v: InitializeShareGroupStateRequestInitializeStateData = {
    topicId: r.uuid(),
    partitions: readArray(r, true, () => decodeInitializeShareGroupStateRequestPartitionData(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeInitializeShareGroupStateRequestPartitionData(init?: Partial<InitializeShareGroupStateRequestPartitionData>): InitializeShareGroupStateRequestPartitionData {
  return {
    partition: 0,
    stateEpoch: 0,
    startOffset: 0n,
    ...init,
  };
}

export function encodeInitializeShareGroupStateRequestPartitionData(w: Writer, v: InitializeShareGroupStateRequestPartitionData, _version: number): void {
  w.int32(v.partition);
  w.int32(v.stateEpoch);
  w.int64(v.startOffset);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeInitializeShareGroupStateRequestPartitionData(r: Reader, _version: number): InitializeShareGroupStateRequestPartitionData {
  const v: InitializeShareGroupStateRequestPartitionData = {
    partition: r.int32(),
    stateEpoch: r.int32(),
    startOffset: r.int64(),
  };
  readTaggedFields(r, v);
  return v;
}
