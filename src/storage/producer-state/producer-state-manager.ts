// Producer state of one partition log (Kafka's ProducerStateManager): per producer id the
// epoch and last batches (producer-state-entry.ts), the transactions still open (the
// earliest one's first offset bounds the last stable offset), and the `.snapshot` files
// (producer-snapshot-file.ts) that spare a log scan at start-up.
//
// mapEndOffset is the offset up to which the state reflects the log. A snapshot is taken
// at mapEndOffset when the log rolls (named for the new segment's base offset, so a
// segment can be recovered from its snapshot plus its own batches), at clean shutdown and
// after loading; snapshots are deleted with the segment they start and when they lie
// beyond the recovered log end. Snapshot files are written without fsync and made durable
// by the log's next flush (`syncSnapshots`), as Kafka's roll defers it.
//
// A producer is forgotten after producer.id.expiration.ms without appends unless it has
// an open transaction; its next batch is then accepted with any sequence (KIP-360).
import { NO_PRODUCER_ID } from "../../protocol/records/batch-header.js";
import type { SyncFile } from "../index-file.js";
import { ProducerAppendInfo, type AppendOrigin, type CompletedTxn } from "./producer-append-info.js";
import {
  CorruptSnapshotError,
  deleteProducerSnapshot,
  listSnapshotOffsets,
  producerSnapshotPath,
  readProducerSnapshot,
  syncProducerSnapshot,
  writeProducerSnapshot,
} from "./producer-snapshot-file.js";
import { ProducerStateEntry } from "./producer-state-entry.js";

export interface ProducerStateManagerConfig {
  /** producer.id.expiration.ms (Kafka: 86400000). */
  producerIdExpirationMs: number;
}

export const DEFAULT_PRODUCER_STATE_CONFIG: Readonly<ProducerStateManagerConfig> = Object.freeze({ producerIdExpirationMs: 86_400_000 });

/** Where the manager reports what it did (the storage logger fits). */
export interface ProducerStateLogger {
  info(msg: string): void;
  warn(msg: string): void;
}

export class ProducerStateManager {
  readonly dir: string;
  readonly topicPartition: string;
  config: ProducerStateManagerConfig;
  readonly #logger: ProducerStateLogger;
  readonly #producers = new Map<bigint, ProducerStateEntry>();
  /** Open transactions by first offset; the LSO is the smallest. */
  readonly #ongoingTxns = new Map<bigint, bigint>();
  /** Snapshot offsets on disk, ascending. */
  #snapshots: bigint[];
  readonly #unsyncedSnapshots = new Set<bigint>();
  #lastMapOffset = 0n;
  #lastSnapOffset = 0n;

  constructor(dir: string, topicPartition: string, config: ProducerStateManagerConfig, logger: ProducerStateLogger) {
    this.dir = dir;
    this.topicPartition = topicPartition;
    this.config = config;
    this.#logger = logger;
    this.#snapshots = listSnapshotOffsets(dir);
  }

  get mapEndOffset(): bigint {
    return this.#lastMapOffset;
  }

  /** Producers with state in this partition, by producer id. */
  get activeProducers(): ReadonlyMap<bigint, ProducerStateEntry> {
    return this.#producers;
  }

  /** Open transactions: first offset → producer id. */
  get ongoingTxns(): ReadonlyMap<bigint, bigint> {
    return this.#ongoingTxns;
  }

  get snapshotOffsets(): readonly bigint[] {
    return this.#snapshots;
  }

  get latestSnapshotOffset(): bigint | undefined {
    return this.#snapshots.at(-1);
  }

  get isEmpty(): boolean {
    return this.#producers.size === 0;
  }

  lastEntry(producerId: bigint): ProducerStateEntry | undefined {
    return this.#producers.get(producerId);
  }

  prepareUpdate(producerId: bigint, origin: AppendOrigin): ProducerAppendInfo {
    const current = this.#producers.get(producerId) ?? new ProducerStateEntry(producerId);
    return new ProducerAppendInfo(this.topicPartition, producerId, current, origin);
  }

  /** Applies what a successful append built (Kafka's update(appendInfo)). */
  update(appendInfo: ProducerAppendInfo): void {
    if (appendInfo.producerId === NO_PRODUCER_ID) throw new Error(`invalid producer id ${appendInfo.producerId} for ${this.topicPartition}`);
    const next = appendInfo.toEntry();
    const current = this.#producers.get(appendInfo.producerId);
    if (current === undefined) this.#producers.set(appendInfo.producerId, next);
    else current.update(next);
    for (const txn of appendInfo.startedTransactions) this.#ongoingTxns.set(txn.firstOffset, txn.producerId);
  }

  /** A transaction ended by a marker. */
  completeTxn(txn: CompletedTxn): void {
    this.#ongoingTxns.delete(txn.firstOffset);
  }

  /** First offset of the earliest open transaction (Kafka's firstUnstableOffset), if any. */
  get firstUnstableOffset(): bigint | undefined {
    let min: bigint | undefined;
    for (const offset of this.#ongoingTxns.keys()) if (min === undefined || offset < min) min = offset;
    return min;
  }

  /**
   * The LSO right after `txn`'s marker, before it is removed from the open transactions
   * (Kafka's lastStableOffset(completedTxn)): the earliest other producer's open
   * transaction, else the offset after the marker. Stored in the aborted-transaction index.
   */
  lastStableOffsetAfter(txn: CompletedTxn): bigint {
    let min: bigint | undefined;
    for (const [offset, producerId] of this.#ongoingTxns) {
      if (producerId !== txn.producerId && (min === undefined || offset < min)) min = offset;
    }
    return min ?? txn.lastOffset + 1n;
  }

  updateMapEndOffset(offset: bigint): void {
    this.#lastMapOffset = offset;
  }

  /** Writes a snapshot at mapEndOffset unless one is there already; returns its offset. */
  takeSnapshot(): bigint | undefined {
    if (this.#lastMapOffset <= this.#lastSnapOffset) return undefined;
    const offset = this.#lastMapOffset;
    writeProducerSnapshot(producerSnapshotPath(this.dir, offset), this.#producers.values());
    if (!this.#snapshots.includes(offset)) {
      this.#snapshots.push(offset);
      this.#snapshots.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    }
    this.#unsyncedSnapshots.add(offset);
    this.#lastSnapOffset = offset;
    return offset;
  }

  /** Makes the snapshots written since the last call durable. */
  async syncSnapshots(syncFile: SyncFile): Promise<void> {
    const offsets = [...this.#unsyncedSnapshots];
    this.#unsyncedSnapshots.clear();
    for (const offset of offsets) await syncProducerSnapshot(producerSnapshotPath(this.dir, offset), syncFile);
  }

  /**
   * Forgets everything and reloads from the latest usable snapshot at or below
   * `logEndOffset` (snapshots above it, or at or below `logStartOffset`, are deleted; a
   * corrupt one is deleted and the next older tried). Afterwards mapEndOffset is that
   * snapshot's offset, or `logStartOffset` when there is none: the caller replays the log
   * from there (Kafka's truncateAndReload + loadFromSnapshot).
   */
  truncateAndReload(logStartOffset: bigint, logEndOffset: bigint, nowMs: number): void {
    for (const offset of [...this.#snapshots]) {
      if (offset > logEndOffset || offset <= logStartOffset) this.#removeSnapshot(offset);
    }
    this.#producers.clear();
    this.#ongoingTxns.clear();
    for (;;) {
      const latest = this.#snapshots.at(-1);
      if (latest === undefined) {
        this.#lastSnapOffset = logStartOffset;
        this.#lastMapOffset = logStartOffset;
        return;
      }
      try {
        const entries = readProducerSnapshot(producerSnapshotPath(this.dir, latest));
        for (const entry of entries) if (!this.#isExpired(nowMs, entry)) this.loadProducerEntry(entry);
        this.#lastSnapOffset = latest;
        this.#lastMapOffset = latest;
        return;
      } catch (err) {
        if (!(err instanceof CorruptSnapshotError) && (err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
        this.#logger.warn(`Failed to load producer snapshot ${producerSnapshotPath(this.dir, latest)}: ${(err as Error).message}`);
        this.#removeSnapshot(latest);
      }
    }
  }

  loadProducerEntry(entry: ProducerStateEntry): void {
    this.#producers.set(entry.producerId, entry);
    if (entry.currentTxnFirstOffset !== undefined) this.#ongoingTxns.set(entry.currentTxnFirstOffset, entry.producerId);
  }

  /**
   * Deletes snapshots that belong to no segment, keeping the newest stray one when it lies
   * above every segment's base offset (the one a clean shutdown wrote at the log end).
   */
  removeStraySnapshots(segmentBaseOffsets: readonly bigint[]): void {
    const bases = new Set(segmentBaseOffsets);
    const maxBase = segmentBaseOffsets.reduce((m, o) => (o > m ? o : m), -1n);
    const strays = this.#snapshots.filter((o) => !bases.has(o));
    const latestStray = strays.at(-1);
    for (const offset of strays) {
      if (offset !== latestStray || (maxBase >= 0n && offset < maxBase)) this.#removeSnapshot(offset);
    }
  }

  /** Deletes snapshots below `offset` (their segments are gone). */
  deleteSnapshotsBefore(offset: bigint): void {
    for (const o of [...this.#snapshots]) if (o < offset) this.#removeSnapshot(o);
  }

  onLogStartOffsetIncremented(logStartOffset: bigint): void {
    if (this.#lastMapOffset < logStartOffset) this.#lastMapOffset = logStartOffset;
    this.#lastSnapOffset = this.latestSnapshotOffset ?? logStartOffset;
  }

  /** Forgets producers idle for producer.id.expiration.ms (none with an open transaction). */
  removeExpiredProducers(nowMs: number): number {
    let removed = 0;
    for (const [producerId, entry] of this.#producers) {
      if (this.#isExpired(nowMs, entry)) {
        this.#producers.delete(producerId);
        removed++;
      }
    }
    return removed;
  }

  /** Empties the state and deletes every snapshot (the log restarts at `offset`). */
  truncateFullyAndStartAt(offset: bigint): void {
    this.#producers.clear();
    this.#ongoingTxns.clear();
    for (const o of [...this.#snapshots]) this.#removeSnapshot(o);
    this.#lastSnapOffset = 0n;
    this.#lastMapOffset = offset;
  }

  #isExpired(nowMs: number, entry: ProducerStateEntry): boolean {
    return entry.currentTxnFirstOffset === undefined && BigInt(nowMs) - entry.lastTimestamp >= BigInt(this.config.producerIdExpirationMs);
  }

  #removeSnapshot(offset: bigint): void {
    this.#snapshots = this.#snapshots.filter((o) => o !== offset);
    this.#unsyncedSnapshots.delete(offset);
    deleteProducerSnapshot(producerSnapshotPath(this.dir, offset));
  }
}
