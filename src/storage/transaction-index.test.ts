import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "./test-support.js";
import { ABORTED_TXN_SIZE, TransactionIndex, encodeAbortedTxn, type AbortedTxn } from "./transaction-index.js";

const txn = (producerId: bigint, firstOffset: bigint, lastOffset: bigint, lastStableOffset: bigint): AbortedTxn => ({ producerId, firstOffset, lastOffset, lastStableOffset });

function withIndex(fn: (path: string) => void): void {
  const { dir, cleanup } = tempDir("carebus-txnindex-");
  try {
    fn(join(dir, "00000000000000000000.txnindex"));
  } finally {
    cleanup();
  }
}

void describe("TransactionIndex (.txnindex)", () => {
  void test("entries are 34 big-endian bytes: version 0, producer id, first offset, last offset, LSO", () => {
    assert.deepEqual(
      encodeAbortedTxn(txn(0x0102030405060708n, 10n, 20n, 21n)),
      Buffer.from("0000" + "0102030405060708" + "000000000000000a" + "0000000000000014" + "0000000000000015", "hex"),
    );
  });

  void test("the file appears with the first entry; appends must ascend; a reopened index reads them back", () => {
    withIndex((path) => {
      const index = new TransactionIndex(path);
      assert.deepEqual(index.entries, []);
      assert.equal(existsSync(path), false);
      index.append(txn(1n, 0n, 5n, 6n));
      index.append(txn(2n, 3n, 9n, 10n));
      assert.throws(() => index.append(txn(3n, 4n, 9n, 10n)), /not after/);
      assert.equal(readFileSync(path).length, 2 * ABORTED_TXN_SIZE);
      assert.deepEqual(new TransactionIndex(path).entries, [txn(1n, 0n, 5n, 6n), txn(2n, 3n, 9n, 10n)]);
    });
  });

  void test("collectAbortedTxns returns overlapping entries and stops at the first LSO at or past the bound", () => {
    withIndex((path) => {
      const index = new TransactionIndex(path);
      index.append(txn(1n, 0n, 5n, 3n));
      index.append(txn(2n, 3n, 9n, 10n));
      index.append(txn(3n, 10n, 12n, 13n));
      assert.deepEqual(index.collectAbortedTxns(6n, 10n), { abortedTransactions: [txn(2n, 3n, 9n, 10n)], isComplete: true });
      assert.deepEqual(index.collectAbortedTxns(0n, 20n).abortedTransactions.length, 3);
      assert.equal(index.collectAbortedTxns(0n, 20n).isComplete, false);
    });
  });

  void test("a torn last entry is cut; an unknown version empties the index for the replay to rebuild; truncateTo drops later markers", () => {
    withIndex((path) => {
      writeFileSync(path, encodeAbortedTxn(txn(1n, 0n, 5n, 6n)));
      appendFileSync(path, encodeAbortedTxn(txn(2n, 6n, 8n, 9n)).subarray(0, 20));
      const torn = new TransactionIndex(path);
      assert.deepEqual(torn.entries, [txn(1n, 0n, 5n, 6n)]);
      assert.equal(readFileSync(path).length, ABORTED_TXN_SIZE);
      torn.append(txn(2n, 6n, 8n, 9n));
      torn.truncateTo(8n);
      assert.deepEqual(new TransactionIndex(path).entries, [txn(1n, 0n, 5n, 6n)]);
      torn.truncateTo(0n);
      assert.equal(existsSync(path), false);

      const bad = encodeAbortedTxn(txn(1n, 0n, 5n, 6n));
      bad.writeInt16BE(7, 0);
      writeFileSync(path, bad);
      assert.deepEqual(new TransactionIndex(path).entries, []);
      assert.equal(existsSync(path), false);
    });
  });
});
