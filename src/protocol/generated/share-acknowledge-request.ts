// Generated from ShareAcknowledgeRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** ShareAcknowledgeRequest (API key 79): versions 0, flexible 0+, latest version unstable. */
export interface ShareAcknowledgeRequest {
  /** The group identifier. (v0+, nullable v0+) */
  groupId: string | null;
  /** The member ID. (v0+, nullable v0+) */
  memberId: string | null;
  /** The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests. (v0+) */
  shareSessionEpoch: number;
  /** The topics containing records to acknowledge. (v0+) */
  topics: ShareAcknowledgeRequestAcknowledgeTopic[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareAcknowledgeRequestAcknowledgeTopic {
  /** The unique topic ID. (v0+) */
  topicId: string;
  /** The partitions containing records to acknowledge. (v0+) */
  partitions: ShareAcknowledgeRequestAcknowledgePartition[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareAcknowledgeRequestAcknowledgePartition {
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** Record batches to acknowledge. (v0+) */
  acknowledgementBatches: ShareAcknowledgeRequestAcknowledgementBatch[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareAcknowledgeRequestAcknowledgementBatch {
  /** First offset of batch of records to acknowledge. (v0+) */
  firstOffset: bigint;
  /** Last offset (inclusive) of batch of records to acknowledge. (v0+) */
  lastOffset: bigint;
  /** Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject. (v0+) */
  acknowledgeTypes: number[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeShareAcknowledgeRequest(init?: Partial<ShareAcknowledgeRequest>): ShareAcknowledgeRequest {
  return {
    groupId: null,
    memberId: "",
    shareSessionEpoch: 0,
    topics: [],
    ...init,
  };
}

export function encodeShareAcknowledgeRequest(w: Writer, v: ShareAcknowledgeRequest, version: number): void {
  checkVersion("ShareAcknowledgeRequest", version, 0, 0);
  w.compactNullableString(v.groupId);
  w.compactNullableString(v.memberId);
  w.int32(v.shareSessionEpoch);
  writeArray(w, true, v.topics, (e) => encodeShareAcknowledgeRequestAcknowledgeTopic(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareAcknowledgeRequest(r: Reader, version: number): ShareAcknowledgeRequest {
  checkReadVersion(r, "ShareAcknowledgeRequest", version, 0, 0);
  const v: ShareAcknowledgeRequest = {
    groupId: r.compactNullableString(),
    memberId: r.compactNullableString(),
    shareSessionEpoch: r.int32(),
    topics: readArray(r, true, () => decodeShareAcknowledgeRequestAcknowledgeTopic(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeShareAcknowledgeRequestAcknowledgeTopic(init?: Partial<ShareAcknowledgeRequestAcknowledgeTopic>): ShareAcknowledgeRequestAcknowledgeTopic {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

export function encodeShareAcknowledgeRequestAcknowledgeTopic(w: Writer, v: ShareAcknowledgeRequestAcknowledgeTopic, version: number): void {
  w.uuid(v.topicId);
  writeArray(w, true, v.partitions, (e) => encodeShareAcknowledgeRequestAcknowledgePartition(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareAcknowledgeRequestAcknowledgeTopic(r: Reader, version: number): ShareAcknowledgeRequestAcknowledgeTopic {
  const v: ShareAcknowledgeRequestAcknowledgeTopic = {
    topicId: r.uuid(),
    partitions: readArray(r, true, () => decodeShareAcknowledgeRequestAcknowledgePartition(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeShareAcknowledgeRequestAcknowledgePartition(init?: Partial<ShareAcknowledgeRequestAcknowledgePartition>): ShareAcknowledgeRequestAcknowledgePartition {
  return {
    partitionIndex: 0,
    acknowledgementBatches: [],
    ...init,
  };
}

export function encodeShareAcknowledgeRequestAcknowledgePartition(w: Writer, v: ShareAcknowledgeRequestAcknowledgePartition, version: number): void {
  w.int32(v.partitionIndex);
  writeArray(w, true, v.acknowledgementBatches, (e) => encodeShareAcknowledgeRequestAcknowledgementBatch(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareAcknowledgeRequestAcknowledgePartition(r: Reader, version: number): ShareAcknowledgeRequestAcknowledgePartition {
  const v: ShareAcknowledgeRequestAcknowledgePartition = {
    partitionIndex: r.int32(),
    acknowledgementBatches: readArray(r, true, () => decodeShareAcknowledgeRequestAcknowledgementBatch(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeShareAcknowledgeRequestAcknowledgementBatch(init?: Partial<ShareAcknowledgeRequestAcknowledgementBatch>): ShareAcknowledgeRequestAcknowledgementBatch {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    acknowledgeTypes: [],
    ...init,
  };
}

export function encodeShareAcknowledgeRequestAcknowledgementBatch(w: Writer, v: ShareAcknowledgeRequestAcknowledgementBatch, _version: number): void {
  w.int64(v.firstOffset);
  w.int64(v.lastOffset);
  writeArray(w, true, v.acknowledgeTypes, (e) => w.int8(e));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareAcknowledgeRequestAcknowledgementBatch(r: Reader, _version: number): ShareAcknowledgeRequestAcknowledgementBatch {
  const v: ShareAcknowledgeRequestAcknowledgementBatch = {
    firstOffset: r.int64(),
    lastOffset: r.int64(),
    acknowledgeTypes: readArray(r, true, () => r.int8()),
  };
  readTaggedFields(r, v);
  return v;
}
