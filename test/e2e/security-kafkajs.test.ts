// KafkaJS over TLS with SASL: PLAIN and SCRAM-SHA-256 on a SASL_SSL listener, producing
// and reading offsets back through its admin client (its consumer needs the group APIs,
// which arrive with the group coordinator). A wrong password is KafkaJS's SASL
// authentication error and does not disturb an authenticated producer.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import kafkajs, { type SASLOptions } from "kafkajs";
import { RawClient } from "../support/raw-client.js";
import { addScramUser } from "../support/sasl-raw.js";
import { startSecureBroker, type SecureBroker } from "../support/secure-broker.js";
import { createTlsFixtures, type TlsFixtures } from "../support/tls-fixtures.js";

// kafkajs is CommonJS with a spread in its exports, which Node's named-import detection misses.
const { Kafka, logLevel } = kafkajs;

let certs: TlsFixtures;
let server: SecureBroker;

before(async () => {
  certs = await createTlsFixtures();
  server = await startSecureBroker({
    listeners: "PLAINTEXT://127.0.0.1:0,SASL_SSL://127.0.0.1:0",
    "sasl.enabled.mechanisms": "PLAIN,SCRAM-SHA-256",
    "listener.name.sasl_ssl.plain.sasl.jaas.config":
      'org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="admin-secret" user_admin="admin-secret" user_alice="alice-secret";',
    "ssl.keystore.type": "PEM",
    "ssl.keystore.certificate.chain": certs.read(certs.serverCertPath),
    "ssl.keystore.key": certs.read(certs.serverKeyPath),
  });
  const admin = await RawClient.connect(server.port("PLAINTEXT"));
  try {
    assert.deepEqual(await addScramUser(admin, "lab-feed", "lab-secret", ["SCRAM-SHA-256"]), [0]);
  } finally {
    await admin.close();
  }
});

after(async () => {
  await server?.stop();
  certs?.remove();
});

function kafka(sasl: SASLOptions) {
  return new Kafka({
    clientId: "carebus-security-e2e",
    brokers: [server.bootstrap("SASL_SSL")],
    ssl: { ca: [certs.read(certs.caPath)], servername: "localhost" },
    sasl,
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
  });
}

describe("KafkaJS with ssl and sasl", () => {
  const cases: [string, SASLOptions, string][] = [
    ["plain", { mechanism: "plain", username: "alice", password: "alice-secret" }, "User:alice"],
    ["scram-sha-256", { mechanism: "scram-sha-256", username: "lab-feed", password: "lab-secret" }, "User:lab-feed"],
  ];
  for (const [name, sasl, principal] of cases) {
    test(`sasl ${name}: produces and reads offsets back as ${principal}`, async () => {
      const client = kafka(sasl);
      const producer = client.producer({ allowAutoTopicCreation: true });
      const admin = client.admin();
      await producer.connect();
      await admin.connect();
      try {
        const topic = `clinical.kafkajs.${name}`;
        const sent = await producer.send({ topic, acks: -1, messages: [{ key: "mrn-1", value: "admitted", partition: 0 }, { key: "mrn-1", value: "discharged", partition: 0 }] });
        assert.deepEqual(sent.map((r) => [r.partition, r.errorCode, r.baseOffset]), [[0, 0, "0"]]);
        const offsets = await admin.fetchTopicOffsets(topic);
        assert.deepEqual(offsets.map((o) => [o.partition, o.high]), [[0, "2"]]);
        assert.ok(server.logs.some((l) => l.msg === "SASL authentication succeeded" && l["principal"] === principal && l["mechanism"] === sasl.mechanism.toUpperCase()));
      } finally {
        await producer.disconnect();
        await admin.disconnect();
      }
    });
  }

  test("a wrong password is a SASL authentication failure; an authenticated producer keeps working", async () => {
    const good = kafka({ mechanism: "scram-sha-256", username: "lab-feed", password: "lab-secret" }).producer({ allowAutoTopicCreation: true });
    await good.connect();
    try {
      const bad = kafka({ mechanism: "plain", username: "alice", password: "nope" }).producer();
      await assert.rejects(bad.connect(), (err: Error) => {
        assert.equal(err.name, "KafkaJSSASLAuthenticationError");
        assert.match(err.message, /SASL PLAIN authentication failed/);
        return true;
      });
      const sent = await good.send({ topic: "clinical.kafkajs.after-failure", messages: [{ value: "still here", partition: 0 }] });
      assert.equal(sent[0]?.errorCode, 0);
    } finally {
      await good.disconnect();
    }
  });
});
