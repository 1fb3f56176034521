// Exactly-once consume-transform-produce across a worker crash, with KafkaJS transactions and
// sendOffsets: a worker (child process, kafkajs-eos-worker.ts) is SIGKILLed while a
// transaction holds output records and the group's offsets; a new worker with the same
// transactional.id fences it (the open transaction is aborted) and resumes from the last
// committed offsets. Read committed, `output` holds every input exactly once; read
// uncommitted it still shows the aborted duplicates, so a broker that let them through (or
// lost the offsets' atomicity) would fail the exactly-once assertion. A second test kills
// workers at random moments (mid-send, mid-commit, between transactions) three times.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import kafkajs, { type Admin } from "kafkajs";
import { seededRandom } from "../../src/util/seeded-random.js";
import { waitUntil } from "../support/data-path.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";
import { runKcat } from "../support/kcat.js";

const { Kafka, logLevel } = kafkajs;
const WORKER_SCRIPT = fileURLToPath(new URL("./kafkajs-eos-worker.ts", import.meta.url));
const INPUT = "labs.eos.input";
const OUTPUT = "labs.eos.output";
const GROUP = "eos";
const TRANSACTIONAL_ID = "eos-worker";
const RECORDS = 120;
const CONSUMER = { sessionTimeout: 2000, heartbeatInterval: 200, rebalanceTimeout: 3000, maxWaitTimeInMs: 100 };

let server: TestBroker;
let admin: Admin;

before(async () => {
  server = await startTestBroker({
    "group.initial.rebalance.delay.ms": "0",
    "group.min.session.timeout.ms": "1000",
    "offsets.topic.num.partitions": "2",
    "transaction.state.log.num.partitions": "2",
  });
  admin = new Kafka({ clientId: "carebus-eos-e2e", brokers: [server.bootstrap], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
});

after(async () => {
  await admin.disconnect();
  await server.stop();
});

interface Worker {
  readonly process: ChildProcess;
  /** Records in the transaction it holds open, once it does. */
  holding: number;
  committed: number;
  readonly exited: Promise<void>;
  kill9(): Promise<void>;
}

interface Pipeline {
  transactionalId: string;
  group: string;
  input: string;
  output: string;
  chunkSize: number;
}

const PIPELINE: Pipeline = { transactionalId: TRANSACTIONAL_ID, group: GROUP, input: INPUT, output: OUTPUT, chunkSize: 5 };

function startWorker(holdAfterCommits: number, pipeline: Pipeline = PIPELINE): Worker {
  const options = { chunkSize: pipeline.chunkSize, holdAfterCommits, consumer: CONSUMER };
  const { transactionalId, group, input, output } = pipeline;
  const proc = spawn(process.execPath, ["--import", "tsx", WORKER_SCRIPT, server.bootstrap, transactionalId, group, input, output, JSON.stringify(options)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  const worker: Worker = {
    process: proc,
    holding: 0,
    committed: 0,
    exited,
    async kill9() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGKILL");
      await exited;
    },
  };
  createInterface({ input: proc.stdout }).on("line", (line) => {
    const event = JSON.parse(line) as { holding?: number; committed?: number };
    if (event.holding !== undefined) worker.holding = event.holding;
    if (event.committed !== undefined) worker.committed = event.committed;
  });
  return worker;
}

/** Runs kcat (librdkafka) over every partition of `topic` to its end; one value per line. */
function readAll(topic: string, isolation: "read_committed" | "read_uncommitted"): Promise<string[]> {
  const args = ["-C", "-t", topic, "-o", "beginning", "-e", "-q", "-f", "%s\\n", "-X", `isolation.level=${isolation}`];
  return runKcat(server.bootstrap, args).then((out) => out.split("\n").filter((l) => l !== ""));
}

async function committedOffsetsTotal(pipeline: Pipeline = PIPELINE): Promise<number> {
  const [topic] = await admin.fetchOffsets({ groupId: pipeline.group, topics: [pipeline.input] });
  return (topic?.partitions ?? []).reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
}

/** Polls the group's committed offsets until they cover all `count` inputs. */
async function waitForAllCommitted(pipeline: Pipeline, count: number, limitMs = 40_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  let total = await committedOffsetsTotal(pipeline);
  while (total < count) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${pipeline.group} to commit ${count} offsets (at ${total})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    total = await committedOffsetsTotal(pipeline);
  }
}

/** Creates the pipeline's topics (two partitions each) and writes `count` inputs; returns them. */
async function prepareInput(pipeline: Pipeline, count: number): Promise<string[]> {
  await admin.createTopics({ topics: [{ topic: pipeline.input, numPartitions: 2 }, { topic: pipeline.output, numPartitions: 2 }] });
  const producer = new Kafka({ clientId: "carebus-eos-input", brokers: [server.bootstrap], logLevel: logLevel.NOTHING }).producer();
  await producer.connect();
  const inputs = Array.from({ length: count }, (_, i) => `lab-${i}`);
  await producer.send({ topic: pipeline.input, acks: -1, messages: inputs.map((value, i) => ({ key: `patient-${i % 7}`, value })) });
  await producer.disconnect();
  return inputs;
}

test("consume-transform-produce with KafkaJS transactions is exactly-once across a SIGKILLed worker", { timeout: 60_000 }, async () => {
  const inputs = await prepareInput(PIPELINE, RECORDS);

  const first = startWorker(4);
  let second: Worker | undefined;
  try {
    await waitUntil(() => first.holding > 0, "the first worker to hold a transaction open after four commits", 30_000);
    await first.kill9();
    const committedBefore = await committedOffsetsTotal();
    assert.ok(committedBefore > 0);
    assert.equal(committedBefore, first.committed, "only the committed transactions' offsets count");

    second = startWorker(-1);
    const resumed = second;
    await waitForAllCommitted(PIPELINE, RECORDS);
    await waitUntil(() => resumed.committed >= RECORDS - committedBefore, "the second worker to report its last commit");
    assert.equal(resumed.committed, RECORDS - committedBefore, "the second worker processed exactly the rest");
  } finally {
    await first.kill9();
    await second?.kill9();
  }

  const expected = inputs.map((v) => `out:${v}`).sort();
  const committed = await readAll(OUTPUT, "read_committed");
  const duplicates = committed.filter((v, i) => committed.indexOf(v) !== i);
  assert.deepEqual(duplicates, [], "no input is transformed twice");
  assert.deepEqual([...committed].sort(), expected, "every input is transformed once");
  // The fenced worker's open transaction is in the log, aborted.
  const uncommitted = await readAll(OUTPUT, "read_uncommitted");
  assert.equal(uncommitted.length, RECORDS + first.holding);
  assert.deepEqual([...new Set(uncommitted)].sort(), expected);
});

test("exactly-once when workers are SIGKILLed at random moments (mid-send, mid-commit, between transactions)", { timeout: 60_000 }, async () => {
  const pipeline: Pipeline = { transactionalId: "eos-random", group: "eos-random", input: "labs.eos.random.input", output: "labs.eos.random.output", chunkSize: 2 };
  const count = 200;
  const inputs = await prepareInput(pipeline, count);
  const random = seededRandom(20261204);
  const killed: number[] = [];
  for (let round = 0; round < 3; round++) {
    const worker = startWorker(-1, pipeline);
    try {
      await waitUntil(() => worker.committed > 0, `worker ${round} to commit`, 20_000);
      await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 300)));
    } finally {
      await worker.kill9();
    }
    killed.push(await committedOffsetsTotal(pipeline));
  }
  assert.ok(killed.every((total) => total < count), `the kills came after the work was done (${killed.join(", ")})`);
  const last = startWorker(-1, pipeline);
  try {
    await waitForAllCommitted(pipeline, count);
  } finally {
    await last.kill9();
  }
  assert.equal(await committedOffsetsTotal(pipeline), count);
  const committed = await readAll(pipeline.output, "read_committed");
  assert.deepEqual(committed.filter((v, i) => committed.indexOf(v) !== i), [], "no input is transformed twice");
  assert.deepEqual([...committed].sort(), inputs.map((v) => `out:${v}`).sort(), "every input is transformed once");
});
