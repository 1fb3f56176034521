// Committed offsets and group metadata survive a broker restart: they live in
// __consumer_offsets and are replayed at start-up. A KafkaJS consumer commits, the
// broker stops, a new broker opens the same log dir, and a consumer of the same group
// resumes after the committed offsets instead of from the beginning.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import kafkajs from "kafkajs";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";
import { waitUntil } from "../support/data-path.js";

const { Kafka, logLevel } = kafkajs;
const OVERRIDES = { "group.initial.rebalance.delay.ms": "0", "group.min.session.timeout.ms": "1000", "offsets.topic.num.partitions": "4" };
const TOPIC = "clinical.group.restart";
const GROUP = "g-restart";

async function consumeUntil(server: TestBroker, expected: number): Promise<string[]> {
  const kafka = new Kafka({ clientId: "carebus-restart-e2e", brokers: [server.bootstrap], logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: GROUP, sessionTimeout: 2500, heartbeatInterval: 250, maxWaitTimeInMs: 100 });
  const seen: string[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [TOPIC], fromBeginning: true });
    await consumer.run({
      eachMessage: ({ message }) => {
        seen.push(message.value?.toString() ?? "");
        return Promise.resolve();
      },
    });
    await waitUntil(() => seen.length >= expected, `${expected} records`);
  } finally {
    await consumer.disconnect(); // commits what was consumed, then leaves
  }
  return seen;
}

async function produce(server: TestBroker, values: string[]): Promise<void> {
  const kafka = new Kafka({ clientId: "carebus-restart-e2e", brokers: [server.bootstrap], logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({ topic: TOPIC, acks: -1, messages: values.map((value, i) => ({ key: `mrn-${i}`, value })) });
  await producer.disconnect();
}

test("a consumer resumes from offsets committed before the broker restarted", async () => {
  const logDir = mkdtempSync(join(tmpdir(), "carebus-group-restart-"));
  try {
    const first = await startTestBroker(OVERRIDES, { logDir });
    try {
      const kafka = new Kafka({ clientId: "carebus-restart-e2e", brokers: [first.bootstrap], logLevel: logLevel.NOTHING });
      const admin = kafka.admin();
      await admin.connect();
      await admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: 3 }] });
      await admin.disconnect();
      const before = Array.from({ length: 30 }, (_, i) => `before-${i}`);
      await produce(first, before);
      assert.deepEqual((await consumeUntil(first, 30)).sort(), [...before].sort());
    } finally {
      await first.stop();
    }

    const second = await startTestBroker(OVERRIDES, { logDir });
    try {
      const kafka = new Kafka({ clientId: "carebus-restart-e2e", brokers: [second.bootstrap], logLevel: logLevel.NOTHING });
      const admin = kafka.admin();
      await admin.connect();
      try {
        const offsets = await admin.fetchOffsets({ groupId: GROUP, topics: [TOPIC] });
        const committed = offsets[0]?.partitions.reduce((sum, p) => sum + Number(p.offset), 0);
        assert.equal(committed, 30, "the committed offsets were reloaded");
        const listed = await admin.listGroups();
        assert.ok(listed.groups.some((g) => g.groupId === GROUP && g.protocolType === "consumer"), "the group was reloaded");
      } finally {
        await admin.disconnect();
      }
      const after = Array.from({ length: 6 }, (_, i) => `after-${i}`);
      await produce(second, after);
      assert.deepEqual((await consumeUntil(second, 6)).sort(), [...after].sort(), "only records after the committed offsets are consumed");
    } finally {
      await second.stop();
    }
  } finally {
    rmSync(logDir, { recursive: true, force: true });
  }
});
