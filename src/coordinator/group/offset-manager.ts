// Committed offsets of the groups (Kafka's GroupCoordinator.handleCommitOffsets,
// handleFetchOffsets, handleDeleteOffsets and GroupMetadataManager.cleanupGroupMetadata):
// a commit is checked against the classic group's generation and members, or a KIP-848
// consumer group's member epoch (STALE_MEMBER_EPOCH), written to __consumer_offsets, and
// only then visible and answered.
import { ErrorCode, KafkaError } from "../../protocol/errors.js";
import type { Clock } from "../../storage/clock.js";
import type { Logger } from "../../util/logger.js";
import type { ClassicGroup } from "./classic-group.js";
import type { ConsumerGroup } from "./consumer-group.js";
import { partitionForGroup, type CoordinatorRecordToWrite, type CoordinatorStorage } from "./coordinator-storage.js";
import type { GroupCoordinatorConfig } from "./group-coordinator.js";
import type { GroupMembership } from "./group-membership.js";
import type { OffsetAndMetadata, OffsetStore, TopicPartition } from "./offset-store.js";
import { encodeOffsetCommitKey, encodeOffsetCommitValue } from "./records/offset-commit-record.js";

export interface OffsetCommitRequestData {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
  /** OffsetCommit v2-v4 retention_time_ms; -1 means offsets.retention.minutes. */
  retentionTimeMs: bigint;
  /** v9+ answers GROUP_ID_NOT_FOUND rather than ILLEGAL_GENERATION for an unknown group. */
  apiVersion: number;
  partitions: {
    topic: string;
    partition: number;
    offset: bigint;
    leaderEpoch: number;
    metadata: string | null;
    /** OffsetCommit v1 commit_timestamp; -1 means now. */
    commitTimestampMs: bigint;
  }[];
}

export interface PartitionError extends TopicPartition {
  errorCode: number;
}

export interface FetchedOffset extends TopicPartition {
  offset: bigint;
  leaderEpoch: number;
  metadata: string;
  errorCode: number;
}

interface OffsetManagerDeps {
  storage: CoordinatorStorage;
  clock: Clock;
  log: Logger;
  config: GroupCoordinatorConfig;
  groups: ReadonlyMap<string, ClassicGroup>;
  consumerGroups: ReadonlyMap<string, ConsumerGroup>;
  membership: GroupMembership;
  isLoading(): boolean;
  write(groupId: string, records: readonly CoordinatorRecordToWrite[]): Promise<void>;
  createGroup(groupId: string): ClassicGroup;
  removeGroup(group: ClassicGroup): Promise<number>;
  removeConsumerGroup(group: ConsumerGroup): Promise<number>;
}

export interface TxnOffsetCommitRequestData {
  groupId: string;
  producerId: bigint;
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
  partitions: { topic: string; partition: number; offset: bigint; leaderEpoch: number; metadata: string | null }[];
}

interface PendingTxnOffset {
  groupId: string;
  tp: TopicPartition;
  value: OffsetAndMetadata;
}

export class OffsetManager {
  readonly #d: OffsetManagerDeps;
  #cleaning: Promise<number> | undefined;
  /** TxnOffsetCommit's offsets by producer id, visible only once its transaction commits. */
  readonly #pendingTxn = new Map<bigint, Map<string, PendingTxnOffset>>();

  constructor(deps: OffsetManagerDeps) {
    this.#d = deps;
  }

  async commit(req: OffsetCommitRequestData): Promise<PartitionError[]> {
    const d = this.#d;
    const results: PartitionError[] = [];
    const valid: OffsetCommitRequestData["partitions"] = [];
    for (const p of req.partitions) {
      const tp = { topic: p.topic, partition: p.partition };
      if (!d.storage.partitionExists(p.topic, p.partition)) results.push({ ...tp, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION });
      else valid.push(p);
    }
    const all = (code: number): PartitionError[] => [...results, ...valid.map((p) => ({ topic: p.topic, partition: p.partition, errorCode: code }))];
    if (d.isLoading()) return all(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS);

    let store: OffsetStore;
    const consumer = d.consumerGroups.get(req.groupId);
    if (consumer !== undefined) {
      const { errorCode } = consumer.validateOffsetCommit(req.memberId, req.generationId, req.apiVersion, false);
      if (errorCode !== ErrorCode.NONE) return all(errorCode);
      store = consumer.offsets;
    } else {
      let group = d.groups.get(req.groupId);
      if (group === undefined) {
        if (req.generationId >= 0) return all(req.apiVersion >= 9 ? ErrorCode.GROUP_ID_NOT_FOUND : ErrorCode.ILLEGAL_GENERATION);
        group = d.createGroup(req.groupId);
      }
      const groupError = this.#commitError(group, req);
      if (groupError !== ErrorCode.NONE) return all(groupError);
      if (req.generationId >= 0 || !group.is("Empty")) d.membership.touch(group, req.memberId);
      store = group.offsets;
    }

    const nowMs = BigInt(d.clock.nowMs());
    const toStore: { tp: TopicPartition; value: OffsetAndMetadata }[] = [];
    for (const p of valid) {
      const tp = { topic: p.topic, partition: p.partition };
      const metadata = p.metadata ?? "";
      if (Buffer.byteLength(metadata, "utf8") > d.config.offsetMetadataMaxBytes) {
        results.push({ ...tp, errorCode: ErrorCode.OFFSET_METADATA_TOO_LARGE });
        continue;
      }
      const commitTimestampMs = p.commitTimestampMs >= 0n ? p.commitTimestampMs : nowMs;
      const expireTimestampMs = req.retentionTimeMs >= 0n ? commitTimestampMs + req.retentionTimeMs : -1n;
      toStore.push({ tp, value: { offset: p.offset, leaderEpoch: p.leaderEpoch, metadata, commitTimestampMs, expireTimestampMs } });
    }
    if (toStore.length === 0) return results;
    const records = toStore.map(({ tp, value }) => ({
      key: encodeOffsetCommitKey({ group: req.groupId, topic: tp.topic, partition: tp.partition }),
      value: encodeOffsetCommitValue(value),
    }));
    let errorCode: number = ErrorCode.NONE;
    try {
      await d.write(req.groupId, records);
      for (const { tp, value } of toStore) store.put(tp.topic, tp.partition, value);
    } catch (err) {
      d.log.warn({ err, group: req.groupId }, "writing committed offsets failed");
      errorCode = ErrorCode.COORDINATOR_NOT_AVAILABLE;
    }
    return [...results, ...toStore.map(({ tp }) => ({ ...tp, errorCode }))];
  }

  /**
   * TxnOffsetCommit: checks the group like a commit (KIP-447: generation -1 skips the member
   * checks) and holds the offsets for the producer's transaction (completeTransaction).
   */
  async commitTransactional(req: TxnOffsetCommitRequestData & { producerEpoch: number }): Promise<PartitionError[]> {
    const d = this.#d;
    const all = (code: number): PartitionError[] => req.partitions.map((p) => ({ topic: p.topic, partition: p.partition, errorCode: code }));
    if (d.isLoading()) return all(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS);
    const consumer = d.consumerGroups.get(req.groupId);
    if (consumer !== undefined) {
      const { errorCode } = req.generationId < 0 ? { errorCode: ErrorCode.NONE } : consumer.validateOffsetCommit(req.memberId, req.generationId, 9, true);
      if (errorCode !== ErrorCode.NONE) return all(errorCode);
    } else {
      let group = d.groups.get(req.groupId);
      if (group === undefined) {
        if (req.generationId >= 0) return all(ErrorCode.ILLEGAL_GENERATION);
        group = d.createGroup(req.groupId);
      }
      const groupError =
        req.generationId < 0 ? (group.is("Dead") ? ErrorCode.COORDINATOR_NOT_AVAILABLE : ErrorCode.NONE) : this.#commitError(group, { ...req, retentionTimeMs: -1n, apiVersion: 9, partitions: [] });
      if (groupError !== ErrorCode.NONE) return all(groupError);
    }
    let pending = this.#pendingTxn.get(req.producerId);
    if (pending === undefined) this.#pendingTxn.set(req.producerId, (pending = new Map<string, PendingTxnOffset>()));
    const nowMs = BigInt(d.clock.nowMs());
    const toStore: PendingTxnOffset[] = [];
    const results = req.partitions.map((p) => {
      const tp = { topic: p.topic, partition: p.partition };
      if (!d.storage.partitionExists(p.topic, p.partition)) return { ...tp, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION };
      const metadata = p.metadata ?? "";
      if (Buffer.byteLength(metadata, "utf8") > d.config.offsetMetadataMaxBytes) return { ...tp, errorCode: ErrorCode.OFFSET_METADATA_TOO_LARGE };
      toStore.push({ groupId: req.groupId, tp, value: { offset: p.offset, leaderEpoch: p.leaderEpoch, metadata, commitTimestampMs: nowMs, expireTimestampMs: -1n } });
      return { ...tp, errorCode: ErrorCode.NONE };
    });
    if (toStore.length === 0) return results;
    // Written now as the producer's transactional batch (Kafka does the same), so the offsets
    // survive a restart; the marker EndTxn writes to this partition decides their fate.
    const records = toStore.map(({ tp, value }) => ({ key: encodeOffsetCommitKey({ group: req.groupId, ...tp }), value: encodeOffsetCommitValue(value) }));
    try {
      await d.storage.write(partitionForGroup(req.groupId, d.storage.partitionCount()), records, Number(nowMs), { producerId: req.producerId, producerEpoch: req.producerEpoch });
    } catch (err) {
      const code = err instanceof KafkaError ? err.code : ErrorCode.COORDINATOR_NOT_AVAILABLE;
      d.log.warn({ err, group: req.groupId }, "writing transactional offsets failed");
      return results.map((r) => (r.errorCode === ErrorCode.NONE ? { ...r, errorCode: code } : r));
    }
    for (const o of toStore) pending.set(pendingKey(o.groupId, o.tp), o);
    return results;
  }

  /** An open transaction's offset found in __consumer_offsets at load. */
  restorePending(producerId: bigint, groupId: string, tp: TopicPartition, value: OffsetAndMetadata): void {
    let pending = this.#pendingTxn.get(producerId);
    if (pending === undefined) this.#pendingTxn.set(producerId, (pending = new Map<string, PendingTxnOffset>()));
    pending.set(pendingKey(groupId, tp), { groupId, tp, value });
  }

  /**
   * The producer's transaction ended and its marker is on disk in __consumer_offsets: its
   * pending offsets become visible (commit) or are dropped (abort).
   */
  completeTransaction(producerId: bigint, committed: boolean): Promise<void> {
    const pending = this.#pendingTxn.get(producerId);
    this.#pendingTxn.delete(producerId);
    if (pending !== undefined && committed) {
      for (const o of pending.values()) {
        const store = this.#d.consumerGroups.get(o.groupId)?.offsets ?? (this.#d.groups.get(o.groupId) ?? this.#d.createGroup(o.groupId)).offsets;
        store.put(o.tp.topic, o.tp.partition, o.value);
      }
    }
    return Promise.resolve();
  }

  /** Kafka's doCommitOffsets checks, in its order. */
  #commitError(group: ClassicGroup, req: OffsetCommitRequestData): number {
    if (group.is("Dead")) return ErrorCode.COORDINATOR_NOT_AVAILABLE;
    if (group.isStaticMemberFenced(req.groupInstanceId, req.memberId)) return ErrorCode.FENCED_INSTANCE_ID;
    if (req.generationId < 0 && group.is("Empty")) return ErrorCode.NONE; // standalone commit
    if (group.is("CompletingRebalance")) return ErrorCode.REBALANCE_IN_PROGRESS;
    if (!group.members.has(req.memberId)) return ErrorCode.UNKNOWN_MEMBER_ID;
    if (req.generationId !== group.generationId) return ErrorCode.ILLEGAL_GENERATION;
    return ErrorCode.NONE;
  }

  /**
   * OffsetFetch for one group: `partitions` null means every committed offset. A consumer
   * group checks the member id and epoch OffsetFetch v9 carries (absent: an admin fetch).
   * With `requireStable` (v7+, KIP-447) a partition that an open transaction has a
   * TxnOffsetCommit for answers UNSTABLE_OFFSET_COMMIT (retriable) instead of the offset it
   * may be about to replace, as Kafka's GroupMetadataManager.getOffsets does.
   */
  fetch(
    groupId: string,
    partitions: readonly TopicPartition[] | null,
    options: { requireStable?: boolean; member?: { memberId: string | null; memberEpoch: number } } = {},
  ): { errorCode: number; offsets: FetchedOffset[] } {
    const member = options.member ?? { memberId: null, memberEpoch: -1 };
    const requireStable = options.requireStable ?? false;
    if (this.#d.isLoading()) return { errorCode: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, offsets: [] };
    const consumer = this.#d.consumerGroups.get(groupId);
    if (consumer !== undefined) {
      const { errorCode } = consumer.validateOffsetFetch(member.memberId, member.memberEpoch);
      if (errorCode !== ErrorCode.NONE) return { errorCode, offsets: [] };
    }
    const group = this.#d.groups.get(groupId);
    const store = consumer?.offsets ?? (group === undefined || group.is("Dead") ? undefined : group.offsets);
    const stable = (tp: TopicPartition, v: OffsetAndMetadata | undefined): FetchedOffset =>
      requireStable && store !== undefined && this.hasPendingTransactionalOffset(groupId, tp)
        ? { ...tp, offset: -1n, leaderEpoch: -1, metadata: "", errorCode: ErrorCode.UNSTABLE_OFFSET_COMMIT }
        : fetched(tp, v);
    if (partitions === null) {
      const offsets = [...(store?.entries() ?? [])].map(([tp, v]) => stable(tp, v));
      return { errorCode: ErrorCode.NONE, offsets };
    }
    return { errorCode: ErrorCode.NONE, offsets: partitions.map((tp) => stable(tp, store?.get(tp.topic, tp.partition))) };
  }

  /** Whether an open transaction holds a TxnOffsetCommit of this group and partition. */
  hasPendingTransactionalOffset(groupId: string, tp: TopicPartition): boolean {
    const key = pendingKey(groupId, tp);
    for (const pending of this.#pendingTxn.values()) if (pending.has(key)) return true;
    return false;
  }

  /** OffsetDelete: refused for topics a member of a non-empty consumer group subscribes to. */
  async delete(groupId: string, partitions: readonly TopicPartition[]): Promise<{ errorCode: number; partitions: PartitionError[] }> {
    const d = this.#d;
    const none = (code: number): { errorCode: number; partitions: PartitionError[] } => ({ errorCode: code, partitions: [] });
    if (d.isLoading()) return none(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS);
    const consumer = d.consumerGroups.get(groupId);
    const classic = d.groups.get(groupId);
    const group = consumer ?? classic;
    if (group === undefined || classic?.is("Dead") === true) return none(ErrorCode.GROUP_ID_NOT_FOUND);
    let subscribed: Set<string> = new Set();
    if (consumer !== undefined) {
      subscribed = new Set(consumer.subscriptionMetadata.keys());
    } else if (classic !== undefined && !classic.is("Empty")) {
      const topics = classic.subscribedTopics();
      if (topics === undefined) return none(ErrorCode.NON_EMPTY_GROUP);
      subscribed = topics;
    }
    const results: PartitionError[] = [];
    const deletable: TopicPartition[] = [];
    for (const tp of partitions) {
      if (!d.storage.partitionExists(tp.topic, tp.partition)) results.push({ ...tp, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION });
      else if (subscribed.has(tp.topic)) results.push({ ...tp, errorCode: ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC });
      else {
        deletable.push(tp);
        results.push({ ...tp, errorCode: ErrorCode.NONE });
      }
    }
    const present = deletable.filter((tp) => group.offsets.has(tp.topic, tp.partition));
    if (present.length > 0) {
      try {
        await d.write(groupId, this.tombstones(group, present));
        for (const tp of present) group.offsets.delete(tp.topic, tp.partition);
      } catch (err) {
        d.log.warn({ err, group: groupId }, "writing offset tombstones failed");
        return none(ErrorCode.COORDINATOR_NOT_AVAILABLE);
      }
    }
    return { errorCode: ErrorCode.NONE, partitions: results };
  }

  /**
   * A deleted topic takes its committed offsets with it (Kafka's onPartitionsDeleted), so
   * a topic created again under the same name is not read from stale positions.
   */
  async removeOffsetsOfTopic(topic: string): Promise<number> {
    let removed = 0;
    for (const group of [...this.#d.groups.values(), ...this.#d.consumerGroups.values()]) {
      const gone = [...group.offsets.entries()].map(([tp]) => tp).filter((tp) => tp.topic === topic);
      if (gone.length === 0) continue;
      for (const tp of gone) group.offsets.delete(tp.topic, tp.partition);
      removed += gone.length;
      try {
        await this.#d.write(group.groupId, this.tombstones(group, gone));
      } catch (err) {
        this.#d.log.warn({ err, group: group.groupId, topic }, "writing tombstones for a deleted topic's offsets failed");
      }
    }
    return removed;
  }

  tombstones(group: { groupId: string }, partitions: readonly TopicPartition[]): CoordinatorRecordToWrite[] {
    return partitions.map((tp) => ({ key: encodeOffsetCommitKey({ group: group.groupId, topic: tp.topic, partition: tp.partition }), value: null }));
  }

  /**
   * KIP-211 / KIP-496 expiration: every offset of an Empty group with a protocol counts
   * from when the group became Empty; offsets of a group without a protocol (standalone
   * commits) from their commit; a Stable consumer group's offsets of topics nobody
   * subscribes to from their commit. An Empty group left with no offsets is removed.
   */
  cleanupExpired(): Promise<number> {
    // One pass at a time: a second one would find the same offsets and tombstone them twice.
    this.#cleaning ??= this.#cleanup().finally(() => (this.#cleaning = undefined));
    return this.#cleaning;
  }

  async #cleanup(): Promise<number> {
    const d = this.#d;
    const nowMs = d.clock.nowMs();
    let removed = 0;
    for (const group of [...d.groups.values()]) {
      if (group.is("Dead")) continue;
      let expired: TopicPartition[] = [];
      const commitBase = (o: OffsetAndMetadata): number => Number(o.commitTimestampMs);
      if (group.protocolType === null) {
        expired = group.offsets.expired(nowMs, d.config.offsetsRetentionMs, commitBase);
      } else if (group.is("Empty")) {
        expired = group.offsets.expired(nowMs, d.config.offsetsRetentionMs, (o) => group.currentStateTimestampMs ?? commitBase(o));
      } else if (group.is("Stable")) {
        const subscribed = group.subscribedTopics();
        if (subscribed !== undefined) {
          expired = group.offsets.expired(nowMs, d.config.offsetsRetentionMs, (o, tp) => (subscribed.has(tp.topic) ? undefined : commitBase(o)));
        }
      }
      if (expired.length > 0) {
        if (!(await this.#removeExpired(group, expired))) continue;
        removed += expired.length;
      }
      if (group.is("Empty") && group.offsets.size === 0 && group.pendingMembers.size === 0) await d.removeGroup(group);
    }
    // KIP-848 groups: offsets of topics the group no longer subscribes to expire from their commit.
    // An empty one left without offsets is deleted.
    for (const group of [...d.consumerGroups.values()]) {
      const expired = group.offsets.expired(nowMs, d.config.offsetsRetentionMs, (o, tp) => (group.isSubscribedToTopic(tp.topic) ? undefined : Number(o.commitTimestampMs)));
      if (expired.length > 0) {
        if (!(await this.#removeExpired(group, expired))) continue;
        removed += expired.length;
      }
      if (group.members.size === 0 && group.offsets.size === 0) await d.removeConsumerGroup(group);
    }
    return removed;
  }

  /** Writes tombstones for `expired` and drops them from the group; false when the write failed. */
  async #removeExpired(group: { groupId: string; offsets: { delete(topic: string, partition: number): unknown } }, expired: readonly TopicPartition[]): Promise<boolean> {
    const d = this.#d;
    try {
      await d.write(group.groupId, this.tombstones(group, expired));
    } catch (err) {
      d.log.warn({ err, group: group.groupId }, "writing expired offset tombstones failed");
      return false;
    }
    for (const tp of expired) group.offsets.delete(tp.topic, tp.partition);
    d.log.info({ group: group.groupId, count: expired.length }, "removed expired offsets");
    return true;
  }
}

function pendingKey(groupId: string, tp: TopicPartition): string {
  return `${groupId}\0${tp.partition}:${tp.topic}`;
}

function fetched(tp: TopicPartition, value: OffsetAndMetadata | undefined): FetchedOffset {
  if (value === undefined) return { ...tp, offset: -1n, leaderEpoch: -1, metadata: "", errorCode: ErrorCode.NONE };
  return { ...tp, offset: value.offset, leaderEpoch: value.leaderEpoch, metadata: value.metadata, errorCode: ErrorCode.NONE };
}
