// One partition's log (Kafka's UnifiedLog + LocalLog): `<logDir>/<topic>-<partition>/`
// holding segments ordered by base offset; the last one is active and takes appends.
//
// Offsets: logStartOffset <= lastStableOffset <= highWatermark <= logEndOffset. On a
// single node every appended batch is at once below the high watermark; the field stays
// separate so fsync-gated visibility can slot in. The last stable offset (LSO) is the
// first offset of the earliest open transaction, else the high watermark; READ_COMMITTED
// readers stop there and skip the aborted transactions listed in the segments'
// `.txnindex` files (collectAbortedTransactions). The recovery point is the offset below which
// everything has been fsynced; after a crash, recovery scans only from there.
import { closeSync, constants, mkdirSync, openSync, renameSync, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { basename, dirname, join } from "node:path";
import { ErrorCode, KafkaError } from "../protocol/errors.js";
import { BatchCipher } from "./encryption/batch-cipher.js";
import { KeyRing } from "./encryption/key-ring.js";
import { clientForm, storedForm } from "./encryption/log-encryption.js";
import { assignOffsets } from "./assign-offsets.js";
import { fsyncPath } from "./checkpoint-file.js";
import { CLEANED_FILE_SUFFIX, SWAP_FILE_SUFFIX, changeSegmentFileSuffixes, deleteSegmentFilesWithSuffix } from "./cleaner/segment-swap.js";
import type { Clock } from "./clock.js";
import { GroupCommit } from "./group-commit.js";
import { defaultSyncFile, type SyncFile } from "./index-file.js";
import { logConfig, type LogConfig } from "./log-config.js";
import { loadLog, silentLogger, type StorageLogger } from "./log-loader.js";
import { LogSegment, deleteSegmentFiles, type SegmentOptions } from "./log-segment.js";
import type { TimestampAndOffset } from "./record-search.js";
import { deletableSegments, retentionPredicates } from "./retention.js";
import { analyzeProducerBatches } from "./producer-state/analyze-producer-batches.js";
import { firstOffsetOf } from "./producer-state/batch-metadata.js";
import { loadProducerState } from "./producer-state/load-producer-state.js";
import type { AppendOrigin } from "./producer-state/producer-append-info.js";
import type { AbortedTxn } from "./transaction-index.js";
import {
  DEFAULT_PRODUCER_STATE_CONFIG,
  ProducerStateManager,
  type ProducerStateManagerConfig,
} from "./producer-state/producer-state-manager.js";

/** ListOffsets special timestamps (ListOffsetsRequest). */
export const LATEST_TIMESTAMP = -1n;
export const EARLIEST_TIMESTAMP = -2n;
export const MAX_TIMESTAMP = -3n;
export const EARLIEST_LOCAL_TIMESTAMP = -4n;

export type LogStartOffsetIncrementReason = "ClientRecordDeletion" | "SegmentDeletion";

export interface LogOptions {
  clock: Clock;
  /** From recovery-point-offset-checkpoint; 0 (scan everything) when unknown. */
  recoveryPoint?: bigint;
  /** From log-start-offset-checkpoint. */
  logStartOffset?: bigint;
  /** True when the log dir had `.kafka_cleanshutdown`: no scan at open. */
  hadCleanShutdown?: boolean;
  /** fdatasync replacement (tests count calls through it). */
  syncFile?: SyncFile;
  logger?: StorageLogger;
  onLogStartOffsetIncremented?: (log: Log, reason: LogStartOffsetIncrementReason) => void;
  /** producer.id.expiration.ms and friends (idempotent producers). */
  producerState?: ProducerStateManagerConfig;
  /** Keys of encryption at rest: config.encryptionKeyId encrypts appends, stored key ids decrypt reads. */
  keyRing?: KeyRing;
}

export interface AppendInfo {
  firstOffset: bigint;
  lastOffset: bigint;
  /** The broker time written into the batches, or -1 for CreateTime. */
  logAppendTimeMs: number;
  logStartOffset: bigint;
  recordCount: number;
  maxTimestamp: bigint;
  /** A retried idempotent batch: nothing was appended; the offsets are the first append's. */
  duplicate?: true;
}

export interface ReadOptions {
  /** Exclusive upper bound (high watermark or last stable offset); default the high watermark. */
  maxOffset?: bigint;
  /** Return the first batch even when it is larger than maxBytes (KIP-74). */
  minOneBatch: boolean;
  /** Memory to read the records into (the connection's pool for a fetch); default fresh. */
  allocate?: (size: number) => Buffer;
}

export interface FetchDataInfo {
  /** Whole batches; the first may start before the fetch offset. */
  records: Buffer;
  highWatermark: bigint;
  logStartOffset: bigint;
  logEndOffset: bigint;
}

export class Log {
  readonly dir: string;
  readonly topic: string;
  readonly partition: number;
  #config: Required<LogConfig>;
  readonly #clock: Clock;
  readonly #syncFile: SyncFile;
  readonly #logger: StorageLogger;
  readonly #onLogStartOffsetIncremented: LogOptions["onLogStartOffsetIncremented"];
  readonly #segments: LogSegment[];
  #logStartOffset: bigint;
  #logEndOffset: bigint;
  #highWatermark: bigint;
  #recoveryPoint: bigint;
  #lastFlushTimeMs: number;
  #dirsToSync = new Set<string>();
  readonly #groupCommit: GroupCommit;
  readonly #producerState: ProducerStateManager;
  #failure: KafkaError | undefined;
  #closed = false;
  /** Encrypts appends and decrypts reads (encryption/); the cleaner uses it too. */
  readonly cipher: BatchCipher;

  private constructor(dir: string, topic: string, partition: number, config: LogConfig, options: LogOptions) {
    this.dir = dir;
    this.topic = topic;
    this.partition = partition;
    this.#config = logConfig(config);
    this.#clock = options.clock;
    this.#syncFile = options.syncFile ?? defaultSyncFile;
    this.#logger = options.logger ?? silentLogger;
    this.#onLogStartOffsetIncremented = options.onLogStartOffsetIncremented;
    this.cipher = new BatchCipher(options.keyRing ?? KeyRing.EMPTY);
    const loaded = loadLog({
      dir,
      config: this.#config,
      clock: this.#clock,
      recoveryPoint: options.recoveryPoint ?? 0n,
      logStartOffset: options.logStartOffset ?? 0n,
      hadCleanShutdown: options.hadCleanShutdown ?? false,
      logger: this.#logger,
    });
    this.#segments = loaded.segments;
    this.#logStartOffset = loaded.logStartOffset;
    this.#logEndOffset = loaded.logEndOffset;
    this.#highWatermark = loaded.logEndOffset;
    this.#recoveryPoint = loaded.recoveryPoint;
    this.#lastFlushTimeMs = this.#clock.nowMs();
    this.#producerState = new ProducerStateManager(dir, `${topic}-${partition}`, options.producerState ?? DEFAULT_PRODUCER_STATE_CONFIG, this.#logger);
    // Index entries for markers that recovery cut off are stale; the replay below re-adds missing ones.
    this.#segments.forEach((s, i) => s.txnIndex.truncateTo(this.#segments[i + 1]?.baseOffset ?? this.#logEndOffset));
    loadProducerState(this.#producerState, this.#segments, this.#logStartOffset, this.#logEndOffset, this.#clock.nowMs());
    this.#groupCommit = new GroupCommit(
      () => this.#logEndOffset,
      () => this.#recoveryPoint,
      (target) => this.#flushTo(target),
    );
  }

  /** Opens (creating if needed) `<parentDir>/<topic>-<partition>` and recovers it. */
  static open(parentDir: string, topic: string, partition: number, config: LogConfig, options: LogOptions): Log {
    const dir = join(parentDir, `${topic}-${partition}`);
    mkdirSync(dir, { recursive: true });
    const log = new Log(dir, topic, partition, config, options);
    // The new directory entries become durable with the first flush.
    log.#dirsToSync.add(parentDir).add(dir);
    return log;
  }

  get config(): Readonly<Required<LogConfig>> {
    return this.#config;
  }
  get logStartOffset(): bigint {
    return this.#logStartOffset;
  }
  get logEndOffset(): bigint {
    return this.#logEndOffset;
  }
  get highWatermark(): bigint {
    return this.#highWatermark;
  }
  get recoveryPoint(): bigint {
    return this.#recoveryPoint;
  }
  /** The first offset of the earliest open transaction, else the high watermark (Kafka's LSO). */
  get lastStableOffset(): bigint {
    const unstable = this.#producerState.firstUnstableOffset;
    if (unstable === undefined || unstable >= this.#highWatermark) return this.#highWatermark;
    // DeleteRecords may have removed the start of an open transaction.
    return unstable > this.#logStartOffset ? unstable : this.#logStartOffset;
  }
  /** Kafka's unflushedMessages: offsets appended since the last flush. */
  get unflushedMessages(): bigint {
    return this.#logEndOffset - this.#recoveryPoint;
  }
  get lastFlushTimeMs(): number {
    return this.#lastFlushTimeMs;
  }
  get segments(): readonly LogSegment[] {
    return this.#segments;
  }
  get activeSegment(): LogSegment {
    return this.#segments.at(-1)!;
  }
  /** Bytes on disk across all segments. */
  get size(): number {
    return this.#segments.reduce((n, s) => n + s.size, 0);
  }

  /** Idempotent producers' state in this partition (DescribeProducers, transactions). */
  get producerStateManager(): ProducerStateManager {
    return this.#producerState;
  }

  /** Forgets producers idle longer than producer.id.expiration.ms (LogManager runs this periodically). */
  removeExpiredProducers(nowMs: number): number {
    return this.#producerState.removeExpiredProducers(nowMs);
  }

  /** Takes effect for later appends, rolls and retention checks (indexes of new segments). */
  updateConfig(config: LogConfig): void {
    this.#config = logConfig(config);
  }

  /**
   * Appends one or more complete v2 batches, already validated (sizes, CRC) by the
   * caller. Assigns offsets by rewriting each base offset in place; with
   * `logAppendTimeMs`, also stamps LogAppendTime and recomputes the CRC, which covers
   * attributes and max timestamp. The write is synchronous; durability needs `flush`.
   * Batches with a producer id pass the idempotence checks of `origin` (default "client",
   * see producer-state/): a refused one throws KafkaError; a retry of one of the producer's
   * last five batches appends nothing and answers the first append's offsets (`duplicate`).
   */
  append(records: Buffer, opts: { logAppendTimeMs?: number; origin?: AppendOrigin } = {}): AppendInfo {
    this.#checkWritable();
    const firstOffset = this.#logEndOffset;
    const { lastOffset, maxTimestamp, offsetOfMaxTimestamp, recordCount } = assignOffsets(records, firstOffset, opts.logAppendTimeMs);
    const producers = analyzeProducerBatches(this.#producerState, records, opts.origin ?? "client");
    if (producers.duplicate !== undefined) {
      const original = producers.duplicate;
      return {
        firstOffset: firstOffsetOf(original),
        lastOffset: original.lastOffset,
        // Kafka answers the stored batch timestamp here even for CreateTime topics, which
        // clients then take for a LogAppendTime; -1 keeps their CreateTime.
        logAppendTimeMs: opts.logAppendTimeMs === undefined ? -1 : Number(original.timestamp),
        logStartOffset: this.#logStartOffset,
        recordCount: 0,
        maxTimestamp: original.timestamp,
        duplicate: true,
      };
    }
    const stored = storedForm(this.cipher, records, this.#config.encryptionKeyId, `${this.topic}-${this.partition}`);
    try {
      const segment = this.#maybeRoll(stored.length, maxTimestamp, lastOffset);
      segment.append(lastOffset, maxTimestamp, offsetOfMaxTimestamp, stored);
    } catch (err) {
      throw this.#fail("append", err);
    }
    this.#logEndOffset = lastOffset + 1n;
    this.#highWatermark = this.#logEndOffset;
    for (const info of producers.updates.values()) this.#producerState.update(info);
    for (const txn of producers.completedTxns) {
      // Kafka's updateTxnIndex: the marker's segment records the abort, with the LSO after it.
      if (txn.isAborted) this.activeSegment.txnIndex.append({ ...txn, lastStableOffset: this.#producerState.lastStableOffsetAfter(txn) });
      this.#producerState.completeTxn(txn);
    }
    this.#producerState.updateMapEndOffset(this.#logEndOffset);
    if (this.unflushedMessages >= BigInt(this.#config.flushMessages)) this.#backgroundFlush();
    return {
      firstOffset,
      lastOffset,
      logAppendTimeMs: opts.logAppendTimeMs ?? -1,
      logStartOffset: this.#logStartOffset,
      recordCount,
      maxTimestamp,
    };
  }

  /**
   * Whole batches from the one containing `fetchOffset`, up to `maxBytes` and below
   * `maxOffset`, from a single segment (as Kafka). Throws OFFSET_OUT_OF_RANGE outside
   * [logStartOffset, logEndOffset].
   */
  read(fetchOffset: bigint, maxBytes: number, opts: ReadOptions): FetchDataInfo {
    this.#checkOpen();
    if (fetchOffset < this.#logStartOffset || fetchOffset > this.#logEndOffset) {
      throw new KafkaError(
        ErrorCode.OFFSET_OUT_OF_RANGE,
        `offset ${fetchOffset} is outside [${this.#logStartOffset}, ${this.#logEndOffset}] of ${this.topic}-${this.partition}`,
      );
    }
    const maxOffset = opts.maxOffset ?? this.#highWatermark;
    const result: FetchDataInfo = {
      records: Buffer.alloc(0),
      highWatermark: this.#highWatermark,
      logStartOffset: this.#logStartOffset,
      logEndOffset: this.#logEndOffset,
    };
    if (fetchOffset >= maxOffset) return result;
    for (let i = this.#floorSegmentIndex(fetchOffset); i < this.#segments.length; i++) {
      const segment = this.#segments[i]!;
      const read = segment.read(fetchOffset, maxBytes, maxOffset, opts.minOneBatch, opts.allocate);
      if (read !== undefined) return { ...result, records: clientForm(this.cipher, read, segment.log.path, this.#logger) };
    }
    return result;
  }

  /**
   * The aborted transactions overlapping [startOffset, upperBoundOffset), searched from
   * the segment holding `startOffset` onwards (an ABORT marker follows its data, so its
   * index entry is never in an earlier segment) until an entry's LSO reaches the bound
   * (Kafka's collectAbortedTransactions).
   */
  collectAbortedTransactions(startOffset: bigint, upperBoundOffset: bigint): AbortedTxn[] {
    this.#checkOpen();
    const found: AbortedTxn[] = [];
    for (let i = this.#floorSegmentIndex(startOffset); i < this.#segments.length; i++) {
      const result = this.#segments[i]!.txnIndex.collectAbortedTxns(startOffset, upperBoundOffset);
      found.push(...result.abortedTransactions);
      if (result.isComplete) break;
    }
    return found;
  }

  /** Resolves once everything appended before the call is on disk (group commit). */
  flush(): Promise<void> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    return this.#groupCommit.flush();
  }

  /**
   * ListOffsets: the special timestamps (earliest, latest, max) or the first record
   * with timestamp >= `timestamp`; undefined when none (the broker answers -1).
   */
  fetchOffsetByTimestamp(timestamp: bigint): TimestampAndOffset | undefined {
    this.#checkOpen();
    if (timestamp === EARLIEST_TIMESTAMP || timestamp === EARLIEST_LOCAL_TIMESTAMP) {
      return { timestamp: -1n, offset: this.#logStartOffset };
    }
    if (timestamp === LATEST_TIMESTAMP) return { timestamp: -1n, offset: this.#logEndOffset };
    if (timestamp === MAX_TIMESTAMP) {
      let latest = this.#segments[0]!;
      for (const s of this.#segments) if (s.maxTimestampSoFar > latest.maxTimestampSoFar) latest = s;
      return latest.findMaxTimestamp((batch) => clientForm(this.cipher, batch, latest.log.path, this.#logger));
    }
    if (timestamp < 0n) return undefined;
    const segment = this.#segments.find((s) => s.largestTimestampMs() >= Number(timestamp));
    return segment?.findOffsetByTimestamp(timestamp, this.#logStartOffset, (batch) => clientForm(this.cipher, batch, segment.log.path, this.#logger));
  }

  /** DeleteRecords: moves the log start offset up to `offset` (<= high watermark) and drops whole segments below it. */
  deleteRecordsBefore(offset: bigint): bigint {
    this.#checkWritable();
    if (offset > this.#highWatermark) {
      throw new KafkaError(ErrorCode.OFFSET_OUT_OF_RANGE, `cannot delete records before ${offset}: high watermark is ${this.#highWatermark}`);
    }
    if (offset > this.#logStartOffset) {
      this.#logStartOffset = offset;
      this.#producerState.onLogStartOffsetIncremented(offset);
      this.#onLogStartOffsetIncremented?.(this, "ClientRecordDeletion");
    }
    this.#deleteSegments(deletableSegments(this.#segments, this.#logEndOffset, this.#highWatermark, retentionPredicates.logStart(this.#logStartOffset)));
    return this.#logStartOffset;
  }

  /** Retention (Kafka's deleteOldSegments): below the log start offset, then retention.bytes, then retention.ms. */
  deleteOldSegments(): number {
    this.#checkWritable();
    // Each check sees the log as the previous one left it (sizes shrink as segments go).
    const checks = [
      () => retentionPredicates.logStart(this.#logStartOffset),
      () => retentionPredicates.size(this.size, this.#config.retentionBytes),
      () => retentionPredicates.time(this.#clock.nowMs(), this.#config.retentionMs),
    ];
    let deleted = 0;
    for (const check of checks) {
      deleted += this.#deleteSegments(deletableSegments(this.#segments, this.#logEndOffset, this.#highWatermark, check()));
    }
    return deleted;
  }

  /**
   * Swaps the segment the log cleaner wrote as `<newBaseOffset>.*.cleaned` in for
   * `oldSegments` (consecutive, inactive, the first at `newBaseOffset`), crash-safely as
   * Kafka's replaceSegments (the steps are in cleaner/segment-swap.ts). Returns false,
   * removing the cleaned files and changing nothing, when the old segments are no longer
   * all in the log (retention or DeleteRecords removed some meanwhile).
   */
  replaceSegments(newBaseOffset: bigint, oldSegments: readonly LogSegment[]): boolean {
    this.#checkWritable();
    const first = oldSegments[0] === undefined ? -1 : this.#segments.indexOf(oldSegments[0]);
    const replaceable =
      first >= 0 &&
      oldSegments[0]!.baseOffset === newBaseOffset &&
      oldSegments.every((s, i) => this.#segments[first + i] === s && s !== this.activeSegment);
    if (!replaceable) {
      deleteSegmentFilesWithSuffix(this.dir, newBaseOffset, CLEANED_FILE_SUFFIX);
      return false;
    }
    try {
      changeSegmentFileSuffixes(this.dir, newBaseOffset, CLEANED_FILE_SUFFIX, SWAP_FILE_SUFFIX);
      for (const segment of oldSegments) segment.delete(this.#config.fileDeleteDelayMs);
      changeSegmentFileSuffixes(this.dir, newBaseOffset, SWAP_FILE_SUFFIX, "");
      fsyncPath(this.dir, constants.O_RDONLY | constants.O_DIRECTORY);
      this.#segments.splice(first, oldSegments.length, new LogSegment(this.dir, newBaseOffset, this.#segmentOptions()));
    } catch (err) {
      throw this.#fail("segment replacement", err);
    }
    return true;
  }

  /** Starts a new active segment at the log end offset (Kafka's roll). */
  roll(): LogSegment {
    this.#checkWritable();
    const active = this.activeSegment;
    if (active.baseOffset === this.#logEndOffset) return active; // empty: nothing to roll
    active.onBecomeInactiveSegment();
    deleteSegmentFiles(this.dir, this.#logEndOffset); // stale files at this offset, as Kafka's roll does
    const segment = new LogSegment(this.dir, this.#logEndOffset, this.#segmentOptions());
    this.#segments.push(segment);
    this.#dirsToSync.add(this.dir);
    // A snapshot named for the new segment: recovery of that segment starts from it (synced by the flush below).
    this.#producerState.updateMapEndOffset(segment.baseOffset);
    this.#producerState.takeSnapshot();
    // Kafka flushes a rolled segment in the background, which bounds recovery to the active one.
    this.#backgroundFlush();
    return segment;
  }

  /**
   * Waits for running flushes, makes the active segment's indexes (with their final
   * time-index entry) durable, and closes the files. Unflushed log data is not flushed:
   * the LogManager flushes before a clean shutdown.
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#groupCommit.idle();
    const active = this.activeSegment;
    active.onBecomeInactiveSegment();
    try {
      if (this.#failure === undefined) {
        await active.flushIndexes(this.#syncFile);
        // Kafka snapshots producer state at close so a clean start scans nothing.
        this.#producerState.takeSnapshot();
        await this.#producerState.syncSnapshots(this.#syncFile);
      }
    } catch (err) {
      throw this.#fail("fsync", err);
    } finally {
      for (const segment of this.#segments) segment.close();
    }
  }

  /** Closes and removes the partition directory (renamed to `*-delete` first, as Kafka, so a crash mid-way finishes at startup). */
  async delete(): Promise<void> {
    await this.close();
    const doomed = join(dirname(this.dir), `${basename(this.dir)}.${randomUUID().replaceAll("-", "")}-delete`);
    renameSync(this.dir, doomed);
    rmSync(doomed, { recursive: true, force: true });
  }

  #checkOpen(): void {
    if (this.#closed) throw new KafkaError(ErrorCode.NOT_LEADER_OR_FOLLOWER, `log ${this.topic}-${this.partition} is closed`);
  }

  #checkWritable(): void {
    this.#checkOpen();
    if (this.#failure !== undefined) throw this.#failure;
  }

  /** An I/O failure makes the log read-only (Kafka takes the log dir offline): durability is unknown. */
  #fail(what: string, err: unknown): KafkaError {
    this.#failure ??= new KafkaError(ErrorCode.KAFKA_STORAGE_ERROR, `${what} failed on ${this.dir}`, { cause: err });
    this.#logger.error(`${this.#failure.message}: ${String(err)}`);
    return this.#failure;
  }

  #segmentOptions(): SegmentOptions {
    return { indexIntervalBytes: this.#config.indexIntervalBytes, maxIndexSize: this.#config.segmentIndexBytes, clock: this.#clock };
  }

  #maybeRoll(messagesSize: number, maxTimestamp: bigint, maxOffset: bigint): LogSegment {
    const active = this.activeSegment;
    const shouldRoll = active.shouldRoll({
      nowMs: this.#clock.nowMs(),
      segmentBytes: this.#config.segmentBytes,
      segmentMs: this.#config.segmentMs,
      messagesSize,
      maxTimestampInMessages: maxTimestamp,
      maxOffsetInMessages: maxOffset,
    });
    return shouldRoll ? this.roll() : active;
  }

  #floorSegmentIndex(offset: bigint): number {
    let lo = 0;
    let hi = this.#segments.length - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.#segments[mid]!.baseOffset <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  #deleteSegments(deletable: LogSegment[]): number {
    if (deletable.length === 0) return 0;
    // There is always an active segment: deleting them all first rolls a new, empty one.
    if (deletable.length === this.#segments.length) this.roll();
    const toDelete = deletable.filter((s) => s !== this.activeSegment);
    if (toDelete.length === 0) return 0;
    const next = this.#segments[this.#segments.indexOf(toDelete.at(-1)!) + 1]!;
    if (next.baseOffset > this.#logStartOffset) {
      this.#logStartOffset = next.baseOffset;
      this.#producerState.onLogStartOffsetIncremented(next.baseOffset);
      this.#onLogStartOffsetIncremented?.(this, "SegmentDeletion");
    }
    this.#segments.splice(0, toDelete.length);
    for (const segment of toDelete) segment.delete(this.#config.fileDeleteDelayMs);
    this.#producerState.deleteSnapshotsBefore(next.baseOffset);
    return toDelete.length;
  }

  #backgroundFlush(): void {
    // Failures are recorded by #flushTo and surface on the next append or flush.
    this.flush().catch(() => {});
  }

  async #flushTo(target: bigint): Promise<void> {
    if (this.#failure !== undefined) throw this.#failure;
    // From the segment before the one holding the recovery point: when the recovery point
    // sits exactly at a roll, the rolled segment's final index entries are not yet synced.
    // Segments with nothing unsynced cost nothing.
    const from = Math.max(0, this.#floorSegmentIndex(this.#recoveryPoint) - 1);
    const active = this.activeSegment;
    const dirty = this.#segments.slice(from);
    const dirs = [...this.#dirsToSync];
    this.#dirsToSync.clear();
    try {
      await Promise.all(dirty.map((s) => s.flush(this.#syncFile, s !== active)));
      await this.#producerState.syncSnapshots(this.#syncFile);
      for (const dir of dirs) await syncDirectory(dir, this.#syncFile);
    } catch (err) {
      throw this.#fail("fsync", err);
    }
    if (target > this.#recoveryPoint) this.#recoveryPoint = target;
    this.#lastFlushTimeMs = this.#clock.nowMs();
  }
}

/** fsync a directory so the entries of files created in it survive power loss. */
async function syncDirectory(dir: string, syncFile: SyncFile): Promise<void> {
  const fd = openSync(dir, constants.O_RDONLY | constants.O_DIRECTORY);
  try {
    await syncFile(fd);
  } finally {
    closeSync(fd);
  }
}
