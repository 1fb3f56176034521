// TEST-ONLY helpers for the log-cleaner tests: keyed batches, reading a log back record
// by record, and a LogCleaner over one log.
import { dirname } from "node:path";
import { iterateBatches } from "../../protocol/records/records-iterator.js";
import { decodeRecordBatch, encodeRecordBatch, type RecordBatchToEncode } from "../../protocol/records/record-batch.js";
import type { RecordBatchHeader } from "../../protocol/records/batch-header.js";
import type { Clock } from "../clock.js";
import type { StorageLogger } from "../log-loader.js";
import type { Log } from "../log.js";
import { LogCleaner } from "./log-cleaner.js";

export type KV = readonly [key: string, value: string | null];

/** One batch of keyed records (value null = tombstone), all stamped `timestampMs`. */
export function keyedBatch(records: readonly KV[], timestampMs: number, extra: Partial<RecordBatchToEncode> = {}): Buffer {
  return encodeRecordBatch({
    records: records.map(([k, v]) => ({ key: Buffer.from(k), value: v === null ? null : Buffer.from(v), timestamp: BigInt(timestampMs) })),
    ...extra,
  });
}

export interface StoredRecord {
  offset: bigint;
  key: string | null;
  value: string | null;
}

export interface StoredBatch {
  header: RecordBatchHeader;
  bytes: Buffer;
  records: StoredRecord[];
}

/** Every batch of the log from its start, as stored (CRC checked by the decoder). */
export function readBatches(log: Log): StoredBatch[] {
  const out: StoredBatch[] = [];
  let offset = log.logStartOffset;
  while (offset < log.logEndOffset) {
    const { records } = log.read(offset, 1 << 24, { minOneBatch: true });
    if (records.length === 0) break;
    for (const entry of iterateBatches(records)) {
      if (entry.kind !== "batch") throw new Error(`unexpected ${entry.kind}`);
      const batch = decodeRecordBatch(records, entry.offset);
      const bytes = records.subarray(entry.offset, entry.offset + batch.sizeInBytes);
      out.push({
        header: batch.header,
        bytes,
        records: batch.records.map((r) => ({
          offset: batch.header.baseOffset + BigInt(r.offsetDelta),
          key: r.key?.toString() ?? null,
          value: r.value?.toString() ?? null,
        })),
      });
      offset = batch.header.baseOffset + BigInt(batch.header.lastOffsetDelta) + 1n;
    }
  }
  return out;
}

/** `offset key=value` lines of every record (tombstones as `key=null`). */
export function contents(log: Log): string[] {
  return readBatches(log).flatMap((b) => b.records.map((r) => `${r.offset} ${r.key}=${r.value}`));
}

export function cleanerFor(log: Log, clock: Clock, options: { dedupeBufferSize?: number; logger?: StorageLogger } = {}): LogCleaner {
  return new LogCleaner({ logDir: dirname(log.dir), logs: () => [log], clock, enable: false, ...options });
}
