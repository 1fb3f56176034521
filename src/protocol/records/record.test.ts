import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { ErrorCode, KafkaError } from "../errors.js";
import { Reader } from "../primitives/reader.js";
import { Writer } from "../primitives/writer.js";
import { readRecord, recordSize, writeRecord, type KafkaRecord } from "./record.js";

function encode(record: KafkaRecord): Buffer {
  const w = new Writer(8);
  writeRecord(w, record);
  return Buffer.from(w.finish());
}

function isInvalidRecord(err: unknown): boolean {
  return err instanceof KafkaError && err.code === ErrorCode.INVALID_RECORD;
}

/** A record body written field by field, for malformed cases (length prefix added). */
function body(write: (w: Writer) => void, lengthAdjust = 0): Buffer {
  const inner = new Writer(8);
  write(inner);
  const w = new Writer(8);
  w.varint(inner.pos + lengthAdjust);
  w.raw(inner.finish());
  return Buffer.from(w.finish());
}

const base: KafkaRecord = {
  attributes: 0,
  timestampDelta: 0,
  offsetDelta: 0,
  key: null,
  value: null,
  headers: [],
};

void describe("record v2", () => {
  void test("the smallest record is 7 bytes: length 6, attributes, deltas 0, null key and value, no headers", () => {
    assert.deepEqual(encode(base), Buffer.from([0x0c, 0x00, 0x00, 0x00, 0x01, 0x01, 0x00]));
  });

  void test("round-trips keys, values, nulls, empty bytes, headers with null values and UTF-8 keys", () => {
    const records: KafkaRecord[] = [
      base,
      { ...base, key: Buffer.from("patient-42"), value: Buffer.from('{"event":"admitted"}') },
      { ...base, key: Buffer.alloc(0), value: Buffer.alloc(0) },
      { ...base, key: Buffer.from("k"), value: null }, // tombstone
      {
        ...base,
        timestampDelta: -(2 ** 53 - 1),
        offsetDelta: 2 ** 31 - 1,
        value: Buffer.alloc(300, 7),
        headers: [
          { key: "traceId", value: Buffer.from("abc") },
          { key: "nullable", value: null },
          { key: "clé-ünïcode-✓", value: Buffer.alloc(0) },
          { key: "", value: Buffer.from("empty key") },
        ],
      },
    ];
    for (const record of records) {
      const bytes = encode(record);
      assert.equal(bytes.length, recordSize(record));
      const reader = new Reader(bytes);
      assert.deepEqual(readRecord(reader), record);
      assert.equal(reader.remaining, 0);
    }
  });

  void test("decoded keys and values are views of the input, not copies", () => {
    const bytes = encode({ ...base, key: Buffer.from("key"), value: Buffer.from("value") });
    const record = readRecord(new Reader(bytes));
    assert.equal(record.value?.buffer, bytes.buffer);
  });

  const malformed: [string, Buffer][] = [
    ["negative record length", Buffer.from([0x01])],
    ["record length past the end", body((w) => w.int8(0), 10)],
    ["record length longer than its fields", body((w) => { w.int8(0); w.varlong(0); w.varint(0); w.varint(-1); w.varint(-1); w.varint(0); w.int8(0); })],
    ["record length shorter than its fields", body((w) => { w.int8(0); w.varlong(0); w.varint(0); w.varint(-1); w.varint(-1); w.varint(0); }, -1)],
    ["key length -2", body((w) => { w.int8(0); w.varlong(0); w.varint(0); w.varint(-2); w.varint(-1); w.varint(0); })],
    ["key length 2^31 - 1", body((w) => { w.int8(0); w.varlong(0); w.varint(0); w.varint(2 ** 31 - 1); w.varint(-1); w.varint(0); })],
    ["value past the record", body((w) => { w.int8(0); w.varlong(0); w.varint(0); w.varint(-1); w.varint(5); w.raw(Buffer.from("ab")); })],
    ["negative header count", body((w) => { w.int8(0); w.varlong(0); w.varint(0); w.varint(-1); w.varint(-1); w.varint(-1); })],
    ["header count larger than the bytes left", body((w) => { w.int8(0); w.varlong(0); w.varint(0); w.varint(-1); w.varint(-1); w.varint(2 ** 30); })],
    ["negative header key length", body((w) => { w.int8(0); w.varlong(0); w.varint(0); w.varint(-1); w.varint(-1); w.varint(1); w.varint(-1); w.varint(-1); })],
    ["over-long varint length", Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x01])],
    ["over-long varlong timestamp delta", body((w) => { w.int8(0); w.raw(Buffer.alloc(10, 0xff)); w.uint8(1); w.varint(0); w.varint(-1); w.varint(-1); w.varint(0); })],
    ["empty input", Buffer.alloc(0)],
  ];
  for (const [name, bytes] of malformed) {
    void test(`malformed: ${name} is INVALID_RECORD`, () => {
      assert.throws(() => readRecord(new Reader(bytes)), isInvalidRecord);
    });
  }

  void test("truncation at every byte is INVALID_RECORD", () => {
    const bytes = encode({ ...base, key: Buffer.from("k"), value: Buffer.from("v"), headers: [{ key: "h", value: Buffer.from("x") }] });
    for (let cut = 0; cut < bytes.length; cut++) {
      assert.throws(() => readRecord(new Reader(bytes.subarray(0, cut))), isInvalidRecord, `cut ${cut}`);
    }
  });
});
