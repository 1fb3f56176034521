// Clients nobody here wrote, over every security protocol: python confluent_kafka and
// kcat (librdkafka) produce and consume over SSL, SASL_PLAINTEXT with PLAIN, SASL_SSL with
// SCRAM-SHA-256/512, and mTLS (ssl.client.auth=required, principal from the certificate);
// a wrong password is an authentication failure while the broker keeps serving others;
// PLAINTEXT and SASL_SSL listeners serve side by side.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { RawClient } from "../support/raw-client.js";
import { addScramUser } from "../support/sasl-raw.js";
import { startSecureBroker, type SecureBroker } from "../support/secure-broker.js";
import { createTlsFixtures, type TlsFixtures } from "../support/tls-fixtures.js";
import { runKcat } from "../support/kcat.js";

const SCRIPT = fileURLToPath(new URL("./security-librdkafka.py", import.meta.url));
const PYTHON = "/usr/bin/python3";
const JAAS = 'org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="admin-secret" user_admin="admin-secret" user_alice="alice-secret";';

let certs: TlsFixtures;
let server: SecureBroker;

before(async () => {
  certs = await createTlsFixtures();
  server = await startSecureBroker({
    listeners: "PLAINTEXT://127.0.0.1:0,SSL://127.0.0.1:0,SASL_PLAINTEXT://127.0.0.1:0,SASL_SSL://127.0.0.1:0,MTLS://127.0.0.1:0",
    "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL,MTLS:SSL",
    "listener.name.sasl_plaintext.sasl.enabled.mechanisms": "PLAIN",
    "listener.name.sasl_plaintext.plain.sasl.jaas.config": JAAS,
    "listener.name.sasl_ssl.sasl.enabled.mechanisms": "SCRAM-SHA-256,SCRAM-SHA-512",
    "ssl.keystore.type": "PEM",
    "ssl.keystore.location": certs.serverKeystorePath,
    "ssl.truststore.type": "PEM",
    "ssl.truststore.location": certs.caPath,
    "listener.name.mtls.ssl.client.auth": "required",
    "listener.name.mtls.ssl.principal.mapping.rules": "RULE:^CN=([^,]*),.*$/$1/",
  });
  const admin = await RawClient.connect(server.port("PLAINTEXT"));
  try {
    assert.deepEqual(await addScramUser(admin, "clinical-app", "app-secret"), [0]);
  } finally {
    await admin.close();
  }
});

after(async () => {
  await server?.stop();
  certs?.remove();
});

interface PythonResult {
  errors: string[];
  unflushed: number;
  delivered: number[];
  consumed: string[];
}

async function python(listener: string, topic: string, settings: Record<string, string>): Promise<PythonResult> {
  // async: the broker runs in this process, so a synchronous child would starve it
  const { stdout } = await promisify(execFile)(PYTHON, [SCRIPT, server.bootstrap(listener), topic, JSON.stringify(settings)], { timeout: 60_000 });
  return JSON.parse(stdout) as PythonResult;
}

const SENT = [0, 1, 2, 3, 4].map((i) => `secure event ${i}`);

describe("python confluent_kafka", () => {
  const cases: [string, string, () => Record<string, string>][] = [
    ["SSL", "SSL", () => ({ "security.protocol": "SSL", "ssl.ca.location": certs.caPath })],
    ["SASL_PLAINTEXT with PLAIN", "SASL_PLAINTEXT", () => ({ "security.protocol": "SASL_PLAINTEXT", "sasl.mechanisms": "PLAIN", "sasl.username": "alice", "sasl.password": "alice-secret" })],
    [
      "SASL_SSL with SCRAM-SHA-512",
      "SASL_SSL",
      () => ({ "security.protocol": "SASL_SSL", "sasl.mechanisms": "SCRAM-SHA-512", "sasl.username": "clinical-app", "sasl.password": "app-secret", "ssl.ca.location": certs.caPath }),
    ],
    [
      "mTLS with ssl.client.auth=required",
      "MTLS",
      () => ({ "security.protocol": "SSL", "ssl.ca.location": certs.caPath, "ssl.certificate.location": certs.clientCertPath, "ssl.key.location": certs.clientKeyPath }),
    ],
  ];
  for (const [what, listener, settings] of cases) {
    test(`produces and consumes over ${what}`, async () => {
      const topic = `clinical.security.${listener.toLowerCase()}`;
      const out = await python(listener, topic, settings());
      assert.deepEqual(out.errors, []);
      assert.equal(out.unflushed, 0);
      assert.deepEqual(out.delivered, [0, 1, 2, 3, 4]);
      assert.deepEqual(out.consumed, SENT);
    });
  }

  test("the mTLS principal comes from the client certificate", () => {
    const line = server.logs.find((l) => l.msg === "TLS client authenticated" && l["listener"] === "MTLS");
    assert.equal(line?.["subject"], certs.clientSubject);
    assert.equal(line?.["principal"], "User:alice");
  });

  test("a wrong password is an authentication failure, and the broker keeps serving others", async () => {
    const out = await python("SASL_SSL", "clinical.security.denied", {
      "security.protocol": "SASL_SSL", "sasl.mechanisms": "SCRAM-SHA-512", "sasl.username": "clinical-app", "sasl.password": "wrong", "ssl.ca.location": certs.caPath,
      "message.timeout.ms": "1500",
    });
    assert.ok(out.errors.some((e) => /Authentication failed|SASL authentication error/i.test(e)), out.errors.join("\n"));
    assert.deepEqual(out.delivered, []);
    assert.equal(server.broker.topics.get("clinical.security.denied"), undefined, "nothing was created by the refused client");
    const good = await python("SASL_PLAINTEXT", "clinical.security.after-failure", { "security.protocol": "SASL_PLAINTEXT", "sasl.mechanisms": "PLAIN", "sasl.username": "admin", "sasl.password": "admin-secret" });
    assert.deepEqual(good.consumed, SENT);
  });
});

/** Runs kcat asynchronously and resolves with its stdout. */
function kcat(bootstrap: string, args: readonly string[], input?: string): Promise<string> {
  return runKcat(bootstrap, args, input === undefined ? {} : { input });
}

describe("kcat", () => {
  const scram = (password: string) => [
    "-X", "security.protocol=SASL_SSL", "-X", "sasl.mechanisms=SCRAM-SHA-256", "-X", "sasl.username=clinical-app",
    "-X", `sasl.password=${password}`, "-X", `ssl.ca.location=${certs.caPath}`,
  ];

  test("SASL_SSL with SCRAM-SHA-256 beside a PLAINTEXT listener: both serve the same topic", async () => {
    const topic = "clinical.security.kcat";
    await kcat(server.bootstrap("SASL_SSL"), [...scram("app-secret"), "-P", "-t", topic, "-p", "0", "-K:"], "mrn-1:admitted\nmrn-2:discharged\n");
    const secure = await kcat(server.bootstrap("SASL_SSL"), [...scram("app-secret"), "-C", "-t", topic, "-o", "beginning", "-e", "-q", "-f", "%k=%s\\n"]);
    const plain = await kcat(server.bootstrap("PLAINTEXT"), ["-C", "-t", topic, "-o", "beginning", "-e", "-q", "-f", "%k=%s\\n"]);
    assert.deepEqual(secure.trim().split("\n"), ["mrn-1=admitted", "mrn-2=discharged"]);
    assert.equal(plain, secure);
  });

  test("a wrong SCRAM password fails with an authentication error", async () => {
    await assert.rejects(
      kcat(server.bootstrap("SASL_SSL"), [...scram("wrong"), "-X", "reconnect.backoff.max.ms=100", "-L", "-m", "2"]),
      /Authentication failed|SASL authentication error/i,
    );
  });
});
