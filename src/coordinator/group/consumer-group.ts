// A KIP-848 consumer group (Kafka's ConsumerGroup): its members, the group epoch (bumped
// on every change of membership, subscriptions or subscribed topics' metadata), the
// target assignment and its epoch, and the committed offsets. Its state follows from
// those epochs:
//
//   Empty        no members
//   Assigning    group epoch > target assignment epoch (a new target is being computed)
//   Reconciling  some member is not yet at the target assignment epoch or not STABLE
//   Stable       every member reconciled to the target
import type { Timer } from "../../storage/clock.js";
import { ErrorCode } from "../../protocol/errors.js";
import { MemberState, type Assignment, type ConsumerGroupMember } from "./consumer-group-member.js";
import { OffsetStore } from "./offset-store.js";

export type ConsumerGroupState = "Empty" | "Assigning" | "Reconciling" | "Stable" | "Dead";

export interface TopicMetadata {
  topicId: string;
  numPartitions: number;
}

export interface GroupError {
  errorCode: number;
  errorMessage: string | null;
}

export const NO_ERROR: GroupError = { errorCode: ErrorCode.NONE, errorMessage: null };

export function groupError(errorCode: number, errorMessage: string | null = null): GroupError {
  return { errorCode, errorMessage };
}

export class ConsumerGroup {
  readonly groupId: string;
  groupEpoch = 0;
  assignmentEpoch = 0;
  readonly members = new Map<string, ConsumerGroupMember>();
  /** instance id → member id of the static members (KIP-345 for KIP-848 groups). */
  readonly staticMembers = new Map<string, string>();
  readonly targetAssignment = new Map<string, Assignment>();
  /** Subscribed topic name → id and partition count, as of the last group epoch. */
  subscriptionMetadata = new Map<string, TopicMetadata>();
  readonly offsets = new OffsetStore();
  /** Per member: session timeout, and the rebalance timeout while it must revoke partitions. */
  readonly sessionTimers = new Map<string, Timer>();
  readonly rebalanceTimers = new Map<string, Timer>();
  dead = false;

  constructor(groupId: string) {
    this.groupId = groupId;
  }

  get state(): ConsumerGroupState {
    if (this.dead) return "Dead";
    if (this.members.size === 0) return "Empty";
    if (this.groupEpoch > this.assignmentEpoch) return "Assigning";
    for (const m of this.members.values()) {
      if (m.memberEpoch !== this.assignmentEpoch || m.state !== MemberState.STABLE) return "Reconciling";
    }
    return "Stable";
  }

  /** Adds or replaces a member (keeping the static member index). */
  putMember(member: ConsumerGroupMember): void {
    const previous = this.members.get(member.memberId);
    if (previous?.instanceId != null && previous.instanceId !== member.instanceId) this.staticMembers.delete(previous.instanceId);
    this.members.set(member.memberId, member);
    if (member.instanceId !== null) this.staticMembers.set(member.instanceId, member.memberId);
  }

  removeMember(memberId: string): ConsumerGroupMember | undefined {
    const member = this.members.get(memberId);
    if (member === undefined) return undefined;
    this.members.delete(memberId);
    this.targetAssignment.delete(memberId);
    if (member.instanceId !== null && this.staticMembers.get(member.instanceId) === memberId) this.staticMembers.delete(member.instanceId);
    this.sessionTimers.get(memberId)?.cancel();
    this.sessionTimers.delete(memberId);
    this.rebalanceTimers.get(memberId)?.cancel();
    this.rebalanceTimers.delete(memberId);
    return member;
  }

  staticMember(instanceId: string): ConsumerGroupMember | undefined {
    const id = this.staticMembers.get(instanceId);
    return id === undefined ? undefined : this.members.get(id);
  }

  /**
   * The epoch of the member owning each partition (assigned or pending revocation), so
   * reconciliation never gives a partition to a second owner.
   */
  partitionEpochs(excludeMemberId?: string): (topicId: string, partition: number) => number {
    const owners = new Map<string, number>();
    for (const m of this.members.values()) {
      if (m.memberId === excludeMemberId) continue;
      for (const a of [m.assignedPartitions, m.partitionsPendingRevocation]) {
        for (const [topicId, ps] of a) for (const p of ps) owners.set(`${topicId}:${p}`, m.memberEpoch);
      }
    }
    return (topicId, partition) => owners.get(`${topicId}:${partition}`) ?? -1;
  }

  /** The assignor the members prefer (the most named one), else `fallback`. */
  preferredAssignor(fallback: string): string {
    const votes = new Map<string, number>();
    for (const m of this.members.values()) if (m.serverAssignor !== null) votes.set(m.serverAssignor, (votes.get(m.serverAssignor) ?? 0) + 1);
    let best = fallback;
    let bestVotes = 0;
    for (const [name, n] of votes) if (n > bestVotes) [best, bestVotes] = [name, n];
    return best;
  }

  isSubscribedToTopic(topic: string): boolean {
    return this.subscriptionMetadata.has(topic);
  }

  /**
   * OffsetCommit checks (Kafka's ConsumerGroup.validateOffsetCommit): an empty group takes
   * commits with a negative epoch (admin tools, standalone consumers); otherwise the
   * member must exist and commit with its current epoch, using OffsetCommit v9+.
   */
  validateOffsetCommit(memberId: string, memberEpoch: number, apiVersion: number, isTransactional: boolean): GroupError {
    if (this.dead) return groupError(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    if (memberEpoch < 0 && this.members.size === 0) return NO_ERROR;
    const member = this.members.get(memberId);
    if (member === undefined) return groupError(ErrorCode.UNKNOWN_MEMBER_ID, `Member ${memberId} is not a member of group ${this.groupId}.`);
    if (!isTransactional && apiVersion < 9) {
      return groupError(ErrorCode.UNSUPPORTED_VERSION, "OffsetCommit version 9 or above must be used by members using the consumer group protocol");
    }
    if (memberEpoch !== member.memberEpoch) {
      return groupError(ErrorCode.STALE_MEMBER_EPOCH, `The received member epoch ${memberEpoch} does not match the expected member epoch ${member.memberEpoch}.`);
    }
    return NO_ERROR;
  }

  /** OffsetFetch v9 checks (validateOffsetFetch): no member id and a negative epoch is an admin fetch. */
  validateOffsetFetch(memberId: string | null, memberEpoch: number): GroupError {
    if (memberId === null && memberEpoch < 0) return NO_ERROR;
    const member = memberId === null ? undefined : this.members.get(memberId);
    if (member === undefined) return groupError(ErrorCode.UNKNOWN_MEMBER_ID);
    if (memberEpoch !== member.memberEpoch) return groupError(ErrorCode.STALE_MEMBER_EPOCH);
    return NO_ERROR;
  }

  cancelTimers(): void {
    for (const t of this.sessionTimers.values()) t.cancel();
    for (const t of this.rebalanceTimers.values()) t.cancel();
    this.sessionTimers.clear();
    this.rebalanceTimers.clear();
  }
}
