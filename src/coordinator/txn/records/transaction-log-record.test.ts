import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeTransactionLogKey, decodeTransactionLogValue, encodeTransactionLogKey, encodeTransactionLogValue, type TransactionLogValue } from "./transaction-log-record.js";

const ONGOING: TransactionLogValue = {
  producerId: 7n,
  previousProducerId: -1n,
  nextProducerId: -1n,
  producerEpoch: 3,
  transactionTimeoutMs: 60000,
  state: "Ongoing",
  partitions: [{ topic: "t", partitions: [0, 2] }],
  lastUpdateTimestampMs: 1000n,
  startTimestampMs: 900n,
};

void test("TransactionLogKey v0: int16 version, int16-length transactional id", () => {
  const key = encodeTransactionLogKey("tx");
  assert.equal(key.toString("hex"), "0000" + "0002" + "7478");
  assert.equal(decodeTransactionLogKey(key), "tx");
  assert.equal(decodeTransactionLogKey(Buffer.from("00017478", "hex")), undefined);
});

void test("TransactionLogValue v0 bytes, and a round trip", () => {
  const hex = [
    "0000", // version
    "0000000000000007", // producer id
    "0003", // epoch
    "0000ea60", // timeout 60000
    "01", // Ongoing
    "00000001", "0001", "74", "00000002", "00000000", "00000002", // [t: 0, 2]
    "00000000000003e8", // last update
    "0000000000000384", // start
  ].join("");
  const bytes = encodeTransactionLogValue(ONGOING);
  assert.equal(bytes.toString("hex"), hex);
  assert.deepEqual(decodeTransactionLogValue(bytes), ONGOING);
});

void test("an Empty transaction is written with null partitions", () => {
  const bytes = encodeTransactionLogValue({ ...ONGOING, state: "Empty", partitions: [] });
  assert.equal(bytes.subarray(17, 21).toString("hex"), "ffffffff");
  assert.deepEqual(decodeTransactionLogValue(bytes).partitions, []);
});

void test("TransactionLogValue v1 (flexible) with previous/next producer id tags is read", () => {
  const hex = [
    "0001",
    "0000000000000007",
    "0003",
    "0000ea60",
    "04", // CompleteCommit
    "02", "0274", "03", "00000000", "00000002", "00", // compact [t: 0, 2] + tagged fields
    "00000000000003e8",
    "0000000000000384",
    "03", // three tagged fields
    "00", "08", "0000000000000005", // PreviousProducerId
    "01", "08", "0000000000000009", // NextProducerId
    "02", "02", "0002", // ClientTransactionVersion (ignored)
  ].join("");
  const v = decodeTransactionLogValue(Buffer.from(hex, "hex"));
  assert.deepEqual(v, { ...ONGOING, state: "CompleteCommit", previousProducerId: 5n, nextProducerId: 9n });
});

void test("an unknown state byte or version is an error", () => {
  const bytes = encodeTransactionLogValue(ONGOING);
  bytes[16] = 9;
  assert.throws(() => decodeTransactionLogValue(bytes));
  assert.throws(() => decodeTransactionLogValue(Buffer.from("0002", "hex")));
});
