// KafkaJS consumers in classic groups against the coordinator: partitions are split
// between members, a member that disconnects or dies (its process killed, so it never
// leaves) has its partitions moved to the others, and nothing produced is lost across
// the rebalance (at-least-once: duplicates are allowed, gaps are not).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import kafkajs, { type Admin, type Consumer, type Producer } from "kafkajs";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";
import { waitUntil } from "../support/data-path.js";

const { Kafka, logLevel } = kafkajs;
const MEMBER_SCRIPT = fileURLToPath(new URL("./kafkajs-group-member.ts", import.meta.url));
const GROUP_TEST_BROKER_OVERRIDES = {
  "group.initial.rebalance.delay.ms": "0",
  "group.min.session.timeout.ms": "1000",
  "offsets.topic.num.partitions": "4",
};
// Small session timeout so a killed member is noticed quickly (the broker's floor is lowered above).
const CONSUMER_TIMEOUTS = { sessionTimeout: 2500, heartbeatInterval: 250, rebalanceTimeout: 4000, maxWaitTimeInMs: 100 };

let server: TestBroker;
let kafka: InstanceType<typeof Kafka>;
let admin: Admin;
let producer: Producer;

before(async () => {
  server = await startTestBroker(GROUP_TEST_BROKER_OVERRIDES);
  kafka = new Kafka({ clientId: "carebus-group-e2e", brokers: [server.bootstrap], logLevel: logLevel.NOTHING });
  admin = kafka.admin();
  producer = kafka.producer();
  await admin.connect();
  await producer.connect();
});

after(async () => {
  await producer.disconnect();
  await admin.disconnect();
  await server.stop();
});

interface Member {
  consumer: Consumer;
  /** The partitions of the latest assignment. */
  assigned: number[];
  seen: string[];
}

async function startMember(groupId: string, topic: string, seenAll: Set<string>): Promise<Member> {
  const consumer = kafka.consumer({ groupId, ...CONSUMER_TIMEOUTS });
  const member: Member = { consumer, assigned: [], seen: [] };
  consumer.on(consumer.events.GROUP_JOIN, (e) => {
    member.assigned = [...(e.payload.memberAssignment[topic] ?? [])].sort((a, b) => a - b);
  });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    eachMessage: ({ message }) => {
      const value = message.value?.toString() ?? "";
      member.seen.push(value);
      seenAll.add(value);
      return Promise.resolve();
    },
  });
  return member;
}

async function produceBatch(topic: string, prefix: string, count: number): Promise<string[]> {
  const values = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
  await producer.send({ topic, acks: -1, messages: values.map((value, i) => ({ key: `patient-${i % 17}`, value })) });
  return values;
}

function union(...lists: number[][]): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

const SIX = [0, 1, 2, 3, 4, 5];

describe("KafkaJS consumer group", () => {
  test("two consumers split six partitions; when one disconnects the other takes all, losing nothing", async () => {
    const topic = "clinical.group.two";
    await admin.createTopics({ topics: [{ topic, numPartitions: 6 }] });
    const seen = new Set<string>();
    const a = await startMember("g-two", topic, seen);
    const b = await startMember("g-two", topic, seen);
    try {
      await waitUntil(() => a.assigned.length + b.assigned.length === 6 && a.assigned.length > 0 && b.assigned.length > 0, "both members to be assigned");
      assert.deepEqual(union(a.assigned, b.assigned), SIX);
      assert.equal(a.assigned.filter((p) => b.assigned.includes(p)).length, 0, "no partition is assigned twice");

      const first = await produceBatch(topic, "before", 60);
      await waitUntil(() => first.every((v) => seen.has(v)), "every record of the first batch to be consumed");
      assert.ok(a.seen.length > 0 && b.seen.length > 0, "both members consumed");

      await b.consumer.disconnect();
      await waitUntil(() => a.assigned.length === 6, "the remaining member to own all partitions");
      const second = await produceBatch(topic, "after", 60);
      await waitUntil(() => second.every((v) => seen.has(v)), "every record of the second batch to be consumed");
      assert.deepEqual([...first, ...second].filter((v) => !seen.has(v)), []);
      const groups = await admin.describeGroups(["g-two"]);
      assert.equal(groups.groups[0]?.state, "Stable");
      assert.equal(groups.groups[0]?.members.length, 1);
    } finally {
      await a.consumer.disconnect();
      await b.consumer.disconnect();
    }
  });

  test("three consumers; one is killed and the two others take its partitions after its session expires", async () => {
    const topic = "clinical.group.three";
    await admin.createTopics({ topics: [{ topic, numPartitions: 6 }] });
    const seen = new Set<string>();
    const child = spawnMember(server.bootstrap, "g-three", topic, seen);
    const a = await startMember("g-three", topic, seen);
    const b = await startMember("g-three", topic, seen);
    try {
      await waitUntil(() => a.assigned.length === 2 && b.assigned.length === 2 && child.assigned.length === 2, "three members with two partitions each", 30_000);
      assert.deepEqual(union(a.assigned, b.assigned, child.assigned), SIX);
      const first = await produceBatch(topic, "alive", 60);
      await waitUntil(() => first.every((v) => seen.has(v)), "every record of the first batch to be consumed");
      assert.ok(child.seen > 0, "the child member consumed its share");

      child.process.kill("SIGKILL");
      const second = await produceBatch(topic, "dead", 60);
      await waitUntil(() => a.assigned.length + b.assigned.length === 6 && union(a.assigned, b.assigned).length === 6, "the survivors to own all partitions", 20_000);
      await waitUntil(() => second.every((v) => seen.has(v)), "every record produced after the kill to be consumed");
      assert.deepEqual([...first, ...second].filter((v) => !seen.has(v)), []);
    } finally {
      child.process.kill("SIGKILL");
      await a.consumer.disconnect();
      await b.consumer.disconnect();
    }
  });
});

describe("KafkaJS admin on groups", () => {
  test("setOffsets on an empty group, fetchOffsets, listGroups, describeGroups and deleteGroups", async () => {
    const topic = "clinical.group.admin";
    await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] });
    await produceBatch(topic, "admin", 10);
    await admin.setOffsets({ groupId: "g-admin", topic, partitions: [{ partition: 0, offset: "3" }, { partition: 1, offset: "1" }] });
    const fetched = await admin.fetchOffsets({ groupId: "g-admin", topics: [topic] });
    assert.deepEqual(fetched[0]?.partitions.map((p) => [p.partition, p.offset]).sort(), [[0, "3"], [1, "1"]]);

    const seen = new Set<string>();
    const member = await startMember("g-admin", topic, seen);
    try {
      await waitUntil(() => member.assigned.length === 2, "the member to own both partitions");
      const described = await admin.describeGroups(["g-admin"]);
      const group = described.groups[0];
      assert.equal(group?.state, "Stable");
      assert.equal(group?.protocolType, "consumer");
      assert.equal(group?.members[0]?.clientId, "carebus-group-e2e");
      assert.ok((await admin.listGroups()).groups.some((g) => g.groupId === "g-admin" && g.protocolType === "consumer"));
      await assert.rejects(admin.deleteGroups(["g-admin"]), /not empty|NON_EMPTY_GROUP|group/i);
      // setOffsets starts from the offsets set: 10 records minus the 4 skipped
      await waitUntil(() => seen.size === 6, "the records after the offsets set");
    } finally {
      await member.consumer.disconnect();
    }
    const deleted = await admin.deleteGroups(["g-admin"]);
    assert.deepEqual(deleted.map((d) => [d.groupId, d.errorCode]), [["g-admin", 0]]);
    assert.ok(!(await admin.listGroups()).groups.some((g) => g.groupId === "g-admin"));
  });
});

/** A group member in its own process; it reports its assignments and consumed values on stdout. */
function spawnMember(bootstrap: string, groupId: string, topic: string, seenAll: Set<string>): { process: ChildProcess; assigned: number[]; seen: number } {
  const proc = spawn(process.execPath, ["--import", "tsx", MEMBER_SCRIPT, bootstrap, groupId, topic, JSON.stringify(CONSUMER_TIMEOUTS)], { stdio: ["ignore", "pipe", "inherit"] });
  const state = { process: proc, assigned: [] as number[], seen: 0 };
  createInterface({ input: proc.stdout }).on("line", (line) => {
    const msg = JSON.parse(line) as { assigned?: number[]; value?: string };
    if (msg.assigned !== undefined) state.assigned = msg.assigned;
    if (msg.value !== undefined) {
      state.seen++;
      seenAll.add(msg.value);
    }
  });
  return state;
}
