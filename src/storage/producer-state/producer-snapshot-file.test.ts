import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, writeFileSync } from "node:fs";
import { crc32c } from "../../protocol/crc32c.js";
import { tempDir } from "../test-support.js";
import {
  CorruptSnapshotError,
  decodeProducerSnapshot,
  encodeProducerSnapshot,
  listSnapshotOffsets,
  producerSnapshotPath,
  readProducerSnapshot,
  writeProducerSnapshot,
} from "./producer-snapshot-file.js";
import { ProducerStateEntry } from "./producer-state-entry.js";

function sampleEntries(): ProducerStateEntry[] {
  const idle = new ProducerStateEntry(42n, { producerEpoch: 3, coordinatorEpoch: 7, lastTimestamp: 1_700_000_000_123n, currentTxnFirstOffset: 90n });
  const active = new ProducerStateEntry(-(2n ** 62n), { producerEpoch: 0 });
  active.addBatch(0, { lastSeq: 4, lastOffset: 0x0102030405n, offsetDelta: 2, timestamp: 1_700_000_000_456n });
  active.addBatch(0, { lastSeq: 9, lastOffset: 0x0102030410n, offsetDelta: 4, timestamp: 1_700_000_000_789n });
  return [idle, active];
}

void describe("producer snapshot file (Kafka's ProducerSnapshot v1)", () => {
  void test("byte layout: version, CRC-32C of the rest, count, then 46-byte entries in Kafka's field order", () => {
    const bytes = encodeProducerSnapshot(sampleEntries());
    assert.equal(bytes.length, 2 + 4 + 4 + 2 * 46);
    assert.equal(bytes.readInt16BE(0), 1, "version");
    assert.equal(bytes.readUInt32BE(2), crc32c(bytes.subarray(6)), "CRC covers the entries array");
    assert.equal(bytes.readInt32BE(6), 2, "entry count");
    const expected = Buffer.concat([
      // producer 42: no batch → LastSequence -1, LastOffset -1, OffsetDelta 0, Timestamp = last timestamp
      Buffer.from("000000000000002a" + "0003" + "ffffffff" + "ffffffffffffffff" + "00000000", "hex"),
      be64(1_700_000_000_123n),
      Buffer.from("00000007" + "000000000000005a", "hex"),
      // producer -2^62: the LAST batch only (seq 9 at offset 0x0102030410, delta 4)
      Buffer.from("c000000000000000" + "0000" + "00000009" + "0000000102030410" + "00000004", "hex"),
      be64(1_700_000_000_789n),
      Buffer.from("ffffffff" + "ffffffffffffffff", "hex"),
    ]);
    assert.deepEqual(bytes.subarray(10), expected);
  });

  void test("write, list and read round trip; only the last batch survives, as in Kafka", () => {
    const { dir, cleanup } = tempDir();
    try {
      writeProducerSnapshot(producerSnapshotPath(dir, 1234n), sampleEntries());
      writeProducerSnapshot(producerSnapshotPath(dir, 99n), []);
      assert.ok(readdirSync(dir).includes("00000000000000001234.snapshot"));
      assert.deepEqual(listSnapshotOffsets(dir), [99n, 1234n]);
      const [idle, active] = readProducerSnapshot(producerSnapshotPath(dir, 1234n));
      assert.equal(idle?.producerId, 42n);
      assert.equal(idle?.producerEpoch, 3);
      assert.equal(idle?.coordinatorEpoch, 7);
      assert.equal(idle?.currentTxnFirstOffset, 90n);
      assert.equal(idle?.isEmpty, true);
      assert.equal(idle?.lastTimestamp, 1_700_000_000_123n);
      assert.equal(active?.producerId, -(2n ** 62n));
      assert.equal(active?.currentTxnFirstOffset, undefined);
      assert.deepEqual(active?.batches, [{ lastSeq: 9, lastOffset: 0x0102030410n, offsetDelta: 4, timestamp: 1_700_000_000_789n }]);
      assert.equal(active?.firstSeq, 5);
      assert.deepEqual(readProducerSnapshot(producerSnapshotPath(dir, 99n)), []);
    } finally {
      cleanup();
    }
  });

  void test("a flipped bit, a torn file or an unknown version is CorruptSnapshotError", () => {
    const good = encodeProducerSnapshot(sampleEntries());
    const flipped = Buffer.from(good);
    flipped[30]! ^= 1;
    const badVersion = Buffer.from(good);
    badVersion.writeInt16BE(2, 0);
    for (const bad of [flipped, good.subarray(0, good.length - 3), badVersion, Buffer.alloc(0)]) {
      assert.throws(() => decodeProducerSnapshot(bad), CorruptSnapshotError);
    }
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(producerSnapshotPath(dir, 5n), good.subarray(0, 20));
      assert.throws(() => readProducerSnapshot(producerSnapshotPath(dir, 5n)), CorruptSnapshotError);
    } finally {
      cleanup();
    }
  });
});

function be64(v: bigint): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigInt64BE(v);
  return b;
}
