// One cleaning round of one log (Kafka's Cleaner.doClean), in two passes:
//
//  1. Map the dirty section [firstDirtyOffset, firstUncleanableOffset): key -> latest
//     offset (offset-map.ts). When the map fills, the round covers only what was mapped:
//     endOffset = last mapped offset + 1, and the rest stays dirty for the next round.
//  2. Rewrite every segment below endOffset — the clean part too, so keys updated in the
//     dirty part lose their older values there — group by group (groupSegmentsBySize)
//     into one `.cleaned` segment per group, swapped in by Log.replaceSegments.
//
// A record stays when it is past the mapped section, or is the latest for its key and
// either has a value or is a tombstone whose delete horizon has not passed (KIP-534; see
// batch-filter.ts). Keyless records are dropped (the broker refuses them on compacted
// topics). Transactions (cleaned-transaction-metadata.ts): records of aborted
// transactions are neither mapped nor kept; a marker stays while data of its transaction
// remains, then gets a delete horizon and goes after delete.retention.ms; the cleaned
// segment's `.txnindex` lists the aborted transactions whose marker it still holds. The event loop is yielded to every
// YIELD_BYTES of data read, so a large segment never blocks the broker for long; the log
// keeps taking appends and reads meanwhile, and a round whose segments were removed in
// the meantime (retention, DeleteRecords) is abandoned.
import { join } from "node:path";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { isControlBatch, type RecordBatchHeader } from "../../protocol/records/batch-header.js";
import { decodeControlRecordKey } from "../../protocol/records/control-record.js";
import { decodeRecordBatch } from "../../protocol/records/record-batch.js";
import { cleanedForm } from "../encryption/log-encryption.js";
import type { SyncFile } from "../index-file.js";
import { filenamePrefixFromOffset, type LogSegment } from "../log-segment.js";
import { TXN_INDEX_FILE_SUFFIX, TransactionIndex } from "../transaction-index.js";
import type { Log } from "../log.js";
import { filterBatch, deleteHorizonMs, type BatchRetention, type RecordFilter } from "./batch-filter.js";
import { CleanedSegment } from "./cleaned-segment.js";
import { CleanedTransactionMetadata } from "./cleaned-transaction-metadata.js";
import { CLEANED_FILE_SUFFIX } from "./segment-swap.js";
import type { LogToClean } from "./log-to-clean.js";
import { segmentsInRange } from "./log-to-clean.js";
import type { OffsetMap } from "./offset-map.js";

const YIELD_BYTES = 1024 * 1024;

/** The round was abandoned (shutdown, log deleted, or segments removed under it); nothing changed. */
export class CleaningAbortedError extends Error {
  override name = "CleaningAbortedError";
}

export interface CleanerStats {
  topic: string;
  partition: number;
  firstDirtyOffset: bigint;
  /** The first offset not cleaned: the next round's first dirty offset. */
  endOffset: bigint;
  segmentsBefore: number;
  segmentsAfter: number;
  bytesBefore: number;
  bytesAfter: number;
  recordsRead: number;
  recordsRetained: number;
  /** Entries of the offset map at the end of the round. */
  mapSize: number;
}

export interface CleanerOptions {
  offsetMap: OffsetMap;
  syncFile: SyncFile;
  /** Called at every yield; returns true when the round must stop. */
  shouldAbort: (log: Log) => boolean;
}

export class Cleaner {
  readonly #map: OffsetMap;
  readonly #syncFile: SyncFile;
  readonly #shouldAbort: (log: Log) => boolean;
  #bytesSinceYield = 0;

  constructor(options: CleanerOptions) {
    this.#map = options.offsetMap;
    this.#syncFile = options.syncFile;
    this.#shouldAbort = options.shouldAbort;
  }

  async clean(ltc: LogToClean, nowMs: number): Promise<CleanerStats> {
    const { log } = ltc;
    const before = [...log.segments];
    const replaced = new Set<LogSegment>();
    try {
      return await this.#clean(ltc, nowMs, replaced);
    } catch (err) {
      // A segment closed under the round (retention, DeleteRecords) fails its reads: not a fault of the log.
      const removed = before.some((s) => !replaced.has(s) && !log.segments.includes(s));
      if (removed && !(err instanceof CleaningAbortedError)) throw new CleaningAbortedError(`segments of ${log.dir} were removed during cleaning`, { cause: err });
      throw err;
    }
  }

  async #clean(ltc: LogToClean, nowMs: number, replaced: Set<LogSegment>): Promise<CleanerStats> {
    const { log } = ltc;
    await this.#buildOffsetMap(log, ltc.firstDirtyOffset, ltc.firstUncleanableOffset);
    const endOffset = this.#map.latestOffset + 1n;
    const toClean = segmentsInRange(log.segments, 0n, endOffset);
    const stats: CleanerStats = {
      topic: log.topic,
      partition: log.partition,
      firstDirtyOffset: ltc.firstDirtyOffset,
      endOffset: endOffset > ltc.firstDirtyOffset ? endOffset : ltc.firstDirtyOffset,
      segmentsBefore: toClean.length,
      segmentsAfter: 0,
      bytesBefore: toClean.reduce((n, s) => n + s.size, 0),
      bytesAfter: 0,
      recordsRead: 0,
      recordsRetained: 0,
      mapSize: this.#map.size,
    };
    const lastBatchOfProducer = await this.#lastBatchOfEachProducer(log);
    const filter = this.#recordFilter(log, nowMs, lastBatchOfProducer, ltc.firstUncleanableOffset);
    const groups = groupSegmentsBySize(toClean, log.config.segmentBytes, log.config.segmentIndexBytes, ltc.firstUncleanableOffset);
    for (const group of groups) {
      stats.bytesAfter += await this.#cleanSegments(log, group, filter, stats);
      stats.segmentsAfter++;
      for (const segment of group) replaced.add(segment);
    }
    return stats;
  }

  #recordFilter(log: Log, nowMs: number, lastBatchOfProducer: Map<bigint, bigint>, upperBoundOffset: bigint): TxnAwareFilter {
    const map = this.#map;
    // Set per batch by #cleanSegments before filterBatch (Kafka's discardBatchRecords).
    const state = { discardBatchRecords: false, markerForEmptyTxn: false };
    const filter: RecordFilter = {
      nowMs,
      deleteRetentionMs: log.config.deleteRetentionMs,
      checkBatchRetention(header, lastOffset): BatchRetention {
        // Kafka keeps the header of a producer's last batch (its epoch and last sequence
        // let the idempotent producer continue) and of the round's last batch (its end offset).
        if (header.producerId >= 0n && lastBatchOfProducer.get(header.producerId) === lastOffset) return "retain-empty";
        if (lastOffset + 1n === upperBoundOffset) return "retain-empty";
        return state.discardBatchRecords ? "delete" : "delete-empty";
      },
      shouldRetainRecord(header, record, offset): boolean {
        if (state.discardBatchRecords) return false;
        if (isControlBatch(header.attributes) || offset > map.latestOffset) return true;
        if (record.key === null) return false;
        if (offset < map.get(record.key)) return false;
        if (record.value !== null) return true;
        const horizon = deleteHorizonMs(header);
        return horizon === undefined || BigInt(nowMs) < horizon;
      },
      needsDeleteHorizon: (header) => state.markerForEmptyTxn && isControlBatch(header.attributes),
    };
    return { filter, state };
  }

  /** Kafka's buildOffsetMap: stops, possibly inside a segment, when the map is full. */
  async #buildOffsetMap(log: Log, start: bigint, end: bigint): Promise<void> {
    const map = this.#map;
    map.clear();
    const dirty = segmentsInRange(log.segments, start, end);
    const txns = new CleanedTransactionMetadata();
    txns.addAbortedTransactions(log.collectAbortedTransactions(start, end));
    for (let i = 0; i < dirty.length; i++) {
      const segment = dirty[i]!;
      const nextStart = dirty[i + 1]?.baseOffset ?? end;
      for (const batch of segment.log.batchesFrom(segment.offsetIndex.lookup(start).position)) {
        const bytes = segment.log.view(batch.position, batch.size);
        if (isControlBatch(batch.header.attributes)) {
          txns.onControlBatchRead(batch.header, batch.lastOffset, markerTypeOf(bytes));
        } else if (!txns.onBatchRead(batch.header, batch.lastOffset)) {
          // Records of aborted transactions are not mapped: they must not shadow committed values.
          for (const record of decodeRecordBatch(log.cipher.decrypt(bytes)).records) {
            const offset = batch.header.baseOffset + BigInt(record.offsetDelta);
            if (record.key === null || offset < start) continue;
            if (map.size >= map.maxDesiredSize) return;
            map.put(record.key, offset);
          }
        }
        if (batch.lastOffset >= start) map.updateLatestOffset(batch.lastOffset);
        await this.#maybeYield(log, batch.size);
      }
      // An offset gap at the end of the segment (compacted away) still counts as mapped.
      map.updateLatestOffset(nextStart - 1n);
    }
  }

  /** Cleans `segments` into one `.cleaned` segment and swaps it in; returns its size. */
  async #cleanSegments(log: Log, segments: readonly LogSegment[], { filter, state }: TxnAwareFilter, stats: CleanerStats): Promise<number> {
    const first = segments[0]!;
    const cleaned = new CleanedSegment(log.dir, first.baseOffset, {
      indexIntervalBytes: log.config.indexIntervalBytes,
      maxIndexSize: log.config.segmentIndexBytes,
    });
    const txnIndex = new TransactionIndex(join(log.dir, filenamePrefixFromOffset(first.baseOffset) + TXN_INDEX_FILE_SUFFIX + CLEANED_FILE_SUFFIX));
    const txns = new CleanedTransactionMetadata(txnIndex);
    try {
      for (const segment of segments) {
        const next = log.segments[log.segments.indexOf(segment) + 1];
        txns.addAbortedTransactions(log.collectAbortedTransactions(segment.baseOffset, next?.baseOffset ?? log.logEndOffset));
        for (const batch of segment.log.batchesFrom(0)) {
          const stored = segment.log.view(batch.position, batch.size);
          // Encrypted batches are filtered in clear and stored again encrypted (encryption/).
          const bytes = log.cipher.decrypt(stored);
          decideBatch(state, txns, batch.header, batch.lastOffset, bytes, filter.nowMs);
          const result = filterBatch(bytes, filter);
          stats.recordsRead += result.recordsRead;
          stats.recordsRetained += result.recordsRetained;
          if (result.output !== undefined) {
            const output = cleanedForm(log.cipher, stored, result.output, log.config.encryptionKeyId, `${log.topic}-${log.partition}`);
            cleaned.append(output, batch.lastOffset, result.maxTimestamp);
          }
          await this.#maybeYield(log, batch.size);
        }
      }
      await txnIndex.flush(this.#syncFile);
      const size = cleaned.size;
      await cleaned.finish(this.#syncFile, segments.at(-1)!.log.lastModifiedMs);
      if (this.#shouldAbort(log) || !log.replaceSegments(first.baseOffset, segments)) throw new CleaningAbortedError(`segments of ${log.dir} changed during cleaning`);
      return size;
    } catch (err) {
      cleaned.discard();
      throw err;
    }
  }

  /**
   * The last offset of each producer's last data batch (Kafka reads this from the
   * producer state; until the log keeps one, a header-only scan of the log gives it).
   */
  async #lastBatchOfEachProducer(log: Log): Promise<Map<bigint, bigint>> {
    const last = new Map<bigint, bigint>();
    for (const segment of [...log.segments]) {
      for (const batch of segment.log.batchesFrom(0)) {
        if (batch.header.producerId >= 0n && !isControlBatch(batch.header.attributes)) last.set(batch.header.producerId, batch.lastOffset);
      }
      await this.#maybeYield(log, 0);
    }
    return last;
  }

  async #maybeYield(log: Log, bytes: number): Promise<void> {
    this.#bytesSinceYield += bytes;
    if (bytes > 0 && this.#bytesSinceYield < YIELD_BYTES) return;
    this.#bytesSinceYield = 0;
    await yieldToEventLoop();
    if (this.#shouldAbort(log)) throw new CleaningAbortedError(`cleaning of ${log.dir} was aborted`);
  }
}

/**
 * Kafka's groupSegmentsBySize: consecutive segments whose total log size stays within
 * segment.bytes, whose offset and time indexes together stay within segment.index.bytes,
 * and whose offsets fit one segment (2^31-1 above the base), become one cleaned segment.
 */
export function groupSegmentsBySize(
  segments: readonly LogSegment[],
  maxSize: number,
  maxIndexSize: number,
  firstUncleanableOffset: bigint,
): LogSegment[][] {
  const groups: LogSegment[][] = [];
  let i = 0;
  while (i < segments.length) {
    const group = [segments[i]!];
    let logSize = segments[i]!.size;
    let indexSize = indexBytes(segments[i]!.offsetIndex.file);
    let timeIndexSize = indexBytes(segments[i]!.timeIndex.file);
    i++;
    while (i < segments.length) {
      const next = segments[i]!;
      // Estimate of the next segment's last offset without scanning it, as Kafka.
      const lastOffset = (segments[i + 1]?.baseOffset ?? firstUncleanableOffset) - 1n;
      const fits =
        logSize + next.size <= maxSize &&
        indexSize + indexBytes(next.offsetIndex.file) <= maxIndexSize &&
        timeIndexSize + indexBytes(next.timeIndex.file) <= maxIndexSize &&
        (next.size === 0 || lastOffset - group[0]!.baseOffset <= 0x7fffffffn);
      if (!fits) break;
      group.push(next);
      logSize += next.size;
      indexSize += indexBytes(next.offsetIndex.file);
      timeIndexSize += indexBytes(next.timeIndex.file);
      i++;
    }
    groups.push(group);
  }
  return groups;
}

function indexBytes(file: { entries: number; entrySize: number }): number {
  return file.entries * file.entrySize;
}

interface TxnAwareFilter {
  readonly filter: RecordFilter;
  readonly state: { discardBatchRecords: boolean; markerForEmptyTxn: boolean };
}

/** Kafka's checkBatchRetention prologue: may this batch's records go, as part of an aborted or finished transaction? */
function decideBatch(state: TxnAwareFilter["state"], txns: CleanedTransactionMetadata, header: RecordBatchHeader, lastOffset: bigint, bytes: Buffer, nowMs: number): void {
  if (!isControlBatch(header.attributes)) {
    state.discardBatchRecords = header.producerId >= 0n && txns.onBatchRead(header, lastOffset);
    state.markerForEmptyTxn = false;
    return;
  }
  const canDiscard = txns.onControlBatchRead(header, lastOffset, markerTypeOf(bytes));
  const horizon = deleteHorizonMs(header);
  state.discardBatchRecords = canDiscard && horizon !== undefined && horizon <= BigInt(nowMs);
  state.markerForEmptyTxn = canDiscard;
}

/** The transaction marker type of a control batch ("EMPTY" once cleaned down to its header). */
function markerTypeOf(bytes: Buffer): "COMMIT" | "ABORT" | "EMPTY" | undefined {
  const record = decodeRecordBatch(bytes).records[0];
  if (record === undefined) return "EMPTY";
  const type = decodeControlRecordKey(record.key).type;
  return type === "COMMIT" || type === "ABORT" ? type : undefined;
}
