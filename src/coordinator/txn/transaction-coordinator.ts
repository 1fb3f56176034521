// The transaction coordinator (Kafka's TransactionCoordinator + TransactionStateManager),
// for one node that owns every partition of __transaction_state. Each transactional id's
// requests run one at a time (a per-id queue), and every state change is written to
// partition abs(transactionalId.hashCode) % n and fsynced before it is applied or answered.
//
// Completion (EndTxn, timeouts, fencing): Prepare{Commit,Abort} is persisted, then the
// markers are written to every partition of the transaction and flushed, then the group
// offsets are made visible or dropped, then Complete{Commit,Abort} is persisted. A crash
// anywhere in between leaves Prepare* on disk, which start() finishes, so a transaction is
// never half visible. Late-marker guard (KIP-890 part 2): EndTxn v5+ bumps the epoch on
// every completion, so a delayed EndTxn of an earlier transaction carries an old epoch and
// is fenced instead of ending the next one.
import { ErrorCode, KafkaError } from "../../protocol/errors.js";
import { schedulePeriodic, type Clock, type Timer } from "../../storage/clock.js";
import type { Logger } from "../../util/logger.js";
import { partitionForGroup, type CoordinatorStorage } from "../group/coordinator-storage.js";
import type { TopicPartition } from "../group/offset-store.js";
import { decodeTransactionLogKey, decodeTransactionLogValue, encodeTransactionLogKey, encodeTransactionLogValue } from "./records/transaction-log-record.js";
import { TransactionMetadata } from "./transaction-metadata.js";
import { isTransactionComplete, isValidTransition, type TransactionState } from "./transaction-state.js";

export const TRANSACTION_STATE_TOPIC_NAME = "__transaction_state";
const MAX_EPOCH = 32767;
const MARKER_RETRY_MS = 1000;

export interface TransactionMarker {
  type: "COMMIT" | "ABORT";
  producerId: bigint;
  producerEpoch: number;
  coordinatorEpoch: number;
}

/** What the coordinator needs from the partitions' leader: markers, appended and flushed. */
export interface TransactionMarkerWriter {
  writeMarkers(partitions: readonly TopicPartition[], marker: TransactionMarker): Promise<void>;
}

/** The group coordinator's side of TxnOffsetCommit: pending offsets made visible or dropped. */
export interface TransactionalOffsetsCompleter {
  completeTransaction(producerId: bigint, committed: boolean): Promise<void>;
}

export interface TransactionCoordinatorConfig {
  maxTimeoutMs: number;
  transactionalIdExpirationMs: number;
  abortTimedOutIntervalMs: number;
  removeExpiredIntervalMs: number;
}

export interface TransactionCoordinatorOptions {
  storage: CoordinatorStorage;
  markers: TransactionMarkerWriter;
  offsets: TransactionalOffsetsCompleter;
  generateProducerId(): bigint;
  clock: Clock;
  log: Logger;
  config: TransactionCoordinatorConfig;
}

export interface ProducerIdAndEpoch {
  errorCode: number;
  producerId: bigint;
  producerEpoch: number;
}

const fail = (errorCode: number): ProducerIdAndEpoch => ({ errorCode, producerId: -1n, producerEpoch: -1 });

export class TransactionCoordinator {
  readonly #o: TransactionCoordinatorOptions;
  readonly #txns = new Map<string, TransactionMetadata>();
  readonly #queues = new Map<string, Promise<unknown>>();
  readonly #timers: Timer[] = [];
  #loading = true;
  #closed = false;
  /** TEST-ONLY: stop completions after Prepare* is persisted (simulates a crash there). */
  haltAfterPrepareForTesting = false;

  constructor(options: TransactionCoordinatorOptions) {
    this.#o = options;
  }

  get isLoading(): boolean {
    return this.#loading;
  }

  partitionFor(transactionalId: string): number {
    return partitionForGroup(transactionalId, this.#o.storage.partitionCount());
  }

  transaction(transactionalId: string): TransactionMetadata | undefined {
    return this.#txns.get(transactionalId);
  }

  /** Replays __transaction_state, finishes transactions left in Prepare*, starts the timers. */
  async start(): Promise<void> {
    const { storage, clock, config } = this.#o;
    const partitions = storage.partitionCount();
    for (let p = 0; p < partitions; p++) {
      for (const record of storage.replay(p)) {
        let id: string | undefined;
        try {
          id = decodeTransactionLogKey(record.key);
          if (id === undefined) continue;
          if (record.value === null) this.#txns.delete(id);
          else this.#txns.set(id, TransactionMetadata.fromLogValue(id, decodeTransactionLogValue(record.value)));
        } catch (err) {
          this.#o.log.warn({ err, partition: p, transactionalId: id }, "skipping an unreadable __transaction_state record");
        }
      }
    }
    this.#loading = false;
    const pending = [...this.#txns.values()].filter((m) => m.state === "PrepareCommit" || m.state === "PrepareAbort");
    // A failure leaves the transaction in Prepare*, retried on a timer (#finish).
    for (const m of pending) await this.#serial(m.transactionalId, () => this.#finish(m)).catch(() => {});
    if (this.#txns.size > 0) this.#o.log.info({ transactionalIds: this.#txns.size, completed: pending.length }, "loaded __transaction_state");
    this.#timers.push(
      schedulePeriodic(clock, config.abortTimedOutIntervalMs, () => void this.abortTimedOutTransactions().catch((err: unknown) => this.#o.log.warn({ err }, "aborting timed-out transactions failed"))),
      schedulePeriodic(clock, config.removeExpiredIntervalMs, () => void this.removeExpiredTransactionalIds().catch((err: unknown) => this.#o.log.warn({ err }, "removing expired transactional ids failed"))),
    );
  }

  close(): void {
    this.#closed = true;
    for (const t of this.#timers.splice(0)) t.cancel();
  }

  /** InitProducerId with a transactional id; `expected` is KIP-360's current id and epoch. */
  initProducerId(transactionalId: string, timeoutMs: number, expected?: { producerId: bigint; producerEpoch: number }): Promise<ProducerIdAndEpoch> {
    if (this.#loading) return Promise.resolve(fail(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS));
    if (transactionalId === "") return Promise.resolve(fail(ErrorCode.INVALID_REQUEST));
    if (timeoutMs <= 0 || timeoutMs > this.#o.config.maxTimeoutMs) return Promise.resolve(fail(ErrorCode.INVALID_TRANSACTION_TIMEOUT));
    return this.#serialCode(transactionalId, fail, async () => {
      const now = this.#o.clock.nowMs();
      let m = this.#txns.get(transactionalId);
      if (m === undefined) {
        this.#o.storage.ensureTopic();
        const created = new TransactionMetadata(transactionalId, this.#o.generateProducerId(), 0, timeoutMs, "Empty", now);
        await this.#persist(created);
        this.#txns.set(transactionalId, created);
        return { errorCode: ErrorCode.NONE, producerId: created.producerId, producerEpoch: 0 };
      }
      if (m.state === "PrepareCommit" || m.state === "PrepareAbort") {
        await this.#finish(m);
        return fail(ErrorCode.CONCURRENT_TRANSACTIONS);
      }
      if (expected !== undefined) {
        const current = expected.producerId === m.producerId && expected.producerEpoch === m.producerEpoch;
        const retry = expected.producerId === m.lastProducerId && expected.producerEpoch === m.lastProducerEpoch;
        if (retry && m.state === "Empty") return { errorCode: ErrorCode.NONE, producerId: m.producerId, producerEpoch: m.producerEpoch };
        if (!current && !retry) return fail(ErrorCode.PRODUCER_FENCED);
      }
      // An ongoing transaction is aborted with a bumped epoch first, fencing its producer.
      if (m.state === "Ongoing") await this.#fenceAndAbort(m);
      m = this.#txns.get(transactionalId) ?? m;
      const next = m.copy();
      bumpEpoch(next, () => this.#o.generateProducerId());
      next.transactionTimeoutMs = timeoutMs;
      this.#transition(m, next, "Empty", now);
      next.partitions.clear();
      next.startTimestampMs = -1;
      await this.#persist(next);
      m.assign(next);
      return { errorCode: ErrorCode.NONE, producerId: m.producerId, producerEpoch: m.producerEpoch };
    });
  }

  /** AddPartitionsToTxn (client path) and AddOffsetsToTxn: one code for the whole request. */
  addPartitions(transactionalId: string, producerId: bigint, producerEpoch: number, tps: readonly TopicPartition[]): Promise<number> {
    if (this.#loading) return Promise.resolve(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS);
    return this.#serialCode(transactionalId, (code) => code, async () => {
      const m = this.#txns.get(transactionalId);
      const error = this.#checkProducer(m, producerId, producerEpoch);
      if (error !== ErrorCode.NONE || m === undefined) return error;
      if (m.state === "PrepareCommit" || m.state === "PrepareAbort") return ErrorCode.CONCURRENT_TRANSACTIONS;
      if (m.state !== "Ongoing" && !isTransactionComplete(m.state)) return ErrorCode.INVALID_TXN_STATE;
      if (m.state === "Ongoing" && tps.every((tp) => m.hasPartition(tp.topic, tp.partition))) return ErrorCode.NONE;
      const now = this.#o.clock.nowMs();
      const next = m.copy();
      if (m.state !== "Ongoing") {
        next.partitions.clear();
        next.startTimestampMs = now;
      }
      this.#transition(m, next, "Ongoing", now);
      next.addPartitions(tps);
      await this.#persist(next);
      m.assign(next);
      return ErrorCode.NONE;
    });
  }

  /** AddPartitionsToTxn v4+ verifyOnly: per partition, whether it is in the ongoing transaction. */
  verifyPartitions(transactionalId: string, producerId: bigint, producerEpoch: number, tps: readonly TopicPartition[], notInTxn: number): number[] {
    if (this.#loading) return tps.map(() => ErrorCode.COORDINATOR_LOAD_IN_PROGRESS);
    const m = this.#txns.get(transactionalId);
    const error = this.#checkProducer(m, producerId, producerEpoch);
    if (error !== ErrorCode.NONE || m === undefined) return tps.map(() => error);
    return tps.map((tp) => (m.state === "Ongoing" && m.hasPartition(tp.topic, tp.partition) ? ErrorCode.NONE : notInTxn));
  }

  /** TxnOffsetCommit's producer check: the id and epoch own the transactional id. */
  checkProducer(transactionalId: string, producerId: bigint, producerEpoch: number): number {
    if (this.#loading) return ErrorCode.COORDINATOR_LOAD_IN_PROGRESS;
    return this.#checkProducer(this.#txns.get(transactionalId), producerId, producerEpoch);
  }

  /**
   * EndTxn. `bumpEpoch` (EndTxn v5+, KIP-890 part 2) ends the transaction with epoch + 1,
   * answered to the client, and recognises a retry of the previous EndTxn by its old epoch.
   */
  endTransaction(transactionalId: string, producerId: bigint, producerEpoch: number, commit: boolean, bumpEpoch: boolean): Promise<ProducerIdAndEpoch> {
    if (this.#loading) return Promise.resolve(fail(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS));
    return this.#serialCode(transactionalId, fail, async () => {
      const m = this.#txns.get(transactionalId);
      if (m === undefined) return fail(ErrorCode.INVALID_PRODUCER_ID_MAPPING);
      const ok = (): ProducerIdAndEpoch => ({ errorCode: ErrorCode.NONE, producerId: m.producerId, producerEpoch: m.producerEpoch });
      const completedAs = commit ? "CompleteCommit" : "CompleteAbort";
      if (bumpEpoch && producerId === m.lastProducerId && producerEpoch === m.lastProducerEpoch && m.state === completedAs) return ok(); // a retry
      if (producerId !== m.producerId) return fail(ErrorCode.INVALID_PRODUCER_ID_MAPPING);
      if (producerEpoch !== m.producerEpoch) return fail(ErrorCode.PRODUCER_FENCED);
      switch (m.state) {
        case "Ongoing":
          await this.#complete(m, commit, bumpEpoch);
          return ok();
        case "CompleteCommit":
        case "CompleteAbort":
          // Classic (pre-v5) retry of the EndTxn that ended this transaction.
          return m.state === completedAs && !bumpEpoch ? ok() : fail(ErrorCode.INVALID_TXN_STATE);
        case "PrepareCommit":
        case "PrepareAbort":
          await this.#finish(m);
          return fail(ErrorCode.CONCURRENT_TRANSACTIONS);
        case "Empty":
          return fail(ErrorCode.INVALID_TXN_STATE);
        default:
          return fail(ErrorCode.INVALID_PRODUCER_EPOCH);
      }
    });
  }

  describe(transactionalId: string): TransactionMetadata | number {
    if (this.#loading) return ErrorCode.COORDINATOR_LOAD_IN_PROGRESS;
    return this.#txns.get(transactionalId) ?? ErrorCode.TRANSACTIONAL_ID_NOT_FOUND;
  }

  list(): TransactionMetadata[] {
    return [...this.#txns.values()];
  }

  /** Aborts every ongoing transaction past its timeout, bumping the epoch to fence its producer. */
  async abortTimedOutTransactions(): Promise<number> {
    if (this.#loading || this.#closed) return 0;
    const now = this.#o.clock.nowMs();
    const timedOut = [...this.#txns.values()].filter((m) => m.state === "Ongoing" && m.startTimestampMs + m.transactionTimeoutMs <= now);
    let aborted = 0;
    for (const m of timedOut) {
      await this.#serial(m.transactionalId, async () => {
        if (m.state !== "Ongoing" || m.startTimestampMs + m.transactionTimeoutMs > this.#o.clock.nowMs()) return;
        this.#o.log.info({ transactionalId: m.transactionalId, producerId: m.producerId, epoch: m.producerEpoch }, "aborting a timed-out transaction");
        await this.#fenceAndAbort(m);
        aborted++;
      });
    }
    return aborted;
  }

  /** transactional.id.expiration.ms: forgets ids idle that long with no transaction open. */
  async removeExpiredTransactionalIds(): Promise<number> {
    if (this.#loading || this.#closed) return 0;
    const now = this.#o.clock.nowMs();
    const idle = (m: TransactionMetadata): boolean => isTransactionComplete(m.state) && m.lastUpdateTimestampMs + this.#o.config.transactionalIdExpirationMs <= now;
    let removed = 0;
    for (const m of [...this.#txns.values()].filter(idle)) {
      await this.#serial(m.transactionalId, async () => {
        if (!idle(m) || this.#txns.get(m.transactionalId) !== m) return;
        const partition = this.partitionFor(m.transactionalId);
        await this.#o.storage.write(partition, [{ key: encodeTransactionLogKey(m.transactionalId), value: null }], now);
        m.state = "Dead";
        this.#txns.delete(m.transactionalId);
        removed++;
      });
    }
    return removed;
  }

  #checkProducer(m: TransactionMetadata | undefined, producerId: bigint, producerEpoch: number): number {
    if (m === undefined || m.producerId !== producerId) return ErrorCode.INVALID_PRODUCER_ID_MAPPING;
    if (m.producerEpoch !== producerEpoch) return ErrorCode.PRODUCER_FENCED;
    return ErrorCode.NONE;
  }

  /** Kafka's PrepareEpochFence: bump the epoch, then abort under it. */
  async #fenceAndAbort(m: TransactionMetadata): Promise<void> {
    await this.#complete(m, false, true);
  }

  async #complete(m: TransactionMetadata, commit: boolean, bump: boolean): Promise<void> {
    const next = m.copy();
    if (bump) bumpEpoch(next, () => this.#o.generateProducerId());
    this.#transition(m, next, commit ? "PrepareCommit" : "PrepareAbort", this.#o.clock.nowMs());
    await this.#persist(next);
    m.assign(next);
    if (this.haltAfterPrepareForTesting) throw new KafkaError(ErrorCode.COORDINATOR_NOT_AVAILABLE, "halted after Prepare (test hook)");
    await this.#finish(m);
  }

  /** Writes the markers of a Prepare* transaction, settles its offsets, persists Complete*. */
  async #finish(m: TransactionMetadata): Promise<void> {
    const commit = m.state === "PrepareCommit";
    // After an epoch bump (fencing, KIP-890) the markers carry the new epoch, which the
    // partitions then require of every later write of this producer.
    const marker: TransactionMarker = { type: commit ? "COMMIT" : "ABORT", producerId: m.producerId, producerEpoch: m.producerEpoch, coordinatorEpoch: 0 };
    try {
      await this.#o.markers.writeMarkers(m.topicPartitions(), marker);
      await this.#o.offsets.completeTransaction(m.producerId, commit);
    } catch (err) {
      this.#o.log.warn({ err, transactionalId: m.transactionalId }, "writing transaction markers failed; retrying");
      this.#retryLater(m);
      throw new KafkaError(ErrorCode.COORDINATOR_NOT_AVAILABLE, "writing transaction markers failed");
    }
    const next = m.copy();
    this.#transition(m, next, commit ? "CompleteCommit" : "CompleteAbort", this.#o.clock.nowMs());
    await this.#persist(next);
    m.assign(next);
  }

  #retryLater(m: TransactionMetadata): void {
    if (this.#closed) return;
    this.#o.clock.schedule(MARKER_RETRY_MS, () => {
      if (this.#closed || (m.state !== "PrepareCommit" && m.state !== "PrepareAbort")) return;
      this.#serial(m.transactionalId, () => this.#finish(m)).catch(() => {});
    });
  }

  #transition(from: TransactionMetadata, next: TransactionMetadata, to: TransactionState, nowMs: number): void {
    if (!isValidTransition(from.state, to)) {
      throw new KafkaError(ErrorCode.INVALID_TXN_STATE, `transaction ${from.transactionalId}: ${from.state} → ${to} is not a valid transition`);
    }
    next.state = to;
    next.lastUpdateTimestampMs = nowMs;
  }

  async #persist(m: TransactionMetadata): Promise<void> {
    const partition = this.partitionFor(m.transactionalId);
    const record = { key: encodeTransactionLogKey(m.transactionalId), value: encodeTransactionLogValue(m.toLogValue()) };
    try {
      await this.#o.storage.write(partition, [record], this.#o.clock.nowMs());
    } catch (err) {
      this.#o.log.warn({ err, transactionalId: m.transactionalId }, "writing __transaction_state failed");
      throw new KafkaError(ErrorCode.COORDINATOR_NOT_AVAILABLE, "writing __transaction_state failed");
    }
  }

  /** #serial, with a KafkaError (or any failure) answered as an error code. */
  async #serialCode<T>(transactionalId: string, failed: (code: number) => T, task: () => Promise<T>): Promise<T> {
    try {
      return await this.#serial(transactionalId, task);
    } catch (err) {
      if (err instanceof KafkaError) return failed(err.code);
      this.#o.log.error({ err, transactionalId }, "transaction coordinator failure");
      return failed(ErrorCode.UNKNOWN_SERVER_ERROR);
    }
  }

  /** Runs `task` after every earlier task of the same transactional id. */
  #serial<T>(transactionalId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(transactionalId) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.catch(() => {});
    this.#queues.set(transactionalId, settled);
    void settled.then(() => {
      if (this.#queues.get(transactionalId) === settled) this.#queues.delete(transactionalId);
    });
    return run;
  }
}

/** A new epoch, or a new producer id at epoch 0 when the epoch would run out. */
function bumpEpoch(m: TransactionMetadata, generate: () => bigint): void {
  m.lastProducerEpoch = m.producerEpoch;
  m.lastProducerId = m.producerId;
  if (m.producerEpoch + 1 >= MAX_EPOCH) {
    m.producerId = generate();
    m.producerEpoch = 0;
  } else {
    m.producerEpoch++;
  }
}
