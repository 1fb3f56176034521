import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync, readFileSync, readlinkSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { logConfig } from "./log-config.js";
import { Log } from "./log.js";
import { ManualClock } from "./clock.js";
import { tempDir, testBatch } from "./test-support.js";

const config = logConfig({ segmentBytes: 2_000, indexIntervalBytes: 200 });

interface Opened {
  log: Log;
  dir: string;
}

function open(parent: string, options: { hadCleanShutdown?: boolean; recoveryPoint?: bigint } = {}): Opened {
  const log = Log.open(parent, "orders", 0, config, { clock: new ManualClock(), ...options });
  return { log, dir: log.dir };
}

/** Writes `n` batches of 2 records, flushes and closes; returns the stored bytes of each batch. */
async function writeLog(parent: string, n: number): Promise<Buffer[]> {
  const { log } = open(parent);
  const batches = Array.from({ length: n }, (_, i) => {
    const batch = testBatch({ records: 2, fill: i });
    log.append(batch);
    return batch;
  });
  await log.flush();
  await log.close();
  return batches;
}

async function withParent(fn: (parent: string) => Promise<void>): Promise<void> {
  const { dir, cleanup } = tempDir();
  try {
    await fn(dir);
  } finally {
    cleanup();
  }
}

function segmentFile(dir: string, base: bigint, suffix: string): string {
  return join(dir, `${base.toString().padStart(20, "0")}${suffix}`);
}

/** Reads the whole log back and checks it equals `expected`, batch for batch. */
function assertContent(log: Log, expected: Buffer[]): void {
  const got: Buffer[] = [];
  let offset = log.logStartOffset;
  while (offset < log.logEndOffset) {
    const records = log.read(offset, 1 << 20, { minOneBatch: true }).records;
    for (let p = 0; p < records.length; ) {
      const size = 12 + records.readInt32BE(p + 8);
      got.push(records.subarray(p, p + size));
      offset = records.readBigInt64BE(p) + BigInt(records.readInt32BE(p + 23)) + 1n;
      p += size;
    }
  }
  assert.deepEqual(got, expected);
}

void describe("Log recovery after a crash", () => {
  void test("truncates a torn tail (half a batch written by hand)", async () => {
    await withParent(async (parent) => {
      const batches = await writeLog(parent, 5);
      const { dir } = open(parent);
      const logFile = segmentFile(dir, 0n, ".log");
      const size = statSync(logFile).size;
      appendFileSync(logFile, testBatch({ records: 2 }).subarray(0, 40));
      const { log } = open(parent);
      assert.equal(log.logEndOffset, 10n);
      assert.equal(statSync(logFile).size, size);
      assertContent(log, batches);
      log.append(testBatch({ records: 1 }));
      assert.equal(log.logEndOffset, 11n);
      await log.close();
    });
  });

  void test("drops a last batch whose CRC no longer matches", async () => {
    await withParent(async (parent) => {
      const batches = await writeLog(parent, 5);
      const logFile = segmentFile(join(parent, "orders-0"), 0n, ".log");
      const bytes = readFileSync(logFile);
      bytes[bytes.length - 3]! ^= 0xff;
      writeFileSync(logFile, bytes);
      const { log } = open(parent);
      assert.equal(log.logEndOffset, 8n);
      assertContent(log, batches.slice(0, 4));
      await log.close();
    });
  });

  void test("truncates garbage and zero-filled tails", async () => {
    await withParent(async (parent) => {
      const batches = await writeLog(parent, 3);
      const logFile = segmentFile(join(parent, "orders-0"), 0n, ".log");
      appendFileSync(logFile, Buffer.from("this is not a record batch, just noise that follows the data".repeat(3)));
      let { log } = open(parent);
      assertContent(log, batches);
      await log.close();
      appendFileSync(logFile, Buffer.alloc(4096));
      ({ log } = open(parent));
      assertContent(log, batches);
      assert.equal(statSync(logFile).size, batches.reduce((n, b) => n + b.length, 0));
      await log.close();
    });
  });

  void test("deletes every segment after the one truncated", async () => {
    await withParent(async (parent) => {
      const batches = await writeLog(parent, 60);
      let { log } = open(parent);
      const [, second, third] = log.segments;
      assert.ok(third !== undefined && second !== undefined);
      const secondEnd = third.baseOffset;
      await log.close();
      const logFile = segmentFile(log.dir, second.baseOffset, ".log");
      const bytes = readFileSync(logFile);
      bytes[bytes.length - 3]! ^= 0xff;
      writeFileSync(logFile, bytes);
      ({ log } = open(parent));
      assert.equal(log.segments.length, 2);
      assert.equal(log.logEndOffset, secondEnd - 2n);
      assertContent(log, batches.slice(0, Number(secondEnd / 2n) - 1));
      await log.close();
    });
  });

  void test("scans only from the segment holding the recovery point", async () => {
    await withParent(async (parent) => {
      const batches = await writeLog(parent, 60);
      let { log } = open(parent);
      const last = log.activeSegment.baseOffset;
      await log.close();
      // Corruption below the recovery point goes unnoticed: that data was fsynced, so it is trusted.
      const first = segmentFile(log.dir, 0n, ".log");
      const bytes = readFileSync(first);
      bytes[100]! ^= 0xff;
      writeFileSync(first, bytes);
      appendFileSync(segmentFile(log.dir, last, ".log"), Buffer.alloc(100, 7));
      ({ log } = open(parent, { recoveryPoint: last + 1n }));
      assert.equal(log.logEndOffset, 120n);
      assert.equal(log.segments.length, Math.ceil(batches.length / Math.floor(2000 / batches[0]!.length)));
      assert.equal(log.recoveryPoint, last + 1n);
      await log.close();
    });
  });

  void test("after a clean shutdown nothing is scanned (a corrupt tail stays), the log end comes from the last index entry", async () => {
    await withParent(async (parent) => {
      await writeLog(parent, 5);
      const logFile = segmentFile(join(parent, "orders-0"), 0n, ".log");
      const bytes = readFileSync(logFile);
      bytes[bytes.length - 3]! ^= 0xff;
      writeFileSync(logFile, bytes);
      const { log } = open(parent, { hadCleanShutdown: true });
      assert.equal(log.logEndOffset, 10n);
      assert.equal(log.recoveryPoint, 10n);
      await log.close();
    });
  });
});

void describe("Durability after recovery", () => {
  // Regression: a recovered file was treated as synced, so the first flush after a kill -9
  // moved the recovery point past data that was only in the page cache.
  void test("the first flush after reopening syncs the recovered log file", async () => {
    await withParent(async (parent) => {
      let { log } = open(parent);
      log.append(testBatch({ records: 3 }));
      await log.close(); // no flush: as after a kill -9, the data may be only in the page cache
      const synced: string[] = [];
      log = Log.open(parent, "orders", 0, config, {
        clock: new ManualClock(),
        syncFile: (fd) => {
          synced.push(readlinkSync(`/proc/self/fd/${fd}`));
          return Promise.resolve();
        },
      });
      assert.equal(log.recoveryPoint, 0n);
      await log.flush();
      assert.ok(synced.some((path) => path.endsWith("00000000000000000000.log")), `synced: ${synced.join(", ")}`);
      assert.equal(log.recoveryPoint, 3n);
      await log.close();
    });
  });
});

void describe("Index rebuild at open", () => {
  for (const [name, damage] of [
    ["deleted", (path: string) => rmSync(path)],
    ["truncated mid-entry", (path: string) => truncateSync(path, statSync(path).size - 3)],
    ["pointing past the log", (path: string) => appendFileSync(path, Buffer.from([0, 0, 0x7f, 0, 0, 1, 0, 0]))],
  ] as const) {
    void test(`a ${name} .index is rebuilt even after a clean shutdown`, async () => {
      await withParent(async (parent) => {
        const batches = await writeLog(parent, 15);
        const dir = join(parent, "orders-0");
        const indexFile = segmentFile(dir, 0n, ".index");
        const original = readFileSync(indexFile);
        assert.ok(original.length >= 16);
        damage(indexFile);
        const { log } = open(parent, { hadCleanShutdown: true });
        assert.deepEqual(readFileSync(indexFile), original);
        assertContent(log, batches.slice(0, Number(log.logEndOffset / 2n)));
        await log.close();
      });
    });
  }

  void test("a deleted .timeindex is rebuilt", async () => {
    await withParent(async (parent) => {
      await writeLog(parent, 15);
      const dir = join(parent, "orders-0");
      const timeIndex = segmentFile(dir, 0n, ".timeindex");
      const original = readFileSync(timeIndex);
      rmSync(timeIndex);
      const { log } = open(parent, { hadCleanShutdown: true });
      assert.deepEqual(readFileSync(timeIndex), original);
      await log.close();
    });
  });
});
