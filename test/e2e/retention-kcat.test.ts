// Retention as a client sees it: kcat writes to a topic with small segments, a
// retention pass runs (as the broker's log.retention.check.interval.ms schedule would),
// and kcat then finds the log start moved and the oldest records gone — by size
// (retention.bytes) and by time (retention.ms lowered with KafkaJS's AlterConfigs).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { Kafka, logLevel } from "kafkajs";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";

const run = promisify(execFile);
let server: TestBroker;

before(async () => {
  server = await startTestBroker();
});
after(async () => server.stop());

async function kcatProduce(topic: string, count: number): Promise<void> {
  const lines = Array.from({ length: count }, (_, i) => `MRN-${i}:${"obs ".repeat(50)}${i}`).join("\n");
  const child = execFile("kcat", ["-b", server.bootstrap, "-P", "-t", topic, "-p", "0", "-K:", "-X", "linger.ms=0", "-X", "batch.num.messages=1"]);
  child.stdin?.end(`${lines}\n`);
  await new Promise<void>((resolve, reject) => child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`kcat exited ${code}`)))));
}

async function kcatKeys(topic: string): Promise<string[]> {
  const { stdout } = await run("kcat", ["-b", server.bootstrap, "-C", "-t", topic, "-p", "0", "-o", "beginning", "-e", "-q", "-f", "%k\\n"]);
  return stdout.split("\n").filter((l) => l.length > 0);
}

async function kcatEarliest(topic: string): Promise<number> {
  const { stdout } = await run("kcat", ["-b", server.bootstrap, "-Q", "-t", `${topic}:0:-2`]);
  return Number(/\[0\] offset (-?\d+)/.exec(stdout)?.[1]);
}

test("retention.bytes: old segments go, the client sees the new log start", async () => {
  const topic = "patient.observation.sized";
  server.broker.createTopic(topic, 1, { "segment.bytes": "1024", "retention.bytes": "2048" });
  await kcatProduce(topic, 60);
  assert.equal((await kcatKeys(topic)).length, 60);
  assert.equal(await kcatEarliest(topic), 0);

  const deleted = server.broker.logManager.cleanupLogs();
  assert.ok(deleted > 0);
  const earliest = await kcatEarliest(topic);
  assert.ok(earliest > 0, `log start moved (${earliest})`);
  const keys = await kcatKeys(topic);
  assert.equal(keys.length, 60 - earliest);
  assert.equal(keys[0], `MRN-${earliest}`);
  assert.equal(keys.at(-1), "MRN-59");
});

test("retention.ms lowered through AlterConfigs: every segment expires, the log starts where it ended", async () => {
  const topic = "patient.observation.timed";
  server.broker.createTopic(topic, 1, { "segment.bytes": "1024" });
  await kcatProduce(topic, 30);
  const log = server.broker.getLog(topic, 0);
  assert.ok(log);
  const segmentsBefore = log.segments.length;
  assert.ok(segmentsBefore > 1);
  server.broker.logManager.cleanupLogs();
  assert.equal(log.segments.length, segmentsBefore, "nothing expires under the default 7 days");

  const kafka = new Kafka({ brokers: [server.bootstrap], logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.alterConfigs({ validateOnly: false, resources: [{ type: 2, name: topic, configEntries: [{ name: "retention.ms", value: "1" }] }] });
  } finally {
    await admin.disconnect();
  }
  await new Promise((resolve) => setTimeout(resolve, 20));
  server.broker.logManager.cleanupLogs();
  // As Kafka does when every segment has expired, the active one is rolled and deleted too:
  // the log is empty and starts where it ended.
  assert.equal(log.logStartOffset, 30n);
  assert.equal(log.logEndOffset, 30n);
  assert.deepEqual(await kcatKeys(topic), []);
  assert.equal(await kcatEarliest(topic), Number(log.logStartOffset));
});
