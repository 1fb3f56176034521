// Generated from ShareFetchRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** ShareFetchRequest (API key 78): versions 0, flexible 0+, latest version unstable. */
export interface ShareFetchRequest {
  /** The group identifier. (v0+, nullable v0+) */
  groupId: string | null;
  /** The member ID. (v0+, nullable v0+) */
  memberId: string | null;
  /** The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests. (v0+) */
  shareSessionEpoch: number;
  /** The maximum time in milliseconds to wait for the response. (v0+) */
  maxWaitMs: number;
  /** The minimum bytes to accumulate in the response. (v0+) */
  minBytes: number;
  /** The maximum bytes to fetch. See KIP-74 for cases where this limit may not be honored. (v0+) */
  maxBytes: number;
  /** The topics to fetch. (v0+) */
  topics: ShareFetchRequestFetchTopic[];
  /** The partitions to remove from this share session. (v0+) */
  forgottenTopicsData: ShareFetchRequestForgottenTopic[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareFetchRequestFetchTopic {
  /** The unique topic ID. (v0+) */
  topicId: string;
  /** The partitions to fetch. (v0+) */
  partitions: ShareFetchRequestFetchPartition[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareFetchRequestFetchPartition {
  /** The partition index. (v0+) */
  partitionIndex: number;
  /** The maximum bytes to fetch from this partition. 0 when only acknowledgement with no fetching is required. See KIP-74 for cases where this limit may not be honored. (v0+) */
  partitionMaxBytes: number;
  /** Record batches to acknowledge. (v0+) */
  acknowledgementBatches: ShareFetchRequestAcknowledgementBatch[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareFetchRequestAcknowledgementBatch {
  /** First offset of batch of records to acknowledge. (v0+) */
  firstOffset: bigint;
  /** Last offset (inclusive) of batch of records to acknowledge. (v0+) */
  lastOffset: bigint;
  /** Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject. (v0+) */
  acknowledgeTypes: number[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareFetchRequestForgottenTopic {
  /** The unique topic ID. (v0+) */
  topicId: string;
  /** The partitions indexes to forget. (v0+) */
  partitions: number[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeShareFetchRequest(init?: Partial<ShareFetchRequest>): ShareFetchRequest {
  return {
    groupId: null,
    memberId: "",
    shareSessionEpoch: 0,
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: 2147483647,
    topics: [],
    forgottenTopicsData: [],
    ...init,
  };
}

export function encodeShareFetchRequest(w: Writer, v: ShareFetchRequest, version: number): void {
  checkVersion("ShareFetchRequest", version, 0, 0);
  w.compactNullableString(v.groupId);
  w.compactNullableString(v.memberId);
  w.int32(v.shareSessionEpoch);
  w.int32(v.maxWaitMs);
  w.int32(v.minBytes);
  w.int32(v.maxBytes);
  writeArray(w, true, v.topics, (e) => encodeShareFetchRequestFetchTopic(w, e, version));
  writeArray(w, true, v.forgottenTopicsData, (e) => encodeShareFetchRequestForgottenTopic(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareFetchRequest(r: Reader, version: number): ShareFetchRequest {
  checkReadVersion(r, "ShareFetchRequest", version, 0, 0);
  const v: ShareFetchRequest = {
    groupId: r.compactNullableString(),
    memberId: r.compactNullableString(),
    shareSessionEpoch: r.int32(),
    maxWaitMs: r.int32(),
    minBytes: r.int32(),
    maxBytes: r.int32(),
    topics: readArray(r, true, () => decodeShareFetchRequestFetchTopic(r, version)),
    forgottenTopicsData: readArray(r, true, () => decodeShareFetchRequestForgottenTopic(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeShareFetchRequestFetchTopic(init?: Partial<ShareFetchRequestFetchTopic>): ShareFetchRequestFetchTopic {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

export function encodeShareFetchRequestFetchTopic(w: Writer, v: ShareFetchRequestFetchTopic, version: number): void {
  w.uuid(v.topicId);
  writeArray(w, true, v.partitions, (e) => encodeShareFetchRequestFetchPartition(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareFetchRequestFetchTopic(r: Reader, version: number): ShareFetchRequestFetchTopic {
  const v: ShareFetchRequestFetchTopic = {
    topicId: r.uuid(),
    partitions: readArray(r, true, () => decodeShareFetchRequestFetchPartition(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeShareFetchRequestFetchPartition(init?: Partial<ShareFetchRequestFetchPartition>): ShareFetchRequestFetchPartition {
  return {
    partitionIndex: 0,
    partitionMaxBytes: 0,
    acknowledgementBatches: [],
    ...init,
  };
}

export function encodeShareFetchRequestFetchPartition(w: Writer, v: ShareFetchRequestFetchPartition, version: number): void {
  w.int32(v.partitionIndex);
  w.int32(v.partitionMaxBytes);
  writeArray(w, true, v.acknowledgementBatches, (e) => encodeShareFetchRequestAcknowledgementBatch(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareFetchRequestFetchPartition(r: Reader, version: number): ShareFetchRequestFetchPartition {
  const v: ShareFetchRequestFetchPartition = {
    partitionIndex: r.int32(),
    partitionMaxBytes: r.int32(),
    acknowledgementBatches: readArray(r, true, () => decodeShareFetchRequestAcknowledgementBatch(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeShareFetchRequestAcknowledgementBatch(init?: Partial<ShareFetchRequestAcknowledgementBatch>): ShareFetchRequestAcknowledgementBatch {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    acknowledgeTypes: [],
    ...init,
  };
}

export function encodeShareFetchRequestAcknowledgementBatch(w: Writer, v: ShareFetchRequestAcknowledgementBatch, _version: number): void {
  w.int64(v.firstOffset);
  w.int64(v.lastOffset);
  writeArray(w, true, v.acknowledgeTypes, (e) => w.int8(e));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareFetchRequestAcknowledgementBatch(r: Reader, _version: number): ShareFetchRequestAcknowledgementBatch {
  const v: ShareFetchRequestAcknowledgementBatch = {
    firstOffset: r.int64(),
    lastOffset: r.int64(),
    acknowledgeTypes: readArray(r, true, () => r.int8()),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeShareFetchRequestForgottenTopic(init?: Partial<ShareFetchRequestForgottenTopic>): ShareFetchRequestForgottenTopic {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

export function encodeShareFetchRequestForgottenTopic(w: Writer, v: ShareFetchRequestForgottenTopic, _version: number): void {
  w.uuid(v.topicId);
  writeArray(w, true, v.partitions, (e) => w.int32(e));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareFetchRequestForgottenTopic(r: Reader, _version: number): ShareFetchRequestForgottenTopic {
  const v: ShareFetchRequestForgottenTopic = {
    topicId: r.uuid(),
    partitions: readArray(r, true, () => r.int32()),
  };
  readTaggedFields(r, v);
  return v;
}
