// `carebus schemas install-catalog` and `list` against a running registry: the catalog's
// subjects appear with BACKWARD compatibility, a second run changes nothing, and a client
// nobody here wrote (@kafkajs/confluent-schema-registry) encodes and decodes with them.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { SchemaRegistry as RegistryClient } from "@kafkajs/confluent-schema-registry";
import { startSchemaRegistry, type RunningSchemaRegistry } from "../../src/registry/start-schema-registry.js";
import { patientAdmitted } from "../../src/sdk/catalog/catalog-examples.js";
import { EVENT_CATALOG } from "../../src/sdk/catalog/index.js";
import { installCatalog } from "../../src/sdk/catalog/install-catalog.js";
import { runCli } from "../support/run-cli.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";

void describe("carebus schemas", () => {
  let server: TestBroker;
  let registry: RunningSchemaRegistry;
  let r: string[];

  before(async () => {
    server = await startTestBroker();
    registry = await startSchemaRegistry({ bootstrapServers: [server.bootstrap], listener: "http://127.0.0.1:0" });
    r = ["--registry-url", registry.url];
  });

  after(async () => {
    await registry.close();
    await server.stop();
  });

  void test("install-catalog registers every event with BACKWARD; a re-run is a no-op", async () => {
    const first = await runCli(["schemas", "install-catalog", ...r]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^clinical\.patient\.admitted-value: registered id \d+ version 1, compatibility set to BACKWARD$/m);
    assert.match(first.stdout, /9 of 9 subjects changed/);

    // The re-run through the SDK function (each CLI run costs a tsx start-up).
    const second = await installCatalog(registry.url);
    assert.equal(second.length, 9);
    assert.ok(second.every((s) => s.schema === "unchanged" && s.compatibility === "unchanged" && s.version === 1));

    const list = await runCli(["schemas", "list", ...r]);
    assert.deepEqual(list.stdout.trim().split("\n"), EVENT_CATALOG.map((e) => e.subject).sort());
    for (const { subject } of EVENT_CATALOG) {
      const res = await fetch(`${registry.url}/config/${subject}`);
      assert.deepEqual(await res.json(), { compatibilityLevel: "BACKWARD" });
      const versions = await fetch(`${registry.url}/subjects/${subject}/versions`);
      assert.deepEqual(await versions.json(), [1]);
    }

    const latest = (await (await fetch(`${registry.url}/subjects/clinical.patient.admitted-value/versions/latest`)).json()) as { schema: string };
    assert.match(latest.schema, /"name":"PatientAdmittedEvent","namespace":"com.healthcare.events.clinical"/);
  });

  void test("an installed schema serves an unmodified client", async () => {
    const client = new RegistryClient({ host: registry.url });
    const id = await client.getLatestSchemaId("clinical.patient.admitted-value");
    const decoded: unknown = await client.decode(await client.encode(id, patientAdmitted));
    assert.deepEqual(JSON.parse(JSON.stringify(decoded)), JSON.parse(JSON.stringify(patientAdmitted)));
  });
});
