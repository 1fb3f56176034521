// KafkaJS's transactional producer against the transaction coordinator: committed and
// aborted transactions leave their records followed by a COMMIT/ABORT control batch (read
// with a raw Fetch), sendOffsets commits group offsets only on commit, and a second producer
// with the same transactional.id fences the first.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import kafkajs, { type Admin, type Kafka as KafkaClient, type Producer } from "kafkajs";
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import { makeDescribeTransactionsRequest } from "../../src/protocol/generated/describe-transactions-request.js";
import { makeListTransactionsRequest } from "../../src/protocol/generated/list-transactions-request.js";
import { RawClient } from "../support/raw-client.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";
import { partitionBatches } from "../support/txn-batches.js";

const { Kafka, logLevel } = kafkajs;

let server: TestBroker;
let kafka: KafkaClient;
let raw: RawClient;
let admin: Admin;
const producers: Producer[] = [];

before(async () => {
  server = await startTestBroker({ "transaction.state.log.num.partitions": "3", "offsets.topic.num.partitions": "3", "group.initial.rebalance.delay.ms": "0" });
  kafka = new Kafka({ clientId: "carebus-txn-e2e", brokers: [server.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 3, initialRetryTime: 50 } });
  raw = await RawClient.connect(server.port);
  admin = kafka.admin();
  await admin.connect();
});

after(async () => {
  for (const p of producers) await p.disconnect().catch(() => {});
  await admin.disconnect();
  await raw.close();
  await server.stop();
});

async function transactionalProducer(transactionalId: string): Promise<Producer> {
  const producer = kafka.producer({ transactionalId, idempotent: true, maxInFlightRequests: 1 });
  producers.push(producer);
  await producer.connect();
  return producer;
}

function topic(name: string, partitions = 1): ReturnType<TestBroker["broker"]["createTopic"]> {
  return server.broker.createTopic(name, partitions, {});
}

void describe("KafkaJS transactions", () => {
  void test("a committed transaction: its records, then a COMMIT marker", async () => {
    const info = topic("adt.txn.commit");
    const producer = await transactionalProducer("tx-commit");
    const txn = await producer.transaction();
    await txn.send({ topic: info.name, messages: [{ value: "a1" }, { value: "a2" }] });
    await txn.send({ topic: info.name, messages: [{ value: "a3" }] });
    await txn.commit();
    const batches = await partitionBatches(raw, info, 0);
    assert.deepEqual(batches.flatMap((b) => b.values), ["a1", "a2", "a3"]);
    assert.ok(batches.slice(0, -1).every((b) => b.transactional && b.marker === undefined));
    const last = batches.at(-1);
    assert.equal(last?.marker, "COMMIT");
    assert.equal(last?.transactional, true);
    assert.equal(last?.producerId, batches[0]?.producerId);

    const described = await raw.request(ApiKeys.DescribeTransactions, 0, makeDescribeTransactionsRequest({ transactionalIds: ["tx-commit", "tx-unknown"] }));
    assert.equal(described.transactionStates[0]?.transactionState, "CompleteCommit");
    assert.equal(described.transactionStates[0]?.producerId, last?.producerId);
    assert.equal(described.transactionStates[1]?.errorCode, 105); // TRANSACTIONAL_ID_NOT_FOUND
    const listed = await raw.request(ApiKeys.ListTransactions, 1, makeListTransactionsRequest({ stateFilters: ["CompleteCommit", "Bogus"] }));
    assert.ok(listed.transactionStates.some((t) => t.transactionalId === "tx-commit"));
    assert.deepEqual(listed.unknownStateFilters, ["Bogus"]);
  });

  void test("an aborted transaction: its records, then an ABORT marker", async () => {
    const info = topic("adt.txn.abort");
    const producer = await transactionalProducer("tx-abort");
    const txn = await producer.transaction();
    await txn.send({ topic: info.name, messages: [{ value: "never" }] });
    await txn.abort();
    const batches = await partitionBatches(raw, info, 0);
    assert.deepEqual(batches.map((b) => b.marker ?? b.values.join()), ["never", "ABORT"]);
  });

  void test("consume-transform-produce: sendOffsets commits the group's offsets only on commit", async () => {
    const input = topic("labs.txn.in");
    const output = topic("labs.txn.out");
    const group = "g-txn-ctp";
    const producer = await transactionalProducer("tx-ctp");
    const offsetOf = async (): Promise<string | undefined> =>
      (await admin.fetchOffsets({ groupId: group, topics: [input.name] }))[0]?.partitions.find((p) => p.partition === 0)?.offset;

    const aborted = await producer.transaction();
    await aborted.send({ topic: output.name, messages: [{ value: "lab-0" }] });
    await aborted.sendOffsets({ consumerGroupId: group, topics: [{ topic: input.name, partitions: [{ partition: 0, offset: "3" }] }] });
    await aborted.abort();
    assert.equal(await offsetOf(), "-1", "aborted offsets are dropped");

    const txn = await producer.transaction();
    await txn.send({ topic: output.name, messages: [{ value: "lab-1" }] });
    await txn.sendOffsets({ consumerGroupId: group, topics: [{ topic: input.name, partitions: [{ partition: 0, offset: "5" }] }] });
    assert.equal(await offsetOf(), "-1", "offsets are invisible before the commit");
    await txn.commit();
    assert.equal(await offsetOf(), "5");
    // The group's __consumer_offsets partition got the markers too.
    const offsetsPartition = server.broker.groupCoordinator.partitionFor(group);
    const offsetsTopic = server.broker.topics.get("__consumer_offsets");
    assert.ok(offsetsTopic !== undefined);
    const markers = (await partitionBatches(raw, offsetsTopic, offsetsPartition)).filter((b) => b.marker !== undefined).map((b) => b.marker);
    assert.deepEqual(markers, ["ABORT", "COMMIT"]);
  });

  void test("a second producer with the same transactional.id fences the first", async () => {
    const info = topic("adt.txn.fence");
    const first = await transactionalProducer("tx-fence");
    const txn = await first.transaction();
    await txn.send({ topic: info.name, messages: [{ value: "zombie" }] });
    const second = await transactionalProducer("tx-fence");
    // KafkaJS sends InitProducerId with the transactional id when the first transaction begins.
    const next = await second.transaction();
    await assert.rejects(txn.commit(), (err: Error & { type?: string }) => {
      assert.ok(["PRODUCER_FENCED", "INVALID_PRODUCER_EPOCH"].includes(err.type ?? ""), `${err.name}: ${err.type} ${err.message}`);
      return true;
    });
    // The zombie's transaction was aborted by the fencing; the new producer commits its own.
    await next.send({ topic: info.name, messages: [{ value: "fresh" }] });
    await next.commit();
    const batches = await partitionBatches(raw, info, 0);
    assert.deepEqual(batches.map((b) => b.marker ?? b.values.join()), ["zombie", "ABORT", "fresh", "COMMIT"]);
    assert.ok((batches[1]?.producerEpoch ?? -1) > (batches[0]?.producerEpoch ?? 0), "the abort marker carries the bumped epoch");
  });
});
