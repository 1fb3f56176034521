import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ErrorCode, KafkaError } from "../../protocol/errors.js";
import type { Log } from "../log.js";
import { openTestLog, tempDir, type TestLog } from "../test-support.js";
import { encodeProducerSnapshot, producerSnapshotPath } from "./producer-snapshot-file.js";
import { ProducerStateEntry } from "./producer-state-entry.js";
import { idempotentBatch } from "./test-support.js";

const SMALL_SEGMENTS = { segmentBytes: 400 };

async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const { dir, cleanup } = tempDir();
  try {
    await fn(dir);
  } finally {
    cleanup();
  }
}

function snapshots(dir: string): string[] {
  return readdirSync(join(dir, "t-0"))
    .filter((n) => n.endsWith(".snapshot"))
    .sort();
}

/** Producer id → [epoch, last sequence, last offset] for comparisons across restarts. */
function stateOf(log: Log): Map<bigint, [number, number, bigint]> {
  return new Map([...log.producerStateManager.activeProducers].map(([id, e]) => [id, [e.producerEpoch, e.lastSeq, e.lastDataOffset]]));
}

/** Three producers writing 12 batches in turn over several small segments. */
function writeSome(log: Log): void {
  for (let i = 0; i < 12; i++) {
    const pid = BigInt(1 + (i % 3));
    log.append(idempotentBatch(pid, 0, Math.floor(i / 3) * 2, 2));
  }
}

void describe("loading producer state when a log opens", () => {
  void test("a snapshot is written at every roll, named for the new segment", async () => {
    await withDir(async (dir) => {
      const { log } = openTestLog(dir, SMALL_SEGMENTS);
      writeSome(log);
      const bases = log.segments.slice(1).map((s) => s.baseOffset);
      assert.ok(bases.length >= 2, `several segments (${bases.length + 1})`);
      assert.deepEqual(
        snapshots(dir),
        bases.map((b) => `${b.toString().padStart(20, "0")}.snapshot`),
      );
      await log.close();
    });
  });

  void test("state survives a clean restart: retries stay duplicates, the sequence continues, gaps are refused", async () => {
    await withDir(async (dir) => {
      const t: TestLog = openTestLog(dir, SMALL_SEGMENTS);
      writeSome(t.log);
      const before = stateOf(t.log);
      const end = t.log.logEndOffset;
      await t.log.close();
      assert.ok(existsSync(producerSnapshotPath(join(dir, "t-0"), end)), "clean close snapshots at the log end");
      const log = t.reopen({ hadCleanShutdown: true, recoveryPoint: end });
      try {
        assert.deepEqual(stateOf(log), before);
        // Producer 3's last batch was sequences 6-7 at offsets 22-23.
        const retry = log.append(idempotentBatch(3n, 0, 6, 2));
        assert.equal(retry.duplicate, true);
        assert.equal(retry.firstOffset, 22n);
        assert.equal(log.append(idempotentBatch(3n, 0, 8, 1)).firstOffset, end);
        assert.throws(() => log.append(idempotentBatch(1n, 0, 99)), (e) => e instanceof KafkaError && e.code === ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
      } finally {
        await log.close();
      }
    });
  });

  void test("without any snapshot the state is rebuilt by scanning every segment, then snapshotted", async () => {
    await withDir(async (dir) => {
      const t = openTestLog(dir, SMALL_SEGMENTS);
      writeSome(t.log);
      const before = stateOf(t.log);
      const end = t.log.logEndOffset;
      await t.log.close();
      for (const name of snapshots(dir)) rmSync(join(dir, "t-0", name));
      const log = t.reopen();
      try {
        assert.deepEqual(stateOf(log), before);
        assert.ok(existsSync(producerSnapshotPath(join(dir, "t-0"), end)), "a snapshot at the log end after the scan");
      } finally {
        await log.close();
      }
    });
  });

  void test("the latest snapshot is loaded and only the batches after it are replayed", async () => {
    await withDir(async (dir) => {
      const t = openTestLog(dir, SMALL_SEGMENTS);
      t.log.append(idempotentBatch(50n, 0, 0)); // a producer that writes only at the start
      writeSome(t.log);
      const before = stateOf(t.log);
      const lastBase = t.log.activeSegment.baseOffset;
      await t.log.close();
      // As after a crash: no snapshot at the log end. The one at the last segment's base is
      // replaced by one naming a producer that never wrote, which proves it was read.
      const partitionDir = join(dir, "t-0");
      for (const name of snapshots(dir)) rmSync(join(partitionDir, name));
      const marker = new ProducerStateEntry(999n, { producerEpoch: 5, lastTimestamp: BigInt(t.clock.nowMs()) });
      writeFileSync(producerSnapshotPath(partitionDir, lastBase), encodeProducerSnapshot([marker]));
      const log = t.reopen();
      try {
        assert.equal(log.producerStateManager.lastEntry(999n)?.producerEpoch, 5, "loaded from the snapshot");
        const tail = [...before].filter(([, state]) => state[2] >= lastBase);
        const head = [...before].filter(([, state]) => state[2] < lastBase);
        assert.ok(tail.length > 0 && head.length > 0, "producers on both sides of the snapshot");
        for (const [pid, state] of tail) {
          const entry = log.producerStateManager.lastEntry(pid);
          assert.deepEqual([entry?.producerEpoch, entry?.lastSeq, entry?.lastDataOffset], state, `producer ${pid} replayed`);
        }
        // Batches below the snapshot were not scanned: what the snapshot lacks stays unknown.
        for (const [pid] of head) assert.equal(log.producerStateManager.lastEntry(pid), undefined);
      } finally {
        await log.close();
      }
    });
  });

  void test("a corrupt latest snapshot is deleted and the next older one plus a longer replay takes over", async () => {
    await withDir(async (dir) => {
      const t = openTestLog(dir, SMALL_SEGMENTS);
      writeSome(t.log);
      const before = stateOf(t.log);
      const end = t.log.logEndOffset;
      await t.log.close();
      const latest = producerSnapshotPath(join(dir, "t-0"), end);
      writeFileSync(latest, Buffer.from("torn"));
      const log = t.reopen();
      try {
        assert.deepEqual(stateOf(log), before);
      } finally {
        await log.close();
      }
    });
  });

  void test("snapshots beyond the recovered log end are deleted (the data they describe was lost)", async () => {
    await withDir(async (dir) => {
      const t = openTestLog(dir);
      t.log.append(idempotentBatch(1n, 0, 0, 2));
      await t.log.close();
      const partitionDir = join(dir, "t-0");
      const ghost = new ProducerStateEntry(5n, { producerEpoch: 0, lastTimestamp: BigInt(t.clock.nowMs()) });
      ghost.addBatch(0, { lastSeq: 0, lastOffset: 50n, offsetDelta: 0, timestamp: BigInt(t.clock.nowMs()) });
      writeFileSync(producerSnapshotPath(partitionDir, 51n), encodeProducerSnapshot([ghost]));
      const log = t.reopen();
      try {
        assert.equal(log.producerStateManager.lastEntry(5n), undefined);
        assert.ok(!existsSync(producerSnapshotPath(partitionDir, 51n)));
        assert.equal(log.producerStateManager.lastEntry(1n)?.lastSeq, 1);
      } finally {
        await log.close();
      }
    });
  });

  void test("after a crash that tore the last batch, the state forgets it and its resend is appended", async () => {
    await withDir(async (dir) => {
      const t = openTestLog(dir);
      t.log.append(idempotentBatch(1n, 0, 0, 2));
      t.log.append(idempotentBatch(1n, 0, 2, 2));
      await t.log.close(); // leaves a snapshot at offset 4, which the torn log no longer reaches
      const logFile = join(dir, "t-0", "00000000000000000000.log");
      truncateSync(logFile, statSync(logFile).size - 5);
      const log = t.reopen({ hadCleanShutdown: false, recoveryPoint: 0n });
      try {
        assert.equal(log.logEndOffset, 2n);
        assert.equal(log.producerStateManager.lastEntry(1n)?.lastSeq, 1);
        const resent = log.append(idempotentBatch(1n, 0, 2, 2));
        assert.equal(resent.duplicate, undefined);
        assert.equal(resent.firstOffset, 2n);
      } finally {
        await log.close();
      }
    });
  });

  void test("snapshots go with the segments retention deletes", async () => {
    await withDir(async (dir) => {
      const t = openTestLog(dir, { ...SMALL_SEGMENTS, fileDeleteDelayMs: 0 });
      writeSome(t.log);
      const cut = t.log.segments[2]!.baseOffset;
      t.log.deleteRecordsBefore(cut);
      const left = snapshots(dir).map((n) => BigInt(n.slice(0, 20)));
      assert.ok(left.length > 0);
      assert.ok(left.every((o) => o >= cut), `no snapshot below ${cut}: ${left.join(",")}`);
      await t.log.close();
    });
  });

  void test("producers whose state outlived producer.id.expiration.ms are not loaded", async () => {
    await withDir(async (dir) => {
      const t = openTestLog(dir, {}, { producerState: { producerIdExpirationMs: 60_000 } });
      t.log.append(idempotentBatch(1n, 0, 0, 1, BigInt(t.clock.nowMs())));
      await t.log.close();
      t.clock.advance(60_000);
      const log = t.reopen({ hadCleanShutdown: true });
      try {
        assert.equal(log.producerStateManager.lastEntry(1n), undefined);
      } finally {
        await log.close();
      }
    });
  });
});
