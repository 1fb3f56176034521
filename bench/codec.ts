// Codec throughput: CRC-32C (native vs TypeScript) and record batch encode/decode per
// compression codec. Each measurement warms up for 0.15 s, then takes 5 samples of
// 0.12 s and reports the best (other processes on a shared machine only ever slow a
// sample down). MB is 10^6 bytes of uncompressed data. `npm run bench:codec`.
import { arch, cpus, loadavg, platform } from "node:os";
import { crc32cNative, crc32cSoftware, type Crc32cFunction } from "../src/protocol/crc32c.js";
import { COMPRESSION_TYPES } from "../src/protocol/records/batch-header.js";
import { decodeRecordBatch, encodeRecordBatch, type RecordToEncode } from "../src/protocol/records/record-batch.js";
import { seededRandom } from "../src/util/seeded-random.js";

const SAMPLES = 5;
const SAMPLE_MS = 120;
const WARMUP_MS = 150;
const RECORD_SIZE = 1024;
const RECORDS_PER_BATCH = 64;

let sink = 0;

/** Runs `fn` repeatedly for about `ms` milliseconds; returns iterations per second. */
function rate(fn: () => void, ms: number): number {
  const start = process.hrtime.bigint();
  const budget = BigInt(ms) * 1_000_000n;
  let iterations = 0;
  let elapsed = 0n;
  while (elapsed < budget) {
    fn();
    iterations++;
    elapsed = process.hrtime.bigint() - start;
  }
  return iterations / (Number(elapsed) / 1e9);
}

function mbPerSecond(bytesPerIteration: number, fn: () => void): number {
  rate(fn, WARMUP_MS);
  let best = 0;
  for (let i = 0; i < SAMPLES; i++) best = Math.max(best, rate(fn, SAMPLE_MS));
  return (best * bytesPerIteration) / 1e6;
}

const prng = seededRandom;

function randomBytes(length: number): Buffer {
  const random = prng(length);
  const out = Buffer.allocUnsafe(length);
  for (let i = 0; i < length; i++) out[i] = Math.floor(random() * 256);
  return out;
}

/** A 1 KiB healthcare event envelope: compressible the way real JSON events are. */
function eventRecord(i: number, random: () => number): RecordToEncode {
  const patient = `MRN-${String(Math.floor(random() * 1e6)).padStart(6, "0")}`;
  const event = {
    metadata: {
      eventId: `${Math.floor(random() * 2 ** 32).toString(16)}-${i}`,
      eventType: ["clinical.patient.admitted", "clinical.vitals.recorded", "clinical.patient.discharged"][i % 3],
      eventSource: "hl7-mllp",
      eventTime: new Date(1_714_557_600_000 + i * 1000).toISOString(),
      correlationId: Math.floor(random() * 2 ** 32).toString(36),
      version: "1.0",
    },
    data: { patientId: patient, ward: `W${Math.floor(random() * 40)}`, heartRate: 50 + Math.floor(random() * 60), notes: "" },
  };
  let json = JSON.stringify(event);
  const filler = "Observation within normal limits. ";
  while (json.length < RECORD_SIZE) json = json.replace('"notes":"', `"notes":"${filler}`);
  return { key: Buffer.from(patient), value: Buffer.from(json.slice(0, RECORD_SIZE)), timestamp: 1_714_557_600_000n + BigInt(i) };
}

function pad(s: string, n: number): string {
  return s.padEnd(n);
}

function num(v: number): string {
  return v >= 100 ? v.toFixed(0) : v.toFixed(1);
}

function crcTable(): void {
  console.log("CRC-32C throughput (MB/s)");
  console.log(`${pad("size", 10)}${pad("native", 12)}software`);
  for (const [label, size] of [["256 B", 256], ["16 KiB", 16 * 1024], ["1 MiB", 1024 * 1024]] as const) {
    const data = randomBytes(size);
    const run = (fn: Crc32cFunction): number => mbPerSecond(size, () => (sink ^= fn(data)));
    const native = crc32cNative === undefined ? "n/a" : num(run(crc32cNative));
    console.log(`${pad(label, 10)}${pad(native, 12)}${num(run(crc32cSoftware))}`);
  }
}

function batchTable(): void {
  const random = prng(7);
  const records = Array.from({ length: RECORDS_PER_BATCH }, (_, i) => eventRecord(i, random));
  const logicalBytes = records.reduce((n, r) => n + (r.key?.length ?? 0) + (r.value?.length ?? 0), 0);
  console.log(
    `\nRecord batches: ${RECORDS_PER_BATCH} records x ${RECORD_SIZE} B values per batch ` +
      `(${(logicalBytes / 1024).toFixed(1)} KiB of keys+values); MB/s of keys+values`,
  );
  console.log(`${pad("codec", 8)}${pad("batch B", 10)}${pad("ratio", 8)}${pad("encode", 10)}decode+CRC`);
  // the encoder and decoder are shared by all codecs: warm them on every codec first so
  // the first row does not pay for the JIT
  for (const compression of COMPRESSION_TYPES) {
    const batch = encodeRecordBatch({ compression, records });
    rate(() => (sink ^= encodeRecordBatch({ compression, records }).length), WARMUP_MS);
    rate(() => (sink ^= decodeRecordBatch(batch).records.length), WARMUP_MS);
  }
  for (const compression of COMPRESSION_TYPES) {
    const batch = encodeRecordBatch({ compression, records });
    const decoded = decodeRecordBatch(batch);
    if (decoded.records.length !== RECORDS_PER_BATCH) throw new Error(`${compression}: round trip failed`);
    const encode = mbPerSecond(logicalBytes, () => (sink ^= encodeRecordBatch({ compression, records }).length));
    const decode = mbPerSecond(logicalBytes, () => (sink ^= decodeRecordBatch(batch).records.length));
    const ratio = (logicalBytes / batch.length).toFixed(2);
    console.log(`${pad(compression, 8)}${pad(String(batch.length), 10)}${pad(ratio, 8)}${pad(num(encode), 10)}${num(decode)}`);
  }
}

const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(`Carebus codec benchmark — Node ${process.version}, ${cpu} (${cpus().length} cores), ${platform()} ${arch()}`);
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(" ")} (other work on the machine lowers every number)`);
console.log(`crc32c implementation in use: ${crc32cNative === undefined ? "software" : "native (@node-rs/crc32)"}\n`);
crcTable();
batchTable();
if (sink === 0.5) console.log(sink); // keeps results observable so no loop is optimised away
