// Generated from ConsumerProtocolSubscription.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, writeArray, writeTaggedFields } from "../message-codec.js";

/** ConsumerProtocolSubscription: versions 0-3, flexible none. */
export interface ConsumerProtocolSubscription {
  /** (v0+) */
  topics: string[];
  /** (v0+, nullable v0+) */
  userData: Buffer | null;
  /** (v1+, ignorable) */
  ownedPartitions: ConsumerProtocolSubscriptionTopicPartition[];
  /** (v2+, ignorable) */
  generationId: number;
  /** (v3+, nullable v3+, ignorable) */
  rackId: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ConsumerProtocolSubscriptionTopicPartition {
  /** (v1+) */
  topic: string;
  /** (v1+) */
  partitions: number[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeConsumerProtocolSubscription(init?: Partial<ConsumerProtocolSubscription>): ConsumerProtocolSubscription {
  return {
    topics: [],
    userData: null,
    ownedPartitions: [],
    generationId: -1,
    rackId: null,
    ...init,
  };
}

export function encodeConsumerProtocolSubscription(w: Writer, v: ConsumerProtocolSubscription, version: number): void {
  checkVersion("ConsumerProtocolSubscription", version, 0, 3);
  writeArray(w, false, v.topics, (e) => w.string(e));
  w.nullableBytes(v.userData);
  if (version >= 1) writeArray(w, false, v.ownedPartitions, (e) => encodeConsumerProtocolSubscriptionTopicPartition(w, e, version));
  if (version >= 2) w.int32(v.generationId);
  if (version >= 3) w.nullableString(v.rackId);
  writeTaggedFields(w, false, v._unknownTaggedFields);
}

export function decodeConsumerProtocolSubscription(r: Reader, version: number): ConsumerProtocolSubscription {
  checkReadVersion(r, "ConsumerProtocolSubscription", version, 0, 3);
  return {
    topics: readArray(r, false, () => r.string()),
    userData: r.nullableBytes(),
    ownedPartitions: version >= 1 ? readArray(r, false, () => decodeConsumerProtocolSubscriptionTopicPartition(r, version)) : [],
    generationId: version >= 2 ? r.int32() : -1,
    rackId: version >= 3 ? r.nullableString() : null,
  };
}

export function makeConsumerProtocolSubscriptionTopicPartition(init?: Partial<ConsumerProtocolSubscriptionTopicPartition>): ConsumerProtocolSubscriptionTopicPartition {
  return {
    topic: "",
    partitions: [],
    ...init,
  };
}

export function encodeConsumerProtocolSubscriptionTopicPartition(w: Writer, v: ConsumerProtocolSubscriptionTopicPartition, _version: number): void {
  w.string(v.topic);
  writeArray(w, false, v.partitions, (e) => w.int32(e));
  writeTaggedFields(w, false, v._unknownTaggedFields);
}

export function decodeConsumerProtocolSubscriptionTopicPartition(r: Reader, _version: number): ConsumerProtocolSubscriptionTopicPartition {
  return {
    topic: r.string(),
    partitions: readArray(r, false, () => r.int32()),
  };
}
