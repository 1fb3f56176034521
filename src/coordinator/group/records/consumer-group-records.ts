// A KIP-848 consumer group's state as Kafka's group coordinator stores it in
// __consumer_offsets (group-coordinator/src/main/resources/common/message/ConsumerGroup*.json):
//
//   key version 3 ConsumerGroupMetadataKey               (group)          → Epoch
//   key version 4 ConsumerGroupPartitionMetadataKey      (group)          → Topics [id, name, partitions, racks]
//   key version 5 ConsumerGroupMemberMetadataKey         (group, member)  → instance, rack, client, subscription, ...
//   key version 6 ConsumerGroupTargetAssignmentMetadataKey (group)        → AssignmentEpoch
//   key version 7 ConsumerGroupTargetAssignmentMemberKey (group, member)  → TopicPartitions
//   key version 8 ConsumerGroupCurrentMemberAssignmentKey (group, member) → epochs, state, assigned, pending revocation
//
// Keys are int16 version + non-flexible strings; values are int16 version 0 + flexible
// (compact) fields + a tagged-field section. A null value is a tombstone.
import { Reader } from "../../../protocol/primitives/reader.js";
import { Writer } from "../../../protocol/primitives/writer.js";
import { skipTaggedFields } from "./record-fields.js";

export interface TopicPartitions {
  topicId: string;
  partitions: number[];
}

export interface PartitionMetadataTopic {
  topicId: string;
  topicName: string;
  numPartitions: number;
}

export interface MemberMetadataValue {
  instanceId: string | null;
  rackId: string | null;
  clientId: string;
  clientHost: string;
  subscribedTopicNames: string[];
  subscribedTopicRegex: string | null;
  rebalanceTimeoutMs: number;
  serverAssignor: string | null;
}

export interface CurrentMemberAssignmentValue {
  memberEpoch: number;
  previousMemberEpoch: number;
  state: number;
  assignedPartitions: TopicPartitions[];
  partitionsPendingRevocation: TopicPartitions[];
}

export type ConsumerGroupRecord =
  | { type: "metadata"; groupId: string; value: { epoch: number } | null }
  | { type: "partitionMetadata"; groupId: string; value: { topics: PartitionMetadataTopic[] } | null }
  | { type: "memberMetadata"; groupId: string; memberId: string; value: MemberMetadataValue | null }
  | { type: "targetAssignmentMetadata"; groupId: string; value: { assignmentEpoch: number } | null }
  | { type: "targetAssignmentMember"; groupId: string; memberId: string; value: { topicPartitions: TopicPartitions[] } | null }
  | { type: "currentMemberAssignment"; groupId: string; memberId: string; value: CurrentMemberAssignmentValue | null };

const KEY_VERSION: Record<ConsumerGroupRecord["type"], number> = {
  metadata: 3,
  partitionMetadata: 4,
  memberMetadata: 5,
  targetAssignmentMetadata: 6,
  targetAssignmentMember: 7,
  currentMemberAssignment: 8,
};

export function isConsumerGroupKeyVersion(version: number): boolean {
  return version >= 3 && version <= 8;
}

function writeTopicPartitions(w: Writer, list: readonly TopicPartitions[]): void {
  w.compactArrayLength(list.length);
  for (const tp of list) {
    w.uuid(tp.topicId);
    w.compactArrayLength(tp.partitions.length);
    for (const p of tp.partitions) w.int32(p);
    w.unsignedVarint(0);
  }
}

function readTopicPartitions(r: Reader): TopicPartitions[] {
  const n = r.compactArrayLength();
  const out: TopicPartitions[] = [];
  for (let i = 0; i < n && r.ok; i++) {
    const topicId = r.uuid();
    const count = r.compactArrayLength();
    const partitions: number[] = [];
    for (let j = 0; j < count && r.ok; j++) partitions.push(r.int32());
    skipTaggedFields(r);
    out.push({ topicId, partitions });
  }
  return out;
}

/** The key and value bytes of a record (value null for a tombstone). */
export function encodeConsumerGroupRecord(record: ConsumerGroupRecord): { key: Buffer; value: Buffer | null } {
  const k = new Writer(64);
  k.int16(KEY_VERSION[record.type]);
  k.string(record.groupId);
  if ("memberId" in record) k.string(record.memberId);
  const key = Buffer.from(k.finish());
  if (record.value === null) return { key, value: null };
  const w = new Writer(128);
  w.int16(0);
  switch (record.type) {
    case "metadata":
      w.int32(record.value.epoch);
      break;
    case "partitionMetadata":
      w.compactArrayLength(record.value.topics.length);
      for (const t of record.value.topics) {
        w.uuid(t.topicId);
        w.compactString(t.topicName);
        w.int32(t.numPartitions);
        w.compactArrayLength(0); // PartitionMetadata (racks): unused since Kafka 4.0
        w.unsignedVarint(0);
      }
      break;
    case "memberMetadata": {
      const v = record.value;
      w.compactNullableString(v.instanceId);
      w.compactNullableString(v.rackId);
      w.compactString(v.clientId);
      w.compactString(v.clientHost);
      w.compactArrayLength(v.subscribedTopicNames.length);
      for (const t of v.subscribedTopicNames) w.compactString(t);
      w.compactNullableString(v.subscribedTopicRegex);
      w.int32(v.rebalanceTimeoutMs);
      w.compactNullableString(v.serverAssignor);
      break;
    }
    case "targetAssignmentMetadata":
      w.int32(record.value.assignmentEpoch);
      break;
    case "targetAssignmentMember":
      writeTopicPartitions(w, record.value.topicPartitions);
      break;
    case "currentMemberAssignment": {
      const v = record.value;
      w.int32(v.memberEpoch);
      w.int32(v.previousMemberEpoch);
      w.int8(v.state);
      writeTopicPartitions(w, v.assignedPartitions);
      writeTopicPartitions(w, v.partitionsPendingRevocation);
      break;
    }
  }
  w.unsignedVarint(0);
  return { key, value: Buffer.from(w.finish()) };
}

/** Decodes a record whose key version is 3-8, after the key's int16 version was read from `r`. */
export function decodeConsumerGroupRecord(keyVersion: number, r: Reader, value: Buffer | null): ConsumerGroupRecord {
  const groupId = r.string();
  const memberId = keyVersion === 5 || keyVersion === 7 || keyVersion === 8 ? r.string() : "";
  r.check("ConsumerGroup record key");
  const v = value === null ? null : new Reader(value);
  if (v !== null) {
    const version = v.int16();
    if (version !== 0) v.fail(`unknown ConsumerGroup record value version ${version}`);
  }
  const done = <T>(x: T): T => {
    if (v !== null) {
      skipTaggedFields(v);
      v.check(`ConsumerGroup record value (key version ${keyVersion})`);
    }
    return x;
  };
  switch (keyVersion) {
    case 3:
      return { type: "metadata", groupId, value: v === null ? null : done({ epoch: v.int32() }) };
    case 4: {
      if (v === null) return { type: "partitionMetadata", groupId, value: null };
      const n = v.compactArrayLength();
      const topics: PartitionMetadataTopic[] = [];
      for (let i = 0; i < n && v.ok; i++) {
        const topicId = v.uuid();
        const topicName = v.compactString();
        const numPartitions = v.int32();
        const racks = v.compactArrayLength();
        for (let j = 0; j < racks && v.ok; j++) {
          v.int32();
          const rackCount = v.compactArrayLength();
          for (let k = 0; k < rackCount && v.ok; k++) v.compactString();
          skipTaggedFields(v);
        }
        skipTaggedFields(v);
        topics.push({ topicId, topicName, numPartitions });
      }
      return { type: "partitionMetadata", groupId, value: done({ topics }) };
    }
    case 5: {
      if (v === null) return { type: "memberMetadata", groupId, memberId, value: null };
      const instanceId = v.compactNullableString();
      const rackId = v.compactNullableString();
      const clientId = v.compactString();
      const clientHost = v.compactString();
      const n = v.compactArrayLength();
      const subscribedTopicNames: string[] = [];
      for (let i = 0; i < n && v.ok; i++) subscribedTopicNames.push(v.compactString());
      const subscribedTopicRegex = v.compactNullableString();
      const rebalanceTimeoutMs = v.int32();
      const serverAssignor = v.compactNullableString();
      // Tag 0 (ClassicMemberMetadata) belongs to members of an online migration, which Carebus does not do.
      return { type: "memberMetadata", groupId, memberId, value: done({ instanceId, rackId, clientId, clientHost, subscribedTopicNames, subscribedTopicRegex, rebalanceTimeoutMs, serverAssignor }) };
    }
    case 6:
      return { type: "targetAssignmentMetadata", groupId, value: v === null ? null : done({ assignmentEpoch: v.int32() }) };
    case 7:
      return { type: "targetAssignmentMember", groupId, memberId, value: v === null ? null : done({ topicPartitions: readTopicPartitions(v) }) };
    default: {
      if (v === null) return { type: "currentMemberAssignment", groupId, memberId, value: null };
      const memberEpoch = v.int32();
      const previousMemberEpoch = v.int32();
      const state = v.int8();
      const assignedPartitions = readTopicPartitions(v);
      const partitionsPendingRevocation = readTopicPartitions(v);
      return { type: "currentMemberAssignment", groupId, memberId, value: done({ memberEpoch, previousMemberEpoch, state, assignedPartitions, partitionsPendingRevocation }) };
    }
  }
}
