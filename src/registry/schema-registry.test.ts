import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { RegistryError } from "./errors.js";
import { SCHEMA_FORMATS } from "./formats/index.js";
import { decodeRecord, encodeKey, encodeValue, type SchemaRecord } from "./schema-records.js";
import { SchemaRegistry } from "./schema-registry.js";

/** A registry whose `_schemas` is an array; every record goes through Confluent's JSON. */
function memoryRegistry(): { registry: SchemaRegistry; log: { key: string; value: string | null }[] } {
  const log: { key: string; value: string | null }[] = [];
  const registry: SchemaRegistry = new SchemaRegistry({
    formats: SCHEMA_FORMATS,
    write: (record: SchemaRecord) => {
      const entry = { key: encodeKey(record.key), value: encodeValue(record) };
      log.push(entry);
      const decoded = decodeRecord(entry.key, entry.value);
      if (decoded !== undefined) registry.apply(decoded);
      return Promise.resolve();
    },
  });
  return { registry, log };
}

const record = (fields: unknown[], name = "Patient"): string =>
  JSON.stringify({ type: "record", name, namespace: "org.carebus", fields });
const v1 = record([{ name: "id", type: "string" }]);
const v2 = record([{ name: "id", type: "string" }, { name: "ward", type: "string", default: "none" }]);
const v3NoDefault = record([{ name: "id", type: "string" }, { name: "bed", type: "int" }]);

async function rejects(p: Promise<unknown> | (() => unknown), code: number): Promise<RegistryError> {
  try {
    await (typeof p === "function" ? p() : p);
  } catch (err) {
    assert.ok(err instanceof RegistryError, String(err));
    assert.equal(err.errorCode, code, err.message);
    return err;
  }
  assert.fail(`expected error ${code}`);
}

describe("SchemaRegistry", () => {
  test("registers versions, dedups ids across subjects, re-registering returns the same id", async () => {
    const { registry, log } = memoryRegistry();
    const a = await registry.register("a-value", { schema: v1 }, false);
    const b = await registry.register("b-value", { schema: v1 }, false);
    assert.equal(a.id, 1);
    assert.equal(b.id, 1);
    assert.equal(b.version, 1);
    const again = await registry.register("a-value", { schema: JSON.stringify(JSON.parse(v1), null, 2) }, false);
    assert.equal(again.version, 1);
    const second = await registry.register("a-value", { schema: v2 }, false);
    assert.deepEqual([second.id, second.version], [2, 2]);
    assert.deepEqual(registry.listVersions("a-value", false), [1, 2]);
    assert.deepEqual(registry.listSubjects(false), ["a-value", "b-value"]);
    assert.equal(log.length, 3);
    assert.equal(log[0]?.key, '{"keytype":"SCHEMA","subject":"a-value","version":1,"magic":1}');
    assert.match(log[0]?.value ?? "", /^\{"subject":"a-value","version":1,"id":1,"schema":".*","deleted":false\}$/);
  });

  test("incompatible schemas are refused with Confluent's reasons; NONE accepts them", async () => {
    const { registry } = memoryRegistry();
    await registry.register("s", { schema: v1 }, false);
    const err = await rejects(registry.register("s", { schema: v3NoDefault }, false), 409);
    assert.equal(err.status, 409);
    assert.match(err.message, /READER_FIELD_MISSING_DEFAULT_VALUE/);
    assert.match(err.message, /\{oldSchemaVersion: 1\}/);
    assert.match(err.message, /compatibility: 'BACKWARD'/);
    await registry.setConfig("s", { compatibilityLevel: "NONE" });
    assert.equal((await registry.register("s", { schema: v3NoDefault }, false)).version, 2);
  });

  test("FORWARD: the old schema must read the new one; FULL needs both directions", async () => {
    const { registry } = memoryRegistry();
    await registry.setConfig(null, { compatibilityLevel: "FORWARD" });
    const withBed = record([{ name: "id", type: "string" }, { name: "bed", type: "int" }]);
    await registry.register("s", { schema: withBed }, false);
    const err = await rejects(registry.register("s", { schema: v1 }, false), 409);
    assert.match(err.message, /The field 'bed' at path '\/fields\/1' in the old schema has no default value and is missing in the new schema/);
    assert.match(err.message, /compatibility: 'FORWARD'/);
    await registry.setConfig("s", { compatibilityLevel: "FULL" });
    const added = record([{ name: "id", type: "string" }, { name: "bed", type: "int" }, { name: "x", type: "int" }]);
    assert.match(registry.testCompatibility("s", "latest", { schema: added }, false).join(" "), /in the new schema has no default/);
    const addedWithDefault = record([{ name: "id", type: "string" }, { name: "bed", type: "int" }, { name: "x", type: "int", default: 1 }]);
    assert.deepEqual(registry.testCompatibility("s", "latest", { schema: addedWithDefault }, false), []);
  });

  test("transitive catches what latest-only misses", async () => {
    const { registry } = memoryRegistry();
    const withBedInt = record([{ name: "id", type: "string" }, { name: "bed", type: "int" }]);
    const withoutBed = v1;
    const withBedString = record([{ name: "id", type: "string" }, { name: "bed", type: "string", default: "?" }]);
    await registry.register("s", { schema: withBedInt }, false);
    await registry.register("s", { schema: withoutBed }, false);
    assert.deepEqual(registry.testCompatibility("s", "latest", { schema: withBedString }, false), []);
    await registry.setConfig("s", { compatibilityLevel: "BACKWARD_TRANSITIVE" });
    // versions/latest checks one version only (Confluent's CompatibilityResource) ...
    assert.deepEqual(registry.testCompatibility("s", "latest", { schema: withBedString }, false), []);
    // ... while versions (all) and registration apply the transitive level.
    const messages = registry.testCompatibility("s", undefined, { schema: withBedString }, false);
    assert.match(messages[0] ?? "", /TYPE_MISMATCH/);
    assert.ok(messages.includes("{oldSchemaVersion: 1}"));
    const err = await rejects(registry.register("s", { schema: withBedString }, false), 409);
    assert.match(err.message, /BACKWARD_TRANSITIVE/);
  });

  test("soft delete, deleted=true listings, permanent delete only after soft (40405/40407)", async () => {
    const { registry } = memoryRegistry();
    await registry.register("s", { schema: v1 }, false);
    await registry.register("s", { schema: v2 }, false);
    await rejects(registry.deleteVersion("s", 1, true), 40407);
    assert.equal(await registry.deleteVersion("s", 1, false), 1);
    await rejects(registry.deleteVersion("s", 1, false), 40406);
    assert.deepEqual(registry.listVersions("s", false), [2]);
    assert.deepEqual(registry.listVersions("s", true), [1, 2]);
    await rejects(() => registry.getVersion("s", 1, false), 40402);
    assert.equal(registry.getVersion("s", 1, true).id, 1);
    await rejects(registry.deleteSubject("s", true), 40405);
    assert.deepEqual(await registry.deleteSubject("s", false), [2]);
    await rejects(registry.deleteSubject("s", false), 40404);
    await rejects(() => registry.listVersions("s", false), 40401);
    assert.deepEqual(registry.listSubjects(false), []);
    assert.deepEqual(registry.listSubjects(true), ["s"]);
    // Re-registering a soft-deleted schema makes a new version with the same id and, like
    // Confluent, tombstones the soft-deleted older version of it.
    const again = await registry.register("s", { schema: v1 }, false);
    assert.deepEqual([again.id, again.version], [1, 3]);
    assert.deepEqual(registry.listVersions("s", true), [2, 3]);
    await registry.deleteSubject("s", false);
    assert.deepEqual(await registry.deleteSubject("s", true), [2, 3]);
    assert.deepEqual(registry.listSubjects(true), []);
    await rejects(() => registry.schemaById(1), 40403);
    await rejects(registry.deleteSubject("s", false), 40401);
  });

  test("lookup finds the version of a schema; unknown schema is 40403, unknown subject 40401", async () => {
    const { registry } = memoryRegistry();
    await registry.register("s", { schema: v1 }, false);
    await registry.register("s", { schema: v2 }, false);
    assert.equal(registry.lookup("s", { schema: v1 }, false, false).version, 1);
    await rejects(() => registry.lookup("s", { schema: v3NoDefault }, false, false), 40403);
    await rejects(() => registry.lookup("nope", { schema: v1 }, false, false), 40401);
  });

  test("references resolve named types and block deleting what they reference", async () => {
    const { registry } = memoryRegistry();
    const address = JSON.stringify({ type: "record", name: "Address", namespace: "org.carebus", fields: [{ name: "city", type: "string" }] });
    await registry.register("address", { schema: address }, false);
    const patient = record([{ name: "home", type: "org.carebus.Address" }]);
    const refs = [{ name: "org.carebus.Address", subject: "address", version: 1 }];
    await rejects(registry.register("patient", { schema: patient }, false), 42201);
    const registered = await registry.register("patient", { schema: patient, references: refs }, false);
    assert.equal(registered.schema, '{"type":"record","name":"Patient","namespace":"org.carebus","fields":[{"name":"home","type":"Address"}]}');
    assert.deepEqual(registry.referencedBy("address", 1), [registered.id]);
    await rejects(registry.deleteVersion("address", 1, false), 42206);
  });

  test("modes: READONLY refuses writes, IMPORT keeps explicit ids and skips compatibility", async () => {
    const { registry } = memoryRegistry();
    await rejects(registry.register("s", { schema: v1, id: 7 }, false), 42205);
    await registry.setMode(null, "IMPORT", false);
    const imported = await registry.register("s", { schema: v1, id: 42, version: 3 }, false);
    assert.deepEqual([imported.id, imported.version], [42, 3]);
    const overwrite = await rejects(registry.register("t", { schema: v2, id: 42 }, false), 42205);
    assert.equal(overwrite.message, "Overwrite new schema with id 42 in context . is not permitted.");
    const noId = await rejects(registry.register("t", { schema: v2 }, false), 42205);
    assert.equal(noId.message, "Subject t in context . is not in read-write mode");
    await registry.register("s", { schema: v3NoDefault, id: 43 }, false);
    await rejects(registry.setMode("other", "IMPORT", false).then(() => registry.setMode(null, "IMPORT", false)), 42205);
    await registry.setMode(null, "READWRITE", false);
    assert.equal((await registry.register("u", { schema: record([{ name: "z", type: "int" }], "Other") }, false)).id, 44);
    await registry.setMode("u", "READONLY", false);
    await rejects(registry.register("u", { schema: v1 }, false), 42205);
    assert.equal(registry.mode("u"), "READONLY");
    assert.equal(registry.mode("s"), "READWRITE");
  });

  test("config: subject level falls back to global, then BACKWARD", async () => {
    const { registry } = memoryRegistry();
    assert.equal(registry.compatibilityLevel("s"), "BACKWARD");
    await registry.setConfig(null, { compatibilityLevel: "FULL" });
    assert.equal(registry.compatibilityLevel("s"), "FULL");
    await registry.setConfig("s", { compatibilityLevel: "NONE" });
    assert.equal(registry.compatibilityLevel("s"), "NONE");
    await registry.deleteConfig("s");
    assert.equal(registry.compatibilityLevel("s"), "FULL");
  });

  test("JSON and PROTOBUF register through their formats; invalid schemas of any type are 42201", async () => {
    const { registry } = memoryRegistry();
    const json = await registry.register("vitals-value", { schema: '{"type":"object","properties":{"hr":{"type":"integer"}}}', schemaType: "JSON" }, false);
    const proto = await registry.register("orders-value", { schema: 'syntax = "proto3";\nmessage Order { string id = 1; }', schemaType: "PROTOBUF" }, false);
    assert.notEqual(json.id, proto.id);
    await rejects(registry.register("vitals-value", { schema: '{"type":"objekt"}', schemaType: "JSON" }, false), 42201);
    await rejects(registry.register("orders-value", { schema: "message {", schemaType: "PROTOBUF" }, false), 42201);
    await rejects(registry.register("s", { schema: '{"type":"record","name":"X"}' }, false), 42201);
    await rejects(registry.register("s", { schema: "not json" }, false), 42201);
  });

  test("metadata and rule sets are stored and returned", async () => {
    const { registry, log } = memoryRegistry();
    const metadata = { properties: { owner: "ward-7" } };
    const ruleSet = { domainRules: [{ name: "r", kind: "CONDITION", type: "CEL", mode: "WRITE", expr: "true" }] };
    await registry.register("s", { schema: v1, metadata, ruleSet }, false);
    assert.deepEqual(registry.getVersion("s", 1, false).metadata, metadata);
    assert.deepEqual(registry.getVersion("s", 1, false).ruleSet, ruleSet);
    assert.match(log[0]?.value ?? "", /"metadata":\{"properties":\{"owner":"ward-7"\}\},"ruleSet":/);
  });
});
