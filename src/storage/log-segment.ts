// One segment of a partition log (Kafka's LogSegment): the files
//
//   <baseOffset>.log        record batches (file-records.ts)
//   <baseOffset>.index      offset -> position (offset-index.ts)
//   <baseOffset>.timeindex  timestamp -> offset (time-index.ts)
//   <baseOffset>.txnindex   aborted transactions whose ABORT marker is here (transaction-index.ts)
//
// where <baseOffset> is the segment's first offset as 20 zero-padded digits. Every
// batch in the segment has offsets >= baseOffset and < baseOffset + 2^31.
import { renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { crc32c } from "../protocol/crc32c.js";
import { ATTRIBUTES_OFFSET } from "../protocol/records/batch-header.js";
import type { Clock } from "./clock.js";
import { CorruptRecordError, FileRecords, type FileBatch } from "./file-records.js";
import { CorruptIndexError, type SyncFile } from "./index-file.js";
import { OffsetIndex } from "./offset-index.js";
import { findMaxTimestampRecord, findRecordByTimestamp, type TimestampAndOffset } from "./record-search.js";
import { TimeIndex, type TimestampOffset } from "./time-index.js";
import { TXN_INDEX_FILE_SUFFIX, TransactionIndex } from "./transaction-index.js";

export const LOG_FILE_SUFFIX = ".log";
export const INDEX_FILE_SUFFIX = ".index";
export const TIME_INDEX_FILE_SUFFIX = ".timeindex";
export const DELETED_FILE_SUFFIX = ".deleted";

export function filenamePrefixFromOffset(offset: bigint): string {
  return offset.toString().padStart(20, "0");
}

/** Removes the files of the segment at `baseOffset`, if any. */
export function deleteSegmentFiles(dir: string, baseOffset: bigint): void {
  const prefix = join(dir, filenamePrefixFromOffset(baseOffset));
  for (const suffix of [LOG_FILE_SUFFIX, INDEX_FILE_SUFFIX, TIME_INDEX_FILE_SUFFIX, TXN_INDEX_FILE_SUFFIX]) rmSync(prefix + suffix, { force: true });
}

export interface SegmentOptions {
  indexIntervalBytes: number;
  maxIndexSize: number;
  clock: Clock;
}

export interface RollParams {
  nowMs: number;
  segmentBytes: number;
  segmentMs: number;
  messagesSize: number;
  maxTimestampInMessages: bigint;
  maxOffsetInMessages: bigint;
}

const UNKNOWN: TimestampOffset = { timestamp: -1n, offset: -1n };
const identity = (batch: Buffer): Buffer => batch;

export class LogSegment {
  readonly baseOffset: bigint;
  readonly log: FileRecords;
  readonly offsetIndex: OffsetIndex;
  readonly timeIndex: TimeIndex;
  readonly txnIndex: TransactionIndex;
  readonly #indexIntervalBytes: number;
  readonly #clock: Clock;
  readonly #created: number;
  #rollingBasedTimestamp: bigint | undefined;
  #maxTimestampSoFar = UNKNOWN;
  #bytesSinceLastIndexEntry = 0;
  #syncing = 0;
  #closeRequested = false;

  /** Opens (or creates) the segment files for `baseOffset` in `dir`. */
  constructor(dir: string, baseOffset: bigint, options: SegmentOptions) {
    const prefix = join(dir, filenamePrefixFromOffset(baseOffset));
    this.baseOffset = baseOffset;
    this.log = new FileRecords(prefix + LOG_FILE_SUFFIX);
    this.offsetIndex = new OffsetIndex(prefix + INDEX_FILE_SUFFIX, baseOffset, options.maxIndexSize);
    this.timeIndex = new TimeIndex(prefix + TIME_INDEX_FILE_SUFFIX, baseOffset, options.maxIndexSize);
    this.txnIndex = new TransactionIndex(prefix + TXN_INDEX_FILE_SUFFIX);
    this.#indexIntervalBytes = options.indexIntervalBytes;
    this.#clock = options.clock;
    this.#created = options.clock.nowMs();
    if (this.log.sizeInBytes === 0) {
      // A new segment gets empty index files, so a missing index later means damage.
      this.offsetIndex.reset();
      this.timeIndex.reset();
    }
  }

  get size(): number {
    return this.log.sizeInBytes;
  }

  get maxTimestampSoFar(): bigint {
    return this.#readMaxTimestampAndOffsetSoFar().timestamp;
  }

  /** Last offset of the batch holding the max timestamp (Kafka's shallow offset). */
  get offsetOfMaxTimestampSoFar(): bigint {
    return this.#readMaxTimestampAndOffsetSoFar().offset;
  }

  /** Largest record timestamp, or the file's mtime when no batch has one (for retention). */
  largestTimestampMs(): number {
    const ts = this.maxTimestampSoFar;
    return ts >= 0n ? Number(ts) : this.log.lastModifiedMs;
  }

  shouldRoll(p: RollParams): boolean {
    const reachedRollMs = this.#timeWaitedForRoll(p.nowMs, p.maxTimestampInMessages) > p.segmentMs;
    return (
      this.size > p.segmentBytes - p.messagesSize ||
      (this.size > 0 && reachedRollMs) ||
      this.offsetIndex.isFull ||
      this.timeIndex.isFull ||
      !this.offsetIndex.canAppendOffset(p.maxOffsetInMessages)
    );
  }

  /** Appends batches whose offsets are already assigned; adds index entries every index.interval.bytes. */
  append(largestOffset: bigint, largestTimestamp: bigint, offsetOfMaxTimestamp: bigint, records: Buffer): void {
    if (records.length === 0) return;
    if (!this.offsetIndex.canAppendOffset(largestOffset)) {
      throw new RangeError(`offset ${largestOffset} overflows segment ${this.baseOffset}`);
    }
    const position = this.log.append(records);
    if (position === 0) this.#rollingBasedTimestamp = largestTimestamp;
    if (largestTimestamp > this.maxTimestampSoFar) {
      this.#maxTimestampSoFar = { timestamp: largestTimestamp, offset: offsetOfMaxTimestamp };
    }
    if (this.#bytesSinceLastIndexEntry > this.#indexIntervalBytes) {
      this.offsetIndex.append(largestOffset, position);
      this.timeIndex.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar);
      this.#bytesSinceLastIndexEntry = 0;
    }
    this.#bytesSinceLastIndexEntry += records.length;
  }

  /** The first batch whose last offset is >= `offset` (so it contains `offset` if any does). */
  translateOffset(offset: bigint, startingPosition = 0): FileBatch | undefined {
    const mapping = this.offsetIndex.lookup(offset);
    return this.log.searchForOffset(offset, Math.max(mapping.position, startingPosition));
  }

  /**
   * Whole batches from the one containing `startOffset`, at most `maxSize` bytes (the
   * first batch regardless when `minOneBatch`, KIP-74), none starting at or after
   * `maxOffset`. Undefined when no batch in this segment reaches `startOffset`.
   */
  read(
    startOffset: bigint,
    maxSize: number,
    maxOffset: bigint | undefined,
    minOneBatch: boolean,
    allocate?: (size: number) => Buffer,
  ): Buffer | undefined {
    const first = this.translateOffset(startOffset);
    if (first === undefined) return undefined;
    let total = 0;
    for (const batch of this.log.batchesFrom(first.position)) {
      if (maxOffset !== undefined && batch.header.baseOffset >= maxOffset) break;
      if (total + batch.size > maxSize && !(total === 0 && minOneBatch)) break;
      total += batch.size;
    }
    return this.log.read(first.position, total, allocate);
  }

  /** The offset after the last batch (scans from the last index entry: at most ~index.interval.bytes). */
  readNextOffset(): bigint {
    let next = this.baseOffset;
    for (const batch of this.log.batchesFrom(this.offsetIndex.lastEntry().position)) next = batch.lastOffset + 1n;
    return next;
  }

  /**
   * Rebuilds both indexes from the log and truncates the log at the first batch that is
   * torn, malformed, fails its CRC-32C or goes backwards in offsets. Returns the number
   * of bytes truncated.
   */
  recover(): number {
    this.offsetIndex.reset();
    this.timeIndex.reset();
    this.#maxTimestampSoFar = UNKNOWN;
    let validBytes = 0;
    let lastIndexEntry = 0;
    let nextOffset = this.baseOffset;
    try {
      for (const batch of this.log.batchesFrom(0)) {
        const bytes = this.log.view(batch.position, batch.size);
        if (crc32c(bytes.subarray(ATTRIBUTES_OFFSET)) !== batch.header.crc) {
          throw new CorruptRecordError(`CRC mismatch in batch at ${batch.position} of ${this.log.path}`);
        }
        if (batch.header.baseOffset < nextOffset || batch.header.lastOffsetDelta < 0) {
          throw new CorruptRecordError(`offset ${batch.header.baseOffset} goes backwards at ${batch.position} of ${this.log.path}`);
        }
        if (!this.offsetIndex.canAppendOffset(batch.lastOffset)) {
          throw new CorruptRecordError(`offset ${batch.lastOffset} overflows segment ${this.baseOffset}`);
        }
        if (batch.header.maxTimestamp > this.maxTimestampSoFar) {
          this.#maxTimestampSoFar = { timestamp: batch.header.maxTimestamp, offset: batch.lastOffset };
        }
        if (validBytes - lastIndexEntry > this.#indexIntervalBytes) {
          this.offsetIndex.append(batch.lastOffset, validBytes);
          this.timeIndex.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar);
          lastIndexEntry = validBytes;
        }
        validBytes += batch.size;
        nextOffset = batch.lastOffset + 1n;
      }
    } catch (err) {
      if (!(err instanceof CorruptRecordError)) throw err;
    }
    const truncated = this.log.truncateTo(validBytes);
    // Entries for markers cut off here are stale; missing ones come back with the producer-state replay.
    this.txnIndex.truncateTo(nextOffset);
    this.#bytesSinceLastIndexEntry = validBytes - lastIndexEntry;
    this.#rollingBasedTimestamp = undefined;
    this.timeIndex.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar, true);
    return truncated;
  }

  /**
   * Why the indexes cannot be trusted (missing, partial entries, pointing past the
   * log), read from the last entries on disk; undefined when they look sound.
   */
  indexProblem(): string | undefined {
    if (!this.offsetIndex.file.exists()) return "offset index is missing";
    if (!this.timeIndex.file.exists()) return "time index is missing";
    try {
      const last = this.offsetIndex.file.peekLast();
      if (last !== undefined && (last.readInt32BE(0) < 0 || last.readInt32BE(4) < 0 || last.readInt32BE(4) >= this.size)) {
        return `offset index entry points past the log (position ${last.readInt32BE(4)}, log size ${this.size})`;
      }
      const lastTime = this.timeIndex.file.peekLast();
      if (lastTime !== undefined && lastTime.readInt32BE(8) < 0) return "time index has a negative relative offset";
    } catch (err) {
      if (err instanceof CorruptIndexError) return err.message;
      throw err;
    }
    return undefined;
  }

  /**
   * Kafka's FileRecords.searchForTimestamp, starting from the indexed position. `readable`
   * turns a stored batch into its records' form (decryption, see encryption/).
   */
  findOffsetByTimestamp(timestamp: bigint, startingOffset: bigint, readable: (batch: Buffer) => Buffer = identity): TimestampAndOffset | undefined {
    const indexed = this.timeIndex.lookup(timestamp);
    const from = indexed.offset > startingOffset ? indexed.offset : startingOffset;
    const position = this.offsetIndex.lookup(from).position;
    for (const batch of this.log.batchesFrom(position)) {
      if (batch.header.maxTimestamp < timestamp || batch.lastOffset < startingOffset) continue;
      const found = findRecordByTimestamp(readable(this.log.view(batch.position, batch.size)), timestamp, startingOffset);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** The record holding this segment's max timestamp (for ListOffsets MAX_TIMESTAMP). */
  findMaxTimestamp(readable: (batch: Buffer) => Buffer = identity): TimestampAndOffset | undefined {
    const max = this.#readMaxTimestampAndOffsetSoFar();
    if (max.timestamp < 0n) return undefined;
    for (const batch of this.log.batchesFrom(this.offsetIndex.lookup(max.offset).position)) {
      if (batch.header.maxTimestamp === max.timestamp) return findMaxTimestampRecord(readable(this.log.view(batch.position, batch.size)));
    }
    return undefined;
  }

  /** Writes the final time-index entry, so a closed segment's max timestamp survives restarts. */
  onBecomeInactiveSegment(): void {
    this.timeIndex.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar, true);
  }

  /**
   * fdatasync whatever is unsynced: the log, and the indexes when `indexes` (the active
   * segment's indexes are left to recovery, which rebuilds them). The files stay open
   * until the syncs finish.
   */
  async flush(syncFile: SyncFile, indexes: boolean): Promise<void> {
    await this.#whileSyncing(async () => {
      await this.log.sync(syncFile);
      // Aborted-transaction entries are as durable as their markers (recovery keeps what was synced).
      await this.txnIndex.flush(syncFile);
      if (indexes) await this.#syncIndexes(syncFile);
    });
  }

  async flushIndexes(syncFile: SyncFile): Promise<void> {
    await this.#whileSyncing(() => this.#syncIndexes(syncFile));
  }

  async #syncIndexes(syncFile: SyncFile): Promise<void> {
    await Promise.all([this.offsetIndex.file.sync(syncFile), this.timeIndex.file.sync(syncFile)]);
  }

  async #whileSyncing(fn: () => Promise<void>): Promise<void> {
    this.#syncing++;
    try {
      await fn();
    } finally {
      this.#syncing--;
      if (this.#closeRequested && this.#syncing === 0) this.#closeFiles();
    }
  }

  close(): void {
    if (this.#closeRequested) return;
    if (this.#maxTimestampSoFar !== UNKNOWN) this.onBecomeInactiveSegment();
    this.#closeRequested = true;
    // An fdatasync on the threadpool still holds the descriptors: closing them now could
    // hand the number to another file mid-sync.
    if (this.#syncing === 0) this.#closeFiles();
  }

  /**
   * Closes the segment and renames its files to `.deleted` (Kafka's async delete), then
   * removes them after `delayMs` on `clock`.
   */
  delete(delayMs: number): void {
    this.close();
    const txnIndexPath = this.txnIndex.renameTo(this.txnIndex.path + DELETED_FILE_SUFFIX);
    const paths = [this.log.path, this.offsetIndex.file.path, this.timeIndex.file.path].map((path) => {
      try {
        renameSync(path, path + DELETED_FILE_SUFFIX);
        return path + DELETED_FILE_SUFFIX;
      } catch {
        return undefined;
      }
    });
    const remove = (): void => {
      for (const path of [...paths, txnIndexPath]) if (path !== undefined) rmSync(path, { force: true });
    };
    if (delayMs <= 0) remove();
    else this.#clock.schedule(delayMs, remove);
  }

  #closeFiles(): void {
    this.log.close();
    this.offsetIndex.file.close();
    this.timeIndex.file.close();
  }

  #readMaxTimestampAndOffsetSoFar(): TimestampOffset {
    if (this.#maxTimestampSoFar === UNKNOWN) this.#maxTimestampSoFar = this.timeIndex.lastEntry();
    return this.#maxTimestampSoFar;
  }

  /**
   * Kafka's rule: measured in record time from the first batch's timestamp when it has
   * one, else in wall-clock time since the segment was created (or opened).
   */
  #timeWaitedForRoll(nowMs: number, messageTimestamp: bigint): number {
    if (this.#rollingBasedTimestamp === undefined && this.size > 0) {
      const first = this.log.batchesFrom(0).next();
      if (first.done !== true) this.#rollingBasedTimestamp = first.value.header.maxTimestamp;
    }
    const ts = this.#rollingBasedTimestamp ?? -1n;
    return ts >= 0n ? Number(messageTimestamp - ts) : nowMs - this.#created;
  }
}
