import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { crc32 } from "node:zlib";
import { ErrorCode } from "../errors.js";
import { LENGTH_OFFSET } from "./batch-header.js";
import { encodeRecordBatch } from "./record-batch.js";
import { iterateBatches, validateProduceRecords, type RecordsEntry } from "./records-iterator.js";

const T0 = 1_714_557_600_000n;

function batch(baseOffset: bigint, n: number, compression: "none" | "zstd" = "none"): Buffer {
  return encodeRecordBatch({
    baseOffset,
    compression,
    baseTimestamp: T0,
    records: Array.from({ length: n }, (_, i) => ({ value: Buffer.from(`value ${i}`) })),
  });
}

/** A legacy message set entry: offset int64 | size int32 | crc uint32 | magic | attributes | [timestamp] | key | value. */
function legacyMessage(magic: 0 | 1, offset: bigint, value: string): Buffer {
  const body = Buffer.concat([
    Buffer.from([magic, 0]),
    magic === 1 ? Buffer.alloc(8) : Buffer.alloc(0),
    Buffer.from([0xff, 0xff, 0xff, 0xff]), // null key
    Buffer.alloc(4),
    Buffer.from(value),
  ]);
  body.writeInt32BE(value.length, body.length - value.length - 4);
  const out = Buffer.alloc(12 + 4 + body.length);
  out.writeBigInt64BE(offset, 0);
  out.writeInt32BE(4 + body.length, 8);
  out.writeUInt32BE(crc32(body), 12);
  body.copy(out, 16);
  return out;
}

function kinds(entries: RecordsEntry[]): string[] {
  return entries.map((e) => e.kind);
}

void describe("iterateBatches", () => {
  const a = batch(0n, 3);
  const b = batch(3n, 5);
  const c = batch(8n, 1, "zstd");
  const all = Buffer.concat([a, b, c]);

  void test("yields each batch's header and byte range without decoding records", () => {
    const entries = [...iterateBatches(all)];
    assert.deepEqual(kinds(entries), ["batch", "batch", "batch"]);
    assert.deepEqual(entries.map((e) => (e.kind === "batch" ? [e.offset, e.size, e.header.baseOffset, e.header.recordsCount] : [])), [
      [0, a.length, 0n, 3],
      [a.length, b.length, 3n, 5],
      [a.length + b.length, c.length, 8n, 1],
    ]);
  });

  void test("an empty buffer has no entries", () => {
    assert.deepEqual([...iterateBatches(Buffer.alloc(0))], []);
  });

  void test("a cut anywhere inside the last batch ends in one partial entry", () => {
    const whole = a.length + b.length;
    for (let cut = whole + 1; cut < all.length; cut++) {
      const entries = [...iterateBatches(all.subarray(0, cut))];
      assert.deepEqual(kinds(entries), ["batch", "batch", "partial"], `cut ${cut}`);
      const last = entries[2]!;
      assert.equal(last.offset, whole);
      if (last.kind === "partial") assert.equal(last.size, cut - whole >= 12 ? c.length : undefined);
    }
  });

  void test("legacy magic 0 and 1 message sets are reported as legacy, with their size", () => {
    const m0 = legacyMessage(0, 0n, "hello");
    const m1 = legacyMessage(1, 1n, "world!");
    const entries = [...iterateBatches(Buffer.concat([m0, m1, a]))];
    assert.deepEqual(entries.map((e) => [e.kind, e.offset, e.kind === "legacy" ? e.magic : 2]), [
      ["legacy", 0, 0],
      ["legacy", m0.length, 1],
      ["batch", m0.length + m1.length, 2],
    ]);
    assert.equal(entries[0]!.kind === "legacy" ? entries[0]!.size : 0, m0.length);
  });

  void test("a Length below the smallest legacy record, a bad magic, or a v2 batch under 61 bytes is corrupt", () => {
    const cases: [string, (buf: Buffer) => void, RegExp][] = [
      ["length 13", (buf) => buf.writeInt32BE(13, LENGTH_OFFSET), /less than the minimum record overhead/],
      ["negative length", (buf) => buf.writeInt32BE(-5, LENGTH_OFFSET), /less than the minimum/],
      ["magic 3", (buf) => buf.writeInt8(3, 16), /Invalid magic found in record: 3/],
      ["magic -1", (buf) => buf.writeInt8(-1, 16), /Invalid magic/],
      ["v2 length 40", (buf) => buf.writeInt32BE(40, LENGTH_OFFSET), /smaller than the minimum allowed overhead 61/],
    ];
    for (const [name, damage, message] of cases) {
      const buf = Buffer.concat([a, b]);
      damage(buf.subarray(a.length));
      const entries = [...iterateBatches(buf)];
      assert.deepEqual(kinds(entries), ["batch", "corrupt"], name);
      const last = entries[1]!;
      assert.ok(last.kind === "corrupt" && last.error.code === ErrorCode.CORRUPT_MESSAGE, name);
      assert.match(last.error.message, message);
    }
  });

  void test("a Length of 2^31 - 1 is a partial entry, not an allocation", () => {
    const buf = Buffer.from(a);
    buf.writeInt32BE(0x7fffffff, LENGTH_OFFSET);
    assert.deepEqual([...iterateBatches(buf)], [{ kind: "partial", offset: 0, size: 12 + 0x7fffffff }]);
  });

  void test("walks a sub-range of a larger buffer", () => {
    const entries = [...iterateBatches(all, a.length, a.length + b.length)];
    assert.deepEqual(kinds(entries), ["batch"]);
    assert.equal(entries[0]!.offset, a.length);
  });
});

void describe("validateProduceRecords (Kafka's ProduceRequest.validateRecords)", () => {
  void test("exactly one v2 batch passes", () => {
    assert.equal(validateProduceRecords(batch(0n, 2), 9), undefined);
    assert.equal(validateProduceRecords(batch(0n, 2, "zstd"), 7), undefined);
  });

  const cases: [string, Buffer, number, number][] = [
    ["no batch", Buffer.alloc(0), 9, ErrorCode.INVALID_RECORD],
    ["two batches", Buffer.concat([batch(0n, 1), batch(1n, 1)]), 9, ErrorCode.INVALID_RECORD],
    ["magic 0", legacyMessage(0, 0n, "x"), 3, ErrorCode.INVALID_RECORD],
    ["magic 1", legacyMessage(1, 0n, "x"), 8, ErrorCode.INVALID_RECORD],
    ["zstd before v7", batch(0n, 1, "zstd"), 6, ErrorCode.UNSUPPORTED_COMPRESSION_TYPE],
    ["partial batch", batch(0n, 2).subarray(0, 40), 9, ErrorCode.CORRUPT_MESSAGE],
    ["bad magic", (() => { const x = batch(0n, 1); x.writeInt8(7, 16); return x; })(), 9, ErrorCode.CORRUPT_MESSAGE],
  ];
  for (const [name, records, version, code] of cases) {
    void test(`${name} (Produce v${version}) is error ${code}`, () => {
      assert.equal(validateProduceRecords(records, version)?.code, code);
    });
  }
});
