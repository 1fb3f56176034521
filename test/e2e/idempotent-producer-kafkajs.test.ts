// KafkaJS's idempotent producer (InitProducerId, then sequenced batches) against the
// broker: every record lands exactly once, read back with a raw Fetch by partition (the
// KafkaJS consumer needs the group APIs), and DescribeProducers shows the producer.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import kafkajs, { type Producer } from "kafkajs";
import { ErrorCode } from "../../src/protocol/errors.js";
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import { makeDescribeProducersRequest } from "../../src/protocol/generated/describe-producers-request.js";
import { RawClient } from "../support/raw-client.js";
import { decodeRecords, fetch, onlyPartition } from "../support/data-path.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";

// kafkajs is CommonJS with a spread in its exports, which Node's named-import detection misses.
const { CompressionTypes, Kafka, logLevel } = kafkajs;

const TOPIC = "clinical.vitals.idempotent";
const N = 60;

let server: TestBroker;
let producer: Producer;
let raw: RawClient;

before(async () => {
  server = await startTestBroker();
  server.broker.createTopic(TOPIC, 2, {});
  const kafka = new Kafka({ clientId: "carebus-idempotent-e2e", brokers: [server.bootstrap], logLevel: logLevel.NOTHING });
  producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  raw = await RawClient.connect(server.port);
});

after(async () => {
  await raw.close();
  await producer.disconnect();
  await server.stop();
});

test("KafkaJS with idempotent: true produces N records and exactly N are stored", async () => {
  for (let start = 0; start < N; start += 20) {
    const sent = await producer.send({
      topic: TOPIC,
      acks: -1,
      compression: start === 20 ? CompressionTypes.GZIP : CompressionTypes.None,
      messages: Array.from({ length: 20 }, (_, i) => ({ key: `mrn-${(start + i) % 4}`, value: `pulse ${start + i}`, partition: (start + i) % 2 })),
    });
    assert.ok(sent.every((r) => r.errorCode === 0));
  }
  const topic = server.broker.topics.get(TOPIC)!;
  const values: string[] = [];
  for (const partition of [0, 1]) {
    const records = decodeRecords(onlyPartition(await fetch(raw, 12, topic, [{ partition, fetchOffset: 0n }])).records);
    assert.deepEqual(records.map((r) => r.offset), records.map((_, i) => BigInt(i)), "consecutive offsets from 0");
    values.push(...records.map((r) => r.value ?? ""));
  }
  assert.equal(values.length, N);
  assert.deepEqual(new Set(values), new Set(Array.from({ length: N }, (_, i) => `pulse ${i}`)));

  const described = await raw.request(ApiKeys.DescribeProducers, 0, makeDescribeProducersRequest({ topics: [{ name: TOPIC, partitionIndexes: [0, 1] }] }));
  for (const p of described.topics[0]?.partitions ?? []) {
    assert.equal(p.errorCode, ErrorCode.NONE);
    assert.equal(p.activeProducers.length, 1, "one producer id, from InitProducerId");
    assert.equal(p.activeProducers[0]?.producerEpoch, 0);
    assert.equal(p.activeProducers[0]?.lastSequence, N / 2 - 1, "sequences 0..29 per partition");
  }
});
