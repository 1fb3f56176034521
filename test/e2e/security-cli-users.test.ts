// `carebus users add|list|delete` as an operator runs them: users created over a
// PLAINTEXT listener, then used through --command-config (SASL_SSL, SCRAM-SHA-512,
// Kafka client property names) by the same CLI; deleting a user locks it out.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../support/run-cli.js";
import { startSecureBroker, type SecureBroker } from "../support/secure-broker.js";
import { createTlsFixtures, type TlsFixtures } from "../support/tls-fixtures.js";

let certs: TlsFixtures;
let server: SecureBroker;

before(async () => {
  certs = await createTlsFixtures();
  server = await startSecureBroker({
    listeners: "PLAINTEXT://127.0.0.1:0,SASL_SSL://127.0.0.1:0",
    "sasl.enabled.mechanisms": "SCRAM-SHA-512",
    "ssl.keystore.type": "PEM",
    "ssl.keystore.location": certs.serverKeystorePath,
  });
});

after(async () => {
  await server?.stop();
  certs?.remove();
});

test("users add, list over SASL_SSL as the new user, delete", async () => {
  const plain = ["-b", server.bootstrap("PLAINTEXT")];
  const added = await runCli(["users", "add", "alice", "--password", "alice-secret", "--mechanism", "SCRAM-SHA-512", ...plain]);
  assert.equal(added.code, 0, added.stderr);
  assert.match(added.stdout, /Set SCRAM-SHA-512 credentials for user alice/);

  const clientProps = join(certs.dir, "client.properties");
  writeFileSync(
    clientProps,
    [
      "security.protocol=SASL_SSL",
      "sasl.mechanism=SCRAM-SHA-512",
      'sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="alice" password="alice-secret";',
      `ssl.truststore.location=${certs.caPath}`,
      "",
    ].join("\n"),
  );
  const listed = await runCli(["users", "list", "--json", "-b", server.bootstrap("SASL_SSL"), "--command-config", clientProps]);
  assert.equal(listed.code, 0, listed.stderr);
  assert.deepEqual(JSON.parse(listed.stdout), [{ user: "alice", credentials: [{ mechanism: "SCRAM-SHA-512", iterations: 4096 }] }]);
  assert.ok(server.logs.some((l) => l.msg === "SASL authentication succeeded" && l["principal"] === "User:alice"));

  const deleted = await runCli(["users", "delete", "alice", ...plain]);
  assert.equal(deleted.code, 0, deleted.stderr);
  assert.match(deleted.stdout, /Deleted SCRAM-SHA-512 credentials of user alice/);
  assert.equal(server.broker.scramCredentials.describe("alice"), undefined);
  const lockedOut = await runCli(["users", "list", "-b", server.bootstrap("SASL_SSL"), "--command-config", clientProps]);
  assert.equal(lockedOut.code, 1);
  assert.match(lockedOut.stderr, /authentication|SASL/i);
});
