// Generated from TxnOffsetCommitRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readNullableString, readString, readTaggedFields, writeArray, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** TxnOffsetCommitRequest (API key 28): versions 0-4, flexible 3+. */
export interface TxnOffsetCommitRequest {
  /** The ID of the transaction. (v0+) */
  transactionalId: string;
  /** The ID of the group. (v0+) */
  groupId: string;
  /** The current producer ID in use by the transactional ID. (v0+) */
  producerId: bigint;
  /** The current epoch associated with the producer ID. (v0+) */
  producerEpoch: number;
  /** The generation of the consumer. (v3+) */
  generationId: number;
  /** The member ID assigned by the group coordinator. (v3+) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (v3+, nullable v3+) */
  groupInstanceId: string | null;
  /** Each topic that we want to commit offsets for. (v0+) */
  topics: TxnOffsetCommitRequestTopic[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TxnOffsetCommitRequestTopic {
  /** The topic name. (v0+) */
  name: string;
  /** The partitions inside the topic that we want to commit offsets for. (v0+) */
  partitions: TxnOffsetCommitRequestPartition[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TxnOffsetCommitRequestPartition {
  /** The index of the partition within the topic. (v0+) */
  partitionIndex: number;
  /** The message offset to be committed. (v0+) */
  committedOffset: bigint;
  /** The leader epoch of the last consumed record. (v2+, ignorable) */
  committedLeaderEpoch: number;
  /** Any associated metadata the client wants to keep. (v0+, nullable v0+) */
  committedMetadata: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeTxnOffsetCommitRequest(init?: Partial<TxnOffsetCommitRequest>): TxnOffsetCommitRequest {
  return {
    transactionalId: "",
    groupId: "",
    producerId: 0n,
    producerEpoch: 0,
    generationId: -1,
    memberId: "",
    groupInstanceId: null,
    topics: [],
    ...init,
  };
}

export function encodeTxnOffsetCommitRequest(w: Writer, v: TxnOffsetCommitRequest, version: number): void {
  checkVersion("TxnOffsetCommitRequest", version, 0, 4);
  const flexible = version >= 3;
  writeString(w, flexible, v.transactionalId);
  writeString(w, flexible, v.groupId);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  if (version >= 3) w.int32(v.generationId);
  else if (v.generationId !== -1) fieldVersionError("TxnOffsetCommitRequest.generationId", version);
  if (version >= 3) w.compactString(v.memberId);
  else if (v.memberId !== "") fieldVersionError("TxnOffsetCommitRequest.memberId", version);
  if (version >= 3) w.compactNullableString(v.groupInstanceId);
  else if (v.groupInstanceId !== null) fieldVersionError("TxnOffsetCommitRequest.groupInstanceId", version);
  writeArray(w, flexible, v.topics, (e) => encodeTxnOffsetCommitRequestTopic(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeTxnOffsetCommitRequest(r: Reader, version: number): TxnOffsetCommitRequest {
  checkReadVersion(r, "TxnOffsetCommitRequest", version, 0, 4);
  const flexible = version >= 3;
  const v: TxnOffsetCommitRequest = {
    transactionalId: readString(r, flexible),
    groupId: readString(r, flexible),
    producerId: r.int64(),
    producerEpoch: r.int16(),
    generationId: version >= 3 ? r.int32() : -1,
    memberId: version >= 3 ? r.compactString() : "",
    groupInstanceId: version >= 3 ? r.compactNullableString() : null,
    topics: readArray(r, flexible, () => decodeTxnOffsetCommitRequestTopic(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeTxnOffsetCommitRequestTopic(init?: Partial<TxnOffsetCommitRequestTopic>): TxnOffsetCommitRequestTopic {
  return {
    name: "",
    partitions: [],
    ...init,
  };
}

export function encodeTxnOffsetCommitRequestTopic(w: Writer, v: TxnOffsetCommitRequestTopic, version: number): void {
  const flexible = version >= 3;
  writeString(w, flexible, v.name);
  writeArray(w, flexible, v.partitions, (e) => encodeTxnOffsetCommitRequestPartition(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeTxnOffsetCommitRequestTopic(r: Reader, version: number): TxnOffsetCommitRequestTopic {
  const flexible = version >= 3;
  const v: TxnOffsetCommitRequestTopic = {
    name: readString(r, flexible),
    partitions: readArray(r, flexible, () => decodeTxnOffsetCommitRequestPartition(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeTxnOffsetCommitRequestPartition(init?: Partial<TxnOffsetCommitRequestPartition>): TxnOffsetCommitRequestPartition {
  return {
    partitionIndex: 0,
    committedOffset: 0n,
    committedLeaderEpoch: -1,
    committedMetadata: "",
    ...init,
  };
}

export function encodeTxnOffsetCommitRequestPartition(w: Writer, v: TxnOffsetCommitRequestPartition, version: number): void {
  const flexible = version >= 3;
  w.int32(v.partitionIndex);
  w.int64(v.committedOffset);
  if (version >= 2) w.int32(v.committedLeaderEpoch);
  writeNullableString(w, flexible, v.committedMetadata);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeTxnOffsetCommitRequestPartition(r: Reader, version: number): TxnOffsetCommitRequestPartition {
  const flexible = version >= 3;
  const v: TxnOffsetCommitRequestPartition = {
    partitionIndex: r.int32(),
    committedOffset: r.int64(),
    committedLeaderEpoch: version >= 2 ? r.int32() : -1,
    committedMetadata: readNullableString(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
