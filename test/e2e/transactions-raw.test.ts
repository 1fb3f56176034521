// The transaction APIs at the wire: a broker stopped while a transaction is in PrepareCommit
// (forced with the coordinator's test hook) completes it when it starts again; a late
// EndTxn v5 of transaction 1 cannot commit transaction 2 (KIP-890 epoch bump) while a late
// v4 one still can (Kafka's classic semantics, the documented limit); OffsetFetch with
// require_stable answers UNSTABLE_OFFSET_COMMIT while a TxnOffsetCommit is pending (KIP-447).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ErrorCode } from "../../src/protocol/errors.js";
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import { makeAddOffsetsToTxnRequest } from "../../src/protocol/generated/add-offsets-to-txn-request.js";
import { makeAddPartitionsToTxnRequest } from "../../src/protocol/generated/add-partitions-to-txn-request.js";
import { makeDescribeTransactionsRequest } from "../../src/protocol/generated/describe-transactions-request.js";
import { makeEndTxnRequest } from "../../src/protocol/generated/end-txn-request.js";
import { makeInitProducerIdRequest } from "../../src/protocol/generated/init-producer-id-request.js";
import { makeOffsetFetchRequest } from "../../src/protocol/generated/offset-fetch-request.js";
import { makeTxnOffsetCommitRequest } from "../../src/protocol/generated/txn-offset-commit-request.js";
import { batchOf, produce } from "../support/data-path.js";
import { RawClient } from "../support/raw-client.js";
import { startTestBroker } from "../support/test-broker.js";
import { partitionBatches } from "../support/txn-batches.js";

const TOPIC = "adt.txn.raw";
const OVERRIDES = { "transaction.state.log.num.partitions": "2" };

async function begin(raw: RawClient, transactionalId: string, version = 3): Promise<{ producerId: bigint; producerEpoch: number }> {
  const init = await raw.request(ApiKeys.InitProducerId, 4, makeInitProducerIdRequest({ transactionalId, transactionTimeoutMs: 60_000 }));
  assert.equal(init.errorCode, ErrorCode.NONE);
  await addPartition(raw, transactionalId, init.producerId, init.producerEpoch, version);
  return init;
}

async function addPartition(raw: RawClient, transactionalId: string, producerId: bigint, producerEpoch: number, version = 3): Promise<void> {
  const added = await raw.request(
    ApiKeys.AddPartitionsToTxn,
    version,
    makeAddPartitionsToTxnRequest({
      v3AndBelowTransactionalId: transactionalId,
      v3AndBelowProducerId: producerId,
      v3AndBelowProducerEpoch: producerEpoch,
      v3AndBelowTopics: [{ name: TOPIC, partitions: [0] }],
    }),
  );
  assert.equal(added.resultsByTopicV3AndBelow[0]?.resultsByPartition[0]?.partitionErrorCode, ErrorCode.NONE);
}

function endTxn(raw: RawClient, version: number, transactionalId: string, producerId: bigint, producerEpoch: number, committed: boolean) {
  return raw.request(ApiKeys.EndTxn, version, makeEndTxnRequest({ transactionalId, producerId, producerEpoch, committed }));
}

test("a transaction left in PrepareCommit by a stopped broker is committed at the next start", async () => {
  const logDir = mkdtempSync(join(tmpdir(), "carebus-txn-restart-"));
  try {
    let server = await startTestBroker(OVERRIDES, { logDir });
    let raw = await RawClient.connect(server.port);
    server.broker.createTopic(TOPIC, 1, {});
    const { producerId, producerEpoch } = await begin(raw, "tx-restart");
    const [written] = await produce(raw, TOPIC, [{ partition: 0, records: batchOf(["admit", "transfer"], { producerId, producerEpoch, baseSequence: 0, isTransactional: true }) }]);
    assert.equal(written?.errorCode, ErrorCode.NONE);
    server.broker.transactionCoordinator.haltAfterPrepareForTesting = true;
    const ended = await endTxn(raw, 3, "tx-restart", producerId, producerEpoch, true);
    assert.equal(ended.errorCode, ErrorCode.COORDINATOR_NOT_AVAILABLE);
    assert.equal(server.broker.transactionCoordinator.transaction("tx-restart")?.state, "PrepareCommit");
    assert.deepEqual((await partitionBatches(raw, server.broker.topics.get(TOPIC)!, 0)).map((b) => b.marker ?? "data"), ["data"]);
    await raw.close();
    await server.stop();

    server = await startTestBroker(OVERRIDES, { logDir });
    raw = await RawClient.connect(server.port);
    try {
      const batches = await partitionBatches(raw, server.broker.topics.get(TOPIC)!, 0);
      assert.deepEqual(batches.map((b) => b.marker ?? b.values.join("|")), ["admit|transfer", "COMMIT"]);
      const described = await raw.request(ApiKeys.DescribeTransactions, 0, makeDescribeTransactionsRequest({ transactionalIds: ["tx-restart"] }));
      assert.equal(described.transactionStates[0]?.transactionState, "CompleteCommit");
      assert.equal(described.transactionStates[0]?.producerId, producerId);
      // The client's retry of its EndTxn is answered as done.
      assert.equal((await endTxn(raw, 3, "tx-restart", producerId, producerEpoch, true)).errorCode, ErrorCode.NONE);
    } finally {
      await raw.close();
      await server.stop();
    }
  } finally {
    rmSync(logDir, { recursive: true, force: true });
  }
});

test("EndTxn v5 bumps the epoch; a late EndTxn(commit) of transaction 1 does not commit transaction 2", async () => {
  const server = await startTestBroker(OVERRIDES);
  const raw = await RawClient.connect(server.port);
  try {
    server.broker.createTopic(TOPIC, 1, {});
    const { producerId, producerEpoch } = await begin(raw, "tx-late", 3);
    const first = await endTxn(raw, 5, "tx-late", producerId, producerEpoch, true);
    assert.equal(first.errorCode, ErrorCode.NONE);
    assert.equal(first.producerEpoch, producerEpoch + 1);
    await addPartition(raw, "tx-late", producerId, first.producerEpoch);
    const late = await endTxn(raw, 5, "tx-late", producerId, producerEpoch, true);
    assert.equal(late.errorCode, ErrorCode.PRODUCER_FENCED);
    assert.equal(server.broker.transactionCoordinator.transaction("tx-late")?.state, "Ongoing");
    // Before v2 the same refusal is INVALID_PRODUCER_EPOCH (KIP-588).
    assert.equal((await endTxn(raw, 1, "tx-late", producerId, producerEpoch, true)).errorCode, ErrorCode.INVALID_PRODUCER_EPOCH);
    const markers = (await partitionBatches(raw, server.broker.topics.get(TOPIC)!, 0)).map((b) => [b.marker, b.producerEpoch]);
    assert.deepEqual(markers, [["COMMIT", producerEpoch + 1]]);
  } finally {
    await raw.close();
    await server.stop();
  }
});

test("EndTxn v4 and older: a late EndTxn(commit) of transaction 1 ends transaction 2 (Kafka's classic semantics)", async () => {
  // Documents the limit in docs/architecture.md: without KIP-890's per-transaction epoch the
  // request carries nothing that tells transaction 1's EndTxn from transaction 2's.
  const server = await startTestBroker(OVERRIDES);
  const raw = await RawClient.connect(server.port);
  try {
    server.broker.createTopic(TOPIC, 1, {});
    const { producerId, producerEpoch } = await begin(raw, "tx-late-v4", 3);
    assert.equal((await endTxn(raw, 4, "tx-late-v4", producerId, producerEpoch, true)).errorCode, ErrorCode.NONE);
    await addPartition(raw, "tx-late-v4", producerId, producerEpoch); // transaction 2, same epoch
    const late = await endTxn(raw, 4, "tx-late-v4", producerId, producerEpoch, true);
    assert.equal(late.errorCode, ErrorCode.NONE);
    assert.equal(server.broker.transactionCoordinator.transaction("tx-late-v4")?.state, "CompleteCommit");
    const markers = (await partitionBatches(raw, server.broker.topics.get(TOPIC)!, 0)).map((b) => [b.marker, b.producerEpoch]);
    assert.deepEqual(markers, [["COMMIT", producerEpoch], ["COMMIT", producerEpoch]]);
  } finally {
    await raw.close();
    await server.stop();
  }
});

test("OffsetFetch require_stable (v7+): UNSTABLE_OFFSET_COMMIT while a TxnOffsetCommit is pending, the offset after the commit", async () => {
  const server = await startTestBroker({ ...OVERRIDES, "offsets.topic.num.partitions": "2" });
  const raw = await RawClient.connect(server.port);
  const group = "g-stable";
  try {
    server.broker.createTopic(TOPIC, 2, {});
    const init = await raw.request(ApiKeys.InitProducerId, 4, makeInitProducerIdRequest({ transactionalId: "tx-stable", transactionTimeoutMs: 60_000 }));
    const { producerId, producerEpoch } = init;
    const addOffsets = await raw.request(ApiKeys.AddOffsetsToTxn, 3, makeAddOffsetsToTxnRequest({ transactionalId: "tx-stable", producerId, producerEpoch, groupId: group }));
    assert.equal(addOffsets.errorCode, ErrorCode.NONE);
    const committed = await raw.request(
      ApiKeys.TxnOffsetCommit,
      3,
      makeTxnOffsetCommitRequest({
        transactionalId: "tx-stable",
        groupId: group,
        producerId,
        producerEpoch,
        generationId: -1,
        memberId: "",
        topics: [{ name: TOPIC, partitions: [{ partitionIndex: 0, committedOffset: 42n, committedLeaderEpoch: -1, committedMetadata: "" }] }],
      }),
    );
    assert.equal(committed.topics[0]?.partitions[0]?.errorCode, ErrorCode.NONE);

    const v7 = async (requireStable: boolean) =>
      (await raw.request(ApiKeys.OffsetFetch, 7, makeOffsetFetchRequest({ groupId: group, topics: [{ name: TOPIC, partitionIndexes: [0, 1] }], requireStable }))).topics[0]?.partitions.map(
        (p) => [p.partitionIndex, p.committedOffset, p.errorCode],
      );
    const v8 = async () =>
      (await raw.request(ApiKeys.OffsetFetch, 8, makeOffsetFetchRequest({ groups: [{ groupId: group, memberId: null, memberEpoch: -1, topics: [{ name: TOPIC, partitionIndexes: [0] }] }], requireStable: true })))
        .groups[0]?.topics[0]?.partitions.map((p) => [p.committedOffset, p.errorCode]);
    assert.deepEqual(await v7(true), [[0, -1n, ErrorCode.UNSTABLE_OFFSET_COMMIT], [1, -1n, ErrorCode.NONE]]);
    assert.deepEqual(await v8(), [[-1n, ErrorCode.UNSTABLE_OFFSET_COMMIT]]);
    assert.deepEqual(await v7(false), [[0, -1n, ErrorCode.NONE], [1, -1n, ErrorCode.NONE]], "without require_stable the pending offset is just not visible");

    assert.equal((await endTxn(raw, 3, "tx-stable", producerId, producerEpoch, true)).errorCode, ErrorCode.NONE);
    assert.deepEqual(await v7(true), [[0, 42n, ErrorCode.NONE], [1, -1n, ErrorCode.NONE]]);
    assert.deepEqual(await v8(), [[42n, ErrorCode.NONE]]);
  } finally {
    await raw.close();
    await server.stop();
  }
});
