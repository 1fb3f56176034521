// The broker as users run it, measured with real clients (issue 3's benchmark):
// first this machine's limits (loopback TCP between two Node processes; sequential
// append with fdatasync every 1 MiB) and each client's own ceiling (the same client
// against bench/peers/null-broker.ts, a peer that answers Produce and keeps nothing);
// then `carebus start` in its own process: start-up time and idle RSS, produce
// throughput of 1 KiB records with acks=all and acks=1 from librdkafka (kcat), KafkaJS
// and bench/peers/raw-producer.ts (pre-encoded 1 MB requests, so the broker rather than
// the client is what is measured), consume throughput (kcat), and produce-to-consume
// latency at a fixed 5,000 records/s (confluent-kafka-python). Broker figures are
// printed as a share of the machine limit they are bounded by and of the client's
// ceiling. Each produce case runs once to warm up, then three times; the median counts.
// Dirty pages are written back (sync) before each case so that cases do not pay for each
// other's writeback.
// Run: `npm run bench:broker` (builds first, and compiles the peers to dist-bench/ so
// they run on plain node). Needs kcat and /usr/bin/python3 with confluent_kafka, as the
// tests do.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, fdatasyncSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Kafka, logLevel } from "kafkajs";

const run = promisify(execFile);
const SECONDS = 2;
const KCAT_RECORDS = 200_000;
const KAFKAJS_RECORDS = 40_000;
const RAW_SECONDS = 2;
const peers = new URL("../dist-bench/bench/peers/", import.meta.url).pathname;
const RECORD = 1024;
const root = new URL("..", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "carebus-bench-broker-"));

function mb(bytes: number, seconds: number): number {
  return bytes / seconds / 1e6;
}

/**
 * Loopback TCP from this process to a sink in another process; with `appendTo`, the sink
 * also appends everything it receives to that file (write(2) per socket read, no fsync):
 * the least any broker does with produced bytes.
 */
async function loopbackLimit(appendTo?: string): Promise<number> {
  // The sink runs in another process, as a broker and its client do.
  const sink = spawn(process.execPath, ["-e", `
    const net = require("node:net"); const fs = require("node:fs"); let n = 0;
    const fd = process.argv[1] ? fs.openSync(process.argv[1], "w") : -1;
    const s = net.createServer((c) => { c.on("data", (d) => { n += d.length; if (fd >= 0) fs.writeSync(fd, d); }); c.on("end", () => { process.stdout.write(String(n) + "\\n"); process.exit(0); }); });
    s.listen(0, "127.0.0.1", () => process.stdout.write(s.address().port + "\\n"));`, appendTo ?? ""], { stdio: ["ignore", "pipe", "inherit"] });
  const lines = linesOf(sink);
  const port = Number(await lines.next());
  const chunk = Buffer.alloc(1 << 20, 7);
  const socket = connect(port, "127.0.0.1");
  await new Promise((resolve) => socket.once("connect", resolve));
  const start = performance.now();
  while (performance.now() - start < SECONDS * 1000) {
    if (!socket.write(chunk)) await new Promise((resolve) => socket.once("drain", resolve));
  }
  socket.end();
  const received = Number(await lines.next());
  return mb(received, (performance.now() - start) / 1000);
}

function fsyncAppendLimit(): number {
  const fd = openSync(join(work, "fsync-probe"), "w");
  const chunk = Buffer.alloc(1 << 20, 7);
  let bytes = 0;
  const start = performance.now();
  while (performance.now() - start < SECONDS * 1000) {
    writeSync(fd, chunk);
    fdatasyncSync(fd);
    bytes += chunk.length;
  }
  const seconds = (performance.now() - start) / 1000;
  closeSync(fd);
  return mb(bytes, seconds);
}

interface NullBroker {
  bootstrap: string;
  stop(): void;
}

async function startNullBroker(): Promise<NullBroker> {
  const child = spawn(process.execPath, [join(peers, "null-broker.js")], { stdio: ["pipe", "pipe", "inherit"] });
  const port = Number(await linesOf(child).next());
  return { bootstrap: `127.0.0.1:${port}`, stop: () => child.stdin?.end() };
}

async function rawProduce(bootstrap: string, topic: string, acks: string): Promise<Rate> {
  const { stdout } = await run(process.execPath, [join(peers, "raw-producer.js"), bootstrap, topic, acks, String(RAW_SECONDS), "4"]);
  return JSON.parse(stdout) as Rate;
}

interface Rate {
  mbs: number;
  rps: number;
}

/**
 * Writes back every dirty page first, so that gigabytes an earlier acks=1 case left in
 * the page cache are not flushed by the kernel during this one.
 */
async function settleDisk(): Promise<void> {
  await run("sync");
}

/** One warm-up run, then three; the median by MB/s. */
async function median(once: () => Promise<Rate>): Promise<Rate> {
  await settleDisk();
  await once();
  const runs = [await once(), await once(), await once()].sort((a, b) => a.mbs - b.mbs);
  return runs[1] as Rate;
}

function linesOf(child: ChildProcess): { next(): Promise<string> } {
  const queue: string[] = [];
  const waiters: ((line: string) => void)[] = [];
  let partial = "";
  child.stdout?.on("data", (d: Buffer) => {
    partial += d.toString();
    let nl;
    while ((nl = partial.indexOf("\n")) >= 0) {
      const line = partial.slice(0, nl);
      partial = partial.slice(nl + 1);
      const w = waiters.shift();
      if (w) w(line);
      else queue.push(line);
    }
  });
  return { next: () => new Promise((resolve) => { const l = queue.shift(); if (l !== undefined) resolve(l); else waiters.push(resolve); }) };
}

interface RunningBroker {
  bootstrap: string;
  startupMs: number;
  readyInMs: number;
  pid: number;
  stop(): Promise<void>;
}

async function startBroker(): Promise<RunningBroker> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(root, "bin/carebus"), "start", "--data-dir", join(work, "data"), "--override", "listeners=PLAINTEXT://127.0.0.1:0"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, CAREBUS_LOG_LEVEL: "warn" },
  });
  const lines = linesOf(child);
  let bootstrap = "";
  for (;;) {
    const line = await lines.next();
    const listening = /listening on PLAINTEXT:\/\/([\d.]+):(\d+)/.exec(line);
    if (listening) bootstrap = `${listening[1]}:${listening[2]}`;
    const ready = /ready in (\d+) ms/.exec(line);
    if (ready) {
      return {
        bootstrap,
        startupMs: performance.now() - t0,
        readyInMs: Number(ready[1]),
        pid: child.pid ?? 0,
        stop: () => new Promise((resolve) => { child.once("exit", () => resolve()); child.kill("SIGTERM"); }),
      };
    }
  }
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? "0") / 1024;
}

async function kcatProduce(bootstrap: string, topic: string, acks: string, count: number): Promise<Rate> {
  const file = join(work, `records-${count}.txt`);
  if (!existsSync(file)) writeFileSync(file, `${"r".repeat(RECORD - 1)}\n`.repeat(count));
  const start = performance.now();
  await run("kcat", ["-b", bootstrap, "-P", "-t", topic, "-p", "0", "-X", `acks=${acks}`, "-X", "linger.ms=5", "-l", file], { maxBuffer: 1 << 26 });
  const seconds = (performance.now() - start) / 1000;
  return { mbs: mb(count * RECORD, seconds), rps: count / seconds };
}

async function kafkajsProduce(bootstrap: string, topic: string, acks: string, count: number): Promise<Rate> {
  const { stdout } = await run(process.execPath, [join(peers, "kafkajs-producer.js"), bootstrap, topic, acks, String(count)]);
  return JSON.parse(stdout) as Rate;
}

async function kcatConsume(bootstrap: string, topic: string, count: number): Promise<Rate> {
  const start = performance.now();
  const { stdout } = await run("kcat", ["-b", bootstrap, "-C", "-t", topic, "-o", "beginning", "-c", String(count), "-q", "-f", "%o\\n"], { maxBuffer: 1 << 28 });
  const seconds = (performance.now() - start) / 1000;
  const got = stdout.split("\n").filter((l) => l.length > 0).length;
  if (got !== count) throw new Error(`kcat consumed ${got} of ${count} records`);
  return { mbs: mb(count * RECORD, seconds), rps: count / seconds };
}

async function createTopic(bootstrap: string, topic: string): Promise<void> {
  const kafka = new Kafka({ brokers: [bootstrap], clientId: "bench-admin", logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 1 }] });
  await admin.disconnect();
}

const fmt = (n: number, digits = 0): string => n.toFixed(digits).padStart(8);

try {
  console.log(`Node ${process.version}, ${SECONDS} s per limit probe, ${RECORD} B records\n`);
  const loopback = await loopbackLimit();
  const receiveAppend = await loopbackLimit(join(work, "receive-append-probe"));
  rmSync(join(work, "receive-append-probe"), { force: true });
  const fsyncLimit = fsyncAppendLimit();
  console.log(
    `machine limits: loopback TCP ${loopback.toFixed(0)} MB/s; loopback TCP + append to a file ${receiveAppend.toFixed(0)} MB/s; ` +
      `sequential append + fdatasync per MiB ${fsyncLimit.toFixed(0)} MB/s\n`,
  );

  // Each client against a peer that keeps nothing: what the client itself can push here.
  const nullBroker = await startNullBroker();
  const ceiling = {
    kcat: await median(() => kcatProduce(nullBroker.bootstrap, "ceiling", "1", KCAT_RECORDS)),
    kafkajs: await median(() => kafkajsProduce(nullBroker.bootstrap, "ceiling", "1", KAFKAJS_RECORDS)),
    raw: await median(() => rawProduce(nullBroker.bootstrap, "ceiling", "1")),
  };
  nullBroker.stop();
  console.log("client ceilings (against a peer that answers Produce and keeps nothing):");
  for (const [client, r] of Object.entries(ceiling)) console.log(`  ${client.padEnd(8)}${fmt(r.mbs, 1)} MB/s ${fmt(r.rps)} records/s  ${((r.mbs / loopback) * 100).toFixed(0)}% of loopback`);
  console.log();

  const broker = await startBroker();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  console.log(`start-up: ${broker.startupMs.toFixed(0)} ms from spawn to ready (broker reports ${broker.readyInMs} ms); idle RSS ${rssMiB(broker.pid).toFixed(0)} MiB\n`);

  const rows: [string, Rate, number, Rate | undefined][] = [];
  for (const client of ["kcat", "kafkajs", "raw"] as const) {
    for (const acks of ["all", "1"] as const) {
      const topic = `bench-${client}-acks${acks}`;
      await createTopic(broker.bootstrap, topic);
      const r = await median(() =>
        client === "kcat"
          ? kcatProduce(broker.bootstrap, topic, acks, KCAT_RECORDS)
          : client === "kafkajs"
            ? kafkajsProduce(broker.bootstrap, topic, acks, KAFKAJS_RECORDS)
            : rawProduce(broker.bootstrap, topic, acks),
      );
      rows.push([`produce ${client} acks=${acks}`, r, acks === "all" ? fsyncLimit : loopback, ceiling[client]]);
    }
  }
  // The acks=1 topic holds 4 runs of KCAT_RECORDS: consume the first KCAT_RECORDS of it.
  await settleDisk();
  rows.push(["consume kcat", await kcatConsume(broker.bootstrap, "bench-kcat-acks1", KCAT_RECORDS), loopback, undefined]);
  console.log("case                        MB/s  records/s   share of limit        of receive+append  of client ceiling");
  for (const [name, r, limit, clientCeiling] of rows) {
    const ofLimit = `${((r.mbs / limit) * 100).toFixed(0)}% of ${limit === loopback ? "loopback" : "fsync-append"}`;
    const ofAppend = limit === loopback && name.startsWith("produce") ? `${((r.mbs / receiveAppend) * 100).toFixed(0)}%` : "";
    const ofCeiling = clientCeiling === undefined ? "" : `${((r.mbs / clientCeiling.mbs) * 100).toFixed(0)}%`;
    console.log(`${name.padEnd(24)}${fmt(r.mbs, 1)}${fmt(r.rps)}      ${ofLimit.padEnd(22)}${ofAppend.padEnd(19)}${ofCeiling}`);
  }

  await createTopic(broker.bootstrap, "bench-latency");
  type Latency = { sent: number; received: number; p50_ms: number; p99_ms: number; max_ms: number; ack_p50: number; ack_p99: number };
  const latency = async (bootstrap: string, acks: string, seconds: number): Promise<Latency> => {
    const { stdout } = await run("/usr/bin/python3", [join(root, "bench/peers/latency.py"), bootstrap, "bench-latency", "5000", String(seconds), acks]);
    return JSON.parse(stdout) as Latency;
  };
  const latencyRuns = async (bootstrap: string): Promise<void> => {
    for (const acks of ["1", "all"]) {
      await settleDisk();
      const lat = await latency(bootstrap, acks, 5);
      console.log(
        `  acks=${acks.padEnd(3)} produce-to-consume p50 ${lat.p50_ms} ms, p99 ${lat.p99_ms} ms, max ${lat.max_ms} ms; ` +
          `send-to-ack p50 ${lat.ack_p50} ms, p99 ${lat.ack_p99} ms (${lat.received}/${lat.sent} received)`,
      );
    }
  };
  console.log("\nlatency at 5,000 records/s for 5 s (librdkafka, linger.ms=0, first second not counted)");
  // Right after the throughput runs: the broker's heap still holds their garbage.
  await settleDisk();
  await latency(broker.bootstrap, "1", 3); // warm-up: a new traffic pattern first runs colder code
  console.log("right after the throughput runs (3 s warm-up):");
  await latencyRuns(broker.bootstrap);
  console.log(`RSS after the runs: ${rssMiB(broker.pid).toFixed(0)} MiB`);
  await broker.stop();

  // Steady state: the same data, a broker restarted and warmed up on this traffic alone.
  const steady = await startBroker();
  await latency(steady.bootstrap, "1", 5);
  await latency(steady.bootstrap, "all", 3);
  console.log("steady state (broker restarted on the same data, 8 s warm-up at this rate):");
  await latencyRuns(steady.bootstrap);
  await steady.stop();
} finally {
  rmSync(work, { recursive: true, force: true });
}
