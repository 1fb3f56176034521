// confluent_kafka's AvroSerializer / AvroDeserializer (Python, librdkafka, fastavro) against
// Carebus's broker and Schema Registry, crossed with @kafkajs/confluent-schema-registry and
// KafkaJS: records written by either side are decoded by the other, so both agree on the
// registry's ids and Confluent's wire format (magic byte 0, big-endian schema id, Avro body).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { SchemaRegistry as RegistryClient, SchemaType } from "@kafkajs/confluent-schema-registry";
import { Kafka, logLevel } from "kafkajs";
import { startSchemaRegistry, type RunningSchemaRegistry } from "../../src/registry/start-schema-registry.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";

const SCRIPT = fileURLToPath(new URL("./schema-registry-avro-python.py", import.meta.url));
const PYTHON = "/usr/bin/python3";
const TOPIC = "clinical.vitals.avro";
const SCHEMA = JSON.stringify({
  type: "record",
  name: "VitalsRecorded",
  namespace: "org.carebus.events",
  fields: [
    { name: "patientId", type: "string" },
    { name: "heartRate", type: "int" },
    { name: "note", type: ["null", "string"], default: null },
  ],
});

let server: TestBroker;
let registry: RunningSchemaRegistry;

before(async () => {
  server = await startTestBroker({ "num.partitions": "1" });
  registry = await startSchemaRegistry({ bootstrapServers: [server.bootstrap], listener: "http://127.0.0.1:0" });
});

after(async () => {
  await registry.close();
  await server.stop();
});

/** Runs the Python side asynchronously (the broker and registry live in this process). */
function python(mode: string, input = ""): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(PYTHON, [SCRIPT, server.bootstrap, registry.url, TOPIC, mode], { timeout: 90_000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${err.message}\n${stderr}`));
      else resolve(stdout);
    });
    child.stdin?.end(input);
  });
}

test("Python AvroSerializer and KafkaJS with @kafkajs/confluent-schema-registry read each other's records", async () => {
  assert.deepEqual(JSON.parse(await python("produce", SCHEMA)), { produced: 3 });

  // The Python serializer registered the schema under TopicNameStrategy's subject.
  const client = new RegistryClient({ host: registry.url });
  const id = await client.getLatestSchemaId(`${TOPIC}-value`);
  const registered = await client.register({ type: SchemaType.AVRO, schema: SCHEMA }, { subject: `${TOPIC}-value` });
  assert.equal(registered.id, id, "the same schema from Node gets the id Python's registration got");

  const kafka = new Kafka({ brokers: [server.bootstrap], clientId: "avro-cross", logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({
    topic: TOPIC,
    acks: -1,
    messages: [
      { key: "js-0", value: await client.encode(id, { patientId: "P-JS-0", heartRate: 70, note: "node" }) },
      { key: "js-1", value: await client.encode(id, { patientId: "P-JS-1", heartRate: 71, note: null }) },
    ],
  });
  await producer.disconnect();

  // Python decodes all five, its own and Node's.
  const seen = JSON.parse(await python("5")) as { key: string; value: Record<string, unknown> }[];
  assert.deepEqual(seen, [
    { key: "py-0", value: { patientId: "P-PY-0", heartRate: 60, note: null } },
    { key: "py-1", value: { patientId: "P-PY-1", heartRate: 61, note: "python 1" } },
    { key: "py-2", value: { patientId: "P-PY-2", heartRate: 62, note: "python 2" } },
    { key: "js-0", value: { patientId: "P-JS-0", heartRate: 70, note: "node" } },
    { key: "js-1", value: { patientId: "P-JS-1", heartRate: 71, note: null } },
  ]);

  // Node decodes Python's bytes: read them back with a KafkaJS consumer.
  const consumer = kafka.consumer({ groupId: "avro-node-reader" });
  await consumer.connect();
  await consumer.subscribe({ topic: TOPIC, fromBeginning: true });
  const decoded: unknown[] = [];
  await new Promise<void>((resolve, reject) => {
    consumer
      .run({
        eachMessage: async ({ message }) => {
          assert.ok(message.value !== null);
          assert.equal(message.value[0], 0, "Confluent wire format: magic byte 0");
          assert.equal(message.value.readInt32BE(1), id);
          decoded.push({ key: message.key?.toString(), value: (await client.decode(message.value)) as unknown });
          if (decoded.length === 5) resolve();
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  // avsc decodes into record-class instances; compare their plain JSON.
  assert.deepEqual(JSON.parse(JSON.stringify(decoded)), seen);
});
