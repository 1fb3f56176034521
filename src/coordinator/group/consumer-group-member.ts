// A member of a KIP-848 consumer group (Kafka's ConsumerGroupMember): what it subscribes
// to, its member epoch, and its reconciliation state — the partitions it is assigned
// and may fetch, and the ones it still has to revoke before others may get them.
import type { MemberMetadataValue, TopicPartitions } from "./records/consumer-group-records.js";

/** Kafka's MemberState values, as stored in ConsumerGroupCurrentMemberAssignmentValue.State. */
export const MemberState = {
  STABLE: 0,
  UNREVOKED_PARTITIONS: 1,
  UNRELEASED_PARTITIONS: 2,
  UNKNOWN: 127,
} as const;
export type MemberStateValue = (typeof MemberState)[keyof typeof MemberState];

export const LEAVE_GROUP_MEMBER_EPOCH = -1;
export const LEAVE_GROUP_STATIC_MEMBER_EPOCH = -2;

/** Partitions by topic id. */
export type Assignment = Map<string, Set<number>>;

/** A member: what its ConsumerGroupMemberMetadata record holds, and its assignment state. */
export interface ConsumerGroupMember extends MemberMetadataValue {
  readonly memberId: string;
  memberEpoch: number;
  previousMemberEpoch: number;
  state: MemberStateValue;
  assignedPartitions: Assignment;
  partitionsPendingRevocation: Assignment;
}

export function emptyAssignment(): Assignment {
  return new Map<string, Set<number>>();
}

export function newConsumerGroupMember(memberId: string): ConsumerGroupMember {
  return {
    memberId,
    instanceId: null,
    rackId: null,
    clientId: "",
    clientHost: "",
    subscribedTopicNames: [],
    subscribedTopicRegex: null,
    rebalanceTimeoutMs: -1,
    serverAssignor: null,
    memberEpoch: 0,
    previousMemberEpoch: 0,
    state: MemberState.STABLE,
    assignedPartitions: new Map(),
    partitionsPendingRevocation: new Map(),
  };
}

export function memberStateFrom(value: number): MemberStateValue {
  return value === 0 || value === 1 || value === 2 ? value : MemberState.UNKNOWN;
}

export function assignmentFrom(list: readonly TopicPartitions[] | null | undefined): Assignment {
  const out: Assignment = new Map();
  for (const tp of list ?? []) {
    if (tp.partitions.length === 0) continue;
    let set = out.get(tp.topicId);
    if (set === undefined) out.set(tp.topicId, (set = new Set()));
    for (const p of tp.partitions) set.add(p);
  }
  return out;
}

/** Sorted, empty topics dropped: the wire and record form. */
export function assignmentToList(a: Assignment): TopicPartitions[] {
  return [...a.entries()]
    .filter(([, ps]) => ps.size > 0)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([topicId, ps]) => ({ topicId, partitions: [...ps].sort((x, y) => x - y) }));
}

export function assignmentEquals(a: Assignment, b: Assignment): boolean {
  const nonEmpty = (m: Assignment): [string, Set<number>][] => [...m].filter(([, s]) => s.size > 0);
  const ea = nonEmpty(a);
  if (ea.length !== nonEmpty(b).length) return false;
  for (const [t, ps] of ea) {
    const other = b.get(t);
    if (other?.size !== ps.size) return false;
    for (const p of ps) if (!other.has(p)) return false;
  }
  return true;
}

export function assignmentSize(a: Assignment): number {
  let n = 0;
  for (const ps of a.values()) n += ps.size;
  return n;
}

/** Whether every owned partition is in `assigned` (a heartbeat that lost its epoch bump). */
export function isSubset(owned: readonly TopicPartitions[] | null, assigned: Assignment): boolean {
  if (owned === null) return false;
  return owned.every((tp) => tp.partitions.every((p) => assigned.get(tp.topicId)?.has(p) === true));
}
