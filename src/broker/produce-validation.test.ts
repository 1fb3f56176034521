import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { ErrorCode, KafkaError } from "../protocol/errors.js";
import {
  CRC_OFFSET,
  PARTITION_LEADER_EPOCH_OFFSET,
  RECORD_BATCH_OVERHEAD,
  compressionOf,
  writeBatchCrc,
} from "../protocol/records/batch-header.js";
import { decodeRecordBatch, encodeRecordBatch, recordTimestamp, type RecordBatchToEncode } from "../protocol/records/record-batch.js";
import { RecordValidationError, validateProducedRecords, type ProduceTopicSettings } from "./produce-validation.js";

const NOW = 1_700_000_000_000;
const LONG_MAX = 2n ** 63n - 1n;
const DEFAULTS: ProduceTopicSettings = {
  maxMessageBytes: 1_048_588,
  segmentBytes: 1 << 30,
  compression: "producer",
  compacted: false,
  timestampType: "CreateTime",
  timestampBeforeMaxMs: LONG_MAX,
  timestampAfterMaxMs: LONG_MAX,
};

function batch(overrides: Partial<RecordBatchToEncode> = {}): Buffer {
  return encodeRecordBatch({
    records: [
      { key: Buffer.from("patient-1"), value: Buffer.from("admitted"), timestamp: BigInt(NOW), headers: [{ key: "source", value: Buffer.from("adt") }] },
      { key: Buffer.from("patient-2"), value: Buffer.from("discharged"), timestamp: BigInt(NOW + 5) },
    ],
    ...overrides,
  });
}

function validate(records: Buffer, settings: Partial<ProduceTopicSettings> = {}, apiVersion = 9) {
  return validateProducedRecords(records, apiVersion, "clinical.events-0", { ...DEFAULTS, ...settings }, NOW);
}

function rejects(fn: () => unknown, code: number): KafkaError {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof KafkaError, `expected a KafkaError, got ${String(err)}`);
    assert.equal(err.code, code, err.message);
    return err;
  }
  assert.fail(`expected error code ${code}`);
}

describe("validateProducedRecords", () => {
  test("a valid batch is appended as sent, with the leader epoch written outside the CRC", () => {
    const records = batch({ partitionLeaderEpoch: -1, compression: "gzip" });
    const crcBefore = records.readUInt32BE(CRC_OFFSET);
    const out = validate(records);
    assert.equal(out.records.buffer, records.buffer);
    assert.equal(out.recompressed, false);
    assert.equal(out.logAppendTimeMs, undefined);
    assert.equal(out.records.readInt32BE(PARTITION_LEADER_EPOCH_OFFSET), 0);
    assert.equal(out.records.readUInt32BE(CRC_OFFSET), crcBefore);
  });

  test("a batch larger than max.message.bytes is MESSAGE_TOO_LARGE", () => {
    const records = batch();
    rejects(() => validate(records, { maxMessageBytes: records.length - 1 }), ErrorCode.MESSAGE_TOO_LARGE);
    assert.doesNotThrow(() => validate(batch(), { maxMessageBytes: records.length }));
  });

  test("a flipped byte under the CRC is CORRUPT_MESSAGE", () => {
    const records = batch();
    records.writeUInt8(records.readUInt8(records.length - 1) ^ 0xff, records.length - 1);
    rejects(() => validate(records), ErrorCode.CORRUPT_MESSAGE);
  });

  test("client batches with a base offset, a control flag or a wrong count are INVALID_RECORD", () => {
    rejects(() => validate(batch({ baseOffset: 7n })), ErrorCode.INVALID_RECORD);
    rejects(() => validate(batch({ isControl: true })), ErrorCode.INVALID_RECORD);
    const miscounted = batch();
    miscounted.writeInt32BE(3, 57); // RecordsCount, while LastOffsetDelta says 2 records
    writeBatchCrc(miscounted);
    rejects(() => validate(miscounted), ErrorCode.INVALID_RECORD);
    rejects(() => validate(batch({ producerId: 5n, producerEpoch: 0, baseSequence: -1 })), ErrorCode.INVALID_RECORD);
  });

  test("Produce v3+ with no batch, two batches or a partial batch is rejected before anything else", () => {
    rejects(() => validate(Buffer.alloc(0)), ErrorCode.INVALID_RECORD);
    rejects(() => validate(Buffer.concat([batch(), batch()])), ErrorCode.INVALID_RECORD);
    rejects(() => validate(batch().subarray(0, RECORD_BATCH_OVERHEAD + 3)), ErrorCode.CORRUPT_MESSAGE);
    rejects(() => validate(batch({ compression: "zstd" }), {}, 6), ErrorCode.UNSUPPORTED_COMPRESSION_TYPE);
  });

  test("a keyless record on a compacted topic drops the batch with per-record errors (KIP-467)", () => {
    for (const compression of ["none", "lz4"] as const) {
      const records = encodeRecordBatch({
        compression,
        records: [
          { key: Buffer.from("k"), value: Buffer.from("a"), timestamp: BigInt(NOW) },
          { key: null, value: Buffer.from("b"), timestamp: BigInt(NOW) },
          { key: null, value: Buffer.from("c"), timestamp: BigInt(NOW) },
        ],
      });
      const err = rejects(() => validate(records, { compacted: true }), ErrorCode.INVALID_RECORD);
      assert.ok(err instanceof RecordValidationError);
      assert.deepEqual(
        err.recordErrors.map((e) => e.batchIndex),
        [1, 2],
      );
      assert.match(err.recordErrors[0]?.message ?? "", /Compacted topic cannot accept message without key/);
    }
  });

  test("CreateTime outside message.timestamp.before/after.max.ms is INVALID_TIMESTAMP", () => {
    const old = encodeRecordBatch({ records: [{ value: Buffer.from("x"), timestamp: BigInt(NOW - 10_000) }] });
    const err = rejects(() => validate(old, { timestampBeforeMaxMs: 1000n }), ErrorCode.INVALID_TIMESTAMP);
    assert.ok(err instanceof RecordValidationError);
    assert.deepEqual(err.recordErrors.map((e) => e.batchIndex), [0]);
    const future = encodeRecordBatch({ compression: "snappy", records: [{ value: Buffer.from("x"), timestamp: BigInt(NOW + 10_000) }] });
    rejects(() => validate(future, { timestampAfterMaxMs: 1000n }), ErrorCode.INVALID_TIMESTAMP);
    assert.doesNotThrow(() => validate(encodeRecordBatch({ records: [{ value: Buffer.from("x"), timestamp: BigInt(NOW + 500) }] }), { timestampAfterMaxMs: 1000n }));
  });

  test("a client batch claiming LogAppendTime is INVALID_TIMESTAMP on a LogAppendTime topic", () => {
    const records = batch({ timestampType: "LogAppendTime", maxTimestamp: -1n });
    rejects(() => validate(records, { timestampType: "LogAppendTime" }), ErrorCode.INVALID_TIMESTAMP);
  });

  test("a LogAppendTime topic asks the log to stamp the broker time", () => {
    assert.equal(validate(batch(), { timestampType: "LogAppendTime" }).logAppendTimeMs, NOW);
  });

  test("a topic compression.type other than the batch's recompresses, keeping records, timestamps and headers", () => {
    const original = batch({ compression: "gzip", producerId: 42n, producerEpoch: 3, baseSequence: 10 });
    const out = validate(Buffer.from(original), { compression: "zstd" });
    assert.equal(out.recompressed, true);
    const before = decodeRecordBatch(original);
    const after = decodeRecordBatch(out.records);
    assert.equal(compressionOf(after.header.attributes), "zstd");
    assert.equal(after.header.producerId, 42n);
    assert.equal(after.header.producerEpoch, 3);
    assert.equal(after.header.baseSequence, 10);
    assert.equal(after.header.partitionLeaderEpoch, 0);
    assert.deepEqual(
      after.records.map((r) => [r.key?.toString(), r.value?.toString(), recordTimestamp(after.header, r), r.headers.map((h) => h.key)]),
      before.records.map((r) => [r.key?.toString(), r.value?.toString(), recordTimestamp(before.header, r), r.headers.map((h) => h.key)]),
    );
    const uncompressed = validate(batch({ compression: "lz4" }), { compression: "none" });
    assert.equal(compressionOf(decodeRecordBatch(uncompressed.records).header.attributes), "none");
  });

  test("a compressed batch is decompressed only when validation needs its records", () => {
    // A gzip payload that is not gzip, under a valid CRC: the header checks cannot see it.
    const records = batch({ compression: "gzip" });
    records.fill(0x41, RECORD_BATCH_OVERHEAD);
    writeBatchCrc(records);
    assert.doesNotThrow(() => validate(Buffer.from(records)));
    rejects(() => validate(Buffer.from(records), { compacted: true }), ErrorCode.CORRUPT_MESSAGE);
    rejects(() => validate(Buffer.from(records), { compression: "lz4" }), ErrorCode.CORRUPT_MESSAGE);
  });

  test("a batch larger than segment.bytes is RECORD_LIST_TOO_LARGE", () => {
    const records = batch();
    rejects(() => validate(records, { segmentBytes: records.length - 1 }), ErrorCode.RECORD_LIST_TOO_LARGE);
  });
});
