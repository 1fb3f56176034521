// `carebus start --bootstrap-servers`: the platform services without an embedded broker,
// against a Kafka cluster they reach only through the Kafka protocol (here a Carebus
// broker in this process stands in for the cluster).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";

const MAIN = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));
let server: TestBroker;
let child: ChildProcess | undefined;

before(async () => {
  server = await startTestBroker();
});

after(async () => {
  if (child !== undefined && child.exitCode === null) {
    const exited = new Promise((resolve) => child?.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
  await server.stop();
});

test("the Schema Registry runs against an existing cluster and keeps its schemas there", async () => {
  child = spawn(process.execPath, ["--import", "tsx", MAIN, "start", "--bootstrap-servers", server.bootstrap, "--override", "carebus.schema.registry.port=0"], {
    env: { ...process.env, CAREBUS_LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    child?.stdout?.on("data", (d: Buffer) => {
      output += d.toString();
      const m = /Schema Registry listening on (http:\/\/[^ ]+) \(Kafka cluster /.exec(output);
      if (m?.[1] !== undefined) resolve(m[1].replace("0.0.0.0", "127.0.0.1"));
    });
    child?.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    child?.once("exit", (code) => reject(new Error(`carebus start exited with ${code}: ${output}`)));
  });
  assert.doesNotMatch(output, /Carebus broker listening/);

  const res = await fetch(`${url}/subjects/clinical.patient.admitted-value/versions`, {
    method: "POST",
    headers: { "content-type": "application/vnd.schemaregistry.v1+json" },
    body: JSON.stringify({ schema: JSON.stringify({ type: "record", name: "PatientAdmitted", fields: [{ name: "patientId", type: "string" }] }) }),
  });
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { id: 1 });
  // The schema lives in the cluster's _schemas topic, not in the process.
  const log = server.broker.getLog("_schemas", 0);
  assert.ok(log !== undefined && log.logEndOffset > 0n);
});
