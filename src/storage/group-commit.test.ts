import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { GroupCommit } from "./group-commit.js";
import { openTestLog, tempDir, testBatch } from "./test-support.js";
import { defaultSyncFile, type SyncFile } from "./index-file.js";

/** A sync whose completion the test controls, recording each target. */
function controlledSync(): { syncUpTo: (target: bigint) => Promise<void>; targets: bigint[]; finish: () => void } {
  const targets: bigint[] = [];
  const pending: (() => void)[] = [];
  return {
    targets,
    syncUpTo: (target) => {
      targets.push(target);
      return new Promise<void>((resolve) => pending.push(resolve));
    },
    finish: () => pending.shift()?.(),
  };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

void describe("GroupCommit", () => {
  void test("callers covered by the running sync join it; later callers share one next sync", async () => {
    let end = 10n;
    let flushed = 0n;
    const sync = controlledSync();
    const commit = new GroupCommit(
      () => end,
      () => flushed,
      (t) => sync.syncUpTo(t).then(() => void (flushed = t)),
    );
    const settled: string[] = [];
    const first = commit.flush().then(() => settled.push("first"));
    const joined = commit.flush().then(() => settled.push("joined"));
    await tick();
    assert.deepEqual(sync.targets, [10n], "callers arriving together share a sync");
    const covered = commit.flush().then(() => settled.push("covered"));
    end = 20n;
    const late1 = commit.flush().then(() => settled.push("late1"));
    end = 25n;
    const late2 = commit.flush().then(() => settled.push("late2"));
    await tick();
    assert.deepEqual(sync.targets, [10n], "no second sync while one runs");
    sync.finish();
    await Promise.all([first, joined, covered]);
    await tick();
    await tick(); // the queued sync starts one macrotask after the running one ends
    assert.deepEqual(settled.sort(), ["covered", "first", "joined"], "later callers still wait");
    assert.deepEqual(sync.targets, [10n, 25n], "one sync for all later callers, covering the newest data");
    sync.finish();
    await Promise.all([late1, late2]);
    assert.equal(flushed, 25n);
    await commit.flush();
    assert.equal(sync.targets.length, 2, "nothing new: no sync");
  });

  void test("a failed sync rejects its waiters and the next flush tries again", async () => {
    let flushed = 0n;
    let fail = true;
    const commit = new GroupCommit(
      () => 5n,
      () => flushed,
      (t) => (fail ? Promise.reject(new Error("EIO")) : Promise.resolve().then(() => void (flushed = t))),
    );
    await assert.rejects(commit.flush(), /EIO/);
    fail = false;
    await commit.flush();
    assert.equal(flushed, 5n);
  });
});

void describe("Log.flush group commit", () => {
  void test("N concurrent flushes after N appends cost fewer than N fsyncs, and all resolve with the data durable", async () => {
    const { dir, cleanup } = tempDir();
    let fsyncs = 0;
    const counting: SyncFile = (fd) => {
      fsyncs++;
      return defaultSyncFile(fd);
    };
    const { log } = openTestLog(dir, {}, { syncFile: counting });
    try {
      await log.flush(); // syncs the new directories once
      fsyncs = 0;
      const n = 32;
      const flushes: Promise<void>[] = [];
      for (let i = 0; i < n; i++) {
        log.append(testBatch({ records: 1 }));
        flushes.push(log.flush());
      }
      await Promise.all(flushes);
      assert.ok(fsyncs < n, `${fsyncs} fsyncs for ${n} flushes`);
      assert.ok(fsyncs >= 1);
      assert.equal(log.recoveryPoint, BigInt(n));
    } finally {
      await log.close();
      cleanup();
    }
  });

  void test("a failed fsync fails the flush and makes the log refuse appends (KAFKA_STORAGE_ERROR)", async () => {
    const { dir, cleanup } = tempDir();
    const failing: SyncFile = () => Promise.reject(Object.assign(new Error("EIO: i/o error"), { code: "EIO" }));
    const { log } = openTestLog(dir, {}, { syncFile: failing });
    try {
      log.append(testBatch());
      await assert.rejects(log.flush(), (err: Error & { code?: unknown }) => err.name === "KafkaError" && err.code === 56);
      assert.throws(() => log.append(testBatch()), (err: Error & { code?: unknown }) => err.code === 56);
      assert.equal(log.recoveryPoint, 0n);
    } finally {
      await log.close();
      cleanup();
    }
  });

  void test("flush.messages triggers a background flush once that many records are unflushed", async () => {
    const { dir, cleanup } = tempDir();
    let fsyncs = 0;
    const counting: SyncFile = (fd) => {
      fsyncs++;
      return defaultSyncFile(fd);
    };
    const { log } = openTestLog(dir, { flushMessages: 3 }, { syncFile: counting });
    try {
      log.append(testBatch({ records: 2 }));
      assert.equal(fsyncs, 0);
      log.append(testBatch({ records: 1 }));
      await tick();
      assert.ok(fsyncs > 0, "the append started an fsync");
      await log.flush(); // joins it
      assert.equal(log.recoveryPoint, 3n);
    } finally {
      await log.close();
      cleanup();
    }
  });
});
