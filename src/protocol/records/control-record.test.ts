import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { ErrorCode, KafkaError } from "../errors.js";
import { isControlBatch, isTransactional } from "./batch-header.js";
import {
  ControlRecordType,
  decodeControlRecordKey,
  decodeEndTransactionMarker,
  encodeControlRecordKey,
  encodeEndTransactionMarkerBatch,
  encodeEndTransactionMarkerValue,
} from "./control-record.js";
import { decodeRecordBatch } from "./record-batch.js";

function invalidRecord(err: unknown): boolean {
  return err instanceof KafkaError && err.code === ErrorCode.INVALID_RECORD;
}

void describe("control records", () => {
  void test("type ids are Kafka's ControlRecordType", () => {
    assert.deepEqual(ControlRecordType, {
      ABORT: 0,
      COMMIT: 1,
      LEADER_CHANGE: 2,
      SNAPSHOT_HEADER: 3,
      SNAPSHOT_FOOTER: 4,
      KRAFT_VERSION: 5,
      KRAFT_VOTERS: 6,
    });
  });

  void test("keys are version 0 then the type, big-endian int16s", () => {
    assert.deepEqual(encodeControlRecordKey("ABORT"), Buffer.from([0, 0, 0, 0]));
    assert.deepEqual(encodeControlRecordKey("COMMIT"), Buffer.from([0, 0, 0, 1]));
    assert.deepEqual(encodeControlRecordKey("KRAFT_VOTERS"), Buffer.from([0, 0, 0, 6]));
    for (const name of Object.keys(ControlRecordType) as (keyof typeof ControlRecordType)[]) {
      assert.deepEqual(decodeControlRecordKey(encodeControlRecordKey(name)), { version: 0, typeId: ControlRecordType[name], type: name });
    }
  });

  void test("unknown types and newer key versions are read, not rejected (Kafka's UNKNOWN)", () => {
    assert.deepEqual(decodeControlRecordKey(Buffer.from([0, 3, 0, 99, 0xaa])), { version: 3, typeId: 99, type: undefined });
  });

  void test("short, null or negative-version keys are INVALID_RECORD", () => {
    assert.throws(() => decodeControlRecordKey(Buffer.from([0, 0, 1])), invalidRecord);
    assert.throws(() => decodeControlRecordKey(null), invalidRecord);
    assert.throws(() => decodeControlRecordKey(Buffer.from([0xff, 0xff, 0, 1])), invalidRecord);
  });

  void test("the end transaction marker value is version 0 then the coordinator epoch", () => {
    assert.deepEqual(encodeEndTransactionMarkerValue(5), Buffer.from([0, 0, 0, 0, 0, 5]));
    assert.deepEqual(decodeEndTransactionMarker(encodeControlRecordKey("ABORT"), encodeEndTransactionMarkerValue(-1)), {
      type: "ABORT",
      coordinatorEpoch: -1,
    });
    assert.throws(() => decodeEndTransactionMarker(encodeControlRecordKey("COMMIT"), Buffer.from([0, 0, 0])), invalidRecord);
    assert.throws(() => decodeEndTransactionMarker(encodeControlRecordKey("LEADER_CHANGE"), encodeEndTransactionMarkerValue(1)), invalidRecord);
  });

  for (const type of ["COMMIT", "ABORT"] as const) {
    void test(`a ${type} marker batch is transactional, control, one record, no sequence`, () => {
      const buf = encodeEndTransactionMarkerBatch({
        type,
        producerId: 1234n,
        producerEpoch: 7,
        coordinatorEpoch: 3,
        timestamp: 1_714_557_600_000n,
        baseOffset: 88n,
        partitionLeaderEpoch: 2,
      });
      // Kafka's size: RECORD_BATCH_OVERHEAD + CURRENT_END_TXN_SCHEMA_RECORD_SIZE, a 17-byte record
      // (length, attributes, deltas, key length + 4, value length + 6, header count)
      assert.equal(buf.length, 61 + 17);
      const batch = decodeRecordBatch(buf);
      assert.ok(isControlBatch(batch.header.attributes));
      assert.ok(isTransactional(batch.header.attributes));
      assert.equal(batch.header.attributes & 0x07, 0);
      assert.equal(batch.header.baseOffset, 88n);
      assert.equal(batch.header.producerId, 1234n);
      assert.equal(batch.header.producerEpoch, 7);
      assert.equal(batch.header.baseSequence, -1);
      assert.equal(batch.header.recordsCount, 1);
      assert.equal(batch.header.lastOffsetDelta, 0);
      const record = batch.records[0]!;
      assert.deepEqual(decodeEndTransactionMarker(record.key, record.value), { type, coordinatorEpoch: 3 });
    });
  }
});
