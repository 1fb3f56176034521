// Interop with KafkaJS's own record batch codec (an implementation nobody here wrote,
// with its own CRC-32C and varints): its batches decode here, ours decode there.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { decodeRecordBatch, encodeRecordBatch, recordOffset, recordTimestamp } from "./record-batch.js";

const require = createRequire(import.meta.url);

interface KafkajsLong {
  toString(): string;
}
interface KafkajsEncoder {
  buffer: Buffer;
}
interface KafkajsDecodedRecord {
  offset: string;
  timestamp: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, Buffer | null | (Buffer | null)[]>;
}
interface KafkajsDecodedBatch {
  firstOffset: string;
  producerId: string;
  producerEpoch: number;
  firstSequence: number;
  inTransaction: boolean;
  lastOffsetDelta: number;
  records: KafkajsDecodedRecord[];
}

const Long = require("kafkajs/src/utils/long") as { fromValue(v: number | string): KafkajsLong };
const { RecordBatch } = require("kafkajs/src/protocol/recordBatch/v0") as {
  RecordBatch: (opts: Record<string, unknown>) => Promise<KafkajsEncoder>;
};
const KafkajsRecord = require("kafkajs/src/protocol/recordBatch/record/v0") as (opts: Record<string, unknown>) => KafkajsEncoder;
const batchDecoder = require("kafkajs/src/protocol/recordBatch/v0/decoder") as (d: unknown) => Promise<KafkajsDecodedBatch>;
const Decoder = require("kafkajs/src/protocol/decoder") as new (buf: Buffer) => unknown;
const { Types } = require("kafkajs/src/protocol/message/compression") as { Types: { None: number; GZIP: number } };

const T0 = 1_714_557_600_000;

void describe("KafkaJS record batches", () => {
  for (const [name, compression] of [["none", Types.None], ["gzip", Types.GZIP]] as const) {
    void test(`${name}: a KafkaJS batch decodes here with the same fields and records`, async () => {
      const records = Array.from({ length: 12 }, (_, i) =>
        KafkajsRecord({
          offsetDelta: i,
          timestampDelta: i * 3,
          key: i === 4 ? null : Buffer.from(`key-${i}`),
          value: Buffer.from(`value-${i}`),
          headers: i % 2 === 0 ? { traceId: Buffer.from(`t${i}`) } : {},
        }),
      );
      const encoder = await RecordBatch({
        compression,
        firstOffset: Long.fromValue(700),
        firstTimestamp: T0,
        maxTimestamp: T0 + 33,
        partitionLeaderEpoch: 4,
        lastOffsetDelta: 11,
        transactional: true,
        producerId: Long.fromValue(9001),
        producerEpoch: 2,
        firstSequence: 17,
        records,
      });
      const batch = decodeRecordBatch(encoder.buffer);
      assert.equal(batch.header.baseOffset, 700n);
      assert.equal(batch.header.partitionLeaderEpoch, 4);
      assert.equal(batch.header.producerId, 9001n);
      assert.equal(batch.header.producerEpoch, 2);
      assert.equal(batch.header.baseSequence, 17);
      assert.equal(batch.header.maxTimestamp, BigInt(T0 + 33));
      assert.equal(batch.header.attributes & 0x10, 0x10);
      assert.equal(batch.records.length, 12);
      batch.records.forEach((r, i) => {
        assert.equal(recordOffset(batch.header, r), BigInt(700 + i));
        assert.equal(recordTimestamp(batch.header, r), BigInt(T0 + i * 3));
        assert.deepEqual(r.key, i === 4 ? null : Buffer.from(`key-${i}`));
        assert.deepEqual(r.value, Buffer.from(`value-${i}`));
        assert.deepEqual(r.headers, i % 2 === 0 ? [{ key: "traceId", value: Buffer.from(`t${i}`) }] : []);
      });
    });

    void test(`${name}: our batch decodes with KafkaJS`, async () => {
      const buf = encodeRecordBatch({
        baseOffset: 42n,
        compression: name,
        producerId: 77n,
        producerEpoch: 1,
        baseSequence: 5,
        records: Array.from({ length: 9 }, (_, i) => ({
          key: Buffer.from(`k${i}`),
          value: i === 2 ? null : Buffer.from(`v${i}`),
          headers: [{ key: "h", value: Buffer.from(String(i)) }],
          timestamp: BigInt(T0 + i),
        })),
      });
      const decoded = await batchDecoder(new Decoder(buf));
      assert.equal(decoded.firstOffset, "42");
      assert.equal(decoded.producerId, "77");
      assert.equal(decoded.firstSequence, 5);
      assert.equal(decoded.lastOffsetDelta, 8);
      assert.equal(decoded.records.length, 9);
      decoded.records.forEach((r, i) => {
        assert.equal(r.offset, String(42 + i));
        assert.equal(r.timestamp, String(T0 + i));
        assert.deepEqual(r.key, Buffer.from(`k${i}`));
        assert.deepEqual(r.value, i === 2 ? null : Buffer.from(`v${i}`));
        assert.deepEqual(r.headers, { h: Buffer.from(String(i)) });
      });
    });
  }
});
