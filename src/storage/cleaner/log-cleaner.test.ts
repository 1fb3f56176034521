import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DELETE_HORIZON_FLAG_MASK } from "../../protocol/records/batch-header.js";
import { openTestLog, tempDir } from "../test-support.js";
import type { LogConfig } from "../log-config.js";
import { CLEANER_OFFSET_CHECKPOINT_FILE } from "./cleaner-checkpoint.js";
import { cleanerFor, contents, keyedBatch, readBatches, type KV } from "./test-cleaner-support.js";

const compacted: Partial<LogConfig> = { compact: true, segmentBytes: 1 << 20, indexIntervalBytes: 64, retentionMs: -1 };

async function withLog(config: Partial<LogConfig>, fn: (t: ReturnType<typeof openTestLog>) => Promise<void>): Promise<void> {
  const { dir, cleanup } = tempDir("carebus-cleaner-");
  const t = openTestLog(dir, { ...compacted, ...config });
  try {
    await fn(t);
  } finally {
    await t.log.close();
    cleanup();
  }
}

/** Appends each group of records as one batch in its own segment (rolled after it). */
function appendSegments(t: ReturnType<typeof openTestLog>, segments: readonly (readonly KV[])[]): void {
  for (const records of segments) {
    t.log.append(keyedBatch(records, t.clock.nowMs()));
    t.log.roll();
  }
}

void describe("LogCleaner", () => {
  void test("keeps the latest value per key across segments, at its original offset", async () => {
    await withLog({}, async (t) => {
      for (let round = 0; round < 4; round++) {
        appendSegments(t, [[["k0", `v${round}`], ["k1", `v${round}`]], [["k2", `v${round}`]]]);
      }
      assert.equal(t.log.segments.length, 9);
      const infos: string[] = [];
      const cleaner = cleanerFor(t.log, t.clock, { logger: { info: (m) => infos.push(m), warn: () => {}, error: () => {} } });
      const [stats] = await cleaner.cleanNow();
      assert.ok(stats !== undefined);
      assert.equal(infos.length, 1);
      assert.match(infos[0] ?? "", new RegExp(`^cleaned t-0: dirty offsets \\[0, 12\\), 8 segment\\(s\\) of ${stats.bytesBefore} bytes -> 1 of ${stats.bytesAfter} bytes, 9 of 12 records removed`));
      assert.ok(stats.bytesAfter < stats.bytesBefore);
      assert.deepEqual(contents(t.log), ["9 k0=v3", "10 k1=v3", "11 k2=v3"]);
      assert.equal(t.log.logEndOffset, 12n);
      assert.equal(stats.endOffset, 12n);
      assert.equal(stats.recordsRead, 12);
      assert.equal(stats.recordsRetained, 3);
      // One cleaned segment (grouped) plus the active one.
      assert.equal(t.log.segments.length, 2);
      // The next round starts at the checkpointed first dirty offset.
      const checkpoint = readFileSync(join(dirname(t.log.dir), CLEANER_OFFSET_CHECKPOINT_FILE), "utf8");
      assert.equal(checkpoint, "0\n1\nt 0 12\n");
      // A read from offset 0 answers with the first retained batch.
      const first = readBatches(t.log)[0];
      assert.equal(t.log.read(0n, 1 << 20, { minOneBatch: true }).records.readBigInt64BE(0), first?.header.baseOffset);
      assert.equal(first?.header.baseOffset, 9n);
    });
  });

  void test("never touches the active segment", async () => {
    await withLog({}, async (t) => {
      appendSegments(t, [[["a", "1"], ["b", "1"]], [["a", "2"]]]);
      t.log.append(keyedBatch([["a", "3"], ["b", "3"]], t.clock.nowMs()));
      t.log.append(keyedBatch([["a", "4"]], t.clock.nowMs()));
      const active = t.log.activeSegment;
      const activeBytes = active.log.read(0, active.size);
      await cleanerFor(t.log, t.clock).cleanNow();
      assert.equal(t.log.activeSegment, active);
      assert.deepEqual(active.log.read(0, active.size), activeBytes);
      // The dirty section ended at the active segment: b=1 is the latest b below it.
      assert.deepEqual(contents(t.log), ["1 b=1", "2 a=2", "3 a=3", "4 b=3", "5 a=4"]);
    });
  });

  void test("keeps tombstones until their delete horizon (KIP-534), then removes them", async () => {
    await withLog({ deleteRetentionMs: 1000 }, async (t) => {
      const cleaner = cleanerFor(t.log, t.clock);
      appendSegments(t, [[["a", "1"], ["b", "1"]], [["a", null]]]);
      await cleaner.cleanNow();
      assert.deepEqual(contents(t.log), ["1 b=1", "2 a=null"]);
      const tombstoneBatch = readBatches(t.log).find((b) => b.records.some((r) => r.value === null));
      assert.ok(tombstoneBatch !== undefined);
      assert.notEqual(tombstoneBatch.header.attributes & DELETE_HORIZON_FLAG_MASK, 0);
      assert.equal(tombstoneBatch.header.baseTimestamp, BigInt(t.clock.nowMs() + 1000));

      t.clock.advance(999);
      appendSegments(t, [[["c", "1"]]]);
      await cleaner.cleanNow();
      assert.deepEqual(contents(t.log), ["1 b=1", "2 a=null", "3 c=1"]);

      t.clock.advance(1);
      appendSegments(t, [[["d", "1"]]]);
      await cleaner.cleanNow();
      assert.deepEqual(contents(t.log), ["1 b=1", "3 c=1", "4 d=1"]);
    });
  });

  void test("leaves segments younger than min.compaction.lag.ms dirty", async () => {
    await withLog({ minCompactionLagMs: 10_000 }, async (t) => {
      const cleaner = cleanerFor(t.log, t.clock);
      appendSegments(t, [[["a", "1"]], [["a", "2"]]]);
      assert.deepEqual(await cleaner.cleanNow(), []);
      assert.deepEqual(contents(t.log), ["0 a=1", "1 a=2"]);
      t.clock.advance(10_001);
      const [stats] = await cleaner.cleanNow();
      assert.equal(stats?.endOffset, 2n);
      assert.deepEqual(contents(t.log), ["1 a=2"]);
    });
  });

  void test("the background loop cleans only past min.cleanable.dirty.ratio, or past max.compaction.lag.ms", async () => {
    await withLog({ minCleanableRatio: 0.99, maxCompactionLagMs: 60_000 }, async (t) => {
      const cleaner = cleanerFor(t.log, t.clock);
      appendSegments(t, [[["a", "1"]], [["a", "2"]]]);
      await cleaner.cleanNow();
      appendSegments(t, [[["a", "3"]]]);
      // Dirty ratio: one dirty segment of two, below 0.99.
      assert.equal(await cleaner.cleanFilthiestLog(), undefined);
      t.clock.advance(60_001);
      const stats = await cleaner.cleanFilthiestLog();
      assert.equal(stats?.endOffset, 3n);
      assert.deepEqual(contents(t.log), ["2 a=3"]);
    });
  });

  void test("cleans in several rounds when the dirty keys do not fit the dedupe buffer", async () => {
    await withLog({}, async (t) => {
      const keys = Array.from({ length: 30 }, (_, i) => `k${i}`);
      appendSegments(t, keys.map((k): KV[] => [[k, "old"]]));
      appendSegments(t, keys.map((k): KV[] => [[k, "new"]]));
      // Room for 9 keys: 24 bytes an entry, filled to 90%.
      const cleaner = cleanerFor(t.log, t.clock, { dedupeBufferSize: 240 });
      const ends: bigint[] = [];
      for (let round = 0; round < 20 && t.log.segments.length > 2; round++) {
        const [stats] = await cleaner.cleanNow();
        if (stats === undefined || stats.endOffset === ends.at(-1)) break;
        ends.push(stats.endOffset);
      }
      assert.equal(ends[0], 9n);
      assert.equal(ends.at(-1), 60n);
      assert.deepEqual(contents(t.log), keys.map((k, i) => `${30 + i} ${k}=new`));
    });
  });

  void test("a restarted log keeps the cleaned segments and the cleaner resumes from its checkpoint", async () => {
    const { dir, cleanup } = tempDir("carebus-cleaner-");
    try {
      const t = openTestLog(dir, compacted);
      appendSegments(t, [[["a", "1"]], [["a", "2"], ["b", "1"]]]);
      await cleanerFor(t.log, t.clock).cleanNow();
      await t.log.flush();
      await t.log.close();
      const log = t.reopen({ hadCleanShutdown: true });
      try {
        assert.deepEqual(contents(log), ["1 a=2", "2 b=1"]);
        const cleaner = cleanerFor(log, t.clock);
        assert.equal(cleaner.checkpoint.get("t", 0), 3n);
        assert.deepEqual(await cleaner.cleanNow(), []);
      } finally {
        await log.close();
      }
    } finally {
      cleanup();
    }
  });
});
