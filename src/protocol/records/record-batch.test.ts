import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { ErrorCode, KafkaError } from "../errors.js";
import {
  COMPRESSION_TYPES,
  CRC_OFFSET,
  isBatchCrcValid,
  LENGTH_OFFSET,
  RECORDS_COUNT_OFFSET,
  RECORD_BATCH_OVERHEAD,
  writeBatchCrc,
} from "./batch-header.js";
import {
  decodeRecordBatch,
  encodeRecordBatch,
  recordOffset,
  recordTimestamp,
  type RecordToEncode,
} from "./record-batch.js";
import { seededRandom } from "../../util/seeded-random.js";

const prng = seededRandom;

function kafkaError(code: number) {
  return (err: unknown): boolean => {
    assert.ok(err instanceof KafkaError, `expected a KafkaError, got ${String(err)}`);
    assert.equal(err.errorName, new KafkaError(code).errorName, err.message);
    return true;
  };
}

const T0 = 1_714_557_600_000n;

function sampleRecords(n: number): RecordToEncode[] {
  return Array.from({ length: n }, (_, i) => ({
    key: i % 5 === 0 ? null : Buffer.from(`patient-${i % 7}`),
    value: i % 11 === 3 ? null : Buffer.from(JSON.stringify({ eventId: i, eventType: "clinical.patient.admitted" })),
    headers: i % 3 === 0 ? [{ key: "traceId", value: Buffer.from(`t${i}`) }, { key: "empty", value: null }] : [],
    timestamp: T0 + BigInt(i * 10 - (i % 4) * 25),
  }));
}

function assertRecordsEqual(decoded: ReturnType<typeof decodeRecordBatch>, input: RecordToEncode[]): void {
  assert.equal(decoded.records.length, input.length);
  decoded.records.forEach((r, i) => {
    const expected = input[i]!;
    assert.deepEqual(r.key, expected.key ?? null);
    assert.deepEqual(r.value, expected.value);
    assert.deepEqual(r.headers, expected.headers ?? []);
    assert.equal(recordTimestamp(decoded.header, r), expected.timestamp);
    assert.equal(recordOffset(decoded.header, r), decoded.header.baseOffset + BigInt(i));
  });
}

void describe("record batch round trips", () => {
  for (const compression of COMPRESSION_TYPES) {
    void test(`${compression}: header fields, records, nulls and headers survive`, () => {
      const records = sampleRecords(50);
      const buf = encodeRecordBatch({
        baseOffset: 1000n,
        partitionLeaderEpoch: 7,
        compression,
        producerId: 4242n,
        producerEpoch: 3,
        baseSequence: 99,
        isTransactional: true,
        records,
      });
      const batch = decodeRecordBatch(buf);
      const h = batch.header;
      assert.equal(batch.sizeInBytes, buf.length);
      assert.equal(h.baseOffset, 1000n);
      assert.equal(h.partitionLeaderEpoch, 7);
      assert.equal(h.magic, 2);
      assert.equal(h.attributes & 0x07, COMPRESSION_TYPES.indexOf(compression));
      assert.equal(h.attributes & 0x10, 0x10);
      assert.equal(h.attributes & 0x28, 0);
      assert.equal(h.lastOffsetDelta, 49);
      assert.equal(h.baseTimestamp, records[0]!.timestamp);
      assert.equal(h.maxTimestamp, records.reduce((m, r) => (r.timestamp! > m ? r.timestamp! : m), -1n));
      assert.equal(h.producerId, 4242n);
      assert.equal(h.producerEpoch, 3);
      assert.equal(h.baseSequence, 99);
      assert.equal(h.recordsCount, 50);
      assert.ok(isBatchCrcValid(buf));
      assertRecordsEqual(batch, records);
    });

    void test(`${compression}: many records (5000) and one large value`, () => {
      const records = sampleRecords(5000);
      records.push({ value: Buffer.alloc(300_000, 0x41), timestamp: T0 });
      assertRecordsEqual(decodeRecordBatch(encodeRecordBatch({ compression, records })), records);
    });
  }

  void test("an empty batch is the 61-byte header with count 0 and base/max timestamp -1, compressed or not", () => {
    for (const compression of COMPRESSION_TYPES) {
      const buf = encodeRecordBatch({ compression, records: [] });
      assert.equal(buf.length, RECORD_BATCH_OVERHEAD);
      const batch = decodeRecordBatch(buf);
      assert.equal(batch.header.recordsCount, 0);
      assert.equal(batch.header.baseTimestamp, -1n);
      assert.equal(batch.header.maxTimestamp, -1n);
      assert.deepEqual(batch.records, []);
    }
  });

  void test("defaults: no producer, CreateTime, leader epoch -1, offsets by index", () => {
    const buf = encodeRecordBatch({ baseTimestamp: T0, records: [{ value: Buffer.from("a") }, { value: Buffer.from("b") }] });
    const { header, records } = decodeRecordBatch(buf);
    assert.equal(header.producerId, -1n);
    assert.equal(header.producerEpoch, -1);
    assert.equal(header.baseSequence, -1);
    assert.equal(header.partitionLeaderEpoch, -1);
    assert.equal(header.attributes, 0);
    assert.deepEqual(records.map((r) => [r.offsetDelta, r.timestampDelta]), [[0, 0], [1, 0]]);
  });

  void test("LogAppendTime: record timestamps read as the batch's MaxTimestamp", () => {
    const buf = encodeRecordBatch({
      timestampType: "LogAppendTime",
      maxTimestamp: T0 + 5000n,
      records: [{ value: Buffer.from("x"), timestamp: T0 }],
    });
    const batch = decodeRecordBatch(buf);
    assert.equal(batch.header.attributes & 0x08, 0x08);
    assert.equal(recordTimestamp(batch.header, batch.records[0]!), T0 + 5000n);
  });

  void test("explicit offset deltas give LastOffsetDelta (compacted batches keep gaps)", () => {
    const buf = encodeRecordBatch({
      baseTimestamp: T0,
      records: [{ value: Buffer.from("a"), offsetDelta: 0 }, { value: Buffer.from("b"), offsetDelta: 9 }],
    });
    assert.equal(decodeRecordBatch(buf).header.lastOffsetDelta, 9);
  });

  void test("a batch is read at an offset inside a larger buffer", () => {
    const a = encodeRecordBatch({ baseOffset: 0n, baseTimestamp: T0, records: [{ value: Buffer.from("a") }] });
    const b = encodeRecordBatch({ baseOffset: 1n, baseTimestamp: T0, records: [{ value: Buffer.from("b") }] });
    const both = Buffer.concat([a, b]);
    assert.deepEqual(decodeRecordBatch(both, a.length).records[0]!.value, Buffer.from("b"));
  });
});

void describe("record batch validation", () => {
  const good = encodeRecordBatch({ baseOffset: 5n, records: sampleRecords(20) });

  void test("a flipped bit anywhere the CRC covers is CORRUPT_MESSAGE", () => {
    for (let at = 21; at < good.length; at += 7) {
      const bad = Buffer.from(good);
      bad[at] = bad[at]! ^ 0x10;
      assert.throws(() => decodeRecordBatch(bad), kafkaError(ErrorCode.CORRUPT_MESSAGE), `byte ${at}`);
    }
    const badCrc = Buffer.from(good);
    badCrc.writeUInt32BE((badCrc.readUInt32BE(CRC_OFFSET) ^ 1) >>> 0, CRC_OFFSET);
    assert.throws(() => decodeRecordBatch(badCrc), /stored crc/);
  });

  void test("base offset and leader epoch are outside the CRC", () => {
    const moved = Buffer.from(good);
    moved.writeBigInt64BE(123n, 0);
    moved.writeInt32BE(9, 12);
    assert.equal(decodeRecordBatch(moved).header.baseOffset, 123n);
  });

  void test("truncation at every byte is a KafkaError, never a crash", () => {
    for (let cut = 0; cut < good.length; cut++) {
      assert.throws(() => decodeRecordBatch(good.subarray(0, cut)), kafkaError(ErrorCode.CORRUPT_MESSAGE), `cut ${cut}`);
    }
  });

  void test("a shortened Length with a recomputed CRC is INVALID_RECORD at every cut past the header", () => {
    for (let cut = RECORD_BATCH_OVERHEAD; cut < good.length; cut++) {
      const bad = Buffer.from(good.subarray(0, cut));
      bad.writeInt32BE(cut - 12, LENGTH_OFFSET);
      writeBatchCrc(bad);
      assert.throws(() => decodeRecordBatch(bad), kafkaError(ErrorCode.INVALID_RECORD), `cut ${cut}`);
    }
  });

  void test("negative or tiny Length is CORRUPT_MESSAGE", () => {
    for (const length of [-1, -2147483648, 0, 48]) {
      const bad = Buffer.from(good);
      bad.writeInt32BE(length, LENGTH_OFFSET);
      assert.throws(() => decodeRecordBatch(bad), kafkaError(ErrorCode.CORRUPT_MESSAGE), `length ${length}`);
    }
  });

  void test("record counts that do not match the records are INVALID_RECORD", () => {
    for (const count of [0x7fffffff, 21, 19, 1, -1, -2147483648]) {
      const bad = Buffer.from(good);
      bad.writeInt32BE(count, RECORDS_COUNT_OFFSET);
      writeBatchCrc(bad);
      assert.throws(() => decodeRecordBatch(bad), kafkaError(ErrorCode.INVALID_RECORD), `count ${count}`);
    }
  });

  void test("count 0 reads no records, as Kafka's iterator does (LogValidator rejects it from clients)", () => {
    const empty = Buffer.from(good);
    empty.writeInt32BE(0, RECORDS_COUNT_OFFSET);
    writeBatchCrc(empty);
    assert.deepEqual(decodeRecordBatch(empty).records, []);
  });

  void test("record count 0x7fffffff in a compressed batch is refused without decoding records one by one", () => {
    const bad = encodeRecordBatch({ compression: "zstd", records: sampleRecords(20) });
    bad.writeInt32BE(0x7fffffff, RECORDS_COUNT_OFFSET);
    writeBatchCrc(bad);
    assert.throws(() => decodeRecordBatch(bad), /cannot fit/);
  });

  void test("magic 0 and 1 are INVALID_RECORD, other magics CORRUPT_MESSAGE", () => {
    for (const [magic, code] of [[0, ErrorCode.INVALID_RECORD], [1, ErrorCode.INVALID_RECORD], [3, ErrorCode.CORRUPT_MESSAGE], [-1, ErrorCode.CORRUPT_MESSAGE]] as const) {
      const bad = Buffer.from(good);
      bad.writeInt8(magic, 16);
      assert.throws(() => decodeRecordBatch(bad), kafkaError(code), `magic ${magic}`);
    }
  });

  void test("compression ids 5-7 are CORRUPT_MESSAGE", () => {
    const bad = Buffer.from(good);
    bad.writeInt16BE(5, 21);
    writeBatchCrc(bad);
    assert.throws(() => decodeRecordBatch(bad), /unknown compression type id 5/);
  });

  void test("undecodable compressed records are CORRUPT_MESSAGE; a bomb is MESSAGE_TOO_LARGE", () => {
    const bad = encodeRecordBatch({ compression: "lz4", records: sampleRecords(20) });
    bad.fill(0x55, RECORD_BATCH_OVERHEAD, RECORD_BATCH_OVERHEAD + 8);
    writeBatchCrc(bad);
    assert.throws(() => decodeRecordBatch(bad), kafkaError(ErrorCode.CORRUPT_MESSAGE));
    const bomb = encodeRecordBatch({ compression: "gzip", baseTimestamp: T0, records: [{ value: Buffer.alloc(8 << 20) }] });
    assert.ok(bomb.length < 64 * 1024);
    assert.throws(() => decodeRecordBatch(bomb, 0, { maxDecompressedBytes: 1 << 20 }), kafkaError(ErrorCode.MESSAGE_TOO_LARGE));
  });

  void test("huge varint lengths inside records are INVALID_RECORD, not an allocation", () => {
    const buf = encodeRecordBatch({ baseTimestamp: T0, records: [{ value: Buffer.from("abc") }] });
    // record at 61: length varint, attributes, ts delta, offset delta, key length (-1 = 0x01)
    buf.set([0xfe, 0xff, 0xff, 0xff, 0x0f], RECORD_BATCH_OVERHEAD); // record length 2^31 - 1
    writeBatchCrc(buf);
    assert.throws(() => decodeRecordBatch(buf), kafkaError(ErrorCode.INVALID_RECORD));
  });

  void test("verifyCrc: false skips the CRC but still validates records", () => {
    const bad = Buffer.from(good);
    bad.writeUInt32BE(0, CRC_OFFSET);
    assert.equal(decodeRecordBatch(bad, 0, { verifyCrc: false }).records.length, 20);
  });

  void test("seeded fuzz: 300 random mutations with a fixed-up CRC end in records or a KafkaError", () => {
    const random = prng(2024);
    for (const compression of ["none", "snappy"] as const) {
      const base = encodeRecordBatch({ compression, records: sampleRecords(10) });
      for (let i = 0; i < 150; i++) {
        const bad = Buffer.from(base);
        const flips = 1 + Math.floor(random() * 4);
        for (let f = 0; f < flips; f++) {
          const at = RECORD_BATCH_OVERHEAD - 4 + Math.floor(random() * (bad.length - RECORD_BATCH_OVERHEAD + 4));
          bad[at] = Math.floor(random() * 256);
        }
        writeBatchCrc(bad);
        try {
          decodeRecordBatch(bad, 0, { maxDecompressedBytes: 1 << 20 });
        } catch (err) {
          assert.ok(err instanceof KafkaError, `${compression} mutation ${i}: ${String(err)}`);
        }
      }
    }
  });
});
