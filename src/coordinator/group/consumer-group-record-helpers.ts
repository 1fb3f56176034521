// The __consumer_offsets records of a KIP-848 consumer group's changes (Kafka's
// GroupCoordinatorRecordHelpers for consumer groups), and the replay of them at start-up.
import type { CoordinatorRecordToWrite } from "./coordinator-storage.js";
import { ConsumerGroup } from "./consumer-group.js";
import { assignmentFrom, assignmentToList, memberStateFrom, newConsumerGroupMember, type Assignment, type ConsumerGroupMember } from "./consumer-group-member.js";
import { encodeConsumerGroupRecord, type ConsumerGroupRecord } from "./records/consumer-group-records.js";

export function toWrite(record: ConsumerGroupRecord): CoordinatorRecordToWrite {
  return encodeConsumerGroupRecord(record);
}

export function groupEpochRecord(group: ConsumerGroup): ConsumerGroupRecord {
  return { type: "metadata", groupId: group.groupId, value: { epoch: group.groupEpoch } };
}

export function subscriptionMetadataRecord(group: ConsumerGroup): ConsumerGroupRecord {
  const topics = [...group.subscriptionMetadata].map(([topicName, t]) => ({ topicId: t.topicId, topicName, numPartitions: t.numPartitions }));
  return { type: "partitionMetadata", groupId: group.groupId, value: { topics } };
}

export function memberMetadataRecord(groupId: string, m: ConsumerGroupMember): ConsumerGroupRecord {
  return {
    type: "memberMetadata",
    groupId,
    memberId: m.memberId,
    value: {
      instanceId: m.instanceId,
      rackId: m.rackId,
      clientId: m.clientId,
      clientHost: m.clientHost,
      subscribedTopicNames: m.subscribedTopicNames,
      subscribedTopicRegex: m.subscribedTopicRegex,
      rebalanceTimeoutMs: m.rebalanceTimeoutMs,
      serverAssignor: m.serverAssignor,
    },
  };
}

export function targetAssignmentRecord(groupId: string, memberId: string, a: Assignment): ConsumerGroupRecord {
  return { type: "targetAssignmentMember", groupId, memberId, value: { topicPartitions: assignmentToList(a) } };
}

export function assignmentEpochRecord(group: ConsumerGroup): ConsumerGroupRecord {
  return { type: "targetAssignmentMetadata", groupId: group.groupId, value: { assignmentEpoch: group.assignmentEpoch } };
}

export function currentAssignmentRecord(groupId: string, m: ConsumerGroupMember): ConsumerGroupRecord {
  return {
    type: "currentMemberAssignment",
    groupId,
    memberId: m.memberId,
    value: {
      memberEpoch: m.memberEpoch,
      previousMemberEpoch: m.previousMemberEpoch,
      state: m.state,
      assignedPartitions: assignmentToList(m.assignedPartitions),
      partitionsPendingRevocation: assignmentToList(m.partitionsPendingRevocation),
    },
  };
}

/** Tombstones of a member leaving, in Kafka's order (current assignment, target, metadata). */
export function memberTombstones(groupId: string, memberId: string): ConsumerGroupRecord[] {
  return [
    { type: "currentMemberAssignment", groupId, memberId, value: null },
    { type: "targetAssignmentMember", groupId, memberId, value: null },
    { type: "memberMetadata", groupId, memberId, value: null },
  ];
}

/** Tombstones of every record of a deleted group. */
export function groupTombstones(group: ConsumerGroup): ConsumerGroupRecord[] {
  const out: ConsumerGroupRecord[] = [];
  for (const memberId of group.members.keys()) out.push(...memberTombstones(group.groupId, memberId));
  out.push({ type: "targetAssignmentMetadata", groupId: group.groupId, value: null });
  out.push({ type: "partitionMetadata", groupId: group.groupId, value: null });
  out.push({ type: "metadata", groupId: group.groupId, value: null });
  return out;
}

/** Rebuilds consumer groups from their records, the last value per key winning. */
export class ConsumerGroupReplay {
  readonly groups = new Map<string, ConsumerGroup>();

  #group(groupId: string): ConsumerGroup {
    let g = this.groups.get(groupId);
    if (g === undefined) this.groups.set(groupId, (g = new ConsumerGroup(groupId)));
    return g;
  }

  #member(group: ConsumerGroup, memberId: string): ConsumerGroupMember {
    return group.members.get(memberId) ?? newConsumerGroupMember(memberId);
  }

  apply(r: ConsumerGroupRecord): void {
    if (r.type === "metadata" && r.value === null) {
      this.groups.delete(r.groupId);
      return;
    }
    const group = this.#group(r.groupId);
    switch (r.type) {
      case "metadata":
        if (r.value !== null) group.groupEpoch = r.value.epoch;
        break;
      case "partitionMetadata":
        group.subscriptionMetadata = new Map((r.value?.topics ?? []).map((t) => [t.topicName, { topicId: t.topicId, numPartitions: t.numPartitions }]));
        break;
      case "memberMetadata":
        if (r.value === null) group.removeMember(r.memberId);
        else group.putMember({ ...this.#member(group, r.memberId), ...r.value });
        break;
      case "targetAssignmentMetadata":
        group.assignmentEpoch = r.value?.assignmentEpoch ?? 0;
        break;
      case "targetAssignmentMember":
        if (r.value === null) group.targetAssignment.delete(r.memberId);
        else group.targetAssignment.set(r.memberId, assignmentFrom(r.value.topicPartitions));
        break;
      case "currentMemberAssignment":
        if (r.value !== null) {
          const v = r.value;
          group.putMember({
            ...this.#member(group, r.memberId),
            memberEpoch: v.memberEpoch,
            previousMemberEpoch: v.previousMemberEpoch,
            state: memberStateFrom(v.state),
            assignedPartitions: assignmentFrom(v.assignedPartitions),
            partitionsPendingRevocation: assignmentFrom(v.partitionsPendingRevocation),
          });
        }
        break;
    }
  }
}
