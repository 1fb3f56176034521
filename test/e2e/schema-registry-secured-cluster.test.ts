// The platform services against a secured cluster: `carebus start --bootstrap-servers` with
// the registry's kafkastore.* client settings (Confluent's names under
// carebus.schema.registry.kafkastore.) reaches a SASL_PLAINTEXT-only broker, keeps its
// schemas in `_schemas` there, and refuses to start with a wrong password; the admin verbs
// reach the same broker with --command-config, as Kafka's tools do.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../support/run-cli.js";
import { startSecureBroker, type SecureBroker } from "../support/secure-broker.js";

const MAIN = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));
const JAAS = (user: string, password: string) => `org.apache.kafka.common.security.plain.PlainLoginModule required username="${user}" password="${password}";`;
let server: SecureBroker;
let dir: string;
const children: ChildProcess[] = [];

before(async () => {
  server = await startSecureBroker({
    listeners: "SASL_PLAINTEXT://127.0.0.1:0",
    "sasl.enabled.mechanisms": "PLAIN",
    "listener.name.sasl_plaintext.plain.sasl.jaas.config":
      'org.apache.kafka.common.security.plain.PlainLoginModule required user_registry="registry-secret" user_ops="ops-secret";',
    "group.initial.rebalance.delay.ms": "0",
  });
  dir = mkdtempSync(join(tmpdir(), "carebus-secured-registry-"));
});

after(async () => {
  for (const child of children) {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
  }
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Starts the platform services; resolves with the registry URL, or rejects with the output when the process exits. */
function startPlatform(password: string): Promise<string> {
  const prefix = "carebus.schema.registry.kafkastore.";
  const child = spawn(
    process.execPath,
    [
      "--import", "tsx", MAIN, "start", "--bootstrap-servers", server.bootstrap("SASL_PLAINTEXT"),
      "--override", "carebus.schema.registry.port=0",
      "--override", `${prefix}security.protocol=SASL_PLAINTEXT`,
      "--override", `${prefix}sasl.mechanism=PLAIN`,
      "--override", `${prefix}sasl.jaas.config=${JAAS("registry", password)}`,
    ],
    { env: { ...process.env, CAREBUS_LOG_LEVEL: "warn" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  children.push(child);
  let output = "";
  return new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (d: Buffer) => {
      output += d.toString();
      const m = /Schema Registry listening on (http:\/\/[^ ]+) \(Kafka cluster /.exec(output);
      if (m?.[1] !== undefined) resolve(m[1].replace("0.0.0.0", "127.0.0.1"));
    });
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    child.once("exit", (code) => reject(new Error(`carebus start exited with ${code}: ${output}`)));
  });
}

test("the registry keeps its schemas on a SASL-only cluster through its kafkastore settings", async () => {
  const url = await startPlatform("registry-secret");
  const schema = JSON.stringify({ type: "record", name: "Admitted", namespace: "org.carebus", fields: [{ name: "patientId", type: "string" }] });
  const res = await fetch(`${url}/subjects/patient.admitted-value/versions`, {
    method: "POST",
    headers: { "content-type": "application/vnd.schemaregistry.v1+json" },
    body: JSON.stringify({ schema }),
  });
  assert.equal(res.status, 200, await res.clone().text());
  assert.deepEqual(await res.json(), { id: 1 });

  // The admin verbs reach the same SASL listener with Kafka's --command-config file.
  const props = join(dir, "client.properties");
  writeFileSync(props, `security.protocol=SASL_PLAINTEXT\nsasl.mechanism=PLAIN\nsasl.jaas.config=${JAAS("ops", "ops-secret")}\n`);
  const listed = await runCli(["topics", "list", "--bootstrap-server", server.bootstrap("SASL_PLAINTEXT"), "--command-config", props]);
  assert.equal(listed.code, 0, listed.stderr);
  assert.match(listed.stdout, /^_schemas$/m);

  const unauthenticated = await runCli(["topics", "list", "--bootstrap-server", server.bootstrap("SASL_PLAINTEXT")]);
  assert.notEqual(unauthenticated.code, 0, "without credentials a SASL listener gives nothing");
});

test("a wrong kafkastore password stops the registry at start-up with a clear message", async () => {
  await assert.rejects(startPlatform("wrong"), (err: Error) => {
    assert.match(err.message, /exited with 1/);
    assert.match(err.message, /cannot start the schema registry/);
    return true;
  });
});
