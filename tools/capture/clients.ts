// The real clients a golden capture drives, each as a list of steps against one bootstrap
// address (the capture proxy). kcat and python3-confluent-kafka run as child processes;
// KafkaJS runs in this process. Record contents come from golden-records.ts.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { CompressionTypes, Kafka, logLevel } from "kafkajs";
import { GOLDEN_CODECS, GOLDEN_HEADERS, GOLDEN_RECORDS, GOLDEN_TOPIC } from "./golden-records.js";

export interface CaptureStep {
  /** What the step runs, as a reader of index.json should see it. */
  name: string;
  run(bootstrap: string): Promise<void>;
  /** Run against a broker that also advertises FindCoordinator (lz4-find-coordinator.ts). */
  needsFindCoordinator?: boolean;
}

export interface CaptureClient {
  name: string;
  /** The client software and its version, for index.json and the README. */
  software(): Promise<string>;
  steps: CaptureStep[];
}

const STEP_TIMEOUT_MS = 20_000;
const PYTHON = "/usr/bin/python3";

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a child to completion; kills it (this child only) if it outlives the step timeout. */
function run(command: string, args: readonly string[], input = ""): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), STEP_TIMEOUT_MS);
    child.on("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

async function runChecked(command: string, args: readonly string[], input = ""): Promise<string> {
  const r = await run(command, args, input);
  if (r.code !== 0) throw new Error(`${[command, ...args].join(" ").slice(0, 200)} exited ${r.code ?? "on timeout"}: ${r.stderr.trim().slice(-600)}`);
  return r.stdout;
}

function expectAllKeys(output: string, what: string): void {
  const missing = GOLDEN_RECORDS.filter((r) => !output.includes(r.key)).map((r) => r.key);
  if (missing.length > 0) throw new Error(`${what} did not return ${missing.join(", ")}: ${output}`);
}

// kcat reads one record per line and splits the key at the first ':'; values keep their
// HL7 '\r' segment separators.
const kcatInput = GOLDEN_RECORDS.map((r) => `${r.key}:${r.value}\n`).join("");
const kcatHeaders = GOLDEN_HEADERS.flatMap((h) => ["-H", `${h.key}=${h.value}`]);
// one batch per topic: give librdkafka time to collect every line before sending
const kcatProduce = ["-P", "-K:", ...kcatHeaders, "-X", "linger.ms=200"];

export const kcat: CaptureClient = {
  name: "kcat",
  async software() {
    const out = await runChecked("kcat", ["-V"]);
    const m = /Version (\S+) \(.*librdkafka (\S+)/.exec(out);
    return m ? `kcat ${m[1]} (librdkafka ${m[2]})` : out.split("\n").find((l) => l.startsWith("Version")) ?? "kcat";
  },
  steps: [
    { name: "kcat -L", run: async (b) => void (await runChecked("kcat", ["-b", b, "-L"])) },
    {
      name: `kcat -P -t ${GOLDEN_TOPIC} -K: -H ...`,
      run: async (b) => void (await runChecked("kcat", ["-b", b, ...kcatProduce, "-t", GOLDEN_TOPIC], kcatInput)),
    },
    ...GOLDEN_CODECS.map(
      (codec): CaptureStep => ({
        name: `kcat -P -t ${GOLDEN_TOPIC}-${codec} -z ${codec} -K: -H ...${codec === "lz4" ? " (broker also advertising FindCoordinator)" : ""}`,
        run: async (b) =>
          void (await runChecked("kcat", ["-b", b, ...kcatProduce, "-z", codec, "-t", `${GOLDEN_TOPIC}-${codec}`], kcatInput)),
        ...(codec === "lz4" ? { needsFindCoordinator: true } : {}),
      }),
    ),
    {
      name: `kcat -C -t ${GOLDEN_TOPIC} -o beginning -e`,
      run: async (b) => {
        const out = await runChecked("kcat", ["-b", b, "-C", "-t", GOLDEN_TOPIC, "-o", "beginning", "-e", "-f", "%k\\n"]);
        expectAllKeys(out, "kcat -C");
      },
    },
  ],
};

// --- KafkaJS ---

const require = createRequire(import.meta.url);

function kafkaJs(bootstrap: string): Kafka {
  return new Kafka({ clientId: "carebus-golden", brokers: [bootstrap], logLevel: logLevel.ERROR, retry: { retries: 2 } });
}

const kafkaJsMessages = GOLDEN_RECORDS.map((r) => ({
  key: r.key,
  value: r.value,
  headers: Object.fromEntries(GOLDEN_HEADERS.map((h) => [h.key, h.value])),
}));

/** The parts of KafkaJS's internal Cluster and Broker that the raw Fetch uses. */
interface KafkaJsBroker {
  fetch(request: {
    replicaId: number;
    isolationLevel: number;
    maxWaitTime: number;
    minBytes: number;
    maxBytes: number;
    topics: { topic: string; partitions: { partition: number; fetchOffset: string; maxBytes: number }[] }[];
  }): Promise<{ responses: { partitions: { messages: { key: Buffer | null }[] }[] }[] }>;
}

interface KafkaJsCluster {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  addTargetTopic(topic: string): Promise<void>;
  findLeaderForPartitions(topic: string, partitions: number[]): Record<string, number[]>;
  findBroker(query: { nodeId: string }): Promise<KafkaJsBroker>;
}

type CreateCluster = (options: { allowAutoTopicCreation: boolean }) => KafkaJsCluster;

/**
 * KafkaJS fetches only inside consumer groups, which Carebus does not serve yet. Its
 * Kafka object keeps a cluster factory under a private symbol; a cluster from it speaks
 * to the leader with KafkaJS's own Fetch encoder, exactly as its consumer would.
 */
async function kafkaJsRawFetch(bootstrap: string): Promise<void> {
  const kafka = kafkaJs(bootstrap);
  const symbol = Object.getOwnPropertySymbols(kafka).find((s) => s.description === "private:Kafka:createCluster");
  const createCluster = symbol === undefined ? undefined : (kafka as unknown as Record<symbol, CreateCluster | undefined>)[symbol];
  if (createCluster === undefined) throw new Error("this KafkaJS has no private cluster factory");
  const cluster = createCluster.call(kafka, { allowAutoTopicCreation: false });
  await cluster.connect();
  try {
    await cluster.addTargetTopic(GOLDEN_TOPIC);
    const [nodeId] = Object.keys(cluster.findLeaderForPartitions(GOLDEN_TOPIC, [0]));
    if (nodeId === undefined) throw new Error(`no leader for ${GOLDEN_TOPIC}-0`);
    const leader = await cluster.findBroker({ nodeId });
    const response = await leader.fetch({
      replicaId: -1,
      isolationLevel: 1,
      maxWaitTime: 500,
      minBytes: 1,
      maxBytes: 1 << 20,
      topics: [{ topic: GOLDEN_TOPIC, partitions: [{ partition: 0, fetchOffset: "0", maxBytes: 1 << 20 }] }],
    });
    const keys = response.responses.flatMap((t) => t.partitions.flatMap((p) => p.messages.map((m) => m.key?.toString() ?? "")));
    expectAllKeys(keys.join("\n"), "KafkaJS Fetch");
  } finally {
    await cluster.disconnect();
  }
}

export const kafkajs: CaptureClient = {
  name: "kafkajs",
  software() {
    const pkg = JSON.parse(readFileSync(require.resolve("kafkajs/package.json"), "utf8")) as { version: string };
    return Promise.resolve(`kafkajs ${pkg.version}`);
  },
  steps: [
    {
      name: `admin.fetchTopicMetadata({ topics: ["${GOLDEN_TOPIC}"] })`,
      async run(b) {
        const admin = kafkaJs(b).admin();
        await admin.connect();
        try {
          await admin.fetchTopicMetadata({ topics: [GOLDEN_TOPIC] });
        } finally {
          await admin.disconnect();
        }
      },
    },
    {
      name: `producer.send({ topic: "${GOLDEN_TOPIC}", acks: -1 }) and { topic: "${GOLDEN_TOPIC}-gzip", compression: GZIP }`,
      async run(b) {
        const producer = kafkaJs(b).producer({ allowAutoTopicCreation: false });
        await producer.connect();
        try {
          await producer.send({ topic: GOLDEN_TOPIC, acks: -1, messages: kafkaJsMessages });
          await producer.send({ topic: `${GOLDEN_TOPIC}-gzip`, acks: -1, compression: CompressionTypes.GZIP, messages: kafkaJsMessages });
        } finally {
          await producer.disconnect();
        }
      },
    },
    { name: `raw Fetch of ${GOLDEN_TOPIC}-0 from offset 0 (KafkaJS's cluster, no group)`, run: kafkaJsRawFetch },
  ],
};

// --- python3-confluent-kafka (librdkafka underneath, its own client software name) ---

const pythonScript = `
import json, sys
from confluent_kafka import Producer, Consumer, KafkaError, TopicPartition, OFFSET_BEGINNING
bootstrap, topic, records, headers = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), json.loads(sys.argv[4])
if sys.argv[5] == "produce":
    p = Producer({"bootstrap.servers": bootstrap, "linger.ms": 200})
    for r in records:
        p.produce(topic, key=r["key"], value=r["value"], headers=[(h["key"], h["value"]) for h in headers])
    if p.flush(20) != 0:
        sys.exit("records left undelivered")
else:
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": "carebus-golden", "enable.auto.commit": False,
                  "enable.partition.eof": True})
    c.assign([TopicPartition(topic, 0, OFFSET_BEGINNING)])
    while True:
        m = c.poll(20)
        if m is None:
            sys.exit("no record within 20 s")
        if m.error():
            if m.error().code() == KafkaError._PARTITION_EOF:
                break
            sys.exit(str(m.error()))
        print(m.key().decode())
    c.close()
`;

function python(mode: "produce" | "consume", bootstrap: string): Promise<string> {
  return runChecked(PYTHON, ["-c", pythonScript, bootstrap, GOLDEN_TOPIC, JSON.stringify(GOLDEN_RECORDS), JSON.stringify(GOLDEN_HEADERS), mode]);
}

export const confluentPython: CaptureClient = {
  name: "confluent-kafka-python",
  async software() {
    const out = await runChecked(PYTHON, ["-c", "import confluent_kafka as c; print(c.version()[0], c.libversion()[0])"]);
    const [py, lib] = out.trim().split(" ");
    return `confluent-kafka-python ${py ?? "?"} (librdkafka ${lib ?? "?"})`;
  },
  steps: [
    { name: `Producer.produce(${GOLDEN_TOPIC}) + flush`, run: async (b) => void (await python("produce", b)) },
    {
      name: `Consumer.assign(${GOLDEN_TOPIC}-0 @ beginning) + poll to EOF`,
      run: async (b) => expectAllKeys(await python("consume", b), "confluent-kafka-python consumer"),
    },
  ],
};

export const CLIENTS: readonly CaptureClient[] = [kcat, kafkajs, confluentPython];
