// Committed offsets and group metadata survive a broker restart: they live in
// __consumer_offsets and are replayed at start-up. A KafkaJS consumer commits, the
// broker stops, a new broker opens the same log dir, and a consumer of the same group
// resumes after the committed offsets instead of from the beginning.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import kafkajs from "kafkajs";
import { ErrorCode } from "../../src/protocol/errors.js";
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import { makeFindCoordinatorRequest } from "../../src/protocol/generated/find-coordinator-request.js";
import { makeJoinGroupRequest, makeJoinGroupRequestProtocol } from "../../src/protocol/generated/join-group-request.js";
import { makeOffsetCommitRequest, makeOffsetCommitRequestPartition, makeOffsetCommitRequestTopic } from "../../src/protocol/generated/offset-commit-request.js";
import { makeSyncGroupRequest, makeSyncGroupRequestAssignment } from "../../src/protocol/generated/sync-group-request.js";
import { RawClient } from "../support/raw-client.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";
import { waitUntil } from "../support/data-path.js";

const CLI = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));

const { Kafka, logLevel } = kafkajs;
const OVERRIDES = { "group.initial.rebalance.delay.ms": "0", "group.min.session.timeout.ms": "1000", "offsets.topic.num.partitions": "4" };
const TOPIC = "clinical.group.restart";
const GROUP = "g-restart";

async function consumeUntil(server: TestBroker, expected: number): Promise<string[]> {
  const kafka = new Kafka({ clientId: "carebus-restart-e2e", brokers: [server.bootstrap], logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: GROUP, sessionTimeout: 2500, heartbeatInterval: 250, maxWaitTimeInMs: 100 });
  const seen: string[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [TOPIC], fromBeginning: true });
    await consumer.run({
      eachMessage: ({ message }) => {
        seen.push(message.value?.toString() ?? "");
        return Promise.resolve();
      },
    });
    await waitUntil(() => seen.length >= expected, `${expected} records`);
  } finally {
    await consumer.disconnect(); // commits what was consumed, then leaves
  }
  return seen;
}

async function produce(server: TestBroker, values: string[]): Promise<void> {
  const kafka = new Kafka({ clientId: "carebus-restart-e2e", brokers: [server.bootstrap], logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({ topic: TOPIC, acks: -1, messages: values.map((value, i) => ({ key: `mrn-${i}`, value })) });
  await producer.disconnect();
}

test("a consumer resumes from offsets committed before the broker restarted", async () => {
  const logDir = mkdtempSync(join(tmpdir(), "carebus-group-restart-"));
  try {
    const first = await startTestBroker(OVERRIDES, { logDir });
    try {
      const kafka = new Kafka({ clientId: "carebus-restart-e2e", brokers: [first.bootstrap], logLevel: logLevel.NOTHING });
      const admin = kafka.admin();
      await admin.connect();
      await admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: 3 }] });
      await admin.disconnect();
      const before = Array.from({ length: 30 }, (_, i) => `before-${i}`);
      await produce(first, before);
      assert.deepEqual((await consumeUntil(first, 30)).sort(), [...before].sort());
    } finally {
      await first.stop();
    }

    const second = await startTestBroker(OVERRIDES, { logDir });
    try {
      const kafka = new Kafka({ clientId: "carebus-restart-e2e", brokers: [second.bootstrap], logLevel: logLevel.NOTHING });
      const admin = kafka.admin();
      await admin.connect();
      try {
        const offsets = await admin.fetchOffsets({ groupId: GROUP, topics: [TOPIC] });
        const committed = offsets[0]?.partitions.reduce((sum, p) => sum + Number(p.offset), 0);
        assert.equal(committed, 30, "the committed offsets were reloaded");
        const listed = await admin.listGroups();
        assert.ok(listed.groups.some((g) => g.groupId === GROUP && g.protocolType === "consumer"), "the group was reloaded");
      } finally {
        await admin.disconnect();
      }
      const after = Array.from({ length: 6 }, (_, i) => `after-${i}`);
      await produce(second, after);
      assert.deepEqual((await consumeUntil(second, 6)).sort(), [...after].sort(), "only records after the committed offsets are consumed");
    } finally {
      await second.stop();
    }
  } finally {
    rmSync(logDir, { recursive: true, force: true });
  }
});

test("kill -9 right after the answers: the assignment and committed offsets were in the log before they were answered", async () => {
  const logDir = mkdtempSync(join(tmpdir(), "carebus-group-kill-"));
  const overrides = Object.entries({ ...OVERRIDES, listeners: "PLAINTEXT://127.0.0.1:0", "num.partitions": "2" }).flatMap(([k, v]) => ["-o", `${k}=${v}`]);
  const child = spawn(process.execPath, ["--import", "tsx", CLI, "start", "-d", logDir, ...overrides], { stdio: ["ignore", "pipe", "pipe"] });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.once("exit", (code) => reject(new Error(`carebus start exited with ${code}`)));
      createInterface({ input: child.stdout }).on("line", (line) => {
        const m = /listening on PLAINTEXT:\/\/[^:]+:(\d+)/.exec(line);
        if (m?.[1] !== undefined) resolve(Number(m[1]));
      });
    });
    const client = await RawClient.connect(port);
    let memberId: string;
    try {
      await client.request(ApiKeys.FindCoordinator, 3, makeFindCoordinatorRequest({ key: "g-kill" }));
      await client.request(ApiKeys.Metadata, 4, { topics: [{ name: TOPIC, topicId: "AAAAAAAAAAAAAAAAAAAAAA" }], allowAutoTopicCreation: true, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false });
      const joined = await client.request(
        ApiKeys.JoinGroup,
        3, // before KIP-394's MEMBER_ID_REQUIRED round trip
        makeJoinGroupRequest({ groupId: "g-kill", sessionTimeoutMs: 30_000, rebalanceTimeoutMs: 30_000, protocolType: "consumer", protocols: [makeJoinGroupRequestProtocol({ name: "range", metadata: Buffer.from("sub") })] }),
      );
      assert.equal(joined.errorCode, ErrorCode.NONE);
      memberId = joined.memberId;
      const synced = await client.request(
        ApiKeys.SyncGroup,
        5,
        makeSyncGroupRequest({ groupId: "g-kill", generationId: joined.generationId, memberId, assignments: [makeSyncGroupRequestAssignment({ memberId, assignment: Buffer.from("p0,p1") })] }),
      );
      assert.equal(synced.errorCode, ErrorCode.NONE);
      const committed = await client.request(
        ApiKeys.OffsetCommit,
        8,
        makeOffsetCommitRequest({
          groupId: "g-kill",
          generationIdOrMemberEpoch: joined.generationId,
          memberId,
          topics: [makeOffsetCommitRequestTopic({ name: TOPIC, partitions: [makeOffsetCommitRequestPartition({ partitionIndex: 1, committedOffset: 77n, committedMetadata: "before the crash" })] })],
        }),
      );
      assert.equal(committed.topics[0]?.partitions[0]?.errorCode, ErrorCode.NONE);
    } finally {
      child.kill("SIGKILL");
      await client.close();
    }
    await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(undefined) : child.once("exit", resolve)));

    const restarted = await startTestBroker(OVERRIDES, { logDir });
    try {
      const coordinator = restarted.broker.groupCoordinator;
      assert.deepEqual(coordinator.offsets.fetch("g-kill", null).offsets.map((o) => [o.topic, o.partition, o.offset, o.metadata]), [[TOPIC, 1, 77n, "before the crash"]]);
      const group = coordinator.group("g-kill");
      assert.equal(group?.state, "Stable");
      assert.equal(group.members.get(memberId)?.assignment.toString(), "p0,p1");
    } finally {
      await restarted.stop();
    }
  } finally {
    child.kill("SIGKILL");
    rmSync(logDir, { recursive: true, force: true });
  }
});
