// Storage throughput: append MB/s without flush (acks=0/1: the page cache takes the
// writes) and with a group-committed flush after every append (acks=-1), for 1 and 16
// concurrent producers of 16 KiB batches. Each case runs for a fixed time in a fresh
// log under the OS temp dir (which must be a real disk for the fsync numbers to mean
// anything). Then encryption at rest: append (no flush) and read back, AES-256-GCM
// on vs off. Run: `npx tsx bench/storage.ts [secondsPerCase]`.
import { SystemClock } from "../src/storage/clock.js";
import { defaultSyncFile, type SyncFile } from "../src/storage/index-file.js";
import { logConfig } from "../src/storage/log-config.js";
import { Log } from "../src/storage/log.js";
import { randomBytes } from "node:crypto";
import { readBatchHeader } from "../src/protocol/records/batch-header.js";
import { KeyRing } from "../src/storage/encryption/key-ring.js";
import { tempDir, testBatch } from "../src/storage/test-support.js";

const SECONDS = Number(process.argv[2] ?? "2");
const BATCH = testBatch({ records: 16, valueSize: 1000 }); // ~16 KiB

interface Result {
  mode: string;
  producers: number;
  mbPerSec: number;
  batchesPerSec: number;
  fsyncsPerSec: number;
  p50AckMs?: number;
  p99AckMs?: number;
}

async function run(mode: "acks=1" | "acks=-1", producers: number): Promise<Result> {
  const { dir, cleanup } = tempDir("carebus-bench-");
  let fsyncs = 0;
  const counting: SyncFile = (fd) => {
    fsyncs++;
    return defaultSyncFile(fd);
  };
  const log = Log.open(dir, "bench", 0, logConfig(), { clock: new SystemClock(), syncFile: counting });
  const latencies: number[] = [];
  let batches = 0;
  const start = performance.now();
  const deadline = start + SECONDS * 1000;
  const producer = async (): Promise<void> => {
    const batch = Buffer.from(BATCH);
    while (performance.now() < deadline) {
      const t0 = performance.now();
      log.append(batch);
      batches++;
      if (mode === "acks=-1") {
        await log.flush();
        latencies.push(performance.now() - t0);
      } else if (batches % 64 === 0) {
        await new Promise((resolve) => setImmediate(resolve)); // let the other producers in
      }
    }
  };
  await Promise.all(Array.from({ length: producers }, producer));
  const elapsed = (performance.now() - start) / 1000;
  await log.close();
  cleanup();
  latencies.sort((a, b) => a - b);
  const pct = (p: number): number | undefined => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))];
  const result: Result = {
    mode,
    producers,
    mbPerSec: (batches * BATCH.length) / elapsed / 1e6,
    batchesPerSec: batches / elapsed,
    fsyncsPerSec: fsyncs / elapsed,
  };
  const p50 = pct(0.5);
  const p99 = pct(0.99);
  if (p50 !== undefined) result.p50AckMs = p50;
  if (p99 !== undefined) result.p99AckMs = p99;
  return result;
}

const results: Result[] = [];
for (const mode of ["acks=1", "acks=-1"] as const) {
  for (const producers of [1, 16]) results.push(await run(mode, producers));
}
console.log(`batch ${BATCH.length} bytes, ${SECONDS}s per case, Node ${process.version}`);
console.table(
  results.map((r) => ({
    mode: r.mode,
    producers: r.producers,
    "MB/s": r.mbPerSec.toFixed(1),
    "batches/s": Math.round(r.batchesPerSec),
    "fsyncs/s": Math.round(r.fsyncsPerSec),
    "ack p50 ms": r.p50AckMs?.toFixed(2) ?? "-",
    "ack p99 ms": r.p99AckMs?.toFixed(2) ?? "-",
  })),
);

/** Appends for SECONDS, then reads everything back in 1 MiB fetches; MB/s of client bytes each way. */
function appendRead(encrypted: boolean): { appendMbPerSec: number; readMbPerSec: number; storedBytesPerBatch: number } {
  const { dir, cleanup } = tempDir("carebus-bench-");
  const keyRing = new KeyRing(new Map([["bench", randomBytes(32)]]));
  const log = Log.open(dir, "bench", 0, logConfig({ encryptionKeyId: encrypted ? "bench" : null }), { clock: new SystemClock(), keyRing });
  let batches = 0;
  const start = performance.now();
  while (performance.now() < start + SECONDS * 1000) {
    log.append(Buffer.from(BATCH));
    batches++;
  }
  const appendSeconds = (performance.now() - start) / 1000;
  const readStart = performance.now();
  let read = 0;
  for (let offset = 0n; offset < log.logEndOffset; ) {
    const { records } = log.read(offset, 1 << 20, { minOneBatch: true });
    read += records.length;
    for (let at = 0; at < records.length; at += 12 + records.readInt32BE(at + 8)) {
      const header = readBatchHeader(records, at);
      offset = header.baseOffset + BigInt(header.lastOffsetDelta) + 1n;
    }
  }
  const readSeconds = (performance.now() - readStart) / 1000;
  const stored = log.size / batches;
  void log.close().finally(cleanup);
  return { appendMbPerSec: (batches * BATCH.length) / appendSeconds / 1e6, readMbPerSec: read / readSeconds / 1e6, storedBytesPerBatch: stored };
}

const encryption = [false, true].map((on) => ({ on, ...appendRead(on) }));
console.log("encryption at rest (append without flush, then read back)");
console.table(
  encryption.map((r) => ({
    encryption: r.on ? "AES-256-GCM" : "off",
    "append MB/s": r.appendMbPerSec.toFixed(1),
    "read MB/s": r.readMbPerSec.toFixed(1),
    "stored bytes/batch": Math.round(r.storedBytesPerBatch),
  })),
);
