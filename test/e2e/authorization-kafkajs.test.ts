// ACLs end to end on a SASL_PLAINTEXT listener with PLAIN users (admin is a super user):
// KafkaJS's admin creates, lists and deletes ACLs; alice may write to `orders` and read
// it in group `billing`, bob may not; kcat (librdkafka) produces as each; Metadata hides
// what a principal cannot describe; a PHI topic (clinical.*) stays closed to everyone
// without an ACL even with allow.everyone.if.no.acl.found=true; every decision reaches
// broker.onAuthorization.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import kafkajs from "kafkajs";
import type { AuthorizationEvent } from "../../src/security/authorizer/authorization-event.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";

const { Kafka, logLevel, AclResourceTypes, AclOperationTypes, AclPermissionTypes, ResourcePatternTypes } = kafkajs;

const JAAS =
  'org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="admin-secret" ' +
  'user_admin="admin-secret" user_alice="alice-secret" user_bob="bob-secret";';

let server: TestBroker;
const events: AuthorizationEvent[] = [];

before(async () => {
  server = await startTestBroker({
    listeners: "SASL_PLAINTEXT://127.0.0.1:0",
    "sasl.enabled.mechanisms": "PLAIN",
    "listener.name.sasl_plaintext.plain.sasl.jaas.config": JAAS,
    "authorizer.class.name": "org.apache.kafka.metadata.authorizer.StandardAuthorizer",
    "super.users": "User:admin",
    "allow.everyone.if.no.acl.found": "true",
    "group.initial.rebalance.delay.ms": "0",
    "offsets.topic.num.partitions": "1",
  });
  server.broker.onAuthorization((e) => events.push(e));
  const admin = client("admin").admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics: [{ topic: "orders", numPartitions: 1 }, { topic: "clinical.notes", numPartitions: 1 }, { topic: "public.news", numPartitions: 1 }] });
    const allow = (resourceType: number, resourceName: string, principal: string, operation: number) => ({
      resourceType,
      resourceName,
      resourcePatternType: ResourcePatternTypes.LITERAL,
      principal,
      host: "*",
      operation,
      permissionType: AclPermissionTypes.ALLOW,
    });
    await admin.createAcls({
      acl: [
        allow(AclResourceTypes.TOPIC, "orders", "User:alice", AclOperationTypes.WRITE),
        allow(AclResourceTypes.TOPIC, "orders", "User:alice", AclOperationTypes.READ),
        allow(AclResourceTypes.GROUP, "billing", "User:alice", AclOperationTypes.READ),
        // Only admin may read group etl-group: alice's transactional offsets to it are refused.
        allow(AclResourceTypes.GROUP, "etl-group", "User:admin", AclOperationTypes.READ),
        // An ACL on the cluster, so allow.everyone.if.no.acl.found no longer opens it to bob.
        allow(AclResourceTypes.CLUSTER, "kafka-cluster", "User:alice", AclOperationTypes.DESCRIBE),
      ],
    });
  } finally {
    await admin.disconnect();
  }
});

after(async () => {
  await server?.stop();
});

function client(user: string) {
  return new Kafka({
    clientId: `authz-e2e-${user}`,
    brokers: [server.bootstrap],
    sasl: { mechanism: "plain", username: user, password: `${user}-secret` },
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
  });
}

function kcat(user: string, args: readonly string[], input: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const sasl = ["-X", "security.protocol=SASL_PLAINTEXT", "-X", "sasl.mechanisms=PLAIN", "-X", `sasl.username=${user}`, "-X", `sasl.password=${user}-secret`];
    const child = spawn("kcat", ["-b", server.bootstrap, ...sasl, ...args], { stdio: ["pipe", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
    child.stdin.end(input);
  });
}

describe("authorization with KafkaJS and kcat", () => {
  test("alice may produce to orders with kcat; bob gets Topic authorization failed", async () => {
    const ok = await kcat("alice", ["-P", "-t", "orders", "-p", "0"], "order-1\n");
    assert.equal(ok.code, 0, ok.stderr);
    const denied = await kcat("bob", ["-P", "-t", "orders", "-p", "0", "-X", "message.timeout.ms=3000"], "order-2\n");
    assert.notEqual(denied.code, 0);
    assert.match(denied.stderr, /Topic authorization failed/i);
    // librdkafka learns it from Metadata (DESCRIBE) before it sends a Produce.
    assert.ok(events.some((e) => e.principal.name === "bob" && e.resourceName === "orders" && !e.allowed));
  });

  test("KafkaJS: bob's send fails with TOPIC_AUTHORIZATION_FAILED", async () => {
    const producer = client("bob").producer();
    await producer.connect();
    try {
      await assert.rejects(producer.send({ topic: "orders", messages: [{ value: "x" }] }), (err: Error) => {
        assert.match(`${err.name} ${err.message}`, /authoriz/i);
        return true;
      });
    } finally {
      await producer.disconnect();
    }
  });

  test("Metadata hides the topics a principal cannot describe", async () => {
    const bob = client("bob").admin();
    const alice = client("alice").admin();
    await bob.connect();
    await alice.connect();
    try {
      const bobTopics = (await bob.fetchTopicMetadata()).topics.map((t) => t.name).sort();
      assert.deepEqual(bobTopics, ["public.news"], "no ACL on public.news and allow.everyone; orders has ACLs; clinical.* is PHI");
      const aliceTopics = (await alice.fetchTopicMetadata()).topics.map((t) => t.name).sort();
      assert.deepEqual(aliceTopics, ["orders", "public.news"]);
    } finally {
      await bob.disconnect();
      await alice.disconnect();
    }
  });

  test("PHI topics deny everyone without an ACL even with allow.everyone.if.no.acl.found", async () => {
    const news = await kcat("bob", ["-P", "-t", "public.news", "-p", "0"], "headline\n");
    assert.equal(news.code, 0, news.stderr);
    const phi = await kcat("bob", ["-P", "-t", "clinical.notes", "-p", "0", "-X", "message.timeout.ms=3000"], "note\n");
    assert.notEqual(phi.code, 0);
    assert.match(phi.stderr, /Topic authorization failed/i);
    const decision = events.find((e) => e.resourceName === "clinical.notes" && e.principal.name === "bob");
    assert.equal(decision?.allowed, false);
    assert.equal(decision?.classification, "PHI");
    assert.equal(decision?.listener, "SASL_PLAINTEXT");
    const admin = await kcat("admin", ["-P", "-t", "clinical.notes", "-p", "0"], "note\n");
    assert.equal(admin.code, 0, admin.stderr);
    assert.ok(events.some((e) => e.resourceName === "clinical.notes" && e.principal.name === "admin" && e.allowed && e.patternMatched === "super.users"));
  });

  test("consumer group READ: alice consumes orders in group billing, bob is refused the group", async () => {
    const consumer = client("alice").consumer({ groupId: "billing", sessionTimeout: 10_000, heartbeatInterval: 500 });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic: "orders", fromBeginning: true });
      const first = new Promise<string>((resolve, reject) => {
        consumer.on(consumer.events.CRASH, (e) => reject(e.payload.error));
        void consumer.run({
          eachMessage: ({ message }) => {
            resolve(message.value?.toString() ?? "");
            return Promise.resolve();
          },
        });
      });
      assert.equal(await first, "order-1");
    } finally {
      await consumer.disconnect();
    }
    const bob = client("bob").consumer({ groupId: "billing", retry: { retries: 0, restartOnFailure: () => Promise.resolve(false) } });
    const crashed = new Promise<Error>((resolve) => bob.on(bob.events.CRASH, (e) => resolve(e.payload.error)));
    await bob.connect();
    try {
      await bob.subscribe({ topic: "public.news", fromBeginning: true });
      await bob.run({ eachMessage: () => Promise.resolve() });
      // KafkaJS wraps FindCoordinator's GROUP_AUTHORIZATION_FAILED as "Failed to find group
      // coordinator"; the broker's decision shows why.
      const error = await crashed;
      assert.match(`${error.name} ${error.message}`, /authoriz|coordinator/i);
      assert.ok(events.some((e) => e.principal.name === "bob" && e.resourceType === "GROUP" && e.resourceName === "billing" && !e.allowed));
    } finally {
      await bob.disconnect();
    }
  });

  test("DescribeAcls and DeleteAcls through KafkaJS's admin; bob may not administer ACLs", async () => {
    const admin = client("admin").admin();
    const bob = client("bob").admin();
    await admin.connect();
    await bob.connect();
    try {
      const filter = {
        resourceType: AclResourceTypes.TOPIC,
        resourceName: "orders",
        resourcePatternType: ResourcePatternTypes.LITERAL,
        principal: "User:alice",
        host: "*",
        operation: AclOperationTypes.ANY,
        permissionType: AclPermissionTypes.ANY,
      };
      const described = await admin.describeAcls(filter);
      assert.deepEqual(described.resources.map((r) => [r.resourceName, r.acls.map((a) => a.operation).sort()]), [["orders", [AclOperationTypes.READ, AclOperationTypes.WRITE].sort()]]);
      await assert.rejects(bob.describeAcls(filter), /authoriz/i);
      const deleted = await admin.deleteAcls({ filters: [{ ...filter, operation: AclOperationTypes.WRITE }] });
      assert.equal(deleted.filterResponses[0]?.matchingAcls.length, 1);
      const after = await admin.describeAcls(filter);
      assert.deepEqual(after.resources.flatMap((r) => r.acls.map((a) => a.operation)), [AclOperationTypes.READ]);
    } finally {
      await admin.disconnect();
      await bob.disconnect();
    }
  });
});

describe("no authorizer", () => {
  test("DescribeAcls answers SECURITY_DISABLED", async () => {
    const plain = await startTestBroker();
    const admin = new Kafka({ clientId: "authz-e2e", brokers: [plain.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 0 } }).admin();
    await admin.connect();
    try {
      await assert.rejects(
        admin.describeAcls({ resourceType: AclResourceTypes.ANY, resourcePatternType: ResourcePatternTypes.ANY, operation: AclOperationTypes.ANY, permissionType: AclPermissionTypes.ANY }),
        /security features are disabled|SECURITY_DISABLED/i,
      );
    } finally {
      await admin.disconnect();
      await plain.stop();
    }
  });
});

test("transactions check ACLs: sendOffsets to a group alice may not read is GROUP_AUTHORIZATION_FAILED", async () => {
  // Earlier tests delete ACLs: grant what this one needs again.
  const admin = client("admin").admin();
  await admin.connect();
  try {
    const allow = (resourceType: number, resourceName: string, operation: number) => ({
      resourceType, resourceName, resourcePatternType: ResourcePatternTypes.LITERAL, principal: "User:alice", host: "*", operation, permissionType: AclPermissionTypes.ALLOW,
    });
    await admin.createAcls({
      acl: [allow(AclResourceTypes.TOPIC, "orders", AclOperationTypes.WRITE), allow(AclResourceTypes.TOPIC, "orders", AclOperationTypes.READ), allow(AclResourceTypes.CLUSTER, "kafka-cluster", AclOperationTypes.IDEMPOTENT_WRITE)],
    });
  } finally {
    await admin.disconnect();
  }
  const producer = client("alice").producer({ transactionalId: "etl", idempotent: true, maxInFlightRequests: 1, retry: { retries: 1 } });
  await producer.connect();
  try {
    const txn = await producer.transaction();
    await txn.send({ topic: "orders", messages: [{ value: "order 1" }] });
    await assert.rejects(
      txn.sendOffsets({ consumerGroupId: "etl-group", topics: [{ topic: "orders", partitions: [{ partition: 0, offset: "1" }] }] }),
      (err: Error) => /group authorization failed|GROUP_AUTHORIZATION_FAILED/i.test(`${err.message} ${(err as { type?: string }).type ?? ""}`),
    );
    await txn.abort();
  } finally {
    await producer.disconnect();
  }
  assert.ok(events.some((e) => e.resourceType === "GROUP" && e.resourceName === "etl-group" && !e.allowed && e.apiName === "AddOffsetsToTxn"));
});
