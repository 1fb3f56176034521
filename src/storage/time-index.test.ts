import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { TimeIndex } from "./time-index.js";
import { tempDir } from "./test-support.js";

function withIndex(maxIndexSize: number, fn: (index: TimeIndex, path: string) => void): void {
  const { dir, cleanup } = tempDir();
  const path = join(dir, "00000000000000000100.timeindex");
  const index = new TimeIndex(path, 100n, maxIndexSize);
  try {
    fn(index, path);
  } finally {
    index.file.close();
    cleanup();
  }
}

void describe("TimeIndex", () => {
  void test("lookup returns the entry with the largest timestamp <= target, or (-1, baseOffset)", () => {
    withIndex(1200, (index) => {
      index.maybeAppend(1000n, 110n);
      index.maybeAppend(2000n, 120n);
      index.maybeAppend(3000n, 130n);
      assert.deepEqual(index.lookup(999n), { timestamp: -1n, offset: 100n });
      assert.deepEqual(index.lookup(1000n), { timestamp: 1000n, offset: 110n });
      assert.deepEqual(index.lookup(2500n), { timestamp: 2000n, offset: 120n });
      assert.deepEqual(index.lookup(9999n), { timestamp: 3000n, offset: 130n });
    });
  });

  void test("only growing timestamps are indexed; offsets may not go back", () => {
    withIndex(1200, (index, path) => {
      index.maybeAppend(-1n, 101n);
      index.maybeAppend(1000n, 110n);
      index.maybeAppend(1000n, 115n);
      index.maybeAppend(900n, 116n);
      assert.equal(index.entries, 1);
      assert.throws(() => index.maybeAppend(5000n, 105n), RangeError);
      index.maybeAppend(5000n, 120n);
      assert.deepEqual(index.lastEntry(), { timestamp: 5000n, offset: 120n });
      index.file.close();
      const reopened = new TimeIndex(path, 100n, 1200);
      assert.deepEqual(reopened.lastEntry(), { timestamp: 5000n, offset: 120n });
      assert.equal(reopened.check(), undefined);
      reopened.file.close();
    });
  });

  void test("keeps the last slot for the roll entry: full at maxEntries - 1, final append skips the check", () => {
    withIndex(36, (index) => {
      index.maybeAppend(1n, 101n);
      index.maybeAppend(2n, 102n);
      assert.equal(index.isFull, true);
      assert.throws(() => index.maybeAppend(3n, 103n), RangeError);
      index.maybeAppend(3n, 103n, true);
      assert.equal(index.entries, 3);
    });
  });

  void test("truncateTo drops entries at or after an offset and restores the last entry", () => {
    withIndex(1200, (index) => {
      index.maybeAppend(1000n, 110n);
      index.maybeAppend(2000n, 120n);
      index.truncateTo(120n);
      assert.deepEqual(index.lastEntry(), { timestamp: 1000n, offset: 110n });
      index.reset();
      assert.deepEqual(index.lastEntry(), { timestamp: -1n, offset: 100n });
    });
  });
});
