import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { ErrorCode } from "../../protocol/errors.js";
import { ManualClock } from "../../storage/clock.js";
import { rootLogger } from "../../util/logger.js";
import { MemoryCoordinatorStorage, partitionForGroup } from "../group/coordinator-storage.js";
import type { TopicPartition } from "../group/offset-store.js";
import { decodeTransactionLogKey, decodeTransactionLogValue } from "./records/transaction-log-record.js";
import { TransactionCoordinator, type TransactionMarker, type TransactionMarkerWriter } from "./transaction-coordinator.js";

class RecordingMarkers implements TransactionMarkerWriter {
  readonly written: { partitions: TopicPartition[]; marker: TransactionMarker }[] = [];
  writeMarkers(partitions: readonly TopicPartition[], marker: TransactionMarker): Promise<void> {
    this.written.push({ partitions: [...partitions], marker });
    return Promise.resolve();
  }
}

interface Harness {
  clock: ManualClock;
  storage: MemoryCoordinatorStorage;
  markers: RecordingMarkers;
  completed: { producerId: bigint; committed: boolean }[];
  txn: TransactionCoordinator;
}

async function harness(storage = new MemoryCoordinatorStorage(5), clock = new ManualClock()): Promise<Harness> {
  const markers = new RecordingMarkers();
  const completed: Harness["completed"] = [];
  let nextId = 1000n;
  const txn = new TransactionCoordinator({
    storage,
    markers,
    offsets: {
      completeTransaction: (producerId, committed) => {
        completed.push({ producerId, committed });
        return Promise.resolve();
      },
    },
    generateProducerId: () => nextId++,
    clock,
    log: rootLogger.child({ component: "test" }, { level: "silent" }),
    config: { maxTimeoutMs: 60_000, transactionalIdExpirationMs: 3_600_000, abortTimedOutIntervalMs: 1e9, removeExpiredIntervalMs: 1e9 },
  });
  await txn.start();
  return { clock, storage, markers, completed, txn };
}

const A0 = { topic: "adt", partition: 0 };
const A1 = { topic: "adt", partition: 1 };

/** The last persisted value of a transactional id. */
function persisted(h: Harness, id: string): ReturnType<typeof decodeTransactionLogValue> | null | undefined {
  const records = h.storage.partitions[partitionForGroup(id, 5)] ?? [];
  let last: ReturnType<typeof decodeTransactionLogValue> | null | undefined;
  for (const r of records) if (decodeTransactionLogKey(r.key) === id) last = r.value === null ? null : decodeTransactionLogValue(r.value);
  return last;
}

void describe("TransactionCoordinator", () => {
  void test("InitProducerId gives a new id at epoch 0, then bumps the epoch", async () => {
    const h = await harness();
    assert.deepEqual(await h.txn.initProducerId("t1", 10_000), { errorCode: 0, producerId: 1000n, producerEpoch: 0 });
    assert.equal(persisted(h, "t1")?.state, "Empty");
    assert.deepEqual(await h.txn.initProducerId("t1", 10_000), { errorCode: 0, producerId: 1000n, producerEpoch: 1 });
    assert.equal(persisted(h, "t1")?.producerEpoch, 1);
    assert.equal((await h.txn.initProducerId("t1", 0)).errorCode, ErrorCode.INVALID_TRANSACTION_TIMEOUT);
    assert.equal((await h.txn.initProducerId("t1", 60_001)).errorCode, ErrorCode.INVALID_TRANSACTION_TIMEOUT);
  });

  void test("add partitions, commit: PrepareCommit persisted, markers written, CompleteCommit", async () => {
    const h = await harness();
    const { producerId } = await h.txn.initProducerId("t1", 10_000);
    assert.equal(await h.txn.addPartitions("t1", producerId, 0, [A0, A1]), ErrorCode.NONE);
    assert.equal(persisted(h, "t1")?.state, "Ongoing");
    assert.deepEqual(persisted(h, "t1")?.partitions, [{ topic: "adt", partitions: [0, 1] }]);
    const r = await h.txn.endTransaction("t1", producerId, 0, true, false);
    assert.deepEqual(r, { errorCode: 0, producerId, producerEpoch: 0 });
    assert.deepEqual(h.markers.written, [{ partitions: [A0, A1], marker: { type: "COMMIT", producerId, producerEpoch: 0, coordinatorEpoch: 0 } }]);
    assert.deepEqual(h.completed, [{ producerId, committed: true }]);
    const states = (h.storage.partitions[partitionForGroup("t1", 5)] ?? []).map((x) => (x.value === null ? null : decodeTransactionLogValue(x.value).state));
    assert.deepEqual(states, ["Empty", "Ongoing", "PrepareCommit", "CompleteCommit"]);
    // A classic retry of the same EndTxn is answered NONE; an abort now is INVALID_TXN_STATE.
    assert.equal((await h.txn.endTransaction("t1", producerId, 0, true, false)).errorCode, ErrorCode.NONE);
    assert.equal((await h.txn.endTransaction("t1", producerId, 0, false, false)).errorCode, ErrorCode.INVALID_TXN_STATE);
    assert.equal(h.markers.written.length, 1);
  });

  void test("abort writes ABORT markers; EndTxn without a transaction is INVALID_TXN_STATE", async () => {
    const h = await harness();
    const { producerId } = await h.txn.initProducerId("t1", 10_000);
    assert.equal((await h.txn.endTransaction("t1", producerId, 0, true, false)).errorCode, ErrorCode.INVALID_TXN_STATE);
    await h.txn.addPartitions("t1", producerId, 0, [A0]);
    assert.equal((await h.txn.endTransaction("t1", producerId, 0, false, false)).errorCode, ErrorCode.NONE);
    assert.equal(h.markers.written[0]?.marker.type, "ABORT");
    assert.deepEqual(h.completed, [{ producerId, committed: false }]);
    assert.equal(h.txn.transaction("t1")?.state, "CompleteAbort");
  });

  void test("unknown ids and wrong producer ids are INVALID_PRODUCER_ID_MAPPING", async () => {
    const h = await harness();
    assert.equal(await h.txn.addPartitions("nope", 1n, 0, [A0]), ErrorCode.INVALID_PRODUCER_ID_MAPPING);
    const { producerId } = await h.txn.initProducerId("t1", 10_000);
    assert.equal(await h.txn.addPartitions("t1", producerId + 1n, 0, [A0]), ErrorCode.INVALID_PRODUCER_ID_MAPPING);
    assert.equal((await h.txn.endTransaction("t1", producerId + 1n, 0, true, false)).errorCode, ErrorCode.INVALID_PRODUCER_ID_MAPPING);
  });

  void test("a second InitProducerId fences the first producer and aborts its transaction with the new epoch", async () => {
    const h = await harness();
    const first = await h.txn.initProducerId("t1", 10_000);
    await h.txn.addPartitions("t1", first.producerId, 0, [A0]);
    const second = await h.txn.initProducerId("t1", 10_000);
    assert.equal(second.errorCode, ErrorCode.NONE);
    assert.ok(second.producerEpoch > first.producerEpoch);
    // The ongoing transaction was aborted under a bumped epoch, which fences the zombie at the partitions.
    assert.equal(h.markers.written.length, 1);
    assert.equal(h.markers.written[0]?.marker.type, "ABORT");
    assert.ok((h.markers.written[0]?.marker.producerEpoch ?? 0) > first.producerEpoch);
    assert.equal(await h.txn.addPartitions("t1", first.producerId, first.producerEpoch, [A1]), ErrorCode.PRODUCER_FENCED);
    assert.equal((await h.txn.endTransaction("t1", first.producerId, first.producerEpoch, true, false)).errorCode, ErrorCode.PRODUCER_FENCED);
    assert.equal(h.txn.checkProducer("t1", first.producerId, first.producerEpoch), ErrorCode.PRODUCER_FENCED);
    // KIP-360: an InitProducerId carrying an epoch older than the last one is fenced.
    assert.equal((await h.txn.initProducerId("t1", 10_000, { producerId: first.producerId, producerEpoch: first.producerEpoch })).errorCode, ErrorCode.PRODUCER_FENCED);
  });

  void test("a transaction past its timeout is aborted with a bumped epoch; the zombie is fenced", async () => {
    const h = await harness();
    const { producerId } = await h.txn.initProducerId("t1", 5_000);
    await h.txn.addPartitions("t1", producerId, 0, [A0]);
    h.clock.advance(4_000);
    assert.equal(await h.txn.abortTimedOutTransactions(), 0);
    h.clock.advance(1_000);
    assert.equal(await h.txn.abortTimedOutTransactions(), 1);
    assert.equal(h.txn.transaction("t1")?.state, "CompleteAbort");
    assert.equal(h.txn.transaction("t1")?.producerEpoch, 1);
    assert.deepEqual(h.markers.written.map((w) => [w.marker.type, w.marker.producerEpoch]), [["ABORT", 1]]);
    assert.equal((await h.txn.endTransaction("t1", producerId, 0, true, false)).errorCode, ErrorCode.PRODUCER_FENCED);
  });

  void test("late EndTxn (KIP-890, v5+): a delayed commit of transaction 1 does not complete transaction 2", async () => {
    const h = await harness();
    const { producerId } = await h.txn.initProducerId("t1", 10_000);
    await h.txn.addPartitions("t1", producerId, 0, [A0]);
    const end1 = await h.txn.endTransaction("t1", producerId, 0, true, true);
    assert.deepEqual(end1, { errorCode: 0, producerId, producerEpoch: 1 });
    assert.equal(h.markers.written[0]?.marker.producerEpoch, 1);
    // Transaction 2 under the new epoch.
    assert.equal(await h.txn.addPartitions("t1", producerId, 1, [A1]), ErrorCode.NONE);
    // The delayed duplicate of transaction 1's EndTxn(commit) arrives now.
    const late = await h.txn.endTransaction("t1", producerId, 0, true, true);
    assert.notEqual(late.errorCode, ErrorCode.NONE);
    assert.equal(h.txn.transaction("t1")?.state, "Ongoing");
    assert.equal(h.markers.written.length, 1);
    // Transaction 2 then ends as its producer decides (abort here), with the epoch bumped again.
    assert.deepEqual(await h.txn.endTransaction("t1", producerId, 1, false, true), { errorCode: 0, producerId, producerEpoch: 2 });
    assert.deepEqual(h.markers.written.map((w) => w.marker.type), ["COMMIT", "ABORT"]);
  });

  void test("a retried v5 EndTxn after completion is answered with the current epoch", async () => {
    const h = await harness();
    const { producerId } = await h.txn.initProducerId("t1", 10_000);
    await h.txn.addPartitions("t1", producerId, 0, [A0]);
    await h.txn.endTransaction("t1", producerId, 0, true, true);
    assert.deepEqual(await h.txn.endTransaction("t1", producerId, 0, true, true), { errorCode: 0, producerId, producerEpoch: 1 });
    assert.equal(h.markers.written.length, 1);
  });

  void test("state is replayed at start; a transaction left in PrepareCommit is completed", async () => {
    const storage = new MemoryCoordinatorStorage(5);
    const h = await harness(storage);
    const { producerId } = await h.txn.initProducerId("t1", 10_000);
    await h.txn.addPartitions("t1", producerId, 0, [A0, A1]);
    h.txn.haltAfterPrepareForTesting = true;
    assert.equal((await h.txn.endTransaction("t1", producerId, 0, true, false)).errorCode, ErrorCode.COORDINATOR_NOT_AVAILABLE);
    assert.equal(persisted(h, "t1")?.state, "PrepareCommit");
    assert.equal(h.markers.written.length, 0);
    h.txn.close();

    const restarted = await harness(storage);
    assert.deepEqual(restarted.markers.written, [{ partitions: [A0, A1], marker: { type: "COMMIT", producerId, producerEpoch: 0, coordinatorEpoch: 0 } }]);
    assert.equal(restarted.txn.transaction("t1")?.state, "CompleteCommit");
    assert.equal(persisted(restarted, "t1")?.state, "CompleteCommit");
    // The producer carries on with its id after the restart.
    assert.deepEqual(await restarted.txn.initProducerId("t1", 10_000), { errorCode: 0, producerId, producerEpoch: 1 });
  });

  void test("idle transactional ids expire with a tombstone", async () => {
    const h = await harness();
    await h.txn.initProducerId("t1", 10_000);
    h.clock.advance(3_600_000);
    assert.equal(await h.txn.removeExpiredTransactionalIds(), 1);
    assert.equal(h.txn.transaction("t1"), undefined);
    assert.equal(persisted(h, "t1"), null);
  });

  void test("verifyOnly reports partitions outside the ongoing transaction", async () => {
    const h = await harness();
    const { producerId } = await h.txn.initProducerId("t1", 10_000);
    await h.txn.addPartitions("t1", producerId, 0, [A0]);
    assert.deepEqual(h.txn.verifyPartitions("t1", producerId, 0, [A0, A1], ErrorCode.INVALID_TXN_STATE), [ErrorCode.NONE, ErrorCode.INVALID_TXN_STATE]);
  });
});
