// TEST-ONLY helpers for the storage tests, the crash child and the storage benchmark.
// Not part of the storage API.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encodeRecordBatch } from "../protocol/records/record-batch.js";
import { ManualClock } from "./clock.js";
import { logConfig, type LogConfig } from "./log-config.js";
import { Log, type LogOptions } from "./log.js";

export interface TestBatchOptions {
  records?: number;
  /** Timestamp of every record (default 1_700_000_000_000). */
  timestamp?: bigint;
  valueSize?: number;
  /** Byte the values are filled with, so batches differ. */
  fill?: number;
}

/** An uncompressed v2 batch with correct CRC, base offset 0. */
export function testBatch(opts: TestBatchOptions = {}): Buffer {
  const n = opts.records ?? 1;
  const timestamp = opts.timestamp ?? 1_700_000_000_000n;
  const value = Buffer.alloc(opts.valueSize ?? 10, opts.fill ?? 0x61);
  return encodeRecordBatch({
    records: Array.from({ length: n }, (_, i) => ({ key: Buffer.from(`k${i}`), value, timestamp })),
  });
}

/** A fresh temp dir, removed by the returned cleanup. */
export function tempDir(prefix = "carebus-storage-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestLog {
  log: Log;
  clock: ManualClock;
  dir: string;
  reopen(options?: Partial<LogOptions>): Log;
}

/** A Log for topic `t` partition 0 in `dir`, on a ManualClock. */
export function openTestLog(dir: string, config: Partial<LogConfig> = {}, options: Partial<LogOptions> = {}): TestLog {
  const clock = new ManualClock();
  const cfg = logConfig(config);
  const log = Log.open(dir, "t", 0, cfg, { clock, ...options });
  return { log, clock, dir, reopen: (o = {}) => Log.open(dir, "t", 0, cfg, { clock, ...options, ...o }) };
}
