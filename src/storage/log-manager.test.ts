import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ManualClock } from "./clock.js";
import { logConfig } from "./log-config.js";
import { CLEAN_SHUTDOWN_FILE, LogManager, type LogManagerOptions } from "./log-manager.js";
import { tempDir, testBatch } from "./test-support.js";

async function withLogDir(fn: (logDir: string) => Promise<void>): Promise<void> {
  const { dir, cleanup } = tempDir();
  try {
    await fn(dir);
  } finally {
    cleanup();
  }
}

function open(logDir: string, options: Partial<LogManagerOptions> = {}): { manager: LogManager; clock: ManualClock } {
  const clock = new ManualClock();
  const manager = LogManager.open({ logDir, clock, defaultConfig: logConfig({ segmentBytes: 1_000 }), ...options });
  return { manager, clock };
}

/** A crash: logs are left as they are, no checkpoint, no marker. */
async function crash(manager: LogManager): Promise<void> {
  for (const log of manager.logs.values()) await log.close();
}

void describe("LogManager", () => {
  void test("creates logs as <topic>-<partition> dirs and reopens them all at start-up", async () => {
    await withLogDir(async (logDir) => {
      let { manager } = open(logDir);
      manager.getOrCreateLog("clinical.patient.admitted", 0).append(testBatch({ records: 3 }));
      manager.getOrCreateLog("clinical.patient.admitted", 1).append(testBatch({ records: 1 }));
      manager.getOrCreateLog("lab-results", 2);
      await manager.close();
      assert.deepEqual(readdirSync(logDir).filter((n) => !n.includes("checkpoint")).sort(), [
        CLEAN_SHUTDOWN_FILE,
        "clinical.patient.admitted-0",
        "clinical.patient.admitted-1",
        "lab-results-2",
      ]);
      ({ manager } = open(logDir));
      assert.equal(manager.hadCleanShutdown, true);
      assert.equal(existsSync(join(logDir, CLEAN_SHUTDOWN_FILE)), false, "the marker is removed at open");
      assert.equal(manager.getLog("clinical.patient.admitted", 0)?.logEndOffset, 3n);
      assert.equal(manager.getLog("clinical.patient.admitted", 1)?.logEndOffset, 1n);
      assert.equal(manager.getLog("lab-results", 2)?.logEndOffset, 0n);
      await crash(manager);
      ({ manager } = open(logDir));
      assert.equal(manager.hadCleanShutdown, false);
      await manager.close();
    });
  });

  void test("writes Kafka's checkpoint files: version, count, then `topic partition offset` lines", async () => {
    await withLogDir(async (logDir) => {
      const { manager } = open(logDir);
      const log = manager.getOrCreateLog("orders", 0);
      for (let i = 0; i < 20; i++) log.append(testBatch({ records: 2 }));
      manager.getOrCreateLog("orders", 1);
      log.deleteRecordsBefore(13n);
      await manager.close();
      const recovery = readFileSync(join(logDir, "recovery-point-offset-checkpoint"), "utf8");
      assert.deepEqual(recovery.split("\n").slice(0, 2), ["0", "2"]);
      assert.deepEqual(recovery.split("\n").slice(2).sort(), ["", "orders 0 40", "orders 1 0"]);
      assert.equal(readFileSync(join(logDir, "log-start-offset-checkpoint"), "utf8"), "0\n1\norders 0 13\n");
    });
  });

  void test("deleteRecordsBefore survives a crash right after it returns", async () => {
    await withLogDir(async (logDir) => {
      let { manager } = open(logDir);
      const log = manager.getOrCreateLog("orders", 0);
      for (let i = 0; i < 20; i++) log.append(testBatch({ records: 2 }));
      await log.flush();
      log.deleteRecordsBefore(23n);
      await crash(manager);
      ({ manager } = open(logDir));
      const reopened = manager.getLog("orders", 0)!;
      assert.equal(reopened.logStartOffset, 23n);
      assert.equal(reopened.logEndOffset, 40n);
      await manager.close();
    });
  });

  void test("after a crash, recovery scans from the checkpointed recovery point", async () => {
    await withLogDir(async (logDir) => {
      let { manager } = open(logDir);
      const log = manager.getOrCreateLog("orders", 0);
      for (let i = 0; i < 30; i++) log.append(testBatch({ records: 2 }));
      await log.flush();
      manager.checkpointRecoveryPoints();
      log.append(testBatch({ records: 2 }));
      const active = log.activeSegment;
      await crash(manager);
      // corrupt a flushed segment (below the recovery point) and tear the unflushed tail
      const firstFile = join(log.dir, "00000000000000000000.log");
      const first = readFileSync(firstFile);
      first[200]! ^= 0xff;
      writeFileSync(firstFile, first);
      const tail = readFileSync(active.log.path);
      writeFileSync(active.log.path, tail.subarray(0, tail.length - 5));
      ({ manager } = open(logDir));
      const reopened = manager.getLog("orders", 0)!;
      assert.equal(reopened.logEndOffset, 60n, "the torn, unflushed batch is gone");
      assert.equal(reopened.segments[0]!.size, first.length, "the flushed segment was not scanned");
      await manager.close();
    });
  });

  void test("the retention check runs every log.retention.check.interval.ms on the clock", async () => {
    await withLogDir(async (logDir) => {
      const { manager, clock } = open(logDir, {
        retentionCheckIntervalMs: 60_000,
        flushCheckIntervalMs: 3_600_000,
        recoveryPointCheckpointIntervalMs: 3_600_000,
        logStartOffsetCheckpointIntervalMs: 3_600_000,
        defaultConfig: logConfig({ segmentBytes: 1_000, retentionMs: 3_600_000 }),
      });
      const log = manager.getOrCreateLog("orders", 0);
      const ts = BigInt(clock.nowMs());
      for (let i = 0; i < 30; i++) log.append(testBatch({ records: 2, timestamp: ts }));
      const segments = log.segments.length;
      assert.ok(segments > 2);
      clock.advance(3_540_000);
      assert.equal(log.segments.length, segments);
      log.append(testBatch({ records: 2, timestamp: ts + 3_600_000n }));
      clock.advance(120_000);
      assert.equal(log.segments.length, 1, "only the active segment (with a young batch) remains");
      assert.equal(log.logStartOffset, log.activeSegment.baseOffset);
      await manager.close();
    });
  });

  void test("the flusher fsyncs logs whose flush.ms has passed", async () => {
    await withLogDir(async (logDir) => {
      const { manager, clock } = open(logDir, {
        flushCheckIntervalMs: 100,
        defaultConfig: logConfig({ flushMs: 1_000 }),
      });
      const log = manager.getOrCreateLog("orders", 0);
      log.append(testBatch());
      clock.advance(500);
      assert.equal(log.recoveryPoint, 0n);
      clock.advance(600);
      await log.flush(); // resolves with the flusher's sync
      assert.equal(log.recoveryPoint, 1n);
      await manager.close();
      assert.equal(clock.pendingTimers, 0, "close stops the scheduler");
    });
  });

  void test("deleteLog removes the directory; leftovers of an interrupted delete go at start-up", async () => {
    await withLogDir(async (logDir) => {
      let { manager } = open(logDir);
      manager.getOrCreateLog("orders", 0).append(testBatch());
      await manager.deleteLog("orders", 0);
      assert.equal(manager.getLog("orders", 0), undefined);
      assert.deepEqual(readdirSync(logDir).filter((n) => n.startsWith("orders")), []);
      mkdirSync(join(logDir, "orders-3.0123abcd-delete"));
      await manager.close();
      ({ manager } = open(logDir));
      assert.deepEqual(readdirSync(logDir).filter((n) => n.startsWith("orders")), []);
      assert.equal(manager.logs.size, 0);
      await manager.close();
    });
  });

  void test("a corrupt checkpoint is ignored: recovery starts from the beginning", async () => {
    await withLogDir(async (logDir) => {
      let { manager } = open(logDir);
      manager.getOrCreateLog("orders", 0).append(testBatch({ records: 4 }));
      await manager.close();
      writeFileSync(join(logDir, "recovery-point-offset-checkpoint"), "0\n7\norders 0 4\n");
      ({ manager } = open(logDir));
      assert.equal(manager.getLog("orders", 0)?.logEndOffset, 4n);
      await manager.close();
    });
  });
});
