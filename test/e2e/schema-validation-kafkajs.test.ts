// Broker-side schema validation (confluent.value.schema.validation) with unmodified
// clients: @kafkajs/confluent-schema-registry registers and encodes, KafkaJS and kcat produce.
// The broker asks the registry over HTTP, as it would a remote one.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { SchemaRegistry as RegistryClient, SchemaType } from "@kafkajs/confluent-schema-registry";
import { Kafka, logLevel, type Producer } from "kafkajs";
import { startSchemaRegistry, type RunningSchemaRegistry } from "../../src/registry/start-schema-registry.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";

const vitals = {
  type: "record",
  name: "VitalsObservation",
  namespace: "org.carebus.clinical",
  fields: [
    { name: "patientId", type: "string" },
    { name: "heartRate", type: "int" },
  ],
};

function kcatProduce(bootstrap: string, topic: string, value: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("kcat", ["-b", bootstrap, "-P", "-t", topic, "-p", "0", "-X", "message.send.max.retries=0"]);
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
    child.stdin.end(`${value}\n`);
  });
}

void describe("broker-side schema validation with KafkaJS and kcat", () => {
  let server: TestBroker;
  let registry: RunningSchemaRegistry;
  let client: RegistryClient;
  let kafka: Kafka;
  let producer: Producer;
  let id: number;

  before(async () => {
    server = await startTestBroker();
    registry = await startSchemaRegistry({ bootstrapServers: [server.bootstrap], listener: "http://127.0.0.1:0" });
    server.broker.schemaValidation.embeddedRegistryUrl = registry.url;
    client = new RegistryClient({ host: registry.url });
    ({ id } = await client.register({ type: SchemaType.AVRO, schema: JSON.stringify(vitals) }, { subject: "clinical.observation.vitals-value" }));
    kafka = new Kafka({ clientId: "sv-e2e", brokers: [server.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 0 } });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [
        { topic: "clinical.observation.vitals", numPartitions: 2, configEntries: [{ name: "confluent.value.schema.validation", value: "true" }] },
        { topic: "clinical.observation.full", numPartitions: 1, configEntries: [{ name: "carebus.value.schema.validation", value: "full" }] },
      ],
    });
    await admin.disconnect();
    producer = kafka.producer({ retry: { retries: 0 } });
    await producer.connect();
  });

  after(async () => {
    await producer.disconnect();
    await registry.close();
    await server.stop();
  });

  async function highWatermarks(topic: string): Promise<string[]> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(topic);
      return offsets.sort((a, b) => a.partition - b.partition).map((o) => o.high);
    } finally {
      await admin.disconnect();
    }
  }

  void test("a record encoded by the registry client is accepted", async () => {
    const value = await client.encode(id, { patientId: "patient-12345", heartRate: 72 });
    const [result] = await producer.send({ topic: "clinical.observation.vitals", messages: [{ partition: 0, key: "patient-12345", value }] });
    assert.equal(result?.errorCode, 0);
  });

  void test("plain JSON without the magic byte is INVALID_RECORD; the other partition of the request is appended", async () => {
    const before = await highWatermarks("clinical.observation.vitals");
    const good = await client.encode(id, { patientId: "patient-2", heartRate: 80 });
    await assert.rejects(
      producer.send({
        topic: "clinical.observation.vitals",
        messages: [
          { partition: 0, value: JSON.stringify({ patientId: "patient-1", heartRate: 70 }) },
          { partition: 1, value: good },
        ],
      }),
      (err: Error & { type?: string }) => {
        assert.equal(err.type, "INVALID_RECORD");
        return true;
      },
    );
    const afterSend = await highWatermarks("clinical.observation.vitals");
    assert.equal(afterSend[0], before[0]);
    assert.equal(BigInt(afterSend[1] ?? "0"), BigInt(before[1] ?? "0") + 1n);
  });

  void test("kcat sees the rejection of a plain JSON value", async () => {
    const { stderr } = await kcatProduce(server.bootstrap, "clinical.observation.vitals", '{"patientId":"p-9","heartRate":70}');
    // librdkafka names error 87 (INVALID_RECORD) this way.
    assert.match(stderr, /Delivery failed for message: Broker: Broker failed to validate record/);
  });

  void test("an id not registered under the topic's subject is rejected", async () => {
    const value = await client.encode(id, { patientId: "p", heartRate: 1 });
    value.writeInt32BE(4242, 1);
    await assert.rejects(producer.send({ topic: "clinical.observation.vitals", messages: [{ partition: 0, value }] }), { type: "INVALID_RECORD" });
    const { id: otherId } = await client.register(
      { type: SchemaType.AVRO, schema: JSON.stringify({ ...vitals, name: "Other" }) },
      { subject: "something.else-value" },
    );
    const other = await client.encode(otherId, { patientId: "p", heartRate: 1 });
    await assert.rejects(producer.send({ topic: "clinical.observation.vitals", messages: [{ partition: 0, value: other }] }), { type: "INVALID_RECORD" });
  });

  void test("full: the right id with a body that is not the schema's is rejected", async () => {
    const { id: fullId } = await client.register({ type: SchemaType.AVRO, schema: JSON.stringify(vitals) }, { subject: "clinical.observation.full-value" });
    const good = await client.encode(fullId, { patientId: "patient-3", heartRate: 65 });
    const [ok] = await producer.send({ topic: "clinical.observation.full", messages: [{ value: good }] });
    assert.equal(ok?.errorCode, 0);
    const bad = Buffer.concat([good.subarray(0, 5), Buffer.from([0x7f, 0x41])]);
    await assert.rejects(producer.send({ topic: "clinical.observation.full", messages: [{ value: bad }] }), { type: "INVALID_RECORD" });
  });
});
