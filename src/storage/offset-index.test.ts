import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CorruptIndexError } from "./index-file.js";
import { OffsetIndex } from "./offset-index.js";
import { tempDir } from "./test-support.js";

function withIndex(fn: (path: string) => void): void {
  const { dir, cleanup } = tempDir();
  try {
    fn(join(dir, "00000000000000000045.index"));
  } finally {
    cleanup();
  }
}

void describe("OffsetIndex", () => {
  void test("lookup returns the largest entry <= target, or (baseOffset, 0) below the first", () => {
    withIndex((path) => {
      const index = new OffsetIndex(path, 45n, 1024);
      index.append(50n, 100);
      index.append(60n, 200);
      index.append(70n, 300);
      assert.deepEqual(index.lookup(40n), { offset: 45n, position: 0 });
      assert.deepEqual(index.lookup(49n), { offset: 45n, position: 0 });
      assert.deepEqual(index.lookup(50n), { offset: 50n, position: 100 });
      assert.deepEqual(index.lookup(59n), { offset: 50n, position: 100 });
      assert.deepEqual(index.lookup(60n), { offset: 60n, position: 200 });
      assert.deepEqual(index.lookup(1000n), { offset: 70n, position: 300 });
      index.file.close();
    });
  });

  void test("entries are 8 bytes of relative offset and position, and reload from the file", () => {
    withIndex((path) => {
      const index = new OffsetIndex(path, 45n, 1024);
      for (let i = 1; i <= 20; i++) index.append(45n + BigInt(i * 3), i * 1000);
      index.file.close();
      const reopened = new OffsetIndex(path, 45n, 1024);
      assert.equal(reopened.entries, 20);
      assert.deepEqual(reopened.entry(0), { offset: 48n, position: 1000 });
      assert.deepEqual(reopened.lookup(80n), { offset: 78n, position: 11000 });
      assert.equal(reopened.file.peekLast()?.readInt32BE(0), 60);
    });
  });

  void test("append rejects offsets that do not grow or do not fit 31 bits relative to the base", () => {
    withIndex((path) => {
      const index = new OffsetIndex(path, 45n, 1024);
      index.append(50n, 0);
      assert.throws(() => index.append(50n, 10), RangeError);
      assert.throws(() => index.append(45n + 0x80000000n, 10), RangeError);
      assert.equal(index.canAppendOffset(45n + 0x7fffffffn), true);
      index.file.close();
    });
  });

  void test("truncateTo removes entries with offset >= the given offset", () => {
    withIndex((path) => {
      const index = new OffsetIndex(path, 45n, 1024);
      for (const o of [50n, 60n, 70n]) index.append(o, Number(o));
      index.truncateTo(61n);
      assert.equal(index.entries, 2);
      index.truncateTo(60n);
      assert.equal(index.entries, 1);
      index.file.close();
      assert.equal(new OffsetIndex(path, 45n, 1024).entries, 1);
    });
  });

  void test("is full at segment.index.bytes / 8 entries", () => {
    withIndex((path) => {
      const index = new OffsetIndex(path, 0n, 32);
      for (let i = 1; i <= 4; i++) index.append(BigInt(i), i);
      assert.equal(index.isFull, true);
      index.file.close();
    });
  });

  void test("a partial entry on disk is corrupt, and a stale last entry is reported against the log size", () => {
    withIndex((path) => {
      const index = new OffsetIndex(path, 0n, 1024);
      index.append(10n, 5000);
      index.file.close();
      assert.match(new OffsetIndex(path, 0n, 1024).checkAgainst(4000) ?? "", /past the log size/);
      assert.equal(new OffsetIndex(path, 0n, 1024).checkAgainst(6000), undefined);
      truncateSync(path, 5);
      assert.throws(() => new OffsetIndex(path, 0n, 1024).entries, CorruptIndexError);
      writeFileSync(path, Buffer.alloc(0));
      assert.equal(new OffsetIndex(path, 0n, 1024).entries, 0);
    });
  });
});
