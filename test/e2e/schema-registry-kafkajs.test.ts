// The seeds' quick-start Example 3 against Carebus: @kafkajs/confluent-schema-registry
// registers an Avro event schema and encodes with it, KafkaJS produces, kcat reads the
// bytes back by partition (no consumer groups yet) and the registry client decodes them.
// Plus raw HTTP checks of Confluent's error bodies and content types, and a restart that
// keeps ids and versions (the registry's only state is the `_schemas` topic).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SchemaRegistry as RegistryClient, SchemaType } from "@kafkajs/confluent-schema-registry";
import { Kafka, logLevel } from "kafkajs";
import { Broker } from "../../src/broker/broker.js";
import { loadBrokerConfig } from "../../src/config/broker-config.js";
import { startSchemaRegistry, type RunningSchemaRegistry } from "../../src/registry/start-schema-registry.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";

const patientAdmitted = {
  type: "record",
  name: "PatientAdmittedEvent",
  namespace: "org.carebus.clinical",
  fields: [
    { name: "eventId", type: "string" },
    { name: "patientId", type: "string" },
    { name: "ward", type: "string" },
    { name: "admittedAt", type: { type: "long", logicalType: "timestamp-millis" } },
  ],
};

function kcatValue(bootstrap: string, topic: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn("kcat", ["-b", bootstrap, "-C", "-t", topic, "-p", "0", "-o", "beginning", "-c", "1", "-e", "-f", "%s"]);
    const chunks: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`kcat exited ${code}: ${stderr}`))));
  });
}

describe("Schema Registry with KafkaJS and @kafkajs/confluent-schema-registry", () => {
  let server: TestBroker;
  let registry: RunningSchemaRegistry;

  before(async () => {
    server = await startTestBroker();
    registry = await startSchemaRegistry({ bootstrapServers: [server.bootstrap], listener: "http://127.0.0.1:0" });
  });

  after(async () => {
    await registry.close();
    await server.stop();
  });

  test("quick-start Example 3: register, encode, produce, read back, decode", async () => {
    const client = new RegistryClient({ host: registry.url });
    const { id } = await client.register({ type: SchemaType.AVRO, schema: JSON.stringify(patientAdmitted) }, { subject: "clinical.patient.admitted-value" });
    assert.equal(id, 1);
    const event = { eventId: "evt-1", patientId: "patient-12345", ward: "cardiology", admittedAt: 1_700_000_000_000 };
    const encoded = await client.encode(id, event);
    assert.equal(encoded[0], 0);
    assert.equal(encoded.readInt32BE(1), id);

    const kafka = new Kafka({ clientId: "sr-e2e", brokers: [server.bootstrap], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: "clinical.patient.admitted", numPartitions: 1 }] });
    await admin.disconnect();
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: "clinical.patient.admitted", messages: [{ key: event.patientId, value: encoded }] });
    await producer.disconnect();

    const read = await kcatValue(server.bootstrap, "clinical.patient.admitted");
    assert.deepEqual(read, encoded);
    // A fresh client knows nothing: decode fetches the schema by id from the registry.
    const decoded: unknown = await new RegistryClient({ host: registry.url }).decode(read);
    assert.deepEqual({ ...(decoded as object) }, event);
    assert.equal(await client.getLatestSchemaId("clinical.patient.admitted-value"), id);
  });

  test("JSON Schema and Protobuf through the client: register, encode, decode, evolve", async () => {
    const client = new RegistryClient({ host: registry.url });
    const vitals = {
      $schema: "http://json-schema.org/draft-07/schema#",
      title: "VitalsObservation",
      type: "object",
      properties: { patientId: { type: "string" }, heartRate: { type: "integer", minimum: 0 } },
      required: ["patientId", "heartRate"],
      additionalProperties: false,
    };
    const { id: jsonId } = await client.register({ type: SchemaType.JSON, schema: JSON.stringify(vitals) }, { subject: "patient.vitals.recorded-value" });
    const reading = { patientId: "patient-12345", heartRate: 72 };
    const jsonBytes = await client.encode(jsonId, reading);
    assert.deepEqual(await new RegistryClient({ host: registry.url }).decode(jsonBytes), reading);
    // The client validates payloads against the registered schema.
    await assert.rejects(client.encode(jsonId, { patientId: "p", heartRate: -1 }));

    const proto = 'syntax = "proto3";\npackage carebus.pharmacy;\n\nmessage PrescriptionEvent {\n  string prescription_id = 1;\n  string patient_id = 2;\n  int32 quantity = 3;\n}\n';
    const { id: protoId } = await client.register({ type: SchemaType.PROTOBUF, schema: proto }, { subject: "pharmacy.prescription.created-value" });
    assert.notEqual(protoId, jsonId);
    const rx = { prescriptionId: "rx-1", patientId: "patient-12345", quantity: 30 };
    const protoBytes = await client.encode(protoId, rx);
    assert.deepEqual({ ...(await new RegistryClient({ host: registry.url }).decode(protoBytes) as object) }, rx);

    // Changing a field's type is not BACKWARD compatible for Protobuf: 409 with Confluent's reason.
    const changed = proto.replace("int32 quantity = 3;", "string quantity = 3;");
    const res = await fetch(`${registry.url}/subjects/pharmacy.prescription.created-value/versions`, {
      method: "POST",
      headers: { "content-type": "application/vnd.schemaregistry.v1+json" },
      body: JSON.stringify({ schemaType: "PROTOBUF", schema: changed }),
    });
    assert.equal(res.status, 409);
    const body = (await res.json()) as { error_code: number; message: string };
    assert.equal(body.error_code, 409);
    assert.match(body.message, /FIELD_SCALAR_KIND_CHANGED|FIELD_KIND_CHANGED/);
  });

  test("raw HTTP: Confluent's error bodies and content types", async () => {
    const url = registry.url;
    const res = await fetch(`${url}/subjects/missing/versions`);
    assert.equal(res.status, 404);
    assert.equal(res.headers.get("content-type"), "application/vnd.schemaregistry.v1+json");
    assert.deepEqual(await res.json(), { error_code: 40401, message: "Subject 'missing' not found." });

    const asJson = await fetch(`${url}/subjects`, { headers: { accept: "application/json" } });
    assert.equal(asJson.headers.get("content-type"), "application/json");
    assert.ok(Array.isArray(await asJson.json()));

    for (const contentType of ["application/vnd.schemaregistry.v1+json", "application/vnd.schemaregistry+json", "application/json"]) {
      const r = await fetch(`${url}/subjects/raw-${contentType.length}/versions`, {
        method: "POST",
        headers: { "content-type": contentType },
        body: JSON.stringify({ schema: '"string"' }),
      });
      assert.equal(r.status, 200, contentType);
      assert.ok(typeof ((await r.json()) as { id: number }).id === "number");
    }

    const bad = await fetch(`${url}/subjects/bad/versions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ schema: "{nope" }) });
    assert.equal(bad.status, 422);
    assert.equal(((await bad.json()) as { error_code: number }).error_code, 42201);

    const badVersion = await fetch(`${url}/subjects/raw-16/versions/0`);
    assert.equal(badVersion.status, 422);
    assert.equal(((await badVersion.json()) as { error_code: number }).error_code, 42202);

    const badLevel = await fetch(`${url}/config`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ compatibility: "SIDEWAYS" }) });
    assert.equal(badLevel.status, 422);
    assert.equal(((await badLevel.json()) as { error_code: number }).error_code, 42203);

    const noConfig = await fetch(`${url}/config/raw-16`);
    assert.deepEqual(await noConfig.json(), { error_code: 40408, message: "Subject 'raw-16' does not have subject-level compatibility configured" });
    assert.deepEqual(await (await fetch(`${url}/config/raw-16?defaultToGlobal=true`)).json(), { compatibilityLevel: "BACKWARD" });

    const noSchema = await fetch(`${url}/schemas/ids/999`);
    assert.deepEqual(await noSchema.json(), { error_code: 40403, message: "Schema 999 not found" });
    assert.deepEqual(await (await fetch(`${url}/schemas/types`)).json(), ["JSON", "PROTOBUF", "AVRO"]);

    const incompatible = await fetch(`${url}/compatibility/subjects/raw-16/versions/latest?verbose=true`, {
      method: "POST",
      headers: { "content-type": "application/vnd.schemaregistry.v1+json" },
      body: JSON.stringify({ schema: '"int"' }),
    });
    const body = (await incompatible.json()) as { is_compatible: boolean; messages: string[] };
    assert.equal(body.is_compatible, false);
    assert.match(body.messages[0] ?? "", /TYPE_MISMATCH/);

    const compat = (path: string, schema: string): Promise<Response> =>
      fetch(`${url}/compatibility/subjects/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ schema }) });
    assert.deepEqual(await (await compat("nobody/versions/latest", '"int"')).json(), { is_compatible: true });
    assert.deepEqual(await (await compat("nobody/versions/3", '"int"')).json(), { error_code: 40402, message: "Version 3 not found." });
    const invalidVerbose = (await (await compat("raw-16/versions/latest?verbose=true", "{oops")).json()) as { is_compatible: boolean; messages: string[] };
    assert.equal(invalidVerbose.is_compatible, false);
    assert.match(invalidVerbose.messages[0] ?? "", /^Invalid schema of type AVRO, details: /);

    const json = await fetch(`${url}/subjects/js/versions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ schema: "{}", schemaType: "XML" }) });
    assert.equal(json.status, 422);
    assert.match(((await json.json()) as { message: string }).message, /unsupported schema type/);

    // Deletes over HTTP: permanent needs soft first; deleted listings; ids keep their subjects.
    const del = async (path: string): Promise<unknown> => (await fetch(`${url}${path}`, { method: "DELETE" })).json();
    assert.deepEqual(await del("/subjects/raw-38/versions/1?permanent=true"), {
      error_code: 40407,
      message: "Subject 'raw-38' Version 1 was not deleted first before being permanently deleted",
    });
    assert.deepEqual(await del("/subjects/raw-38"), [1]);
    assert.deepEqual(await (await fetch(`${url}/subjects/raw-38/versions?deleted=true`)).json(), [1]);
    assert.deepEqual(await (await fetch(`${url}/subjects?deletedOnly=true`)).json(), ["raw-38"]);
    assert.deepEqual(await del("/subjects/raw-38"), {
      error_code: 40404,
      message: "Subject 'raw-38' was soft deleted.Set permanent=true to delete permanently",
    });
    const stringId = ((await (await fetch(`${url}/subjects/raw-35/versions/1`)).json()) as { id: number }).id;
    assert.deepEqual(await (await fetch(`${url}/schemas/ids/${stringId}/versions?deleted=true`)).json(), [
      { subject: "raw-16", version: 1 },
      { subject: "raw-35", version: 1 },
      { subject: "raw-38", version: 1 },
    ]);
    assert.deepEqual(await (await fetch(`${url}/schemas/ids/${stringId}/subjects`)).json(), ["raw-16", "raw-35"]);
    assert.deepEqual(await del("/subjects/raw-38?permanent=true"), [1]);

    const all = (await (await fetch(`${url}/schemas?subjectPrefix=raw-`)).json()) as { subject: string }[];
    assert.deepEqual(all.map((s) => s.subject), ["raw-16", "raw-35"]);
  });
});

test("a restarted broker and registry keep ids and versions", async () => {
  const logDir = mkdtempSync(join(tmpdir(), "carebus-sr-restart-"));
  const start = async (): Promise<{ broker: Broker; registry: RunningSchemaRegistry }> => {
    const { config } = loadBrokerConfig({ overrides: { listeners: "PLAINTEXT://127.0.0.1:0", "log.dirs": logDir } });
    const broker = await Broker.start({ config });
    const port = broker.boundListeners[0]?.port ?? 0;
    const registry = await startSchemaRegistry({ bootstrapServers: [`127.0.0.1:${port}`], listener: "http://127.0.0.1:0" });
    return { broker, registry };
  };
  try {
    const first = await start();
    const client = new RegistryClient({ host: first.registry.url });
    const v1 = await client.register({ type: SchemaType.AVRO, schema: JSON.stringify(patientAdmitted) }, { subject: "a-value" });
    const v2schema = { ...patientAdmitted, fields: [...patientAdmitted.fields, { name: "bed", type: "string", default: "" }] };
    const v2 = await client.register({ type: SchemaType.AVRO, schema: JSON.stringify(v2schema) }, { subject: "a-value" });
    await first.registry.registry.deleteVersion("a-value", 1, false);
    await first.registry.close();
    await first.broker.stop();

    const second = await start();
    try {
      const reg = second.registry.registry;
      assert.deepEqual(reg.listVersions("a-value", true), [1, 2]);
      assert.deepEqual(reg.listVersions("a-value", false), [2]);
      assert.equal(reg.getVersion("a-value", 2, false).id, v2.id);
      assert.equal(reg.schemaById(v1.id).version, 1);
      const again = new RegistryClient({ host: second.registry.url });
      const v3 = await again.register({ type: SchemaType.AVRO, schema: JSON.stringify({ ...patientAdmitted, name: "Other" }) }, { subject: "b-value" });
      assert.equal(v3.id, v2.id + 1);
    } finally {
      await second.registry.close();
      await second.broker.stop();
    }
  } finally {
    rmSync(logDir, { recursive: true, force: true });
  }
});

test("takes over a `_schemas` topic written by Confluent's registry", async () => {
  const server = await startTestBroker();
  try {
    const kafka = new Kafka({ clientId: "sr-adopt", brokers: [server.bootstrap], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: "_schemas", numPartitions: 1, configEntries: [{ name: "cleanup.policy", value: "compact" }] }] });
    await admin.disconnect();
    const producer = kafka.producer();
    await producer.connect();
    // Records as Confluent Platform 7.x writes them (keys and values byte for byte).
    const schema = '{"type":"record","name":"Vitals","namespace":"org.example","fields":[{"name":"hr","type":"int"}]}';
    await producer.send({
      topic: "_schemas",
      messages: [
        { key: '{"keytype":"NOOP","magic":0}', value: null },
        { key: '{"keytype":"CONFIG","magic":0}', value: '{"compatibilityLevel":"FULL"}' },
        { key: '{"keytype":"SCHEMA","subject":"vitals-value","version":1,"magic":1}', value: JSON.stringify({ subject: "vitals-value", version: 1, id: 7, schema, deleted: false }) },
        { key: '{"keytype":"SCHEMA","subject":"old-value","version":1,"magic":1}', value: JSON.stringify({ subject: "old-value", version: 1, id: 3, schema: '"string"', deleted: false }) },
        { key: '{"keytype":"DELETE_SUBJECT","subject":"old-value","magic":0}', value: '{"subject":"old-value","version":1}' },
        { key: '{"keytype":"CONTEXT","tenant":"default","context":".ctx","magic":0}', value: '{"tenant":"default","context":".ctx"}' },
        { key: '{"keytype":"MODE","subject":"vitals-value","magic":0}', value: '{"subject":"vitals-value","mode":"READONLY"}' },
      ],
    });
    await producer.disconnect();

    const registry = await startSchemaRegistry({ bootstrapServers: [server.bootstrap], listener: "http://127.0.0.1:0" });
    try {
      const get = async (path: string): Promise<unknown> => (await fetch(`${registry.url}${path}`)).json();
      assert.deepEqual(await get("/subjects"), ["vitals-value"]);
      assert.deepEqual(await get("/subjects?deleted=true"), ["old-value", "vitals-value"]);
      assert.deepEqual(await get("/subjects/vitals-value/versions/1"), { subject: "vitals-value", version: 1, id: 7, schema });
      assert.deepEqual(await get("/config"), { compatibilityLevel: "FULL" });
      assert.deepEqual(await get("/mode/vitals-value"), { mode: "READONLY" });
      // New ids continue after the highest one in the topic.
      const res = await fetch(`${registry.url}/subjects/new-value/versions`, {
        method: "POST",
        headers: { "content-type": "application/vnd.schemaregistry.v1+json" },
        body: JSON.stringify({ schema: '"bytes"' }),
      });
      assert.deepEqual(await res.json(), { id: 8 });
    } finally {
      await registry.close();
    }
  } finally {
    await server.stop();
  }
});
