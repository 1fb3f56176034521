// The classic group coordinator: the one object the group handlers call. It owns every
// group of this node (one node leads every __consumer_offsets partition), persists
// membership and offsets to __consumer_offsets through the injected CoordinatorStorage
// before answering, reloads them at start-up, and expires offsets per
// offsets.retention.minutes (KIP-211). KIP-848 consumer groups live beside the classic
// ones in a ConsumerGroupManager (one group id is one kind of group at a time).
import { ErrorCode, KafkaError } from "../../protocol/errors.js";
import { schedulePeriodic, type Clock, type Timer } from "../../storage/clock.js";
import type { Logger } from "../../util/logger.js";
import { ClassicGroup, type ClassicGroupState } from "./classic-group.js";
import { RangeAssignor } from "./assignors/range-assignor.js";
import { UniformAssignor } from "./assignors/uniform-assignor.js";
import type { ConsumerGroup, ConsumerGroupState } from "./consumer-group.js";
import { CONSUMER_PROTOCOL_TYPE } from "./consumer-protocol.js";
import { ConsumerGroupManager, type ConsumerGroupConfig, type TopicMetadataSource } from "./consumer-group-manager.js";
import { ConsumerGroupReplay } from "./consumer-group-record-helpers.js";
import { consumerGroupSummary } from "./consumer-group-summary.js";
import { partitionForGroup, type CoordinatorRecordToWrite, type CoordinatorStorage } from "./coordinator-storage.js";
import { loadGroupsFromPartition, type PendingTxnOffsetRecord } from "./group-metadata-loader.js";
import { GroupMembership } from "./group-membership.js";
import {
  joinError,
  syncError,
  UNKNOWN_MEMBER_ID,
  type JoinGroupRequestData,
  type MemberIdentity,
  type SyncGroupRequestData,
} from "./group-requests.js";
import type { JoinGroupResult, SyncGroupResult } from "./member-metadata.js";
import { OffsetManager } from "./offset-manager.js";
import { encodeGroupMetadataKey, encodeGroupMetadataValue } from "./records/group-metadata-record.js";

export interface GroupCoordinatorConfig {
  initialRebalanceDelayMs: number;
  minSessionTimeoutMs: number;
  maxSessionTimeoutMs: number;
  maxSize: number;
  offsetsRetentionMs: number;
  offsetsRetentionCheckIntervalMs: number;
  offsetMetadataMaxBytes: number;
}

export interface GroupCoordinatorOptions {
  storage: CoordinatorStorage;
  clock: Clock;
  log: Logger;
  config: GroupCoordinatorConfig;
  /** KIP-848 consumer groups: their settings and the topics they may be assigned. */
  consumerGroups?: { config: ConsumerGroupConfig; topics: TopicMetadataSource };
}

export const DEFAULT_CONSUMER_GROUP_CONFIG: ConsumerGroupConfig = {
  sessionTimeoutMs: 45_000,
  heartbeatIntervalMs: 5_000,
  maxSize: 2 ** 31 - 1,
  assignors: [new UniformAssignor(), new RangeAssignor()],
};

const NO_TOPICS: TopicMetadataSource = { topic: () => undefined, topicNameById: () => undefined, topicNames: () => [] };

export interface GroupSummary {
  groupId: string;
  state: ClassicGroupState | ConsumerGroupState;
  protocolType: string;
  /** The chosen protocol, only while Stable (as Kafka's GroupMetadata.summary). */
  protocol: string;
  members: { memberId: string; groupInstanceId: string | null; clientId: string; clientHost: string; metadata: Buffer; assignment: Buffer }[];
}

export interface LeaveGroupResult {
  errorCode: number;
  members: { memberId: string; groupInstanceId: string | null; errorCode: number }[];
}

/** A failed __consumer_offsets write as the group APIs report it (Kafka's storeGroup/storeOffsets mapping). */
export function writeErrorCode(err: unknown, forCommit: boolean): number {
  if (err instanceof KafkaError) {
    if (err.code === ErrorCode.MESSAGE_TOO_LARGE || err.code === ErrorCode.RECORD_LIST_TOO_LARGE) {
      return forCommit ? ErrorCode.INVALID_COMMIT_OFFSET_SIZE : ErrorCode.UNKNOWN_SERVER_ERROR;
    }
    if (err.code === ErrorCode.KAFKA_STORAGE_ERROR) return ErrorCode.NOT_COORDINATOR;
  }
  return ErrorCode.COORDINATOR_NOT_AVAILABLE;
}

export class GroupCoordinator {
  readonly #storage: CoordinatorStorage;
  readonly #clock: Clock;
  readonly #log: Logger;
  readonly #config: GroupCoordinatorConfig;
  readonly #groups = new Map<string, ClassicGroup>();
  readonly #membership: GroupMembership;
  readonly offsets: OffsetManager;
  readonly consumerGroups: ConsumerGroupManager;
  #loading = true;
  #expiration: Timer | undefined;

  constructor(options: GroupCoordinatorOptions) {
    this.#storage = options.storage;
    this.#clock = options.clock;
    this.#log = options.log;
    this.#config = options.config;
    this.#membership = new GroupMembership({
      clock: this.#clock,
      log: this.#log,
      initialRebalanceDelayMs: this.#config.initialRebalanceDelayMs,
      maxSize: this.#config.maxSize,
      storeGroup: (group, assignments) => this.#storeGroup(group, assignments),
    });
    this.consumerGroups = new ConsumerGroupManager({
      clock: this.#clock,
      log: this.#log,
      config: options.consumerGroups?.config ?? DEFAULT_CONSUMER_GROUP_CONFIG,
      topics: options.consumerGroups?.topics ?? NO_TOPICS,
      isLoading: () => this.#loading,
      write: (groupId, records) => this.write(groupId, records),
      classicGroup: (groupId) => {
        const group = this.#groups.get(groupId);
        if (group === undefined || group.is("Dead")) return { kind: "none" };
        if (!group.is("Empty") || group.pendingMembers.size > 0) return { kind: "busy" };
        // An empty classic group becomes a consumer group, keeping its offsets (Kafka does the same).
        return {
          kind: "empty",
          take: (consumer) => {
            for (const [tp, value] of group.offsets.entries()) consumer.offsets.put(tp.topic, tp.partition, value);
            group.transitionTo("Dead", this.#clock.nowMs());
            this.#groups.delete(groupId);
            return [{ key: encodeGroupMetadataKey(groupId), value: null }];
          },
        };
      },
    });
    this.offsets = new OffsetManager({
      storage: this.#storage,
      clock: this.#clock,
      log: this.#log,
      config: this.#config,
      groups: this.#groups,
      consumerGroups: this.consumerGroups.groups,
      membership: this.#membership,
      isLoading: () => this.#loading,
      write: (groupId, records) => this.write(groupId, records),
      createGroup: (groupId) => this.createStandaloneGroup(groupId),
      removeGroup: (group) => this.removeGroup(group),
      removeConsumerGroup: (group) => this.#deleteConsumerGroup(group),
    });
  }

  /** Replays __consumer_offsets, then starts the offset expiration schedule. */
  start(): void {
    const partitions = this.#storage.partitionCount();
    let groups = 0;
    const pending: PendingTxnOffsetRecord[] = [];
    const replay = new ConsumerGroupReplay();
    for (let p = 0; p < partitions; p++) {
      for (const group of loadGroupsFromPartition(this.#storage, p, this.#log, pending, replay)) {
        this.#groups.set(group.groupId, group);
        for (const member of group.members.values()) this.#membership.scheduleSession(group, member);
        groups++;
      }
    }
    for (const group of replay.groups.values()) {
      this.consumerGroups.restore(group);
      groups++;
    }
    // Offsets of transactions still open wait for the transaction coordinator's outcome.
    for (const o of pending) this.offsets.restorePending(o.producerId, o.group, { topic: o.topic, partition: o.partition }, o.value);
    this.#loading = false;
    if (groups > 0) this.#log.info({ groups }, "loaded groups and offsets from __consumer_offsets");
    this.#expiration = schedulePeriodic(this.#clock, this.#config.offsetsRetentionCheckIntervalMs, () => {
      this.offsets.cleanupExpired().catch((err: unknown) => this.#log.warn({ err }, "offset expiration failed"));
    });
  }

  /** Cancels every timer and answers parked JoinGroup/SyncGroup requests. */
  close(): void {
    this.#expiration?.cancel();
    for (const group of this.#groups.values()) this.#membership.close(group);
    this.consumerGroups.close();
  }

  get isLoading(): boolean {
    return this.#loading;
  }

  partitionFor(groupId: string): number {
    return partitionForGroup(groupId, this.#storage.partitionCount());
  }

  /** FindCoordinator creates __consumer_offsets as Kafka does. */
  ensureOffsetsTopic(): void {
    this.#storage.ensureTopic();
  }

  group(groupId: string): ClassicGroup | undefined {
    return this.#groups.get(groupId);
  }

  /** Appends records for the group to its partition of __consumer_offsets, durably. */
  async write(groupId: string, records: readonly CoordinatorRecordToWrite[]): Promise<void> {
    this.#storage.ensureTopic();
    await this.#storage.write(this.partitionFor(groupId), records, this.#clock.nowMs());
  }

  #storeGroup(group: ClassicGroup, assignments?: ReadonlyMap<string, Buffer>): Promise<void> {
    return this.write(group.groupId, [{ key: encodeGroupMetadataKey(group.groupId), value: encodeGroupMetadataValue(group.toRecord(assignments)) }]);
  }

  joinGroup(req: JoinGroupRequestData): Promise<JoinGroupResult> {
    const early = (code: number): Promise<JoinGroupResult> => Promise.resolve(joinError(code, req.memberId));
    if (req.groupId === "") return early(ErrorCode.INVALID_GROUP_ID);
    if (this.#loading) return early(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS);
    if (req.sessionTimeoutMs < this.#config.minSessionTimeoutMs || req.sessionTimeoutMs > this.#config.maxSessionTimeoutMs) {
      return early(ErrorCode.INVALID_SESSION_TIMEOUT);
    }
    if (this.consumerGroups.groups.has(req.groupId)) {
      // No online migration (KIP-848's upgrade path): a classic member cannot join a consumer group.
      return early(req.protocolType === CONSUMER_PROTOCOL_TYPE ? ErrorCode.GROUP_ID_NOT_FOUND : ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    }
    let group = this.#groups.get(req.groupId);
    if (group === undefined) {
      if (req.memberId !== UNKNOWN_MEMBER_ID) return early(ErrorCode.UNKNOWN_MEMBER_ID);
      group = new ClassicGroup(req.groupId, this.#clock.nowMs());
      this.#groups.set(req.groupId, group);
    }
    if (group.is("Dead")) return early(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    return this.#membership.join(group, req);
  }

  syncGroup(req: SyncGroupRequestData): Promise<SyncGroupResult> {
    if (req.groupId === "") return Promise.resolve(syncError(ErrorCode.INVALID_GROUP_ID));
    if (this.#loading) return Promise.resolve(syncError(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS));
    const group = this.#groups.get(req.groupId);
    if (this.consumerGroups.groups.has(req.groupId)) return Promise.resolve(syncError(ErrorCode.GROUP_ID_NOT_FOUND));
    if (group === undefined) return Promise.resolve(syncError(ErrorCode.UNKNOWN_MEMBER_ID));
    return this.#membership.sync(group, req);
  }

  heartbeat(groupId: string, memberId: string, groupInstanceId: string | null, generationId: number): number {
    if (groupId === "") return ErrorCode.INVALID_GROUP_ID;
    if (this.#loading) return ErrorCode.COORDINATOR_LOAD_IN_PROGRESS;
    const group = this.#groups.get(groupId);
    // A classic request on a KIP-848 group: "Group X is not a classic group." as Kafka.
    if (this.consumerGroups.groups.has(groupId)) return ErrorCode.GROUP_ID_NOT_FOUND;
    if (group === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
    return this.#membership.heartbeat(group, memberId, groupInstanceId, generationId);
  }

  leaveGroup(groupId: string, members: readonly MemberIdentity[], reasons: readonly (string | null)[] = []): LeaveGroupResult {
    const all = (code: number): LeaveGroupResult => ({ errorCode: code, members: members.map((m) => ({ ...m, errorCode: code })) });
    if (groupId === "") return all(ErrorCode.INVALID_GROUP_ID);
    if (this.#loading) return all(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS);
    const group = this.#groups.get(groupId);
    if (this.consumerGroups.groups.has(groupId)) return all(ErrorCode.GROUP_ID_NOT_FOUND);
    if (group === undefined) return { errorCode: ErrorCode.NONE, members: members.map((m) => ({ ...m, errorCode: ErrorCode.UNKNOWN_MEMBER_ID })) };
    if (group.is("Dead")) return all(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    return {
      errorCode: ErrorCode.NONE,
      members: members.map((m, i) => ({ ...m, errorCode: this.#membership.leave(group, m, `the member left the group${reasons[i] ? ` (${reasons[i]})` : ""}`) })),
    };
  }

  /** DescribeGroups: an unknown group is described as Dead with no error, as Kafka does before v6. */
  describeGroup(groupId: string): { errorCode: number; summary: GroupSummary } {
    const dead: GroupSummary = { groupId, state: "Dead", protocolType: "", protocol: "", members: [] };
    if (this.#loading) return { errorCode: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, summary: dead };
    const consumer = this.consumerGroups.groups.get(groupId);
    if (consumer !== undefined) return { errorCode: ErrorCode.NONE, summary: consumerGroupSummary(consumer, this.consumerGroups.assignorNames[0] ?? "uniform", this.consumerGroups.topicName) };
    const group = this.#groups.get(groupId);
    if (group === undefined) return { errorCode: ErrorCode.NONE, summary: dead };
    const stable = group.is("Stable");
    const protocol = stable ? (group.protocolName ?? "") : "";
    return {
      errorCode: ErrorCode.NONE,
      summary: {
        groupId,
        state: group.state,
        protocolType: group.protocolType ?? "",
        protocol,
        members: [...group.members.values()].map((m) => ({
          memberId: m.memberId,
          groupInstanceId: m.groupInstanceId,
          clientId: m.clientId,
          clientHost: m.clientHost,
          metadata: stable ? (m.metadataFor(protocol) ?? Buffer.alloc(0)) : Buffer.alloc(0),
          assignment: stable ? m.assignment : Buffer.alloc(0),
        })),
      },
    };
  }

  listGroups(): { errorCode: number; groups: { groupId: string; protocolType: string; state: ClassicGroupState }[] } {
    if (this.#loading) return { errorCode: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, groups: [] };
    const groups = [...this.#groups.values()]
      .filter((g) => !g.is("Dead"))
      .map((g) => ({ groupId: g.groupId, protocolType: g.protocolType ?? "", state: g.state }));
    return { errorCode: ErrorCode.NONE, groups };
  }

  /** DeleteGroups: only Empty groups go; their offsets and metadata are tombstoned. */
  async deleteGroups(groupIds: readonly string[]): Promise<{ groupId: string; errorCode: number }[]> {
    const results: { groupId: string; errorCode: number }[] = [];
    for (const groupId of groupIds) {
      if (this.#loading) {
        results.push({ groupId, errorCode: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS });
        continue;
      }
      const consumer = this.consumerGroups.groups.get(groupId);
      if (consumer !== undefined) {
        results.push({ groupId, errorCode: await this.#deleteConsumerGroup(consumer) });
        continue;
      }
      const group = this.#groups.get(groupId);
      if (group === undefined || group.is("Dead")) {
        results.push({ groupId, errorCode: ErrorCode.GROUP_ID_NOT_FOUND });
        continue;
      }
      if (!group.is("Empty")) {
        results.push({ groupId, errorCode: ErrorCode.NON_EMPTY_GROUP });
        continue;
      }
      results.push({ groupId, errorCode: await this.removeGroup(group) });
    }
    return results;
  }

  /** KIP-848 groups in ListGroups (type "consumer"). */
  listConsumerGroups(): { groupId: string; protocolType: string; state: ConsumerGroupState }[] {
    if (this.#loading) return [];
    return [...this.consumerGroups.groups.values()].map((g) => ({ groupId: g.groupId, protocolType: CONSUMER_PROTOCOL_TYPE, state: g.state }));
  }

  async #deleteConsumerGroup(group: ConsumerGroup): Promise<number> {
    if (group.members.size > 0) return ErrorCode.NON_EMPTY_GROUP;
    const records = [...this.offsets.tombstones(group, [...group.offsets.entries()].map(([tp]) => tp)), ...this.consumerGroups.deleteRecords(group)];
    try {
      await this.write(group.groupId, records);
      this.#log.info({ group: group.groupId }, "consumer group removed");
      return ErrorCode.NONE;
    } catch (err) {
      this.#log.warn({ err, group: group.groupId }, "writing the consumer group's tombstones failed");
      return writeErrorCode(err, false);
    }
  }

  /** Marks an Empty group Dead and tombstones its offsets and metadata; the error code of the write. */
  async removeGroup(group: ClassicGroup): Promise<number> {
    group.transitionTo("Dead", this.#clock.nowMs());
    this.#membership.close(group);
    this.#groups.delete(group.groupId);
    const records = this.offsets.tombstones(group, [...group.offsets.entries()].map(([tp]) => tp));
    records.push({ key: encodeGroupMetadataKey(group.groupId), value: null });
    try {
      await this.write(group.groupId, records);
      this.#log.info({ group: group.groupId }, "group removed");
      return ErrorCode.NONE;
    } catch (err) {
      this.#log.warn({ err, group: group.groupId }, "writing the group's tombstones failed");
      return writeErrorCode(err, false);
    }
  }

  /** Creates an Empty group with no protocol (a standalone commit with generation -1). */
  createStandaloneGroup(groupId: string): ClassicGroup {
    const group = new ClassicGroup(groupId, this.#clock.nowMs());
    this.#groups.set(groupId, group);
    return group;
  }
}
