import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { DELETE_HORIZON_FLAG_MASK, isControlBatch } from "../../protocol/records/batch-header.js";
import { encodeEndTransactionMarkerBatch } from "../../protocol/records/control-record.js";
import { openTestLog, tempDir } from "../test-support.js";
import { cleanerFor, keyedBatch, readBatches, type KV } from "./test-cleaner-support.js";

type TestLog = ReturnType<typeof openTestLog>;

function txn(t: TestLog, pid: bigint, seq: number, records: readonly KV[]): void {
  t.log.append(keyedBatch(records, t.clock.nowMs(), { producerId: pid, producerEpoch: 0, baseSequence: seq, isTransactional: true }));
}

function marker(t: TestLog, type: "COMMIT" | "ABORT", pid: bigint): void {
  const batch = encodeEndTransactionMarkerBatch({ type, producerId: pid, producerEpoch: 0, coordinatorEpoch: 0, timestamp: BigInt(t.clock.nowMs()) });
  t.log.append(batch, { origin: "coordinator" });
}

function plainSegment(t: TestLog, records: readonly KV[]): void {
  t.log.append(keyedBatch(records, t.clock.nowMs()));
  t.log.roll();
}

function dataRecords(t: TestLog): string[] {
  return readBatches(t.log)
    .filter((b) => !isControlBatch(b.header.attributes))
    .flatMap((b) => b.records.map((r) => `${r.offset} ${r.key}=${r.value}`));
}

function markers(t: TestLog): string[] {
  return readBatches(t.log)
    .filter((b) => isControlBatch(b.header.attributes))
    .map((b) => `${b.header.baseOffset}${(b.header.attributes & DELETE_HORIZON_FLAG_MASK) !== 0 ? " horizon" : ""}`);
}

void describe("LogCleaner and transactions (Kafka's CleanedTransactionMetadata rules)", () => {
  void test("aborted records are neither mapped nor kept; markers go after delete.retention.ms once their data is gone", async () => {
    const { dir, cleanup } = tempDir("carebus-cleaner-txn-");
    const t = openTestLog(dir, { compact: true, segmentBytes: 1 << 20, indexIntervalBytes: 64, retentionMs: -1, deleteRetentionMs: 1000 });
    try {
      const cleaner = cleanerFor(t.log, t.clock);
      t.log.append(keyedBatch([["a", "1"]], t.clock.nowMs())); // 0
      txn(t, 2n, 0, [["a", "aborted"]]); // 1
      marker(t, "ABORT", 2n); // 2
      txn(t, 1n, 0, [["b", "1"]]); // 3
      marker(t, "COMMIT", 1n); // 4
      txn(t, 2n, 1, [["c", "1"]]); // 5
      marker(t, "COMMIT", 2n); // 6
      txn(t, 1n, 1, [["d", "1"]]); // 7
      marker(t, "COMMIT", 1n); // 8
      t.log.roll();
      plainSegment(t, [["b", "2"]]); // 9
      assert.deepEqual(t.log.collectAbortedTransactions(0n, 10n).map((a) => [a.producerId, a.firstOffset]), [[2n, 1n]]);

      await cleaner.cleanNow();
      // The aborted a=aborted neither survives nor shadows a=1.
      assert.deepEqual(dataRecords(t), ["0 a=1", "5 c=1", "7 d=1", "9 b=2"]);
      // The first cleaning saw each transaction's data: every marker stays, and so does the index entry.
      assert.deepEqual(markers(t), ["2", "4", "6", "8"]);
      assert.deepEqual(t.log.collectAbortedTransactions(0n, 10n).map((a) => [a.producerId, a.firstOffset, a.lastOffset]), [[2n, 1n, 2n]]);

      plainSegment(t, [["e", "1"]]); // 10
      await cleaner.cleanNow();
      // No data left for the transactions ended at 2 and 4: their markers get a delete horizon.
      assert.deepEqual(markers(t), ["2 horizon", "4 horizon", "6", "8"]);
      assert.deepEqual(t.log.collectAbortedTransactions(0n, 11n), []);

      t.clock.advance(1000);
      plainSegment(t, [["f", "1"]]); // 11
      await cleaner.cleanNow();
      assert.deepEqual(markers(t), ["6", "8"]);
      assert.deepEqual(dataRecords(t), ["0 a=1", "5 c=1", "7 d=1", "9 b=2", "10 e=1", "11 f=1"]);
    } finally {
      await t.log.close();
      cleanup();
    }
  });

  void test("an open transaction holds the cleaner below the last stable offset", async () => {
    const { dir, cleanup } = tempDir("carebus-cleaner-txn-");
    const t = openTestLog(dir, { compact: true, segmentBytes: 1 << 20, indexIntervalBytes: 64, retentionMs: -1 });
    try {
      const cleaner = cleanerFor(t.log, t.clock);
      plainSegment(t, [["a", "1"]]); // 0
      txn(t, 5n, 0, [["a", "2"]]); // 1: open
      t.log.roll();
      plainSegment(t, [["a", "3"]]); // 2
      assert.equal(t.log.lastStableOffset, 1n);
      await cleaner.cleanNow();
      // Nothing at or above the LSO was mapped, so a=1 is not superseded yet.
      assert.deepEqual(dataRecords(t), ["0 a=1", "1 a=2", "2 a=3"]);
    } finally {
      await t.log.close();
      cleanup();
    }
  });
});
