import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { crc32c } from "../protocol/crc32c.js";
import { ErrorCode, KafkaError } from "../protocol/errors.js";
import { ATTRIBUTES_OFFSET, readBatchHeader, timestampTypeOf } from "../protocol/records/batch-header.js";
import { decodeRecordBatch, encodeRecordBatch } from "../protocol/records/record-batch.js";
import type { LogConfig } from "./log-config.js";
import { EARLIEST_TIMESTAMP, LATEST_TIMESTAMP, MAX_TIMESTAMP, type Log } from "./log.js";
import { openTestLog, tempDir, testBatch, type TestLog } from "./test-support.js";

async function withLog(config: Partial<LogConfig>, fn: (t: TestLog) => void | Promise<void>): Promise<void> {
  const { dir, cleanup } = tempDir();
  const t = openTestLog(dir, config);
  try {
    await fn(t);
  } finally {
    await t.log.close();
    cleanup();
  }
}

function outOfRange(err: unknown): boolean {
  return err instanceof KafkaError && err.code === ErrorCode.OFFSET_OUT_OF_RANGE;
}

/** Appends `n` batches of `records` records each; returns their bytes as stored. */
function fill(log: Log, n: number, records = 2, timestamp = 1_000n): Buffer[] {
  return Array.from({ length: n }, (_, i) => {
    const batch = testBatch({ records, timestamp: timestamp + BigInt(i), fill: i });
    log.append(batch);
    return batch;
  });
}

void describe("Log append", () => {
  void test("assigns consecutive offsets by rewriting base offsets, and reports them", async () => {
    await withLog({}, ({ log }) => {
      const first = log.append(testBatch({ records: 3 }));
      const second = log.append(Buffer.concat([testBatch({ records: 2 }), testBatch({ records: 4 })]));
      assert.deepEqual(first, { firstOffset: 0n, lastOffset: 2n, logAppendTimeMs: -1, logStartOffset: 0n, recordCount: 3, maxTimestamp: 1_700_000_000_000n });
      assert.equal(second.firstOffset, 3n);
      assert.equal(second.lastOffset, 8n);
      assert.equal(second.recordCount, 6);
      assert.equal(log.logEndOffset, 9n);
      assert.equal(log.highWatermark, 9n);
      const read = log.read(0n, 1 << 20, { minOneBatch: true }).records;
      const bases = [];
      for (let p = 0; p < read.length; p += 12 + read.readInt32BE(p + 8)) bases.push(readBatchHeader(read, p).baseOffset);
      assert.deepEqual(bases, [0n, 3n, 5n]);
    });
  });

  void test("LogAppendTime sets the timestamp type and max timestamp and keeps the CRC valid", async () => {
    await withLog({}, ({ log }) => {
      const info = log.append(testBatch({ records: 3, timestamp: 5n }), { logAppendTimeMs: 1_234_567 });
      assert.equal(info.logAppendTimeMs, 1_234_567);
      const stored = log.read(0n, 1 << 20, { minOneBatch: true }).records;
      const header = readBatchHeader(stored);
      assert.equal(timestampTypeOf(header.attributes), "LogAppendTime");
      assert.equal(header.maxTimestamp, 1_234_567n);
      assert.equal(crc32c(stored.subarray(ATTRIBUTES_OFFSET)), header.crc);
      assert.equal(decodeRecordBatch(stored).records.length, 3);
    });
  });

  void test("rejects bytes that are not whole v2 batches", async () => {
    await withLog({}, ({ log }) => {
      const batch = testBatch();
      const corrupt = (err: unknown): boolean => err instanceof KafkaError && err.code === ErrorCode.CORRUPT_MESSAGE;
      assert.throws(() => log.append(batch.subarray(0, batch.length - 1)), corrupt);
      assert.throws(() => log.append(Buffer.alloc(0)), corrupt);
      const v1 = Buffer.from(batch);
      v1.writeInt8(1, 16);
      assert.throws(() => log.append(v1), corrupt);
      assert.equal(log.logEndOffset, 0n);
    });
  });

  void test("rolls when the next append would pass segment.bytes", async () => {
    await withLog({ segmentBytes: 1000 }, ({ log }) => {
      const size = testBatch({ records: 2 }).length;
      fill(log, 20);
      const perSegment = Math.floor(1000 / size);
      assert.equal(log.segments.length, Math.ceil(20 / perSegment));
      assert.ok(log.segments.every((s) => s.size <= 1000));
      assert.deepEqual(
        log.segments.map((s) => s.baseOffset),
        log.segments.map((_, i) => BigInt(i * perSegment * 2)),
      );
      assert.equal(readdirSync(log.dir).filter((f) => f.endsWith(".log")).length, log.segments.length);
    });
  });

  void test("rolls by segment.ms, measured from the first batch's timestamp", async () => {
    await withLog({ segmentMs: 60_000 }, ({ log, clock }) => {
      const at = (ms: number): void => void log.append(testBatch({ timestamp: BigInt(clock.nowMs() + ms) }));
      at(0);
      clock.advance(30_000);
      at(0);
      assert.equal(log.segments.length, 1);
      clock.advance(30_001);
      at(0);
      assert.equal(log.segments.length, 2);
      assert.equal(log.activeSegment.baseOffset, 2n);
    });
  });

  void test("without record timestamps, segment.ms counts wall-clock time since the segment was created", async () => {
    await withLog({ segmentMs: 1000 }, ({ log, clock }) => {
      log.append(testBatch({ timestamp: -1n }));
      clock.advance(1001);
      log.append(testBatch({ timestamp: -1n }));
      assert.equal(log.segments.length, 2);
    });
  });
});

void describe("Log read", () => {
  void test("starts with the batch containing fetchOffset, honours maxBytes on batch boundaries and minOneBatch (KIP-74)", async () => {
    await withLog({}, ({ log }) => {
      const batches = fill(log, 5, 4);
      const size = batches[0]!.length;
      assert.deepEqual(log.read(6n, 2 * size + 1, { minOneBatch: false }).records, Buffer.concat([batches[1]!, batches[2]!]));
      assert.equal(log.read(6n, size - 1, { minOneBatch: false }).records.length, 0);
      assert.deepEqual(log.read(6n, 1, { minOneBatch: true }).records, batches[1]);
      assert.deepEqual(log.read(6n, 1 << 20, { minOneBatch: false, maxOffset: 12n }).records, Buffer.concat(batches.slice(1, 3)));
      assert.equal(log.read(12n, 1 << 20, { minOneBatch: true, maxOffset: 12n }).records.length, 0);
    });
  });

  void test("reads across segments one segment at a time and returns offsets metadata", async () => {
    await withLog({ segmentBytes: 300 }, ({ log }) => {
      const batches = fill(log, 10);
      assert.ok(log.segments.length > 2);
      const second = log.segments[1]!;
      const result = log.read(second.baseOffset, 1 << 20, { minOneBatch: true });
      assert.equal(result.records.length, second.size);
      assert.equal(readBatchHeader(result.records).baseOffset, second.baseOffset);
      assert.deepEqual([result.logStartOffset, result.highWatermark, result.logEndOffset], [0n, 20n, 20n]);
      assert.deepEqual(log.read(19n, 1 << 20, { minOneBatch: true }).records, batches[9]);
    });
  });

  void test("fetchOffset at the log end is empty; outside [logStartOffset, logEndOffset] is OFFSET_OUT_OF_RANGE", async () => {
    await withLog({}, ({ log }) => {
      fill(log, 3);
      assert.equal(log.read(6n, 100, { minOneBatch: true }).records.length, 0);
      assert.throws(() => log.read(7n, 100, { minOneBatch: true }), outOfRange);
      assert.throws(() => log.read(-1n, 100, { minOneBatch: true }), outOfRange);
      log.deleteRecordsBefore(3n);
      assert.throws(() => log.read(2n, 100, { minOneBatch: true }), outOfRange);
      assert.equal(readBatchHeader(log.read(3n, 100, { minOneBatch: true }).records).baseOffset, 2n);
    });
  });
});

void describe("Log offsets by timestamp", () => {
  void test("finds the first record with timestamp >= target, inside batches too", async () => {
    await withLog({ segmentBytes: 400 }, ({ log }) => {
      for (let i = 0; i < 8; i++) {
        const base = 10_000n + BigInt(i) * 100n;
        log.append(encodeRecordBatch({ records: [0n, 10n, 50n].map((d) => ({ value: Buffer.from("v"), timestamp: base + d })) }));
      }
      assert.ok(log.segments.length > 1);
      assert.deepEqual(log.fetchOffsetByTimestamp(10_000n), { timestamp: 10_000n, offset: 0n });
      assert.deepEqual(log.fetchOffsetByTimestamp(10_005n), { timestamp: 10_010n, offset: 1n });
      assert.deepEqual(log.fetchOffsetByTimestamp(10_420n), { timestamp: 10_450n, offset: 14n });
      assert.equal(log.fetchOffsetByTimestamp(20_000n), undefined);
      assert.deepEqual(log.fetchOffsetByTimestamp(MAX_TIMESTAMP), { timestamp: 10_750n, offset: 23n });
      assert.deepEqual(log.fetchOffsetByTimestamp(LATEST_TIMESTAMP), { timestamp: -1n, offset: 24n });
      log.deleteRecordsBefore(4n);
      assert.deepEqual(log.fetchOffsetByTimestamp(EARLIEST_TIMESTAMP), { timestamp: -1n, offset: 4n });
      assert.deepEqual(log.fetchOffsetByTimestamp(10_000n), { timestamp: 10_110n, offset: 4n });
    });
  });
});

void describe("Log retention and DeleteRecords", () => {
  void test("retention.bytes deletes the oldest segments and keeps the log at or above the limit", async () => {
    await withLog({ segmentBytes: 600, retentionMs: -1 }, ({ log }) => {
      fill(log, 20);
      const segments = log.segments.length;
      const active = log.activeSegment;
      const keep = log.size - log.segments[0]!.size - log.segments[1]!.size;
      log.updateConfig({ ...log.config, retentionBytes: keep });
      assert.equal(log.deleteOldSegments(), 2);
      assert.equal(log.segments.length, segments - 2);
      assert.equal(log.logStartOffset, log.segments[0]!.baseOffset);
      assert.equal(log.activeSegment, active);
      log.updateConfig({ ...log.config, retentionBytes: 1 });
      log.deleteOldSegments();
      assert.deepEqual(log.segments, [active], "the active segment is never deleted by size");
      assert.equal(log.logEndOffset, 40n);
    });
  });

  void test("retention.ms deletes segments whose largest timestamp is too old, oldest first", async () => {
    await withLog({ segmentBytes: 600, retentionMs: 10_000 }, ({ log, clock }) => {
      const now = BigInt(clock.nowMs());
      fill(log, 5, 2, now - 50_000n);
      log.roll();
      fill(log, 5, 2, now - 5_000n);
      log.roll();
      fill(log, 5, 2, now - 50_000n); // old timestamps, but behind a young segment
      const before = log.segments.length;
      assert.equal(log.deleteOldSegments(), 1);
      assert.equal(log.segments.length, before - 1);
      assert.equal(log.logStartOffset, 10n);
      clock.advance(6_000);
      assert.equal(log.deleteOldSegments(), 2);
      assert.equal(log.logStartOffset, 30n);
      assert.equal(log.logEndOffset, 30n, "deleting everything rolls a fresh active segment at the log end");
      assert.equal(log.activeSegment.size, 0);
      log.append(testBatch());
      assert.equal(log.logEndOffset, 31n);
    });
  });

  void test("deleteRecordsBefore moves logStartOffset, drops whole segments below it, never past the high watermark", async () => {
    await withLog({ segmentBytes: 500 }, ({ log }) => {
      fill(log, 10);
      const second = log.segments[1]!;
      const target = second.baseOffset + 1n;
      assert.equal(log.deleteRecordsBefore(target), target);
      assert.equal(log.logStartOffset, target);
      assert.equal(log.segments[0], second);
      assert.equal(log.deleteRecordsBefore(1n), target, "never moves backwards");
      assert.throws(() => log.deleteRecordsBefore(21n), outOfRange);
    });
  });
});

void describe("Log flush", () => {
  void test("flush moves the recovery point to the log end; unflushedMessages counts offsets since", async () => {
    await withLog({}, async ({ log }) => {
      fill(log, 3);
      assert.equal(log.unflushedMessages, 6n);
      await log.flush();
      assert.equal(log.recoveryPoint, 6n);
      assert.equal(log.unflushedMessages, 0n);
    });
  });
});
