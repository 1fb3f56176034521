// Generated from DeleteShareGroupStateRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** DeleteShareGroupStateRequest (API key 86): versions 0, flexible 0+, latest version unstable. */
export interface DeleteShareGroupStateRequest {
  /** The group identifier. (v0+) */
  groupId: string;
  /** The data for the topics. (v0+) */
  topics: DeleteShareGroupStateRequestDeleteStateData[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteShareGroupStateRequestDeleteStateData {
  /** The topic identifier. (v0+) */
  topicId: string;
  /** The data for the partitions. (v0+) */
  partitions: DeleteShareGroupStateRequestPartitionData[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteShareGroupStateRequestPartitionData {
  /** The partition index. (v0+) */
  partition: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDeleteShareGroupStateRequest(init?: Partial<DeleteShareGroupStateRequest>): DeleteShareGroupStateRequest {
  return {
    groupId: "",
    topics: [],
    ...init,
  };
}

export function encodeDeleteShareGroupStateRequest(w: Writer, v: DeleteShareGroupStateRequest, version: number): void {
  checkVersion("DeleteShareGroupStateRequest", version, 0, 0);
  w.compactString(v.groupId);
  writeArray(w, true, v.topics, (e) => encodeDeleteShareGroupStateRequestDeleteStateData(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDeleteShareGroupStateRequest(r: Reader, version: number): DeleteShareGroupStateRequest {
  checkReadVersion(r, "DeleteShareGroupStateRequest", version, 0, 0);
  const v: DeleteShareGroupStateRequest = {
    groupId: r.compactString(),
    topics: readArray(r, true, () => decodeDeleteShareGroupStateRequestDeleteStateData(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDeleteShareGroupStateRequestDeleteStateData(init?: Partial<DeleteShareGroupStateRequestDeleteStateData>): DeleteShareGroupStateRequestDeleteStateData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

export function encodeDeleteShareGroupStateRequestDeleteStateData(w: Writer, v: DeleteShareGroupStateRequestDeleteStateData, version: number): void {
  w.uuid(v.topicId);
  writeArray(w, true, v.partitions, (e) => encodeDeleteShareGroupStateRequestPartitionData(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDeleteShareGroupStateRequestDeleteStateData(r: Reader, version: number): DeleteShareGroupStateRequestDeleteStateData {
  const v: DeleteShareGroupStateRequestDeleteStateData = {
    topicId: r.uuid(),
    partitions: readArray(r, true, () => decodeDeleteShareGroupStateRequestPartitionData(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDeleteShareGroupStateRequestPartitionData(init?: Partial<DeleteShareGroupStateRequestPartitionData>): DeleteShareGroupStateRequestPartitionData {
  return {
    partition: 0,
    ...init,
  };
}

export function encodeDeleteShareGroupStateRequestPartitionData(w: Writer, v: DeleteShareGroupStateRequestPartitionData, _version: number): void {
  w.int32(v.partition);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDeleteShareGroupStateRequestPartitionData(r: Reader, _version: number): DeleteShareGroupStateRequestPartitionData {
  const v: DeleteShareGroupStateRequestPartitionData = {
    partition: r.int32(),
  };
  readTaggedFields(r, v);
  return v;
}
