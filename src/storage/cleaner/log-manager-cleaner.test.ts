// The cleaner as the LogManager runs it: the background loop on the clock, deletion of a
// compacted log, shutdown in the middle of a round, and retention of compact,delete logs.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ManualClock } from "../clock.js";
import { logConfig, type LogConfig } from "../log-config.js";
import { LogManager } from "../log-manager.js";
import type { Log } from "../log.js";
import { tempDir } from "../test-support.js";
import { CLEANER_OFFSET_CHECKPOINT_FILE } from "./cleaner-checkpoint.js";
import { contents, keyedBatch, type KV } from "./test-cleaner-support.js";

async function withManager(
  config: Partial<LogConfig>,
  fn: (m: LogManager, clock: ManualClock, logDir: string) => Promise<void>,
  cleaner: { enable?: boolean; backoffMs?: number } = {},
): Promise<void> {
  const { dir, cleanup } = tempDir("carebus-cleaner-manager-");
  const clock = new ManualClock();
  const manager = LogManager.open({
    logDir: dir,
    clock,
    defaultConfig: logConfig({ compact: true, retentionMs: -1, ...config }),
    cleaner: { enable: false, ...cleaner },
  });
  try {
    await fn(manager, clock, dir);
  } finally {
    await manager.close();
    cleanup();
  }
}

function fill(log: Log, clock: ManualClock, segments: readonly (readonly KV[])[]): void {
  for (const records of segments) {
    log.append(keyedBatch(records, clock.nowMs()));
    log.roll();
  }
}

void describe("LogManager with the log cleaner", () => {
  void test("the background loop cleans after log.cleaner.backoff.ms", async () => {
    await withManager(
      {},
      async (manager, clock) => {
        const log = manager.getOrCreateLog("t", 0);
        fill(log, clock, [[["a", "1"]], [["a", "2"]]]);
        clock.advance(999);
        // Queued behind any running round, so this waits for it; nothing ran yet.
        assert.deepEqual(contents(log), ["0 a=1", "1 a=2"]);
        clock.advance(1);
        await manager.cleaner.cleanNow("no-such-topic");
        assert.deepEqual(contents(log), ["1 a=2"]);
      },
      { enable: true, backoffMs: 1000 },
    );
  });

  void test("cleanNow(topic) cleans only that topic; deleting a log drops its cleaner checkpoint entry", async () => {
    await withManager({}, async (manager, clock, logDir) => {
      const t = manager.getOrCreateLog("t", 0);
      const u = manager.getOrCreateLog("u", 0);
      for (const log of [t, u]) fill(log, clock, [[["a", "1"]], [["a", "2"]]]);
      const stats = await manager.cleaner.cleanNow("t");
      assert.deepEqual(stats.map((s) => `${s.topic}-${s.partition}`), ["t-0"]);
      assert.deepEqual(contents(u), ["0 a=1", "1 a=2"]);
      await manager.cleaner.cleanNow();
      const checkpoint = (): string => readFileSync(join(logDir, CLEANER_OFFSET_CHECKPOINT_FILE), "utf8");
      assert.equal(checkpoint(), "0\n2\nt 0 2\nu 0 2\n");
      await manager.deleteLog("t", 0);
      assert.equal(checkpoint(), "0\n1\nu 0 2\n");
    });
  });

  void test("a shutdown during a round abandons it and leaves no temporary files", async () => {
    const { dir, cleanup } = tempDir("carebus-cleaner-manager-");
    try {
      const config = logConfig({ compact: true, retentionMs: -1 });
      let manager = LogManager.open({ logDir: dir, clock: new ManualClock(), defaultConfig: config, cleaner: { enable: false } });
      const clock = new ManualClock();
      fill(manager.getOrCreateLog("t", 0), clock, [[["a", "1"]], [["a", "2"]], [["b", "1"]]]);
      const round = manager.cleaner.cleanNow();
      await manager.close();
      assert.deepEqual(await round, []);
      assert.deepEqual(readdirSync(join(dir, "t-0")).filter((f) => /\.(cleaned|swap)$/.test(f)), []);
      manager = LogManager.open({ logDir: dir, clock, defaultConfig: config, cleaner: { enable: false } });
      const log = manager.getLog("t", 0);
      assert.ok(log !== undefined);
      assert.deepEqual(contents(log), ["0 a=1", "1 a=2", "2 b=1"]);
      await manager.close();
    } finally {
      cleanup();
    }
  });

  void test("compact,delete logs also lose old segments to retention.ms", async () => {
    await withManager({ retentionMs: 1000 }, async (manager, clock) => {
      const log = manager.getOrCreateLog("t", 0);
      fill(log, clock, [[["a", "1"]], [["b", "1"]]]);
      clock.advance(1001);
      log.append(keyedBatch([["c", "1"]], clock.nowMs()));
      assert.equal(manager.cleanupLogs(), 2);
      assert.deepEqual(contents(log), ["2 c=1"]);
      // The cleaner's checkpoint below the new log start is reset, not an error.
      await manager.cleaner.cleanNow();
      assert.equal(log.logStartOffset, 2n);
    });
  });
});
