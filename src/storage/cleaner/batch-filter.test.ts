import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  COMPRESSION_TYPES,
  DELETE_HORIZON_FLAG_MASK,
  compressionOf,
  isBatchCrcValid,
  readBatchHeader,
  setBaseOffset,
} from "../../protocol/records/batch-header.js";
import { decodeRecordBatch, recordTimestamp } from "../../protocol/records/record-batch.js";
import { openTestLog, tempDir } from "../test-support.js";
import { filterBatch, type RecordFilter } from "./batch-filter.js";
import { cleanerFor, contents, keyedBatch, readBatches } from "./test-cleaner-support.js";

const T = 1_700_000_000_000;

/** Keeps the records whose keys are listed; tombstones only while there is no horizon. */
function keepKeys(keys: readonly string[], nowMs = T): RecordFilter {
  return {
    nowMs,
    deleteRetentionMs: 500,
    checkBatchRetention: () => "delete-empty",
    shouldRetainRecord: (_h, r) => r.key !== null && keys.includes(r.key.toString()),
  };
}

void describe("filterBatch", () => {
  for (const codec of COMPRESSION_TYPES) {
    void test(`re-encodes a partly kept ${codec} batch with the same codec, offsets and a valid CRC`, () => {
      const batch = keyedBatch(
        [["a", "1".repeat(50)], ["b", "2".repeat(50)], ["c", "3".repeat(50)]],
        T,
        { compression: codec, producerId: 42n, producerEpoch: 3, baseSequence: 7, partitionLeaderEpoch: 0 },
      );
      setBaseOffset(batch, 0, 100n);
      const { output, recordsRead, recordsRetained } = filterBatch(batch, keepKeys(["a", "c"]));
      assert.ok(output !== undefined);
      assert.equal(recordsRead, 3);
      assert.equal(recordsRetained, 2);
      assert.ok(isBatchCrcValid(output));
      const decoded = decodeRecordBatch(output);
      const h = decoded.header;
      assert.equal(compressionOf(h.attributes), codec);
      assert.deepEqual(
        [h.baseOffset, h.lastOffsetDelta, h.producerId, h.producerEpoch, h.baseSequence, h.partitionLeaderEpoch],
        [100n, 2, 42n, 3, 7, 0],
      );
      assert.deepEqual(decoded.records.map((r) => [r.offsetDelta, r.key?.toString()]), [[0, "a"], [2, "c"]]);
      assert.deepEqual(decoded.records.map((r) => recordTimestamp(h, r)), [BigInt(T), BigInt(T)]);
    });
  }

  void test("copies a batch whose records all stay byte for byte", () => {
    const batch = keyedBatch([["a", "1"], ["b", "2"]], T, { compression: "gzip" });
    assert.equal(filterBatch(batch, keepKeys(["a", "b"])).output, batch);
  });

  void test("sets the delete horizon on a kept tombstone without changing record timestamps", () => {
    const batch = keyedBatch([["a", null], ["b", "2"]], T - 10);
    const { output } = filterBatch(batch, keepKeys(["a", "b"]));
    assert.ok(output !== undefined && isBatchCrcValid(output));
    const { header, records } = decodeRecordBatch(output);
    assert.notEqual(header.attributes & DELETE_HORIZON_FLAG_MASK, 0);
    assert.equal(header.baseTimestamp, BigInt(T + 500));
    assert.deepEqual(records.map((r) => recordTimestamp(header, r)), [BigInt(T - 10), BigInt(T - 10)]);
    // A horizon once set is kept as it is by later rewrites.
    const again = filterBatch(output, keepKeys(["a"], T + 100)).output;
    assert.ok(again !== undefined);
    assert.equal(readBatchHeader(again).baseTimestamp, BigInt(T + 500));
  });

  void test("drops an emptied batch, or keeps its header when asked (Kafka's RETAIN_EMPTY)", () => {
    const batch = keyedBatch([["a", "1"], ["b", "2"]], T, { compression: "zstd", producerId: 9n, producerEpoch: 1, baseSequence: 4 });
    setBaseOffset(batch, 0, 10n);
    assert.equal(filterBatch(batch, keepKeys([])).output, undefined);
    const kept = filterBatch(batch, { ...keepKeys([]), checkBatchRetention: () => "retain-empty" }).output;
    assert.ok(kept !== undefined && isBatchCrcValid(kept));
    const h = readBatchHeader(kept);
    assert.deepEqual(
      [h.baseOffset, h.lastOffsetDelta, h.recordsCount, h.producerId, h.producerEpoch, h.baseSequence, compressionOf(h.attributes), h.baseTimestamp, h.maxTimestamp],
      [10n, 1, 0, 9n, 1, 4, "none", -1n, BigInt(T)],
    );
  });
});

void describe("cleaning idempotent producers' batches", () => {
  void test("keeps the header of each producer's last batch even when all its records are superseded", async () => {
    const { dir, cleanup } = tempDir("carebus-cleaner-");
    const t = openTestLog(dir, { compact: true, retentionMs: -1 });
    try {
      const now = t.clock.nowMs();
      t.log.append(keyedBatch([["a", "1"]], now, { producerId: 5n, producerEpoch: 0, baseSequence: 0 }));
      t.log.append(keyedBatch([["a", "2"], ["b", "1"]], now, { producerId: 5n, producerEpoch: 0, baseSequence: 1 }));
      t.log.append(keyedBatch([["a", "3"], ["b", "2"]], now));
      t.log.append(keyedBatch([["c", "1"]], now));
      t.log.roll();
      await cleanerFor(t.log, t.clock).cleanNow();
      assert.deepEqual(contents(t.log), ["3 a=3", "4 b=2", "5 c=1"]);
      const batches = readBatches(t.log);
      // Producer 5's first batch is gone; its last one stays as an empty header with its sequence.
      assert.deepEqual(
        batches.map((b) => [b.header.baseOffset, b.header.lastOffsetDelta, b.header.recordsCount, b.header.producerId, b.header.baseSequence]),
        [[1n, 1, 0, 5n, 1], [3n, 1, 2, -1n, -1], [5n, 0, 1, -1n, -1]],
      );
    } finally {
      await t.log.close();
      cleanup();
    }
  });
});
