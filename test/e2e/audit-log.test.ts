// The audit log end to end on a SASL_PLAINTEXT (PLAIN) listener with unmodified clients:
// a wrong password (KafkaJS) is an AUTHENTICATION FAILURE entry with the client address;
// a topic created and its config altered by KafkaJS's admin as alice are
// TOPIC_CONFIG_CHANGE entries naming User:alice; the entries are in the audit file and in
// the security.audit.phi-access topic (read back with kcat -C -e); `carebus audit verify`
// passes on the broker's real file and fails once the test edits one line.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import kafkajs, { type SASLOptions } from "kafkajs";
import type { AuditEntry } from "../../src/security/audit/audit-event.js";
import { AUDIT_TOPIC } from "../../src/security/audit/audit-topic-sink.js";
import { runCli } from "../support/run-cli.js";
import { startSecureBroker, type SecureBroker } from "../support/secure-broker.js";
import { runKcat } from "../support/kcat.js";

const { Kafka, logLevel } = kafkajs;

let server: SecureBroker;
let auditDir: string;

before(async () => {
  server = await startSecureBroker({
    listeners: "SASL_PLAINTEXT://127.0.0.1:0",
    "sasl.enabled.mechanisms": "PLAIN",
    "listener.name.sasl_plaintext.plain.sasl.jaas.config":
      'org.apache.kafka.common.security.plain.PlainLoginModule required user_alice="alice-secret";',
  });
  auditDir = join(server.logDir, "audit");
});

after(async () => {
  await server?.stop();
});

function kafka(sasl: SASLOptions) {
  return new Kafka({ clientId: "audit-e2e", brokers: [server.bootstrap("SASL_PLAINTEXT")], sasl, logLevel: logLevel.NOTHING, retry: { retries: 0 } });
}

async function fileEntries(): Promise<AuditEntry[]> {
  await server.broker.audit.flush();
  return readFileSync(join(auditDir, "audit.jsonl"), "utf8").split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as AuditEntry);
}

function kcat(args: readonly string[]): Promise<string> {
  return runKcat(server.bootstrap("SASL_PLAINTEXT"), [
    "-X", "security.protocol=SASL_PLAINTEXT", "-X", "sasl.mechanisms=PLAIN",
    "-X", "sasl.username=alice", "-X", "sasl.password=alice-secret", ...args,
  ]);
}

describe("audit log", () => {
  test("a wrong password is an AUTHENTICATION FAILURE entry with the client address", async () => {
    const producer = kafka({ mechanism: "plain", username: "alice", password: "wrong" }).producer();
    await assert.rejects(producer.connect(), /SASL|authentication/i);
    const failures = (await fileEntries()).filter((e) => e.kind === "AUTHENTICATION");
    assert.equal(failures.length >= 1, true);
    const e = failures[0];
    assert.equal(e?.decision, "FAILURE");
    assert.equal(e?.clientAddress, "127.0.0.1");
    assert.equal(e?.listener, "SASL_PLAINTEXT");
    assert.equal(e?.details["mechanism"], "PLAIN");
    assert.equal(e?.details["reason"], "wrong password for alice");
  });

  test("creating a topic and altering its config as alice are TOPIC_CONFIG_CHANGE entries naming her", async () => {
    const admin = kafka({ mechanism: "plain", username: "alice", password: "alice-secret" }).admin();
    await admin.connect();
    try {
      await admin.createTopics({ topics: [{ topic: "clinical.audit.altered", numPartitions: 1 }] });
      await admin.alterConfigs({
        validateOnly: false,
        resources: [{ type: 2 /* TOPIC */, name: "clinical.audit.altered", configEntries: [{ name: "retention.ms", value: "86400000" }] }],
      });
    } finally {
      await admin.disconnect();
    }
    const changes = (await fileEntries()).filter((e) => e.kind === "TOPIC_CONFIG_CHANGE" && e.resource.name === "clinical.audit.altered");
    assert.deepEqual(changes.map((e) => [e.operation, e.decision, e.principal, e.api]), [
      ["CREATE", "SUCCESS", "User:alice", "CreateTopics"],
      ["ALTER_CONFIGS", "SUCCESS", "User:alice", "AlterConfigs"],
    ]);
    assert.deepEqual(changes[1]?.details["configs"], { "retention.ms": "86400000" });
    assert.equal(changes[1]?.clientId, "audit-e2e");
  });

  test("the entries are in the security.audit.phi-access topic, in chain order", async () => {
    const inFile = await fileEntries();
    const out = await kcat(["-C", "-t", AUDIT_TOPIC, "-e", "-q", "-f", "%k\t%s\n"]);
    const records = out.split("\n").filter((l) => l !== "").map((l) => {
      const [key, value] = l.split("\t");
      return { key, entry: JSON.parse(value ?? "") as AuditEntry };
    });
    assert.deepEqual(records.map((r) => r.entry.seq), inFile.map((e) => e.seq));
    assert.deepEqual(records.map((r) => r.entry.hash), inFile.map((e) => e.hash));
    assert.equal(records.find((r) => r.entry.kind === "TOPIC_CONFIG_CHANGE")?.key, "User:alice");
    assert.equal(server.broker.topicConfig(AUDIT_TOPIC).get("cleanup.policy").join(","), "delete");
  });

  test("carebus audit verify passes on the real file and fails after one line is edited", async () => {
    await server.broker.audit.flush();
    const ok = await runCli(["audit", "verify", "--dir", auditDir]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /^OK: \d+ entries/);

    const path = join(auditDir, "audit.jsonl");
    const lines = readFileSync(path, "utf8").split("\n");
    lines[0] = (lines[0] ?? "").replace("127.0.0.1", "10.9.9.9");
    writeFileSync(path, lines.join("\n"));
    const broken = await runCli(["audit", "verify", "--dir", auditDir]);
    assert.equal(broken.code, 1);
    assert.match(broken.stdout, /BROKEN at seq 1 \(altered\)/);
  });
});
