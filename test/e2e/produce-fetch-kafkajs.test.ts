// Producing with KafkaJS (Produce v3-7, magic 2) at every acks level and with gzip, and
// reading back with KafkaJS's admin offsets (ListOffsets) and a raw Fetch. KafkaJS's
// consumer needs the group APIs, which arrive with the group coordinator.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import kafkajs, { type Admin, type Producer } from "kafkajs";
import { RawClient } from "../support/raw-client.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";
import { decodeRecords, fetch, onlyPartition, waitUntil } from "../support/data-path.js";

// kafkajs is CommonJS with a spread in its exports, which Node's named-import detection misses.
const { CompressionTypes, Kafka, logLevel } = kafkajs;

let server: TestBroker;
let producer: Producer;
let admin: Admin;
let raw: RawClient;

before(async () => {
  server = await startTestBroker();
  const kafka = new Kafka({ clientId: "carebus-produce-e2e", brokers: [server.bootstrap], logLevel: logLevel.NOTHING });
  producer = kafka.producer({ allowAutoTopicCreation: true });
  admin = kafka.admin();
  await producer.connect();
  await admin.connect();
  raw = await RawClient.connect(server.port);
});

after(async () => {
  await raw.close();
  await producer.disconnect();
  await admin.disconnect();
  await server.stop();
});

async function readAll(topicName: string) {
  const topic = server.broker.topics.get(topicName);
  assert.ok(topic !== undefined, `${topicName} exists`);
  return decodeRecords(onlyPartition(await fetch(raw, 11, topic, [{ partition: 0, fetchOffset: 0n }])).records);
}

describe("KafkaJS producer", () => {
  for (const acks of [-1, 1] as const) {
    test(`acks=${acks}: offsets come back and the records read back with keys and headers`, async () => {
      const topic = `clinical.kafkajs.acks${acks === -1 ? "all" : acks}`;
      const sent = await producer.send({
        topic,
        acks,
        messages: [
          { key: "mrn-1", value: "admitted", headers: { source: "adt" }, partition: 0 },
          { key: "mrn-2", value: "transferred", partition: 0 },
        ],
      });
      assert.deepEqual(
        sent.map((r) => [r.topicName, r.partition, r.errorCode, r.baseOffset]),
        [[topic, 0, 0, "0"]],
      );
      const records = await readAll(topic);
      assert.deepEqual(
        records.map((r) => [r.offset, r.key, r.value, r.headers]),
        [
          [0n, "mrn-1", "admitted", { source: "adt" }],
          [1n, "mrn-2", "transferred", {}],
        ],
      );
    });
  }

  test("acks=0: nothing is answered, the records still land", async () => {
    const topic = "clinical.kafkajs.acks0";
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }] });
    await producer.send({ topic, acks: 0, messages: [{ key: "mrn-3", value: "fire and forget", partition: 0 }] });
    await waitUntil(() => (server.broker.getLog(topic, 0)?.logEndOffset ?? 0n) === 1n, "the acks=0 record to be appended");
    assert.deepEqual((await readAll(topic)).map((r) => r.value), ["fire and forget"]);
  });

  test("gzip batches are stored as sent and read back", async () => {
    const topic = "clinical.kafkajs.gzip";
    const messages = Array.from({ length: 50 }, (_, i) => ({ key: `mrn-${i % 5}`, value: `observation ${i} `.repeat(20), partition: 0 }));
    await producer.send({ topic, acks: -1, compression: CompressionTypes.GZIP, messages });
    const records = await readAll(topic);
    assert.equal(records.length, 50);
    assert.equal(records[49]?.value, "observation 49 ".repeat(20));
  });

  test("admin.fetchTopicOffsets (ListOffsets) reports the log start and end", async () => {
    const topic = "clinical.kafkajs.offsets";
    await producer.send({ topic, acks: 1, messages: [1, 2, 3].map((i) => ({ value: `v${i}`, partition: 0 })) });
    const offsets = await admin.fetchTopicOffsets(topic);
    assert.deepEqual(offsets.map((o) => [o.partition, o.low, o.high]), [[0, "0", "3"]]);
    const byTime = await admin.fetchTopicOffsetsByTimestamp(topic, Date.now() + 60_000);
    assert.deepEqual(byTime.map((o) => [o.partition, o.offset]), [[0, "3"]]); // none that late: KafkaJS falls back to the end
  });
});
