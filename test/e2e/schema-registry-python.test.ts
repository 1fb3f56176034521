// confluent_kafka's SchemaRegistryClient (Python) against Carebus's Schema Registry:
// register_schema, get_latest_version, get_versions, test_compatibility, set_compatibility.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { startSchemaRegistry, type RunningSchemaRegistry } from "../../src/registry/start-schema-registry.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";

const SCRIPT = fileURLToPath(new URL("./schema-registry-python.py", import.meta.url));
const PYTHON = "/usr/bin/python3";

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

test("confluent_kafka SchemaRegistryClient registers, reads and checks compatibility", async () => {
  // async: the broker and registry run in this process
  const { stdout } = await promisify(execFile)(PYTHON, [SCRIPT, registry.url], { timeout: 60_000 });
  const out = JSON.parse(stdout) as Record<string, unknown>;
  assert.equal(out["id1"], 1);
  assert.equal(out["id2"], 2);
  assert.deepEqual(out["latest"], { id: 2, version: 2, subject: "clinical.vitals.recorded-value", type: "AVRO" });
  assert.deepEqual(out["versions"], [1, 2]);
  assert.equal(out["compatible_bad"], false);
  assert.deepEqual(out["set_compat"], { compatibility: "NONE" });
  assert.equal(out["compatible_bad_after_none"], true);
  assert.deepEqual(out["by_id"], {
    type: "record",
    name: "VitalsRecorded",
    namespace: "org.carebus",
    fields: [{ name: "patientId", type: "string" }],
  });
  assert.deepEqual(out["error"], { http: 404, code: 40401, message: "Subject 'no-such-subject' not found." });
});
