// A KIP-848 consumer group as DescribeGroups (the classic API) shows it, as Kafka's
// ConsumerGroup.asDescribedGroup does: protocol type "consumer", the assignor as the
// protocol, and each member's subscription and assignment in the classic
// ConsumerProtocol encoding (version 0: topics, partitions by topic name, null user data).
import { Writer } from "../../protocol/primitives/writer.js";
import type { ConsumerGroup } from "./consumer-group.js";
import type { Assignment } from "./consumer-group-member.js";
import { CONSUMER_PROTOCOL_TYPE } from "./consumer-protocol.js";
import type { GroupSummary } from "./group-coordinator.js";

export function encodeConsumerProtocolSubscription(topics: readonly string[]): Buffer {
  const w = new Writer(64);
  w.int16(0);
  w.arrayLength(topics.length);
  for (const t of topics) w.string(t);
  w.int32(-1);
  return Buffer.from(w.finish());
}

export function encodeConsumerProtocolAssignment(partitions: ReadonlyMap<string, readonly number[]>): Buffer {
  const w = new Writer(64);
  w.int16(0);
  w.arrayLength(partitions.size);
  for (const [topic, ps] of partitions) {
    w.string(topic);
    w.arrayLength(ps.length);
    for (const p of ps) w.int32(p);
  }
  w.int32(-1);
  return Buffer.from(w.finish());
}

/** Partitions by topic name (topics whose name is unknown, e.g. deleted, are left out). */
export function byTopicName(a: Assignment, topicName: (topicId: string) => string | undefined): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const [topicId, ps] of a) {
    const name = topicName(topicId);
    if (name !== undefined && ps.size > 0) out.set(name, [...ps].sort((x, y) => x - y));
  }
  return out;
}

export function consumerGroupSummary(group: ConsumerGroup, defaultAssignor: string, topicName: (topicId: string) => string | undefined): GroupSummary {
  return {
    groupId: group.groupId,
    state: group.state,
    protocolType: CONSUMER_PROTOCOL_TYPE,
    protocol: group.preferredAssignor(defaultAssignor),
    members: [...group.members.values()].map((m) => ({
      memberId: m.memberId,
      groupInstanceId: m.instanceId,
      clientId: m.clientId,
      clientHost: m.clientHost,
      metadata: encodeConsumerProtocolSubscription(m.subscribedTopicNames),
      assignment: encodeConsumerProtocolAssignment(byTopicName(m.assignedPartitions, topicName)),
    })),
  };
}
