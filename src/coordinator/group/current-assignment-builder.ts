// KIP-848 reconciliation of one member towards its target assignment (Kafka's
// CurrentAssignmentBuilder). The member first keeps only the partitions of its target it
// already has and is asked to revoke the rest (UNREVOKED_PARTITIONS, epoch unchanged);
// once its heartbeat no longer reports them it moves to the target epoch and receives
// the new partitions that no other member still owns; partitions another member has not
// released yet are held back (UNRELEASED_PARTITIONS) and given on a later heartbeat. So a
// partition never has two owners at once.
import { MemberState, type Assignment, type ConsumerGroupMember } from "./consumer-group-member.js";
import type { TopicPartitions } from "./records/consumer-group-records.js";

/** The epoch of the member owning a partition (assigned or pending revocation), -1 if none. */
export type PartitionEpochLookup = (topicId: string, partition: number) => number;

export interface ReconcileInput {
  targetAssignmentEpoch: number;
  targetAssignment: Assignment;
  currentPartitionEpoch: PartitionEpochLookup;
  /** The partitions the heartbeat reports as owned; null when it did not say (unchanged). */
  ownedTopicPartitions: readonly TopicPartitions[] | null;
}

function ownsAny(owned: readonly TopicPartitions[] | null, partitions: Assignment): boolean {
  if (owned === null) return true;
  return owned.some((tp) => tp.partitions.some((p) => partitions.get(tp.topicId)?.has(p) === true));
}

/** The member after one reconciliation step (a new object when anything changed). */
export function reconcile(member: ConsumerGroupMember, input: ReconcileInput): ConsumerGroupMember {
  switch (member.state) {
    case MemberState.STABLE:
      return member.memberEpoch === input.targetAssignmentEpoch ? member : nextAssignment(member, member.memberEpoch, input);
    case MemberState.UNREVOKED_PARTITIONS:
      if (ownsAny(input.ownedTopicPartitions, member.partitionsPendingRevocation)) return member;
      return nextAssignment(member, member.memberEpoch + 1, input);
    case MemberState.UNRELEASED_PARTITIONS:
      return nextAssignment(member, member.memberEpoch, input);
    default:
      return nextAssignment(member, input.targetAssignmentEpoch, input);
  }
}

function withEpoch(member: ConsumerGroupMember, epoch: number): Pick<ConsumerGroupMember, "memberEpoch" | "previousMemberEpoch"> {
  return { memberEpoch: epoch, previousMemberEpoch: member.memberEpoch };
}

function nextAssignment(member: ConsumerGroupMember, memberEpoch: number, input: ReconcileInput): ConsumerGroupMember {
  const target = input.targetAssignment;
  const assigned: Assignment = new Map();
  const pendingRevocation: Assignment = new Map();
  const pendingAssignment: Assignment = new Map();
  let hasUnreleased = false;
  const topicIds = new Set([...target.keys(), ...member.assignedPartitions.keys()]);
  for (const topicId of topicIds) {
    const targetPartitions = target.get(topicId) ?? new Set<number>();
    const current = member.assignedPartitions.get(topicId) ?? new Set<number>();
    const keep = new Set([...current].filter((p) => targetPartitions.has(p)));
    const revoke = new Set([...current].filter((p) => !keep.has(p)));
    const add = new Set<number>();
    for (const p of targetPartitions) {
      if (keep.has(p)) continue;
      if (input.currentPartitionEpoch(topicId, p) !== -1) hasUnreleased = true;
      else add.add(p);
    }
    if (keep.size > 0) assigned.set(topicId, keep);
    if (revoke.size > 0) pendingRevocation.set(topicId, revoke);
    if (add.size > 0) pendingAssignment.set(topicId, add);
  }

  if (pendingRevocation.size > 0 && ownsAny(input.ownedTopicPartitions, pendingRevocation)) {
    return { ...member, ...withEpoch(member, memberEpoch), state: MemberState.UNREVOKED_PARTITIONS, assignedPartitions: assigned, partitionsPendingRevocation: pendingRevocation };
  }
  for (const [topicId, ps] of pendingAssignment) {
    const set = assigned.get(topicId) ?? new Set<number>();
    for (const p of ps) set.add(p);
    assigned.set(topicId, set);
  }
  return {
    ...member,
    ...withEpoch(member, input.targetAssignmentEpoch),
    state: hasUnreleased ? MemberState.UNRELEASED_PARTITIONS : MemberState.STABLE,
    assignedPartitions: assigned,
    partitionsPendingRevocation: new Map(),
  };
}
