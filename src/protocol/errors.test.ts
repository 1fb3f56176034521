import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { ERROR_TABLE, ErrorCode, errorByCode, KafkaError } from "./errors.js";

void describe("Kafka error table", () => {
  void test("codes and names match Kafka's Errors.java", () => {
    const expected: [number, string, boolean][] = [
      [-1, "UNKNOWN_SERVER_ERROR", false],
      [0, "NONE", false],
      [1, "OFFSET_OUT_OF_RANGE", false],
      [2, "CORRUPT_MESSAGE", true],
      [3, "UNKNOWN_TOPIC_OR_PARTITION", true],
      [6, "NOT_LEADER_OR_FOLLOWER", true],
      [7, "REQUEST_TIMED_OUT", true],
      [10, "MESSAGE_TOO_LARGE", false],
      [15, "COORDINATOR_NOT_AVAILABLE", true],
      [16, "NOT_COORDINATOR", true],
      [19, "NOT_ENOUGH_REPLICAS", true],
      [25, "UNKNOWN_MEMBER_ID", false],
      [27, "REBALANCE_IN_PROGRESS", false],
      [35, "UNSUPPORTED_VERSION", false],
      [43, "UNSUPPORTED_FOR_MESSAGE_FORMAT", false],
      [45, "OUT_OF_ORDER_SEQUENCE_NUMBER", false],
      [47, "INVALID_PRODUCER_EPOCH", false],
      [51, "CONCURRENT_TRANSACTIONS", true],
      [76, "UNSUPPORTED_COMPRESSION_TYPE", false],
      [87, "INVALID_RECORD", false],
      [89, "THROTTLING_QUOTA_EXCEEDED", true],
      [100, "UNKNOWN_TOPIC_ID", true],
      [128, "INVALID_REGULAR_EXPRESSION", false],
    ];
    for (const [code, name, retriable] of expected) {
      const info = errorByCode(code);
      assert.ok(info, `code ${code}`);
      assert.equal(info.name, name);
      assert.equal(info.retriable, retriable, `${name} retriable`);
      assert.equal((ErrorCode as Record<string, number>)[name], code);
    }
  });

  void test("covers every code from -1 to the highest, each once, names unique", () => {
    const codes = ERROR_TABLE.map((e) => e.code);
    assert.equal(new Set(codes).size, codes.length);
    assert.equal(new Set(ERROR_TABLE.map((e) => e.name)).size, ERROR_TABLE.length);
    const max = Math.max(...codes);
    assert.equal(max, 128);
    for (let code = -1; code <= max; code++) assert.ok(errorByCode(code), `missing code ${code}`);
  });

  void test("messages are Kafka's default texts", () => {
    assert.equal(
      errorByCode(ErrorCode.CORRUPT_MESSAGE)?.message,
      "This message has failed its CRC checksum, exceeds the valid size, has a null key for a compacted topic, or is otherwise corrupt.",
    );
    assert.equal(errorByCode(ErrorCode.UNSUPPORTED_VERSION)?.message, "The version of API is not supported.");
    assert.equal(errorByCode(ErrorCode.NONE)?.message, "");
  });

  void test("ErrorCode is a typed constant object", () => {
    const corrupt: 2 = ErrorCode.CORRUPT_MESSAGE;
    assert.equal(corrupt, 2);
    assert.equal(ErrorCode.NONE, 0);
    assert.ok(Object.isFrozen(ErrorCode));
  });

  void test("unknown codes have no row", () => {
    assert.equal(errorByCode(129), undefined);
    assert.equal(errorByCode(-2), undefined);
  });
});

void describe("KafkaError", () => {
  void test("carries code, name, retriable flag, default message and cause", () => {
    const cause = new Error("crc mismatch");
    const err = new KafkaError(ErrorCode.CORRUPT_MESSAGE, undefined, { cause });
    assert.ok(err instanceof Error);
    assert.equal(err.code, 2);
    assert.equal(err.errorName, "CORRUPT_MESSAGE");
    assert.equal(err.retriable, true);
    assert.match(err.message, /failed its CRC checksum/);
    assert.equal(err.cause, cause);
    assert.equal(err.name, "KafkaError");
  });

  void test("takes a specific message", () => {
    const err = new KafkaError(ErrorCode.INVALID_RECORD, "record 3 has a null key");
    assert.equal(err.message, "record 3 has a null key");
    assert.equal(err.retriable, false);
  });

  void test("an undefined code still makes a usable error", () => {
    const err = new KafkaError(999);
    assert.equal(err.code, 999);
    assert.equal(err.retriable, false);
    assert.match(err.message, /999/);
  });
});
