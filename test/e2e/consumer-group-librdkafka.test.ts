// Consumer groups with librdkafka clients: a python confluent_kafka Consumer that
// subscribes in a group, commits and resumes from its commit in a second run; and
// kcat's balanced consumer (-G) reading a topic in a group.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { batchOf, produce } from "../support/data-path.js";
import { RawClient } from "../support/raw-client.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";

const SCRIPT = fileURLToPath(new URL("./consumer-group-librdkafka.py", import.meta.url));
const PYTHON = "/usr/bin/python3";
const run = promisify(execFile);

let server: TestBroker;
let raw: RawClient;

before(async () => {
  server = await startTestBroker({ "group.initial.rebalance.delay.ms": "0", "group.min.session.timeout.ms": "1000", "offsets.topic.num.partitions": "4" });
  raw = await RawClient.connect(server.port);
});

after(async () => {
  await raw.close();
  await server.stop();
});

async function produceValues(topic: string, partitions: number, values: string[]): Promise<void> {
  for (let p = 0; p < partitions; p++) {
    const mine = values.filter((_, i) => i % partitions === p);
    if (mine.length > 0) await produce(raw, topic, [{ partition: p, records: batchOf(mine) }]);
  }
}

interface PythonOutput {
  errors: string[];
  assigned: number[];
  values: string[];
  committed: [number, number][];
}

async function pythonConsume(group: string, topic: string, count: number, instanceId?: string): Promise<PythonOutput> {
  // async: the broker runs in this process, so a synchronous child would starve it
  const args = [SCRIPT, server.bootstrap, group, topic, String(count), ...(instanceId === undefined ? [] : [instanceId])];
  const { stdout } = await run(PYTHON, args, { timeout: 60_000 });
  return JSON.parse(stdout) as PythonOutput;
}

test("confluent_kafka Consumer consumes in a group, commits, and a second run resumes after the commit", async () => {
  const topic = "clinical.group.python";
  server.broker.createTopic(topic, 3, {});
  const first = Array.from({ length: 12 }, (_, i) => `obs-${i}`);
  await produceValues(topic, 3, first);
  const run1 = await pythonConsume("g-python", topic, 12);
  assert.deepEqual(run1.errors, []);
  assert.deepEqual(run1.assigned, [0, 1, 2]);
  assert.deepEqual([...run1.values].sort(), [...first].sort());
  assert.deepEqual(run1.committed, [[0, 4], [1, 4], [2, 4]]);

  const second = Array.from({ length: 6 }, (_, i) => `late-${i}`);
  await produceValues(topic, 3, second);
  const run2 = await pythonConsume("g-python", topic, 6);
  assert.deepEqual(run2.errors, []);
  assert.deepEqual([...run2.values].sort(), [...second].sort(), "only records after the committed offsets");
  assert.deepEqual(run2.committed, [[0, 6], [1, 6], [2, 6]]);
  assert.equal(server.broker.groupCoordinator.group("g-python")?.state, "Empty", "the consumer left on close");
});

test("KIP-345: a static confluent_kafka member restarts under its group.instance.id without a rebalance", async () => {
  const topic = "clinical.group.static";
  server.broker.createTopic(topic, 2, {});
  const first = Array.from({ length: 4 }, (_, i) => `vitals-${i}`);
  await produceValues(topic, 2, first);
  const run1 = await pythonConsume("g-static", topic, 4, "bedside-monitor-1");
  assert.deepEqual(run1.errors, []);
  assert.deepEqual([...run1.values].sort(), [...first].sort());
  const group = server.broker.groupCoordinator.group("g-static");
  const before = { generation: group?.generationId, members: [...(group?.members.keys() ?? [])] };
  assert.equal(group?.state, "Stable", "a static member does not leave on close");
  assert.equal(before.members.length, 1);

  const second = Array.from({ length: 2 }, (_, i) => `vitals-late-${i}`);
  await produceValues(topic, 2, second);
  const run2 = await pythonConsume("g-static", topic, 2, "bedside-monitor-1");
  assert.deepEqual(run2.errors, []);
  assert.deepEqual([...run2.values].sort(), [...second].sort());
  assert.deepEqual(run2.assigned, [0, 1]);
  assert.equal(group?.generationId, before.generation, "the rejoin replaced the member without a new generation");
  assert.notDeepEqual([...group.members.keys()], before.members, "under a new member id");
  assert.equal(group.staticMembers.get("bedside-monitor-1"), [...group.members.keys()][0]);
});

test("kcat -G consumes a topic as a balanced group consumer", async () => {
  const topic = "clinical.group.kcat";
  server.broker.createTopic(topic, 2, {});
  const values = Array.from({ length: 8 }, (_, i) => `adt-${i}`);
  await produceValues(topic, 2, values);
  const { stdout } = await run(
    "kcat",
    ["-b", server.bootstrap, "-G", "g-kcat", "-o", "beginning", "-c", "8", "-q", "-f", "%p:%s\\n", "-X", "session.timeout.ms=6000", "-X", "enable.auto.commit=true", "-X", "auto.commit.interval.ms=100", topic],
    { timeout: 60_000 },
  );
  const lines = stdout.trim().split("\n");
  assert.deepEqual(lines.map((l) => l.split(":")[1]).sort(), [...values].sort());
  const group = server.broker.groupCoordinator.group("g-kcat");
  assert.ok(group !== undefined, "kcat's group exists on the coordinator");
  assert.equal(group.protocolType, "consumer");
});
