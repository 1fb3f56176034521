// `carebus acls add|list|remove` with kafka-acls's flags, as the seeds run them, over a
// SASL_PLAINTEXT listener with --command-config (admin is a super user); bob, a plain
// user, is refused ACL administration with CLUSTER_AUTHORIZATION_FAILED.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { AclOperation, ResourceType } from "../../src/security/authorizer/acl-types.js";
import { runCli } from "../support/run-cli.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";

let server: TestBroker;
let adminProps: string;
let bobProps: string;

before(async () => {
  server = await startTestBroker({
    listeners: "SASL_PLAINTEXT://127.0.0.1:0",
    "sasl.enabled.mechanisms": "PLAIN",
    "listener.name.sasl_plaintext.plain.sasl.jaas.config":
      'org.apache.kafka.common.security.plain.PlainLoginModule required user_admin="admin-secret" user_bob="bob-secret";',
    "authorizer.class.name": "kafka.security.authorizer.AclAuthorizer",
    "super.users": "User:admin;User:kafka",
  });
  const props = (user: string) => {
    const path = join(server.logDir, `${user}.properties`);
    writeFileSync(
      path,
      [
        "security.protocol=SASL_PLAINTEXT",
        "sasl.mechanism=PLAIN",
        `sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${user}" password="${user}-secret";`,
        "",
      ].join("\n"),
    );
    return path;
  };
  adminProps = props("admin");
  bobProps = props("bob");
});

after(async () => {
  await server?.stop();
});

test("acls add, list and remove with kafka-acls flags", async () => {
  const as = (props: string) => ["--bootstrap-server", server.bootstrap, "--command-config", props];
  const added = await runCli(["acls", "add", ...as(adminProps), "--allow-principal", "User:app1", "--operation", "Read", "--operation", "Write", "--topic", "patient-events"]);
  assert.equal(added.code, 0, added.stderr);
  const prefixed = await runCli(["acls", "add", ...as(adminProps), "--allow-principal", "User:clinical-app", "--consumer", "--topic", "clinical.", "--group", "clinical-", "--resource-pattern-type", "prefixed"]);
  assert.equal(prefixed.code, 0, prefixed.stderr);

  const store = server.broker.authorization.authorizer?.store;
  const summary = () => (store?.all() ?? []).map((b) => `${b.principal} ${b.resourceType}:${b.patternType}:${b.resourceName} ${b.operation}`).sort();
  assert.deepEqual(summary(), [
    `User:app1 ${ResourceType.TOPIC}:3:patient-events ${AclOperation.READ}`,
    `User:app1 ${ResourceType.TOPIC}:3:patient-events ${AclOperation.WRITE}`,
    `User:clinical-app ${ResourceType.GROUP}:4:clinical- ${AclOperation.READ}`,
    `User:clinical-app ${ResourceType.TOPIC}:4:clinical. ${AclOperation.DESCRIBE}`,
    `User:clinical-app ${ResourceType.TOPIC}:4:clinical. ${AclOperation.READ}`,
  ].sort());

  const listed = await runCli(["acls", "list", ...as(adminProps), "--topic", "patient-events"]);
  assert.equal(listed.code, 0, listed.stderr);
  assert.match(listed.stdout, /ResourcePattern\(resourceType=TOPIC, name=patient-events, patternType=LITERAL\)/);
  assert.match(listed.stdout, /principal=User:app1, host=\*, operation=WRITE, permissionType=ALLOW/);
  assert.doesNotMatch(listed.stdout, /clinical/);

  const refused = await runCli(["acls", "list", ...as(bobProps)]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /authoriz/i);

  const removed = await runCli(["acls", "remove", ...as(adminProps), "--principal", "User:clinical-app"]);
  assert.equal(removed.code, 0, removed.stderr);
  assert.equal(summary().filter((s) => s.includes("clinical-app")).length, 0);
  assert.equal(summary().length, 2);
});
