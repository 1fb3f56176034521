// Broker-side schema validation while the registry is down: a validated produce is
// refused with UNKNOWN_SERVER_ERROR and nothing is appended (the client may retry), and the
// same produce is accepted once a registry is back on the configured URL.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { SchemaRegistry as RegistryClient, SchemaType } from "@kafkajs/confluent-schema-registry";
import { Kafka, logLevel, type Producer } from "kafkajs";
import { startSchemaRegistry, type RunningSchemaRegistry } from "../../src/registry/start-schema-registry.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";

const TOPIC = "clinical.observation.vitals";
const vitals = JSON.stringify({
  type: "record",
  name: "VitalsObservation",
  namespace: "org.carebus.clinical",
  fields: [
    { name: "patientId", type: "string" },
    { name: "heartRate", type: "int" },
  ],
});

void describe("schema validation with the registry down", () => {
  let server: TestBroker;
  let registry: RunningSchemaRegistry | undefined;
  let kafka: Kafka;
  let producer: Producer;
  let value: Buffer;

  const startRegistry = (listener: string): Promise<RunningSchemaRegistry> =>
    startSchemaRegistry({ bootstrapServers: [server.bootstrap], listener, heartbeatIntervalMs: 100, sessionTimeoutMs: 6_000 });

  before(async () => {
    server = await startTestBroker({ "group.initial.rebalance.delay.ms": "0" });
    registry = await startRegistry("http://127.0.0.1:0");
    server.broker.schemaValidation.embeddedRegistryUrl = registry.url;
    const client = new RegistryClient({ host: registry.url });
    const { id } = await client.register({ type: SchemaType.AVRO, schema: vitals }, { subject: `${TOPIC}-value` });
    value = await client.encode(id, { patientId: "patient-1", heartRate: 64 });
    kafka = new Kafka({ clientId: "sv-down-e2e", brokers: [server.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 0 } });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: 1, configEntries: [{ name: "confluent.value.schema.validation", value: "true" }] }] });
    await admin.disconnect();
    producer = kafka.producer({ retry: { retries: 0 } });
    await producer.connect();
  });

  after(async () => {
    await producer.disconnect();
    await registry?.close();
    await server.stop();
  });

  async function highWatermark(): Promise<string | undefined> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      return (await admin.fetchTopicOffsets(TOPIC))[0]?.high;
    } finally {
      await admin.disconnect();
    }
  }

  void test("refused with UNKNOWN_SERVER_ERROR while down, accepted once the registry is back", async () => {
    const running = registry;
    assert.ok(running !== undefined);
    const url = running.url;
    await running.close();
    registry = undefined;
    const before = await highWatermark();
    // KafkaJS names error code -1 (UNKNOWN_SERVER_ERROR) "UNKNOWN".
    await assert.rejects(producer.send({ topic: TOPIC, messages: [{ key: "patient-1", value }] }), { type: "UNKNOWN", code: -1 });
    assert.equal(await highWatermark(), before, "nothing was appended");

    registry = await startRegistry(url);
    const [result] = await producer.send({ topic: TOPIC, messages: [{ key: "patient-1", value }] });
    assert.equal(result?.errorCode, 0);
    assert.equal(BigInt((await highWatermark()) ?? "0"), BigInt(before ?? "0") + 1n);
  });
});
