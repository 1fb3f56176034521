import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { ErrorCode, KafkaError } from "../../protocol/errors.js";
import { encodeRecordBatch } from "../../protocol/records/record-batch.js";
import type { Log } from "../log.js";
import { openTestLog, tempDir } from "../test-support.js";
import { INT32_MAX, decrementSequence, incrementSequence, inSequence } from "./batch-metadata.js";
import { idempotentBatch } from "./test-support.js";

async function withLog(fn: (log: Log) => void): Promise<void> {
  const { dir, cleanup } = tempDir();
  const { log } = openTestLog(dir);
  try {
    fn(log);
  } finally {
    await log.close();
    cleanup();
  }
}

function refusedWith(code: number): (err: unknown) => boolean {
  return (err) => err instanceof KafkaError && err.code === code;
}

void describe("idempotent appends (Kafka's ProducerAppendInfo rules)", () => {
  void test("a retry of each of the last five batches appends nothing and answers the first append's offsets", async () => {
    await withLog((log) => {
      const sent = [0, 2, 4, 6, 8].map((seq) => ({ seq, info: log.append(idempotentBatch(7n, 0, seq, 2)) }));
      assert.deepEqual(sent.map((s) => s.info.firstOffset), [0n, 2n, 4n, 6n, 8n]);
      for (const { seq, info } of sent) {
        const retry = log.append(idempotentBatch(7n, 0, seq, 2));
        assert.equal(retry.duplicate, true);
        assert.equal(retry.firstOffset, info.firstOffset);
        assert.equal(retry.lastOffset, info.lastOffset);
      }
      assert.equal(log.logEndOffset, 10n, "no retry was appended");
    });
  });

  void test("only five batches are remembered: a retry of the sixth-last is out of order", async () => {
    await withLog((log) => {
      for (let seq = 0; seq < 6; seq++) log.append(idempotentBatch(7n, 0, seq));
      assert.throws(() => log.append(idempotentBatch(7n, 0, 0)), refusedWith(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER));
      assert.equal(log.append(idempotentBatch(7n, 0, 1)).duplicate, true);
    });
  });

  void test("a batch overlapping a retained one without matching its range is out of order, not a duplicate", async () => {
    await withLog((log) => {
      log.append(idempotentBatch(7n, 0, 0, 3));
      assert.throws(() => log.append(idempotentBatch(7n, 0, 1, 2)), refusedWith(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER));
    });
  });

  void test("a sequence gap is OUT_OF_ORDER_SEQUENCE_NUMBER and nothing is appended", async () => {
    await withLog((log) => {
      log.append(idempotentBatch(7n, 0, 0, 2));
      assert.throws(() => log.append(idempotentBatch(7n, 0, 3)), refusedWith(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER));
      assert.equal(log.logEndOffset, 2n);
      assert.equal(log.append(idempotentBatch(7n, 0, 2)).firstOffset, 2n, "the producer continues where it was");
    });
  });

  void test("an epoch below the known one is INVALID_PRODUCER_EPOCH", async () => {
    await withLog((log) => {
      log.append(idempotentBatch(7n, 3, 0));
      assert.throws(() => log.append(idempotentBatch(7n, 2, 1)), refusedWith(ErrorCode.INVALID_PRODUCER_EPOCH));
      assert.equal(log.logEndOffset, 1n);
    });
  });

  void test("a new epoch must restart at sequence 0 and then forgets the old epoch's batches", async () => {
    await withLog((log) => {
      log.append(idempotentBatch(7n, 0, 0));
      log.append(idempotentBatch(7n, 0, 1));
      assert.throws(() => log.append(idempotentBatch(7n, 1, 2)), refusedWith(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER));
      const bumped = log.append(idempotentBatch(7n, 1, 0));
      assert.equal(bumped.duplicate, undefined);
      assert.equal(bumped.firstOffset, 2n);
      const entry = log.producerStateManager.lastEntry(7n);
      assert.equal(entry?.producerEpoch, 1);
      assert.deepEqual(entry?.batches.map((b) => b.lastOffset), [2n]);
      assert.throws(() => log.append(idempotentBatch(7n, 0, 2)), refusedWith(ErrorCode.INVALID_PRODUCER_EPOCH));
    });
  });

  void test("an unknown producer is accepted at any sequence (KIP-360: no UNKNOWN_PRODUCER_ID)", async () => {
    await withLog((log) => {
      assert.equal(log.append(idempotentBatch(9n, 4, 1234)).firstOffset, 0n);
      assert.equal(log.producerStateManager.lastEntry(9n)?.lastSeq, 1234);
      assert.throws(() => log.append(idempotentBatch(9n, 4, 1236)), refusedWith(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER));
    });
  });

  void test("sequences wrap from Int32.MAX to 0", async () => {
    await withLog((log) => {
      log.append(idempotentBatch(7n, 0, INT32_MAX - 1, 2)); // sequences MAX-1, MAX
      assert.equal(log.producerStateManager.lastEntry(7n)?.lastSeq, INT32_MAX);
      assert.throws(() => log.append(idempotentBatch(7n, 0, INT32_MAX)), refusedWith(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER));
      log.append(idempotentBatch(7n, 0, 0, 3));
      assert.equal(log.producerStateManager.lastEntry(7n)?.lastSeq, 2);
      // A batch that itself crosses the wrap: MAX-1, MAX, 0, 1.
      log.append(idempotentBatch(8n, 0, INT32_MAX - 1, 4));
      assert.equal(log.producerStateManager.lastEntry(8n)?.lastSeq, 1);
      assert.equal(log.append(idempotentBatch(8n, 0, INT32_MAX - 1, 4)).duplicate, true);
      assert.equal(log.append(idempotentBatch(8n, 0, 2)).firstOffset, 9n);
    });
  });

  void test("sequence arithmetic: increment, decrement and inSequence wrap at Int32.MAX", () => {
    assert.equal(incrementSequence(5, 3), 8);
    assert.equal(incrementSequence(INT32_MAX, 1), 0);
    assert.equal(incrementSequence(INT32_MAX - 1, 3), 1);
    assert.equal(decrementSequence(1, 3), INT32_MAX - 1);
    assert.equal(decrementSequence(8, 3), 5);
    assert.ok(inSequence(INT32_MAX, 0));
    assert.ok(inSequence(-1, 0));
    assert.ok(!inSequence(INT32_MAX, 1));
  });

  void test("producers are independent, and batches without a producer id are not checked", async () => {
    await withLog((log) => {
      log.append(idempotentBatch(1n, 0, 0));
      log.append(idempotentBatch(2n, 0, 0));
      log.append(encodeRecordBatch({ records: [{ value: Buffer.from("plain"), timestamp: 1n }] }));
      log.append(idempotentBatch(1n, 0, 1));
      assert.deepEqual([...log.producerStateManager.activeProducers.keys()].sort(), [1n, 2n]);
      assert.equal(log.producerStateManager.lastEntry(1n)?.lastSeq, 1);
    });
  });

  // TEMPORARY (transaction coordinator branch): transactional batches are accepted unverified
  // until storage checks them against the coordinator (KIP-890).
  void test("a client's transactional batch opens a transaction in the partition", async () => {
    await withLog((log) => {
      const batch = encodeRecordBatch({ producerId: 5n, producerEpoch: 0, baseSequence: 0, isTransactional: true, records: [{ value: Buffer.from("x"), timestamp: 1n }] });
      log.append(batch);
      assert.equal(log.producerStateManager.lastEntry(5n)?.currentTxnFirstOffset, 0n);
    });
  });

  void test("producers idle for producer.id.expiration.ms are forgotten", async () => {
    const { dir, cleanup } = tempDir();
    const { log } = openTestLog(dir, {}, { producerState: { producerIdExpirationMs: 1000 } });
    try {
      log.append(idempotentBatch(1n, 0, 0, 1, 10_000n));
      log.append(idempotentBatch(2n, 0, 0, 1, 10_500n));
      assert.equal(log.removeExpiredProducers(11_000), 1);
      assert.deepEqual([...log.producerStateManager.activeProducers.keys()], [2n]);
      // Forgotten: its next batch is accepted at any sequence.
      assert.equal(log.append(idempotentBatch(1n, 0, 40)).duplicate, undefined);
    } finally {
      await log.close();
      cleanup();
    }
  });
});
