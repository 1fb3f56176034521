import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync, statSync, truncateSync } from "node:fs";
import { join } from "node:path";
import { ErrorCode, KafkaError } from "../protocol/errors.js";
import { encodeEndTransactionMarkerBatch } from "../protocol/records/control-record.js";
import { encodeRecordBatch } from "../protocol/records/record-batch.js";
import type { Log } from "./log.js";
import { openTestLog, tempDir, testBatch, type TestLog } from "./test-support.js";
import { ABORTED_TXN_SIZE, decodeAbortedTxns } from "./transaction-index.js";

function txnBatch(pid: bigint, epoch: number, seq: number, records = 1): Buffer {
  return encodeRecordBatch({
    producerId: pid,
    producerEpoch: epoch,
    baseSequence: seq,
    isTransactional: true,
    records: Array.from({ length: records }, (_, i) => ({ value: Buffer.from(`p${pid}-${seq + i}`), timestamp: 1_700_000_000_000n })),
  });
}

function marker(type: "COMMIT" | "ABORT", pid: bigint, epoch = 0, coordinatorEpoch = 0): Buffer {
  return encodeEndTransactionMarkerBatch({ type, producerId: pid, producerEpoch: epoch, coordinatorEpoch, timestamp: 1_700_000_000_001n });
}

const coordinator = { origin: "coordinator" } as const;

async function withTestLog(fn: (t: TestLog) => Promise<void> | void): Promise<void> {
  const { dir, cleanup } = tempDir();
  const t = openTestLog(dir);
  try {
    await fn(t);
  } finally {
    await t.log.close();
    cleanup();
  }
}

function refusedWith(code: number): (err: unknown) => boolean {
  return (err) => err instanceof KafkaError && err.code === code;
}

const txnIndexPath = (log: Log, base = 0n): string => join(log.dir, `${base.toString().padStart(20, "0")}.txnindex`);

void describe("transactions in the log: last stable offset and aborted transaction index", () => {
  void test("an open transaction holds the LSO at its first offset; COMMIT releases it without an index entry", async () => {
    await withTestLog(({ log }) => {
      log.append(testBatch()); // 0
      log.append(txnBatch(1n, 0, 0, 2)); // 1-2
      log.append(testBatch()); // 3
      assert.equal(log.lastStableOffset, 1n);
      assert.equal(log.highWatermark, 4n);
      log.append(marker("COMMIT", 1n), coordinator); // 4
      assert.equal(log.lastStableOffset, 5n);
      assert.equal(log.producerStateManager.lastEntry(1n)?.currentTxnFirstOffset, undefined);
      assert.equal(existsSync(txnIndexPath(log)), false);
      assert.deepEqual(log.collectAbortedTransactions(0n, 5n), []);
    });
  });

  void test("ABORT writes a 34-byte .txnindex entry with Kafka's layout, and collectAbortedTransactions finds it", async () => {
    await withTestLog(({ log }) => {
      log.append(txnBatch(7n, 0, 0, 2)); // 0-1
      log.append(txnBatch(8n, 0, 0)); // 2 (a second producer's open transaction)
      log.append(txnBatch(7n, 0, 2)); // 3
      log.append(marker("ABORT", 7n, 0, 3), coordinator); // 4
      // Producer 8's transaction still holds the LSO.
      assert.equal(log.lastStableOffset, 2n);
      const bytes = readFileSync(txnIndexPath(log));
      assert.equal(bytes.length, ABORTED_TXN_SIZE);
      assert.equal(bytes.readInt16BE(0), 0); // version
      assert.equal(bytes.readBigInt64BE(2), 7n); // producer id
      assert.equal(bytes.readBigInt64BE(10), 0n); // first offset
      assert.equal(bytes.readBigInt64BE(18), 4n); // last offset: the marker
      assert.equal(bytes.readBigInt64BE(26), 2n); // LSO after the marker: producer 8's first offset
      log.append(marker("ABORT", 8n), coordinator); // 5
      assert.equal(log.lastStableOffset, 6n);
      assert.deepEqual(
        log.collectAbortedTransactions(0n, 6n).map((t) => [t.producerId, t.firstOffset, t.lastOffset, t.lastStableOffset]),
        [
          [7n, 0n, 4n, 2n],
          [8n, 2n, 5n, 6n],
        ],
      );
      // Only transactions overlapping [start, bound) are returned.
      assert.deepEqual(log.collectAbortedTransactions(5n, 6n).map((t) => t.producerId), [8n]);
      assert.deepEqual(log.collectAbortedTransactions(0n, 2n).map((t) => t.producerId), [7n]);
    });
  });

  void test("markers: refused from clients, fenced below the producer's epoch, coordinator epoch checked", async () => {
    await withTestLog(({ log }) => {
      log.append(txnBatch(3n, 2, 0));
      assert.throws(() => log.append(marker("COMMIT", 3n, 2)), refusedWith(ErrorCode.INVALID_RECORD));
      assert.throws(() => log.append(marker("COMMIT", 3n, 1), coordinator), refusedWith(ErrorCode.INVALID_PRODUCER_EPOCH));
      assert.equal(log.lastStableOffset, 0n);
      log.append(marker("ABORT", 3n, 2, 5), coordinator);
      assert.equal(log.lastStableOffset, 2n);
      log.append(txnBatch(3n, 2, 1));
      assert.throws(() => log.append(marker("COMMIT", 3n, 2, 4), coordinator), refusedWith(ErrorCode.TRANSACTION_COORDINATOR_FENCED));
      // A marker with a newer epoch (the coordinator bumped it when aborting a timed-out transaction) is taken.
      log.append(marker("ABORT", 3n, 3, 5), coordinator);
      assert.equal(log.producerStateManager.lastEntry(3n)?.producerEpoch, 3);
      assert.equal(log.lastStableOffset, log.logEndOffset);
    });
  });

  void test("a clean restart keeps an open transaction (LSO held, from the snapshot) and the aborted index", async () => {
    await withTestLog(async (t) => {
      t.log.append(txnBatch(1n, 0, 0)); // 0
      t.log.append(marker("ABORT", 1n), coordinator); // 1
      t.log.append(txnBatch(2n, 0, 0)); // 2
      t.log.append(testBatch()); // 3
      await t.log.flush();
      await t.log.close();
      t.log = t.reopen({ hadCleanShutdown: true, recoveryPoint: 4n });
      assert.equal(t.log.lastStableOffset, 2n);
      assert.deepEqual(t.log.collectAbortedTransactions(0n, 4n).map((a) => a.producerId), [1n]);
      t.log.append(marker("COMMIT", 2n), coordinator);
      assert.equal(t.log.lastStableOffset, 5n);
    });
  });

  void test("recovery without snapshots or .txnindex rebuilds both from the markers", async () => {
    await withTestLog(async (t) => {
      t.log.append(txnBatch(1n, 0, 0)); // 0
      t.log.append(marker("ABORT", 1n), coordinator); // 1
      t.log.roll();
      t.log.append(txnBatch(2n, 0, 0)); // 2
      t.log.append(txnBatch(1n, 0, 1)); // 3
      t.log.append(marker("ABORT", 1n), coordinator); // 4
      await t.log.flush();
      const before = readFileSync(txnIndexPath(t.log, 2n));
      await t.log.close();
      for (const name of ["00000000000000000000.txnindex", "00000000000000000002.txnindex"]) rmSync(join(t.log.dir, name));
      for (const name of ["00000000000000000002.snapshot", "00000000000000000005.snapshot"]) rmSync(join(t.log.dir, name), { force: true });
      t.log = t.reopen({ hadCleanShutdown: false, recoveryPoint: 0n });
      assert.equal(t.log.lastStableOffset, 2n);
      assert.deepEqual(readFileSync(txnIndexPath(t.log, 2n)), before);
      assert.deepEqual(
        t.log.collectAbortedTransactions(0n, 5n).map((a) => [a.producerId, a.firstOffset, a.lastOffset]),
        [
          [1n, 0n, 1n],
          [1n, 3n, 4n],
        ],
      );
    });
  });

  void test("a truncated tail drops the lost marker's index entry and holds the LSO again", async () => {
    await withTestLog(async (t) => {
      t.log.append(testBatch()); // 0
      t.log.append(txnBatch(4n, 0, 0)); // 1
      const sizeBeforeMarker = t.log.activeSegment.size;
      t.log.append(marker("ABORT", 4n), coordinator); // 2
      assert.equal(t.log.lastStableOffset, 3n);
      assert.equal(decodeAbortedTxns(readFileSync(txnIndexPath(t.log))).length, 1);
      await t.log.close();
      // A crash tore the marker: only part of it reached the disk.
      truncateSync(join(t.log.dir, "00000000000000000000.log"), sizeBeforeMarker + 20);
      rmSync(join(t.log.dir, "00000000000000000003.snapshot"), { force: true });
      t.log = t.reopen({ hadCleanShutdown: false, recoveryPoint: 0n });
      assert.equal(t.log.logEndOffset, 2n);
      assert.equal(t.log.lastStableOffset, 1n);
      assert.equal(existsSync(txnIndexPath(t.log)) ? statSync(txnIndexPath(t.log)).size : 0, 0);
      assert.deepEqual(t.log.collectAbortedTransactions(0n, 2n), []);
    });
  });

  void test("segments deleted by retention take their .txnindex with them", async () => {
    await withTestLog(({ log }) => {
      log.append(txnBatch(1n, 0, 0));
      log.append(marker("ABORT", 1n), coordinator);
      log.roll();
      log.append(testBatch());
      assert.ok(existsSync(txnIndexPath(log)));
      log.deleteRecordsBefore(2n);
      assert.equal(existsSync(txnIndexPath(log)), false);
      assert.deepEqual(log.collectAbortedTransactions(2n, 3n), []);
    });
  });
});
