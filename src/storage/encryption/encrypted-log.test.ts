// A partition log with encryption at rest: what reaches the disk, what reads return,
// and that recovery, timestamp lookups, rotation and compaction keep working.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { openSync, readFileSync, readdirSync, closeSync, ftruncateSync, fstatSync, writeSync } from "node:fs";
import { join } from "node:path";
import { ErrorCode, KafkaError } from "../../protocol/errors.js";
import { isBatchCrcValid, readBatchHeader, RECORD_BATCH_OVERHEAD, writeBatchCrc } from "../../protocol/records/batch-header.js";
import { encodeEndTransactionMarkerBatch } from "../../protocol/records/control-record.js";
import { decodeRecordBatch, encodeRecordBatch } from "../../protocol/records/record-batch.js";
import { cleanerFor, contents, keyedBatch } from "../cleaner/test-cleaner-support.js";
import type { LogConfig } from "../log-config.js";
import type { Log } from "../log.js";
import { openTestLog, tempDir, type TestLog } from "../test-support.js";
import { isEncryptedBatch, readEnvelope } from "./batch-cipher.js";
import { KeyRing } from "./key-ring.js";

const keyRing = new KeyRing(new Map([["k1", randomBytes(32)], ["k2", randomBytes(32)]]));
const encrypted: Partial<LogConfig> = { encryptionKeyId: "k1", indexIntervalBytes: 64 };

async function withLog(config: Partial<LogConfig>, fn: (t: TestLog) => void | Promise<void>, ring = keyRing): Promise<void> {
  const { dir, cleanup } = tempDir("carebus-encrypted-");
  const t = openTestLog(dir, config, { keyRing: ring });
  try {
    await fn(t);
  } finally {
    await t.log.close();
    cleanup();
  }
}

function secretBatch(i: number, timestamp = 1_000n + BigInt(i)): Buffer {
  return encodeRecordBatch({
    records: [{ key: Buffer.from(`mrn-${i}`), value: Buffer.from(`diagnosis-of-patient-${i}`), headers: [{ key: "ward", value: Buffer.from(`ward-secret-${i}`) }], timestamp }],
  });
}

function segmentBytes(log: Log): Buffer {
  return Buffer.concat(readdirSync(log.dir).filter((f) => f.endsWith(".log")).sort().map((f) => readFileSync(join(log.dir, f))));
}

/** Stored batch headers of every segment, straight from the files. */
function storedHeaders(log: Log): { attributes: number; keyId: string | undefined }[] {
  const all = segmentBytes(log);
  const out = [];
  for (let at = 0; at + RECORD_BATCH_OVERHEAD <= all.length; at += 12 + all.readInt32BE(at + 8)) {
    const batch = all.subarray(at, at + 12 + all.readInt32BE(at + 8));
    const { attributes } = readBatchHeader(batch);
    out.push({ attributes, keyId: isEncryptedBatch(attributes) ? readEnvelope(batch).keyId : undefined });
  }
  return out;
}

function readAll(log: Log): Buffer {
  return log.read(log.logStartOffset, 1 << 24, { minOneBatch: true }).records;
}

const storageError = (pattern: RegExp) => (err: unknown): boolean => err instanceof KafkaError && err.code === ErrorCode.KAFKA_STORAGE_ERROR && pattern.test(err.message);

void describe("encrypted Log", () => {
  void test("segments hold no plaintext of a produced record; reads return the exact batches (offsets assigned, CRC valid)", async () => {
    await withLog(encrypted, ({ log }) => {
      const sent = Array.from({ length: 5 }, (_, i) => secretBatch(i));
      for (const b of sent) log.append(b); // rewrites the base offset in place, as the client's copy would be answered
      const disk = segmentBytes(log);
      for (let i = 0; i < 5; i++) {
        for (const plain of [`mrn-${i}`, `diagnosis-of-patient-${i}`, `ward-secret-${i}`]) assert.equal(disk.includes(plain), false, plain);
      }
      assert.deepEqual(readAll(log), Buffer.concat(sent));
      assert.ok(isBatchCrcValid(readAll(log)));
      assert.ok(storedHeaders(log).every((h) => h.keyId === "k1"));
    });
  });

  void test("recovery of an unclean shutdown validates the stored batches and truncates a torn tail", async () => {
    await withLog(encrypted, async (t) => {
      for (let i = 0; i < 4; i++) t.log.append(secretBatch(i));
      const expected = readAll(t.log).subarray(0, 3 * secretBatch(0).length);
      await t.log.flush();
      // kill -9 mid-write: the last batch is only half on disk.
      const path = join(t.dir, "t-0", "00000000000000000000.log");
      const fd = openSync(path, "r+");
      ftruncateSync(fd, fstatSync(fd).size - 20);
      closeSync(fd);
      await t.log.close();
      t.log = t.reopen({ hadCleanShutdown: false, recoveryPoint: 0n });
      assert.equal(t.log.logEndOffset, 3n);
      assert.deepEqual(readAll(t.log), expected);
      t.log.append(secretBatch(9));
      assert.equal(t.log.logEndOffset, 4n);
    });
  });

  void test("a tampered batch is never returned: KAFKA_STORAGE_ERROR naming segment and offset; the log stays writable", async () => {
    const errors: string[] = [];
    await withLog(encrypted, async (t) => {
      for (let i = 0; i < 3; i++) t.log.append(secretBatch(i));
      await t.log.flush();
      const path = join(t.dir, "t-0", "00000000000000000000.log");
      const size = 12 + segmentBytes(t.log).readInt32BE(8); // every stored batch here has this size
      // The second batch, its last ciphertext byte changed and the CRC fixed up, so recovery keeps it.
      const second = segmentBytes(t.log).subarray(size, 2 * size);
      second[size - 1]! ^= 0x42;
      writeBatchCrc(second);
      const fd = openSync(path, "r+");
      writeSync(fd, second, 0, size, size);
      closeSync(fd);
      await t.log.close();
      t.log = t.reopen({ logger: { info: () => {}, warn: () => {}, error: (m) => errors.push(m) } });
      assert.equal(decodeRecordBatch(t.log.read(0n, 1 << 20, { minOneBatch: false, maxOffset: 1n }).records).records[0]?.value?.toString(), "diagnosis-of-patient-0");
      assert.throws(() => t.log.read(1n, 1 << 20, { minOneBatch: true }), storageError(/00000000000000000000\.log at offset 1: .*authentication failed/));
      assert.match(errors[0] ?? "", /cannot decrypt .*00000000000000000000\.log at offset 1/);
      t.log.append(secretBatch(3));
      assert.equal(t.log.logEndOffset, 4n);
    });
  });

  void test("an unknown key id fails the read with the id named; appending without the configured key refuses to write", async () => {
    await withLog(encrypted, async (t) => {
      t.log.append(secretBatch(0));
      await t.log.close();
      t.log = t.reopen({ keyRing: new KeyRing(new Map([["k2", keyRing.get("k2")!]])) });
      assert.throws(() => readAll(t.log), storageError(/encryption key 'k1' is not in the key ring/));
      assert.throws(() => t.log.append(secretBatch(1)), storageError(/cannot encrypt t-0: encryption key 'k1' is not in the key ring/));
      assert.equal(t.log.logEndOffset, 1n);
    });
  });

  void test("rotation: batches keep their key id; old and new both read back; turning encryption off reads everything", async () => {
    await withLog(encrypted, ({ log }) => {
      log.append(secretBatch(0));
      log.updateConfig({ ...log.config, encryptionKeyId: "k2" });
      log.append(secretBatch(1));
      log.updateConfig({ ...log.config, encryptionKeyId: null });
      log.append(secretBatch(2));
      assert.deepEqual(storedHeaders(log).map((h) => h.keyId), ["k1", "k2", undefined]);
      const all = readAll(log);
      assert.deepEqual(decodeRecordBatch(all, 0).records.length, 1);
      assert.equal(all.length, 3 * secretBatch(0).length);
    });
  });

  void test("ListOffsets by timestamp and MAX_TIMESTAMP look inside encrypted batches", async () => {
    await withLog(encrypted, ({ log }) => {
      for (let i = 0; i < 6; i++) log.append(secretBatch(i, BigInt(100 + (i === 3 ? 900 : i * 10))));
      assert.deepEqual(log.fetchOffsetByTimestamp(115n), { timestamp: 120n, offset: 2n });
      assert.deepEqual(log.fetchOffsetByTimestamp(-3n), { timestamp: 1000n, offset: 3n });
    });
  });

  void test("compaction decrypts to read keys and re-encrypts what it keeps with the active key", async () => {
    await withLog({ ...encrypted, compact: true, retentionMs: -1 }, async (t) => {
      for (let round = 0; round < 3; round++) {
        t.log.append(keyedBatch([["patient-a", `secret-a${round}`], ["patient-b", `secret-b${round}`]], t.clock.nowMs()));
        t.log.roll();
        if (round === 1) t.log.updateConfig({ ...t.log.config, encryptionKeyId: "k2" });
      }
      const [stats] = await cleanerFor(t.log, t.clock).cleanNow();
      assert.equal(stats?.recordsRetained, 2);
      assert.deepEqual(contents(t.log), ["4 patient-a=secret-a2", "5 patient-b=secret-b2"]);
      const disk = segmentBytes(t.log);
      for (const plain of ["patient-a", "secret-a2", "secret-b2"]) assert.equal(disk.includes(plain), false, plain);
      assert.ok(storedHeaders(t.log).every((h) => h.keyId === "k2"), JSON.stringify(storedHeaders(t.log)));
      await t.log.close();
      t.log = t.reopen({ hadCleanShutdown: false, recoveryPoint: 0n });
      assert.deepEqual(contents(t.log), ["4 patient-a=secret-a2", "5 patient-b=secret-b2"]);
    });
  });

  void test("producer state, transactions and the aborted-transaction index rebuild from the clear headers after a crash", async () => {
    await withLog(encrypted, async (t) => {
      const txn = (seq: number): Buffer =>
        encodeRecordBatch({ producerId: 7n, producerEpoch: 0, baseSequence: seq, isTransactional: true, records: [{ value: Buffer.from(`txn-secret-${seq}`), timestamp: 1n }] });
      const marker = (type: "COMMIT" | "ABORT"): Buffer => encodeEndTransactionMarkerBatch({ type, producerId: 7n, producerEpoch: 0, coordinatorEpoch: 0, timestamp: 2n });
      t.log.append(txn(0)); // 0
      t.log.append(marker("ABORT"), { origin: "coordinator" }); // 1
      t.log.append(txn(1)); // 2: open transaction
      assert.deepEqual(storedHeaders(t.log).map((h) => h.keyId), ["k1", undefined, "k1"]);
      await t.log.flush();
      await t.log.close();
      t.log = t.reopen({ hadCleanShutdown: false, recoveryPoint: 0n });
      assert.equal(t.log.lastStableOffset, 2n);
      assert.equal(t.log.producerStateManager.lastEntry(7n)?.lastSeq, 1);
      assert.deepEqual(t.log.collectAbortedTransactions(0n, 3n).map((a) => a.firstOffset), [0n]);
      assert.equal(segmentBytes(t.log).includes("txn-secret"), false);
    });
  });
});
