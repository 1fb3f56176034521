import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import avro from "avsc";
import type { KafkaRecord } from "../../protocol/records/record.js";
import { RecordSchemaValidator } from "./record-schema-validator.js";
import { HttpSchemaLookup, type RegisteredSchema, type SchemaLookup } from "./registry-lookup.js";
import { frameConfluent } from "./wire-format.js";

const admitted = { type: "record", name: "PatientAdmitted", namespace: "org.carebus", fields: [{ name: "patientId", type: "string" }] };
const proto = 'syntax = "proto3";\npackage carebus.rx;\nmessage Other { string a = 1; }\nmessage Prescription { string id = 1; message Line { int32 qty = 1; } }\n';

class FakeLookup implements SchemaLookup {
  readonly schemas = new Map<number, RegisteredSchema>();
  readonly subjects = new Map<number, string[]>();
  schemaById(id: number): Promise<RegisteredSchema | undefined> {
    return Promise.resolve(this.schemas.get(id));
  }
  isRegisteredUnder(id: number, subject: string): Promise<boolean> {
    return Promise.resolve(this.subjects.get(id)?.includes(subject) ?? false);
  }
  referencedSchema(): Promise<RegisteredSchema | undefined> {
    return Promise.resolve(undefined);
  }
}

function record(value: Buffer | null, key: Buffer | null = null): KafkaRecord {
  return { attributes: 0, timestampDelta: 0, offsetDelta: 0, key, value, headers: [] };
}

function lookup(): FakeLookup {
  const l = new FakeLookup();
  l.schemas.set(1, { id: 1, schemaType: "AVRO", schema: JSON.stringify(admitted), references: [] });
  l.subjects.set(1, ["t-value", "org.carebus.PatientAdmitted"]);
  l.schemas.set(2, { id: 2, schemaType: "PROTOBUF", schema: proto, references: [] });
  l.subjects.set(2, ["t-carebus.rx.Prescription.Line"]);
  l.schemas.set(3, { id: 3, schemaType: "JSON", schema: JSON.stringify({ title: "Vitals", type: "object", required: ["hr"] }), references: [] });
  l.subjects.set(3, ["t-value"]);
  return l;
}

const TOPIC = { check: "id", strategy: "TopicNameStrategy" } as const;
const avroBody = avro.Type.forSchema(admitted as avro.Schema).toBuffer({ patientId: "p-1" });

void describe("RecordSchemaValidator", () => {
  void test("TopicNameStrategy: framing, unknown ids and ids of other subjects are record errors", async () => {
    const v = new RecordSchemaValidator(lookup());
    const errors = await v.validate("t", [
      record(frameConfluent(1, avroBody)),
      record(Buffer.from('{"patientId":"p-1"}')),
      record(frameConfluent(99, avroBody)),
      record(frameConfluent(2, Buffer.alloc(0), [0])),
    ], { value: TOPIC });
    assert.deepEqual(errors.map((e) => e.batchIndex), [1, 2, 3]);
    assert.match(errors[0]?.message ?? "", /^Value does not start with magic byte 0/);
    assert.match(errors[1]?.message ?? "", /schema id 99, which is not registered/);
    assert.match(errors[2]?.message ?? "", /not registered under subject t-value/);
  });

  void test("record-name strategies take the name from the schema (Protobuf: the indexed message)", async () => {
    const v = new RecordSchemaValidator(lookup());
    const byRecord = await v.validate("t", [record(frameConfluent(1, avroBody))], { value: { check: "id", strategy: "RecordNameStrategy" } });
    assert.deepEqual(byRecord, []);
    const nested = await v.validate("t", [record(frameConfluent(2, Buffer.from([8, 3]), [1, 0])), record(frameConfluent(2, Buffer.alloc(0), [0]))], {
      value: { check: "id", strategy: "TopicRecordNameStrategy" },
    });
    assert.deepEqual(nested.map((e) => e.batchIndex), [1]);
    assert.match(nested[0]?.message ?? "", /subject t-carebus\.rx\.Other/);
  });

  void test("full: bodies must decode (Avro, Protobuf, JSON Schema)", async () => {
    const v = new RecordSchemaValidator(lookup());
    const full = { value: { check: "full", strategy: "TopicNameStrategy" } } as const;
    const errors = await v.validate("t", [
      record(frameConfluent(1, avroBody)),
      record(frameConfluent(1, Buffer.from([0x09, 0x41]))),
      record(frameConfluent(3, Buffer.from('{"hr":60}'))),
      record(frameConfluent(3, Buffer.from('{"bp":1}'))),
    ], full);
    assert.deepEqual(errors.map((e) => e.batchIndex), [1, 3]);
    assert.match(errors[1]?.message ?? "", /does not match its JSON Schema/);
    const l = lookup();
    l.subjects.set(2, ["t-value"]);
    const pb = await new RecordSchemaValidator(l).validate("t", [record(frameConfluent(2, Buffer.from([0x0a, 0x02, 0x68, 0x69]), [1])), record(frameConfluent(2, Buffer.from([0x0a, 0x09, 0x68]), [1]))], full);
    assert.deepEqual(pb.map((e) => e.batchIndex), [1]);
  });

  void test("keys are checked against <topic>-key when key validation is on", async () => {
    const errors = await new RecordSchemaValidator(lookup()).validate("t", [record(frameConfluent(1, avroBody), Buffer.from("p-1"))], { key: TOPIC });
    assert.equal(errors.length, 1);
    assert.match(errors[0]?.message ?? "", /^Key /);
    // A null key or value (tombstone) carries no schema and passes, as Confluent's serializers write it.
    assert.deepEqual(await new RecordSchemaValidator(lookup()).validate("t", [record(null, null)], { key: TOPIC, value: TOPIC }), []);
  });
});

void describe("HttpSchemaLookup", () => {
  async function withRegistry(fn: (url: string, hits: string[]) => Promise<void>): Promise<void> {
    const hits: string[] = [];
    const server: Server = createServer((req, res) => {
      hits.push(req.url ?? "");
      res.setHeader("content-type", "application/vnd.schemaregistry.v1+json");
      if (req.url === "/schemas/ids/1") return res.end(JSON.stringify({ schema: JSON.stringify(admitted) }));
      if (req.url === "/schemas/ids/1/versions") return res.end(JSON.stringify([{ subject: "t-value", version: 1 }]));
      res.statusCode = 404;
      res.end(JSON.stringify({ error_code: 40403, message: "Schema not found" }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      await fn(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }

  void test("caches hits; negative answers expire after negativeTtlMs", async () => {
    await withRegistry(async (url, hits) => {
      let now = 0;
      const l = new HttpSchemaLookup({ url: () => url, nowMs: () => now, negativeTtlMs: 1000 });
      assert.equal((await l.schemaById(1))?.schemaType, "AVRO");
      assert.equal((await l.schemaById(1))?.id, 1);
      assert.equal(await l.schemaById(2), undefined);
      assert.equal(await l.schemaById(2), undefined);
      assert.equal(await l.isRegisteredUnder(1, "t-value"), true);
      assert.equal(await l.isRegisteredUnder(1, "t-value"), true);
      assert.equal(await l.isRegisteredUnder(1, "u-value"), false);
      assert.deepEqual(hits, ["/schemas/ids/1", "/schemas/ids/2", "/schemas/ids/1/versions", "/schemas/ids/1/versions"]);
      assert.equal(await l.isRegisteredUnder(1, "u-value"), false);
      assert.equal(hits.length, 4);
      now = 1000;
      assert.equal(await l.schemaById(2), undefined);
      assert.equal(await l.isRegisteredUnder(1, "u-value"), false);
      assert.equal(hits.length, 6);
    });
  });

  void test("an unreachable registry is an error, not a rejection", async () => {
    const l = new HttpSchemaLookup({ url: () => "http://127.0.0.1:1" });
    await assert.rejects(l.schemaById(1), { name: "RegistryUnavailableError" });
  });
});

void describe("SchemaValidationService", () => {
  void test("without a registry URL, validation fails with a message naming the setting", async () => {
    const { SchemaValidationService } = await import("./schema-validation-service.js");
    const service = new SchemaValidationService(undefined);
    await assert.rejects(service.validate("t", [], { value: TOPIC }), /confluent\.schema\.registry\.url/);
    service.embeddedRegistryUrl = "http://127.0.0.1:8081";
    assert.equal(service.registryUrl, "http://127.0.0.1:8081");
    assert.equal(new SchemaValidationService("http://sr:8081").registryUrl, "http://sr:8081");
  });
});
