// A real crash: a child process appends and flushes in a loop, is killed with SIGKILL at
// a random point, and the reopened log must hold every acknowledged batch intact and end
// on a whole batch. Two rounds on the same directory, so recovery also runs after a
// crash that interrupted a process which had itself recovered.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { crc32c } from "../protocol/crc32c.js";
import { randomBytes } from "node:crypto";
import { ATTRIBUTES_OFFSET, RECORD_BATCH_OVERHEAD, readBatchHeader, setBaseOffset } from "../protocol/records/batch-header.js";
import { isEncryptedBatch } from "./encryption/batch-cipher.js";
import { LogManager } from "./log-manager.js";
import { CRASH_TOPIC, crashKeyRing, crashTestBatch } from "./test-crash-writer.js";
import { tempDir } from "./test-support.js";
import type { Log } from "./log.js";

const writer = fileURLToPath(new URL("./test-crash-writer.ts", import.meta.url));

/** Runs the writer until it has acknowledged something, then SIGKILLs it after a random delay. */
function runAndKill(logDir: string, firstSeq: number, encryptionKey: string | undefined): Promise<Map<number, bigint>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", writer, logDir, String(firstSeq)], {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, ...(encryptionKey !== undefined && { CRASH_ENCRYPTION_KEY: encryptionKey }) },
    });
    const acked = new Map<number, bigint>();
    let pending = "";
    let killTimer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        const [seq, offset] = line.split(" ");
        acked.set(Number(seq), BigInt(offset ?? "-1"));
      }
      killTimer ??= setTimeout(() => child.kill("SIGKILL"), 100 + Math.floor(Math.random() * 200));
    });
    child.on("error", reject);
    child.on("exit", (_code, signal) => {
      clearTimeout(killTimer);
      if (signal !== "SIGKILL") reject(new Error(`writer exited on its own (${String(signal)})`));
      else resolve(acked);
    });
  });
}

/** Walks the whole log: every batch has a valid CRC, offsets are contiguous and end at the log end. */
function assertWholeBatches(log: Log): void {
  let expected = log.segments[0]!.baseOffset;
  let offset = log.logStartOffset;
  while (offset < log.logEndOffset) {
    const records = log.read(offset, 1 << 20, { minOneBatch: true, maxOffset: log.logEndOffset }).records;
    assert.ok(records.length > 0);
    for (let p = 0; p < records.length; ) {
      const header = readBatchHeader(records, p);
      const size = 12 + header.batchLength;
      assert.equal(header.baseOffset, expected, "offsets are contiguous");
      assert.equal(crc32c(records.subarray(p + ATTRIBUTES_OFFSET, p + size)), header.crc);
      expected = header.baseOffset + BigInt(header.lastOffsetDelta) + 1n;
      p += size;
    }
    offset = expected;
  }
  assert.equal(expected, log.logEndOffset);
}

for (const encrypted of [false, true]) {
  const name = encrypted ? ", with encryption at rest (torn encrypted tails truncated)" : "";
  void test(`every batch acknowledged by flush() survives SIGKILL, byte for byte${name}`, { timeout: 60_000 }, () => crashRounds(encrypted));
}

async function crashRounds(encrypted: boolean): Promise<void> {
  const key = encrypted ? randomBytes(32).toString("base64") : undefined;
  const { dir, cleanup } = tempDir();
  try {
    const acked = new Map<number, bigint>();
    let nextSeq = 0;
    for (let round = 0; round < 2; round++) {
      const got = await runAndKill(dir, nextSeq, key);
      assert.ok(got.size > 0);
      for (const [seq, offset] of got) acked.set(seq, offset);
      nextSeq = Math.max(...acked.keys()) + 1000; // unacknowledged sequence numbers may be in the log

      const manager = LogManager.open({ logDir: dir, ...(key !== undefined && { keyRing: crashKeyRing(key) }) });
      assert.equal(manager.hadCleanShutdown, false);
      const log = manager.getLog(CRASH_TOPIC, 0)!;
      const storedFirst = log.segments[0]!.log.read(0, RECORD_BATCH_OVERHEAD);
      assert.equal(isEncryptedBatch(readBatchHeader(storedFirst).attributes), encrypted);
      for (const [seq, offset] of acked) {
        const expected = crashTestBatch(seq);
        setBaseOffset(expected, 0, offset);
        const stored = log.read(offset, 1, { minOneBatch: true }).records;
        assert.deepEqual(stored, expected, `batch ${seq} at offset ${offset}`);
      }
      assertWholeBatches(log);
      for (const l of manager.logs.values()) await l.close(); // leave it crashed: no marker
    }
  } finally {
    cleanup();
  }
}
