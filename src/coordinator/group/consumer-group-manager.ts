// KIP-848 consumer groups (Kafka's GroupMetadataManager.consumerGroupHeartbeat and its
// timers): one ConsumerGroupHeartbeat joins, heartbeats, reconciles and leaves. Each
// heartbeat updates the member, bumps the group epoch when membership, subscriptions or
// the subscribed topics' metadata changed (so new topics and partitions are assigned),
// recomputes the target assignment with the server assignor when the group epoch moved
// past it, reconciles the member one step towards its target, writes the changed records
// to __consumer_offsets and only then answers. A member silent for the session timeout,
// or still holding partitions it was asked to revoke after its rebalance timeout, is
// fenced: removed, its partitions given to others.
import { randomBytes } from "node:crypto";
import { ErrorCode } from "../../protocol/errors.js";
import type { Clock } from "../../storage/clock.js";
import type { Logger } from "../../util/logger.js";
import type { ServerAssignor } from "./assignors/partition-assignor.js";
import type { CoordinatorRecordToWrite } from "./coordinator-storage.js";
import { ConsumerGroup, groupError, type GroupError, type TopicMetadata } from "./consumer-group.js";
import {
  assignmentEquals,
  emptyAssignment,
  isSubset,
  LEAVE_GROUP_MEMBER_EPOCH,
  LEAVE_GROUP_STATIC_MEMBER_EPOCH,
  MemberState,
  newConsumerGroupMember,
  type Assignment,
  type ConsumerGroupMember,
} from "./consumer-group-member.js";
import * as rec from "./consumer-group-record-helpers.js";
import { reconcile } from "./current-assignment-builder.js";
import type { ConsumerGroupRecord, TopicPartitions } from "./records/consumer-group-records.js";
import { compileRegex, validateConsumerGroupHeartbeat, type ConsumerGroupHeartbeatData, type ConsumerGroupHeartbeatResult } from "./consumer-group-heartbeat-request.js";

export type { ConsumerGroupHeartbeatData, ConsumerGroupHeartbeatResult };

export interface ConsumerGroupConfig {
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
  maxSize: number;
  /** The first is the default (group.consumer.assignors). */
  assignors: readonly ServerAssignor[];
}

/** The topics the coordinator may assign: the broker's topic metadata. */
export interface TopicMetadataSource {
  topic(name: string): { topicId: string; partitions: number } | undefined;
  topicNameById(topicId: string): string | undefined;
  topicNames(): Iterable<string>;
}

export interface ConsumerGroupManagerDeps {
  clock: Clock;
  log: Logger;
  config: ConsumerGroupConfig;
  topics: TopicMetadataSource;
  isLoading(): boolean;
  write(groupId: string, records: readonly CoordinatorRecordToWrite[]): Promise<void>;
  /**
   * A classic group of that id: "empty" may be replaced by the consumer group (its offsets
   * move over, the returned records delete it), "busy" may not.
   */
  classicGroup(groupId: string): { kind: "none" } | { kind: "busy" } | { kind: "empty"; take(group: ConsumerGroup): CoordinatorRecordToWrite[] };
}

function failure(e: GroupError, memberId: string | null = null, memberEpoch = 0): ConsumerGroupHeartbeatResult {
  return { ...e, memberId, memberEpoch, heartbeatIntervalMs: 0, assignment: null };
}

/** Kafka's Uuid.randomUuid().toString(): URL-safe base64 of 16 random bytes. */
export function newMemberId(): string {
  return randomBytes(16).toString("base64url");
}

export class ConsumerGroupManager {
  readonly groups = new Map<string, ConsumerGroup>();
  readonly #d: ConsumerGroupManagerDeps;

  constructor(deps: ConsumerGroupManagerDeps) {
    this.#d = deps;
  }

  readonly topicName = (topicId: string): string | undefined => this.#d.topics.topicNameById(topicId);

  get assignorNames(): string[] {
    return this.#d.config.assignors.map((a) => a.name);
  }

  /** Loaded groups: every member gets a fresh session timeout. */
  restore(group: ConsumerGroup): void {
    this.groups.set(group.groupId, group);
    for (const m of group.members.values()) this.#scheduleSession(group, m.memberId);
  }

  close(): void {
    for (const g of this.groups.values()) g.cancelTimers();
  }

  validate(req: ConsumerGroupHeartbeatData): GroupError | undefined {
    return validateConsumerGroupHeartbeat(req, this.assignorNames);
  }

  async heartbeat(req: ConsumerGroupHeartbeatData): Promise<ConsumerGroupHeartbeatResult> {
    const invalid = this.validate(req);
    if (invalid !== undefined) return failure(invalid);
    if (this.#d.isLoading()) return failure(groupError(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS));
    if (req.memberEpoch === LEAVE_GROUP_MEMBER_EPOCH || req.memberEpoch === LEAVE_GROUP_STATIC_MEMBER_EPOCH) return this.#leave(req);

    const records: CoordinatorRecordToWrite[] = [];
    let group = this.groups.get(req.groupId);
    if (group === undefined) {
      const classic = this.#d.classicGroup(req.groupId);
      if (classic.kind === "busy" || (classic.kind === "empty" && req.memberEpoch !== 0)) {
        return failure(groupError(ErrorCode.GROUP_ID_NOT_FOUND, `Group ${req.groupId} is not a consumer group.`));
      }
      if (req.memberEpoch !== 0) return failure(groupError(ErrorCode.GROUP_ID_NOT_FOUND, `Consumer group ${req.groupId} not found.`));
      group = new ConsumerGroup(req.groupId);
      if (classic.kind === "empty") records.push(...classic.take(group));
      this.groups.set(req.groupId, group);
    }
    const memberId = req.memberId === "" ? newMemberId() : req.memberId;
    if (group.members.size >= this.#d.config.maxSize && !group.members.has(memberId)) {
      return failure(groupError(ErrorCode.GROUP_MAX_SIZE_REACHED, `The consumer group has reached its maximum capacity of ${this.#d.config.maxSize} members.`));
    }
    const found = this.#memberFor(group, req, memberId, records);
    if ("errorCode" in found) return failure(found, req.memberId === "" ? null : req.memberId);
    const member = found.member;
    const isNew = !group.members.has(member.memberId);

    const updated: ConsumerGroupMember = {
      ...member,
      instanceId: req.instanceId ?? member.instanceId,
      rackId: req.rackId ?? member.rackId,
      rebalanceTimeoutMs: req.rebalanceTimeoutMs === -1 ? member.rebalanceTimeoutMs : req.rebalanceTimeoutMs,
      serverAssignor: req.serverAssignor ?? member.serverAssignor,
      subscribedTopicNames: req.subscribedTopicNames ?? member.subscribedTopicNames,
      subscribedTopicRegex: req.subscribedTopicRegex ?? member.subscribedTopicRegex,
      clientId: req.clientId,
      clientHost: req.clientHost,
    };
    const subscriptionChanged =
      isNew ||
      updated.subscribedTopicRegex !== member.subscribedTopicRegex ||
      updated.serverAssignor !== member.serverAssignor ||
      [...updated.subscribedTopicNames].sort().join("\0") !== [...member.subscribedTopicNames].sort().join("\0");
    const metadataChanged =
      subscriptionChanged ||
      updated.instanceId !== member.instanceId ||
      updated.rackId !== member.rackId ||
      updated.rebalanceTimeoutMs !== member.rebalanceTimeoutMs ||
      updated.clientId !== member.clientId ||
      updated.clientHost !== member.clientHost;
    const groupRecords: ConsumerGroupRecord[] = [];
    if (metadataChanged) groupRecords.push(rec.memberMetadataRecord(group.groupId, updated));
    group.putMember(updated);
    // Subscribed topics' metadata is checked on every heartbeat, so topics created or
    // grown after the last epoch start a new one.
    this.#maybeBumpGroupEpoch(group, subscriptionChanged, groupRecords);

    const reconciled = reconcile(updated, {
      targetAssignmentEpoch: group.assignmentEpoch,
      targetAssignment: group.targetAssignment.get(updated.memberId) ?? emptyAssignment(),
      currentPartitionEpoch: group.partitionEpochs(updated.memberId),
      ownedTopicPartitions: req.topicPartitions,
    });
    if (reconciled !== updated) {
      group.putMember(reconciled);
      groupRecords.push(rec.currentAssignmentRecord(group.groupId, reconciled));
    }
    this.#updateRebalanceTimer(group, member, reconciled);
    this.#scheduleSession(group, reconciled.memberId);

    const error = await this.#persist(group.groupId, [...records, ...groupRecords.map(rec.toWrite)]);
    if (error !== undefined) return failure(error, reconciled.memberId);
    const full = req.memberEpoch === 0 || (req.rebalanceTimeoutMs !== -1 && (req.subscribedTopicNames !== null || req.subscribedTopicRegex !== null) && req.topicPartitions !== null);
    const changed = !assignmentEquals(member.assignedPartitions, reconciled.assignedPartitions);
    return {
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      memberId: reconciled.memberId,
      memberEpoch: reconciled.memberEpoch,
      heartbeatIntervalMs: this.#d.config.heartbeatIntervalMs,
      assignment: full || changed ? assignmentToWire(reconciled.assignedPartitions) : null,
    };
  }

  /** Finds or creates the member, checking its epoch (dynamic and static members). */
  #memberFor(group: ConsumerGroup, req: ConsumerGroupHeartbeatData, memberId: string, records: CoordinatorRecordToWrite[]): { member: ConsumerGroupMember } | GroupError {
    const joining = req.memberEpoch === 0;
    if (req.instanceId !== null) {
      const existing = group.staticMember(req.instanceId);
      if (joining) {
        if (existing === undefined) return { member: group.members.get(memberId) ?? newConsumerGroupMember(memberId) };
        if (existing.memberId === memberId) return { member: this.#rejoin(group, existing, records) };
        if (existing.memberEpoch !== LEAVE_GROUP_STATIC_MEMBER_EPOCH) {
          return groupError(
            ErrorCode.UNRELEASED_INSTANCE_ID,
            `Static member ${memberId} with instance id ${req.instanceId} cannot join the group because the instance id is owned by ${existing.memberId} member.`,
          );
        }
        // The instance comes back under a new member id: it takes over the old member's partitions.
        const replacement: ConsumerGroupMember = { ...existing, memberId, memberEpoch: 0, previousMemberEpoch: 0 };
        const target = group.targetAssignment.get(existing.memberId);
        group.removeMember(existing.memberId);
        records.push(...rec.memberTombstones(group.groupId, existing.memberId).map(rec.toWrite));
        group.putMember(replacement);
        if (target !== undefined) group.targetAssignment.set(memberId, target);
        records.push(rec.toWrite(rec.memberMetadataRecord(group.groupId, replacement)));
        records.push(rec.toWrite(rec.targetAssignmentRecord(group.groupId, memberId, target ?? emptyAssignment())));
        records.push(rec.toWrite(rec.currentAssignmentRecord(group.groupId, replacement)));
        return { member: replacement };
      }
      if (existing === undefined) return groupError(ErrorCode.UNKNOWN_MEMBER_ID, `Instance id ${req.instanceId} is unknown.`);
      if (existing.memberId !== memberId) return groupError(ErrorCode.FENCED_INSTANCE_ID, `Static member ${memberId} with instance id ${req.instanceId} is not the member ${existing.memberId}.`);
      return this.#checkEpoch(existing, req);
    }
    const member = group.members.get(memberId);
    if (joining) return { member: member === undefined ? newConsumerGroupMember(memberId) : this.#rejoin(group, member, records) };
    if (member === undefined) return groupError(ErrorCode.UNKNOWN_MEMBER_ID, `Member ${memberId} is not a member of group ${group.groupId}.`);
    return this.#checkEpoch(member, req);
  }

  /**
   * A known member heartbeating with epoch 0 lost its state (it was fenced): it restarts
   * from nothing, its partitions released, so it is reconciled from scratch.
   */
  #rejoin(group: ConsumerGroup, member: ConsumerGroupMember, records: CoordinatorRecordToWrite[]): ConsumerGroupMember {
    if (member.memberEpoch === 0 && member.assignedPartitions.size === 0 && member.partitionsPendingRevocation.size === 0) return member;
    const reset: ConsumerGroupMember = { ...member, memberEpoch: 0, previousMemberEpoch: 0, state: MemberState.STABLE, assignedPartitions: new Map(), partitionsPendingRevocation: new Map() };
    group.putMember(reset);
    records.push(rec.toWrite(rec.currentAssignmentRecord(group.groupId, reset)));
    return reset;
  }

  #checkEpoch(member: ConsumerGroupMember, req: ConsumerGroupHeartbeatData): { member: ConsumerGroupMember } | GroupError {
    const received = req.memberEpoch;
    if (received > member.memberEpoch) {
      return groupError(ErrorCode.FENCED_MEMBER_EPOCH, `The consumer group member has a greater member epoch (${received}) than the one known by the group coordinator (${member.memberEpoch}). The member must abandon all its partitions and rejoin.`);
    }
    if (received < member.memberEpoch && (received !== member.previousMemberEpoch || !isSubset(req.topicPartitions, member.assignedPartitions))) {
      return groupError(ErrorCode.FENCED_MEMBER_EPOCH, `The consumer group member has a smaller member epoch (${received}) than the one known by the group coordinator (${member.memberEpoch}). The member must abandon all its partitions and rejoin.`);
    }
    return { member };
  }

  /** Topic names the member subscribes to: its names, plus existing topics its regex matches. */
  #memberTopics(m: ConsumerGroupMember, allTopics: () => string[]): string[] {
    if (m.subscribedTopicRegex === null) return m.subscribedTopicNames;
    const re = compileRegex(m.subscribedTopicRegex);
    const matched = re === undefined ? [] : allTopics().filter((t) => !t.startsWith("__") && re.test(t));
    return [...new Set([...m.subscribedTopicNames, ...matched])];
  }

  #subscriptionMetadata(group: ConsumerGroup): Map<string, TopicMetadata> {
    let names: string[] | undefined;
    const allTopics = (): string[] => (names ??= [...this.#d.topics.topicNames()]);
    const out = new Map<string, TopicMetadata>();
    for (const m of group.members.values()) {
      for (const name of this.#memberTopics(m, allTopics)) {
        if (out.has(name)) continue;
        const t = this.#d.topics.topic(name);
        if (t !== undefined) out.set(name, { topicId: t.topicId, numPartitions: t.partitions });
      }
    }
    return [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).reduce((m, [k, v]) => m.set(k, v), new Map<string, TopicMetadata>());
  }

  /** Bumps the group epoch when asked or when the subscribed topics changed, then recomputes the target. */
  #maybeBumpGroupEpoch(group: ConsumerGroup, bump: boolean, out: ConsumerGroupRecord[]): void {
    const metadata = this.#subscriptionMetadata(group);
    const same = metadata.size === group.subscriptionMetadata.size && [...metadata].every(([n, t]) => {
      const old = group.subscriptionMetadata.get(n);
      return old?.topicId === t.topicId && old.numPartitions === t.numPartitions;
    });
    if (!same) {
      group.subscriptionMetadata = metadata;
      out.push(rec.subscriptionMetadataRecord(group));
    }
    if (bump || !same) {
      group.groupEpoch++;
      out.push(rec.groupEpochRecord(group));
      this.#d.log.debug({ group: group.groupId, groupEpoch: group.groupEpoch }, "bumped consumer group epoch");
    }
    if (group.groupEpoch > group.assignmentEpoch) this.#computeTargetAssignment(group, out);
  }

  #computeTargetAssignment(group: ConsumerGroup, out: ConsumerGroupRecord[]): void {
    const fallback = this.#d.config.assignors[0]?.name ?? "uniform";
    const name = group.preferredAssignor(fallback);
    const assignor = this.#d.config.assignors.find((a) => a.name === name) ?? this.#d.config.assignors[0];
    if (assignor === undefined) return;
    const allTopics = (): string[] => [...this.#d.topics.topicNames()];
    const topics = new Map([...group.subscriptionMetadata.values()].map((t) => [t.topicId, t.numPartitions]));
    const members = new Map(
      [...group.members.values()].map((m) => [
        m.memberId,
        {
          subscribedTopicIds: new Set(this.#memberTopics(m, allTopics).flatMap((n) => group.subscriptionMetadata.get(n)?.topicId ?? [])),
          currentAssignment: group.targetAssignment.get(m.memberId) ?? new Map<string, Set<number>>(),
        },
      ]),
    );
    const result = assignor.assign({ members, topics });
    for (const [memberId, target] of result) {
      if (!assignmentEquals(group.targetAssignment.get(memberId) ?? emptyAssignment(), target) || !group.targetAssignment.has(memberId)) {
        out.push(rec.targetAssignmentRecord(group.groupId, memberId, target));
      }
      group.targetAssignment.set(memberId, target);
    }
    group.assignmentEpoch = group.groupEpoch;
    out.push(rec.assignmentEpochRecord(group));
  }

  /** Leaving (-1) removes the member; a static member's temporary leave (-2) keeps its partitions until its session ends. */
  async #leave(req: ConsumerGroupHeartbeatData): Promise<ConsumerGroupHeartbeatResult> {
    const group = this.groups.get(req.groupId);
    const member = group === undefined ? undefined : req.instanceId !== null ? group.staticMember(req.instanceId) : group.members.get(req.memberId);
    if (group === undefined || member === undefined) {
      return failure(groupError(ErrorCode.UNKNOWN_MEMBER_ID, `Member ${req.memberId} is not a member of group ${req.groupId}.`), req.memberId, req.memberEpoch);
    }
    if (member.memberId !== req.memberId) {
      return failure(groupError(ErrorCode.FENCED_INSTANCE_ID, `Static member ${req.memberId} with instance id ${req.instanceId ?? ""} is not the member ${member.memberId}.`), req.memberId, req.memberEpoch);
    }
    const out: ConsumerGroupRecord[] = [];
    if (req.memberEpoch === LEAVE_GROUP_STATIC_MEMBER_EPOCH) {
      const left = { ...member, memberEpoch: LEAVE_GROUP_STATIC_MEMBER_EPOCH };
      group.putMember(left);
      out.push(rec.currentAssignmentRecord(group.groupId, left));
      this.#d.log.info({ group: group.groupId, member: member.memberId, instanceId: member.instanceId }, "static member left temporarily");
    } else {
      this.#removeMember(group, member.memberId, out, "the member left the group");
    }
    const error = await this.#persist(group.groupId, out.map(rec.toWrite));
    if (error !== undefined) return failure(error, req.memberId, req.memberEpoch);
    return { errorCode: ErrorCode.NONE, errorMessage: null, memberId: req.memberId, memberEpoch: req.memberEpoch, heartbeatIntervalMs: 0, assignment: null };
  }

  #removeMember(group: ConsumerGroup, memberId: string, out: ConsumerGroupRecord[], reason: string): void {
    group.removeMember(memberId);
    out.push(...rec.memberTombstones(group.groupId, memberId));
    this.#d.log.info({ group: group.groupId, member: memberId, reason }, "member removed from consumer group");
    this.#maybeBumpGroupEpoch(group, true, out);
  }

  /** Fences a member whose session or rebalance timeout passed. */
  #fence(group: ConsumerGroup, memberId: string, reason: string): void {
    if (this.groups.get(group.groupId) !== group || !group.members.has(memberId)) return;
    const out: ConsumerGroupRecord[] = [];
    this.#removeMember(group, memberId, out, reason);
    void this.#persist(group.groupId, out.map(rec.toWrite));
  }

  #scheduleSession(group: ConsumerGroup, memberId: string): void {
    group.sessionTimers.get(memberId)?.cancel();
    group.sessionTimers.set(memberId, this.#d.clock.schedule(this.#d.config.sessionTimeoutMs, () => this.#fence(group, memberId, "session timeout expired")));
  }

  /** Kafka gives a member that must revoke partitions its rebalance timeout to do so. */
  #updateRebalanceTimer(group: ConsumerGroup, before: ConsumerGroupMember, after: ConsumerGroupMember): void {
    const revoking = after.state === MemberState.UNREVOKED_PARTITIONS;
    if (!revoking) {
      group.rebalanceTimers.get(after.memberId)?.cancel();
      group.rebalanceTimers.delete(after.memberId);
      return;
    }
    if (before.state === MemberState.UNREVOKED_PARTITIONS && before.memberEpoch === after.memberEpoch && group.rebalanceTimers.has(after.memberId)) return;
    group.rebalanceTimers.get(after.memberId)?.cancel();
    const epoch = after.memberEpoch;
    const timeoutMs = after.rebalanceTimeoutMs > 0 ? after.rebalanceTimeoutMs : this.#d.config.sessionTimeoutMs;
    group.rebalanceTimers.set(
      after.memberId,
      this.#d.clock.schedule(timeoutMs, () => {
        const m = group.members.get(after.memberId);
        if (m?.state === MemberState.UNREVOKED_PARTITIONS && m.memberEpoch === epoch) this.#fence(group, after.memberId, "rebalance timeout expired before it revoked its partitions");
      }),
    );
  }

  async #persist(groupId: string, records: readonly CoordinatorRecordToWrite[]): Promise<GroupError | undefined> {
    if (records.length === 0) return undefined;
    try {
      await this.#d.write(groupId, records);
      return undefined;
    } catch (err) {
      this.#d.log.warn({ err, group: groupId }, "writing consumer group records failed");
      return groupError(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    }
  }

  /** DeleteGroups: an Empty group's records and offsets are tombstoned by the caller's write. */
  deleteRecords(group: ConsumerGroup): CoordinatorRecordToWrite[] {
    group.dead = true;
    group.cancelTimers();
    this.groups.delete(group.groupId);
    return rec.groupTombstones(group).map(rec.toWrite);
  }
}

function assignmentToWire(a: Assignment): TopicPartitions[] {
  return [...a].filter(([, ps]) => ps.size > 0).map(([topicId, ps]) => ({ topicId, partitions: [...ps].sort((x, y) => x - y) }));
}
