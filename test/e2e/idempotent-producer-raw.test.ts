// Idempotent producing on the wire with the raw client: InitProducerId at every version,
// retries answered with the first append's offsets, sequence gaps, a response lost on
// the way back, DescribeProducers, and producer state across a broker restart.
import { after, afterEach, before, beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Broker } from "../../src/broker/broker.js";
import { loadBrokerConfig } from "../../src/config/broker-config.js";
import { ErrorCode } from "../../src/protocol/errors.js";
import { encodeRequestFrame, decodeResponseFrame } from "../../src/protocol/frames.js";
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import { makeDescribeProducersRequest } from "../../src/protocol/generated/describe-producers-request.js";
import { makeInitProducerIdRequest } from "../../src/protocol/generated/init-producer-id-request.js";
import { makeProduceRequest } from "../../src/protocol/generated/produce-request.js";
import { RawClient } from "../support/raw-client.js";
import { batchOf, decodeRecords, fetch, onlyPartition, produce, waitUntil } from "../support/data-path.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";

function idempotent(producerId: bigint, producerEpoch: number, baseSequence: number, values: string[]): Buffer {
  return batchOf(values, { producerId, producerEpoch, baseSequence });
}

async function initProducerId(client: RawClient, version = 4, transactionalId: string | null = null) {
  return client.request(ApiKeys.InitProducerId, version, makeInitProducerIdRequest({ transactionalId, transactionTimeoutMs: 60_000 }));
}

async function describeProducers(client: RawClient, topic: string, partitions: number[]) {
  const response = await client.request(ApiKeys.DescribeProducers, 0, makeDescribeProducersRequest({ topics: [{ name: topic, partitionIndexes: partitions }] }));
  return response.topics[0]?.partitions ?? [];
}

describe("idempotent producer, raw client", () => {
  let server: TestBroker;
  let client: RawClient;

  beforeEach(async () => {
    server = await startTestBroker();
    client = await RawClient.connect(server.port);
  });

  afterEach(async () => {
    await client.close();
    await server.stop();
  });

  test("InitProducerId v0-v5 gives a new producer id with epoch 0 each time", async () => {
    const ids: bigint[] = [];
    for (let version = 0; version <= 5; version++) {
      const answer = await initProducerId(client, version);
      assert.equal(answer.errorCode, ErrorCode.NONE, `v${version}`);
      assert.equal(answer.producerEpoch, 0);
      ids.push(answer.producerId);
    }
    assert.equal(new Set(ids).size, 6);
    assert.ok(ids.every((id) => id >= 0n));
    // KIP-360 (v3+): a producer that sends its id and epoch back gets a fresh id, as from Kafka.
    const again = await client.request(ApiKeys.InitProducerId, 4, makeInitProducerIdRequest({ transactionalId: null, producerId: ids[5]!, producerEpoch: 0 }));
    assert.equal(again.errorCode, ErrorCode.NONE);
    assert.ok(!ids.includes(again.producerId));
  });

  test("InitProducerId refusals: an empty transactional id, a bad timeout, an id without an epoch", async () => {
    const txn = await initProducerId(client, 4, "");
    assert.equal(txn.errorCode, ErrorCode.INVALID_REQUEST);
    assert.equal(txn.producerId, -1n);
    const timeout = await client.request(ApiKeys.InitProducerId, 4, makeInitProducerIdRequest({ transactionalId: "orders-tx", transactionTimeoutMs: 900_001 }));
    assert.equal(timeout.errorCode, ErrorCode.INVALID_TRANSACTION_TIMEOUT);
    const halfPair = await client.request(ApiKeys.InitProducerId, 3, makeInitProducerIdRequest({ transactionalId: null, producerId: 5n, producerEpoch: -1 }));
    assert.equal(halfPair.errorCode, ErrorCode.INVALID_REQUEST);
  });

  test("the same idempotent batch sent twice gets the same offset and is stored once", async () => {
    const topic = server.broker.createTopic("clinical.orders.placed", 1, {});
    const { producerId } = await initProducerId(client);
    await produce(client, topic.name, [{ partition: 0, records: batchOf(["plain first"]) }]);
    const batch = idempotent(producerId, 0, 0, ["order 1", "order 2"]);
    const [first] = await produce(client, topic.name, [{ partition: 0, records: batch }]);
    const [second] = await produce(client, topic.name, [{ partition: 0, records: batch }]);
    assert.equal(first?.errorCode, ErrorCode.NONE);
    assert.equal(second?.errorCode, ErrorCode.NONE);
    assert.equal(first?.baseOffset, 1n);
    assert.equal(second?.baseOffset, 1n);
    const records = decodeRecords(onlyPartition(await fetch(client, 12, topic, [{ partition: 0, fetchOffset: 0n }])).records);
    assert.deepEqual(records.map((r) => [r.offset, r.value]), [[0n, "plain first"], [1n, "order 1"], [2n, "order 2"]]);
  });

  test("a sequence gap is OUT_OF_ORDER_SEQUENCE_NUMBER on its partition only", async () => {
    const topic = server.broker.createTopic("clinical.orders.gap", 2, {});
    const { producerId } = await initProducerId(client);
    await produce(client, topic.name, [{ partition: 0, records: idempotent(producerId, 0, 0, ["a"]) }]);
    const [gap, other] = await produce(client, topic.name, [
      { partition: 0, records: idempotent(producerId, 0, 2, ["c"]) },
      { partition: 1, records: idempotent(producerId, 0, 0, ["x"]) },
    ]);
    assert.equal(gap?.errorCode, ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
    assert.equal(gap?.baseOffset, -1n);
    assert.equal(other?.errorCode, ErrorCode.NONE);
    assert.equal(server.broker.getLog(topic.name, 0)?.logEndOffset, 1n);
    assert.equal(server.broker.getLog(topic.name, 1)?.logEndOffset, 1n);
  });

  test("a retried batch whose first answer was lost is stored once and answered with the first offsets", async () => {
    const topic = server.broker.createTopic("clinical.orders.retried", 1, {});
    const { producerId } = await initProducerId(client);
    await produce(client, topic.name, [{ partition: 0, records: batchOf(["before"]) }]);
    const body = makeProduceRequest({
      acks: -1,
      timeoutMs: 10_000,
      topicData: [{ name: topic.name, partitionData: [{ index: 0, records: idempotent(producerId, 0, 0, ["lab 1", "lab 2", "lab 3"]) }] }],
    });
    const frame = encodeRequestFrame(ApiKeys.Produce, 9, 77, "retrying-producer", body);
    // First try: the connection dies before the answer is read (a lost response).
    const doomed = await RawClient.connect(server.port);
    const lost = doomed.sendFrame(frame, 77).catch(() => undefined);
    const log = server.broker.getLog(topic.name, 0)!;
    await waitUntil(() => log.logEndOffset === 4n, "the first try to be appended");
    await doomed.close();
    await lost;
    // Retry: the very same bytes on a new connection.
    const answer = decodeResponseFrame(ApiKeys.Produce, 9, await client.sendFrame(frame, 77)).body;
    const partition = answer.responses[0]?.partitionResponses[0];
    assert.equal(partition?.errorCode, ErrorCode.NONE);
    assert.equal(partition?.baseOffset, 1n);
    assert.equal(log.logEndOffset, 4n);
    const records = decodeRecords(onlyPartition(await fetch(client, 12, topic, [{ partition: 0, fetchOffset: 0n }])).records);
    assert.deepEqual(records.map((r) => r.value), ["before", "lab 1", "lab 2", "lab 3"]);
  });

  test("DescribeProducers lists each partition's producers; unknown topics and partitions are errors", async () => {
    const topic = server.broker.createTopic("clinical.orders.described", 2, {});
    const a = (await initProducerId(client)).producerId;
    const b = (await initProducerId(client)).producerId;
    await produce(client, topic.name, [{ partition: 0, records: idempotent(a, 0, 0, ["1", "2", "3"]) }]);
    await produce(client, topic.name, [{ partition: 0, records: idempotent(b, 0, 0, ["x"]) }]);
    const [p0, p1, p9] = await describeProducers(client, topic.name, [0, 1, 9]);
    assert.equal(p0?.errorCode, ErrorCode.NONE);
    assert.deepEqual(
      p0?.activeProducers.map((p) => [p.producerId, p.producerEpoch, p.lastSequence, p.coordinatorEpoch, p.currentTxnStartOffset]),
      [
        [a, 0, 2, -1, -1n],
        [b, 0, 0, -1, -1n],
      ],
    );
    assert.ok((p0?.activeProducers[0]?.lastTimestamp ?? 0n) > 0n);
    assert.deepEqual(p1?.activeProducers, []);
    assert.equal(p9?.errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    const [unknown] = await describeProducers(client, "never.created", [0]);
    assert.equal(unknown?.errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    const [invalid] = await describeProducers(client, "bad/name", [0]);
    assert.equal(invalid?.errorCode, ErrorCode.INVALID_TOPIC_EXCEPTION);
  });
});

describe("idempotent producer across a broker restart", () => {
  let logDir: string;
  let broker: Broker | undefined;

  before(() => {
    logDir = mkdtempSync(join(tmpdir(), "carebus-idempotence-restart-"));
  });

  after(async () => {
    await broker?.stop();
    rmSync(logDir, { recursive: true, force: true });
  });

  async function start(): Promise<{ broker: Broker; client: RawClient }> {
    const { config } = loadBrokerConfig({ overrides: { listeners: "PLAINTEXT://127.0.0.1:0", "log.dirs": logDir } });
    broker = await Broker.start({ config });
    return { broker, client: await RawClient.connect(broker.boundListeners[0]!.port) };
  }

  test("the producer continues its sequence, a retry of its last batch stays a duplicate, ids are not reused", async () => {
    const first = await start();
    const topic = first.broker.createTopic("clinical.orders.durable", 1, {});
    const { producerId } = await initProducerId(first.client);
    for (let seq = 0; seq < 6; seq += 2) {
      const [answer] = await produce(first.client, topic.name, [{ partition: 0, records: idempotent(producerId, 0, seq, [`o${seq}`, `o${seq + 1}`]) }]);
      assert.equal(answer?.errorCode, ErrorCode.NONE);
    }
    await first.client.close();
    await first.broker.stop();

    const second = await start();
    try {
      const [retry] = await produce(second.client, topic.name, [{ partition: 0, records: idempotent(producerId, 0, 4, ["o4", "o5"]) }]);
      assert.equal(retry?.errorCode, ErrorCode.NONE);
      assert.equal(retry?.baseOffset, 4n, "answered with the offsets from before the restart");
      const [next] = await produce(second.client, topic.name, [{ partition: 0, records: idempotent(producerId, 0, 6, ["o6"]) }]);
      assert.equal(next?.errorCode, ErrorCode.NONE);
      assert.equal(next?.baseOffset, 6n);
      const [gap] = await produce(second.client, topic.name, [{ partition: 0, records: idempotent(producerId, 0, 9, ["o9"]) }]);
      assert.equal(gap?.errorCode, ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
      const [described] = await describeProducers(second.client, topic.name, [0]);
      assert.deepEqual(described?.activeProducers.map((p) => [p.producerId, p.lastSequence]), [[producerId, 6]]);
      const fresh = await initProducerId(second.client);
      assert.ok(fresh.producerId > producerId, `a new id after the restart (${fresh.producerId}) is never an old one`);
    } finally {
      await second.client.close();
    }
  });
});
