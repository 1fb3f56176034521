import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { setBaseOffset } from "../protocol/records/batch-header.js";
import { decodeRecordBatch } from "../protocol/records/record-batch.js";
import { ManualClock } from "./clock.js";
import { LogSegment } from "./log-segment.js";
import { tempDir, testBatch } from "./test-support.js";

interface Fixture {
  dir: string;
  segment: LogSegment;
  /** Appends a batch of `records` records at `offset`; returns its bytes. */
  add: (offset: bigint, records: number, timestamp?: bigint) => Buffer;
}

function withSegment(baseOffset: bigint, indexIntervalBytes: number, fn: (f: Fixture) => void): void {
  const { dir, cleanup } = tempDir();
  const options = { indexIntervalBytes, maxIndexSize: 1024 * 1024, clock: new ManualClock() };
  const segment = new LogSegment(dir, baseOffset, options);
  const add = (offset: bigint, records: number, timestamp = 1000n): Buffer => {
    const batch = testBatch({ records, timestamp, fill: Number(offset % 200n) });
    setBaseOffset(batch, 0, offset);
    const last = offset + BigInt(records - 1);
    segment.append(last, timestamp, last, batch);
    return batch;
  };
  try {
    fn({ dir, segment, add });
  } finally {
    segment.close();
    cleanup();
  }
}

void describe("LogSegment", () => {
  void test("files are named by the 20-digit base offset", () => {
    withSegment(1234n, 4096, ({ dir, add }) => {
      add(1234n, 1);
      for (const suffix of [".log", ".index", ".timeindex"]) assert.ok(existsSync(`${dir}/00000000000000001234${suffix}`));
    });
  });

  void test("appended batches are stored byte for byte and read back from the batch containing the offset", () => {
    withSegment(40n, 4096, ({ dir, segment, add }) => {
      const a = add(40n, 5);
      const b = add(45n, 5);
      const c = add(50n, 5);
      assert.deepEqual(readFileSync(`${dir}/00000000000000000040.log`), Buffer.concat([a, b, c]));
      assert.deepEqual(segment.read(47n, 1 << 20, undefined, false), Buffer.concat([b, c]));
      assert.equal(segment.read(55n, 1 << 20, undefined, false), undefined);
      assert.equal(segment.readNextOffset(), 55n);
    });
  });

  void test("read stops at maxSize on a batch boundary, returns an oversized first batch only with minOneBatch, and stops before maxOffset", () => {
    withSegment(0n, 4096, ({ segment, add }) => {
      const a = add(0n, 3);
      const b = add(3n, 3);
      add(6n, 3);
      assert.deepEqual(segment.read(0n, a.length + b.length + 10, undefined, false), Buffer.concat([a, b]));
      assert.equal(segment.read(0n, 10, undefined, false)?.length, 0);
      assert.deepEqual(segment.read(0n, 10, undefined, true), a);
      assert.deepEqual(segment.read(0n, 1 << 20, 6n, false), Buffer.concat([a, b]));
      assert.deepEqual(segment.read(4n, 1 << 20, 5n, false), b);
    });
  });

  void test("adds an index entry once more than index.interval.bytes were appended since the last", () => {
    withSegment(0n, 250, ({ segment, add }) => {
      const size = add(0n, 1).length;
      for (let i = 1; i < 40; i++) add(BigInt(i), 1);
      // Kafka's rule, replayed: before writing a batch, index it if the bytes since the last entry exceed the interval.
      const expected: number[] = [];
      for (let i = 0, since = 0; i < 40; i++, since += size) {
        if (since > 250) {
          expected.push(i);
          since = 0;
        }
      }
      const actual = Array.from({ length: segment.offsetIndex.entries }, (_, n) => segment.offsetIndex.entry(n));
      assert.deepEqual(actual, expected.map((i) => ({ offset: BigInt(i), position: i * size })));
      assert.ok(expected.length > 5);
      for (let o = 0n; o < 40n; o++) {
        const batch = segment.translateOffset(o);
        assert.equal(batch?.header.baseOffset, o);
        assert.equal(batch?.position, Number(o) * size);
      }
    });
  });

  void test("recover rebuilds the same indexes the appends wrote", () => {
    withSegment(0n, 300, ({ segment, add }) => {
      for (let i = 0; i < 60; i++) add(BigInt(i * 2), 2, 1000n + BigInt(i));
      const offsets = segment.offsetIndex.file.view.toString("hex");
      segment.onBecomeInactiveSegment();
      const times = segment.timeIndex.file.view.toString("hex");
      assert.equal(segment.recover(), 0);
      assert.equal(segment.offsetIndex.file.view.toString("hex"), offsets);
      assert.equal(segment.timeIndex.file.view.toString("hex"), times);
      assert.equal(segment.maxTimestampSoFar, 1059n);
    });
  });

  void test("findOffsetByTimestamp returns the first record at or after the timestamp and the starting offset", () => {
    withSegment(0n, 100, ({ segment, add }) => {
      for (let i = 0; i < 20; i++) add(BigInt(i * 3), 3, 1000n + BigInt(i * 10));
      assert.deepEqual(segment.findOffsetByTimestamp(1000n, 0n), { timestamp: 1000n, offset: 0n });
      assert.deepEqual(segment.findOffsetByTimestamp(1055n, 0n), { timestamp: 1060n, offset: 18n });
      assert.deepEqual(segment.findOffsetByTimestamp(1060n, 0n), { timestamp: 1060n, offset: 18n });
      assert.deepEqual(segment.findOffsetByTimestamp(1000n, 31n), { timestamp: 1100n, offset: 31n });
      assert.equal(segment.findOffsetByTimestamp(5000n, 0n), undefined);
      assert.deepEqual(segment.findMaxTimestamp(), { timestamp: 1190n, offset: 57n });
    });
  });

  void test("records of a found batch are decodable (sanity of the test batches)", () => {
    withSegment(7n, 4096, ({ segment, add }) => {
      add(7n, 4);
      const read = segment.read(7n, 1 << 20, undefined, true);
      const batch = decodeRecordBatch(read!);
      assert.equal(batch.records.length, 4);
      assert.equal(batch.header.baseOffset, 7n);
    });
  });

  void test("rolls by size, by record time since the first batch, and when the offset no longer fits", () => {
    withSegment(0n, 4096, ({ segment, add }) => {
      const roll = (p: Partial<Parameters<LogSegment["shouldRoll"]>[0]>): boolean =>
        segment.shouldRoll({
          nowMs: 0,
          segmentBytes: 1 << 20,
          segmentMs: 1000,
          messagesSize: 100,
          maxTimestampInMessages: 1500n,
          maxOffsetInMessages: 10n,
          ...p,
        });
      assert.equal(roll({ segmentMs: 0 }), false, "an empty segment never rolls by time");
      const size = add(0n, 1, 1000n).length;
      assert.equal(roll({}), false);
      assert.equal(roll({ segmentBytes: size + 99 }), true);
      assert.equal(roll({ segmentBytes: size + 100 }), false);
      assert.equal(roll({ maxTimestampInMessages: 2001n }), true);
      assert.equal(roll({ maxTimestampInMessages: 2000n }), false);
      assert.equal(roll({ maxOffsetInMessages: 0x80000000n }), true);
    });
  });
});
