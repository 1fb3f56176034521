// Consumer-group rebalance time (issue 4's benchmark): N KafkaJS consumers (1, 5, 20)
// join one group on a 20-partition topic; we time (a) the first rebalance, from the
// first join to every member holding its assignment, and (b) the rebalance after one
// member leaves, until the others hold the new assignment. KafkaJS learns of a rebalance
// from its next heartbeat, between fetches: heartbeatInterval 300 ms and maxWaitTimeInMs
// 100 ms (KafkaJS waits up to 5 s in a fetch by default) bound (b) from below.
// Run: `npm run bench:groups`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Kafka, logLevel, type Consumer } from "kafkajs";
import { Broker } from "../src/broker/broker.js";
import { loadBrokerConfig } from "../src/config/broker-config.js";

const logDir = mkdtempSync(join(tmpdir(), "carebus-bench-groups-"));
const { config } = loadBrokerConfig({
  overrides: { listeners: "PLAINTEXT://127.0.0.1:0", "log.dirs": logDir, "group.initial.rebalance.delay.ms": "0", "group.min.session.timeout.ms": "1000" },
});
const broker = await Broker.start({ config });
const port = broker.boundListeners[0]?.port ?? 0;
const kafka = new Kafka({ brokers: [`127.0.0.1:${port}`], clientId: "bench-groups", logLevel: logLevel.NOTHING });
broker.createTopic("bench.groups", 20, {});

interface Member {
  consumer: Consumer;
  /** GROUP_JOIN events seen: one per completed rebalance this member took part in. */
  joins: number;
}

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 2));
}

async function measure(members: number): Promise<{ first: number; afterLeave: number | undefined }> {
  const groupId = `bench-group-${members}`;
  const group: Member[] = [];
  const start = performance.now();
  for (let i = 0; i < members; i++) {
    const consumer = kafka.consumer({ groupId, sessionTimeout: 6000, heartbeatInterval: 300, rebalanceTimeout: 10000, maxWaitTimeInMs: 100 });
    const member: Member = { consumer, joins: 0 };
    consumer.on(consumer.events.GROUP_JOIN, () => {
      member.joins++;
    });
    group.push(member);
  }
  await Promise.all(group.map(async (m) => {
    await m.consumer.connect();
    await m.consumer.subscribe({ topic: "bench.groups", fromBeginning: false });
    await m.consumer.run({ eachMessage: async () => {} });
  }));
  await waitFor(() => group.every((m) => m.joins > 0));
  const first = performance.now() - start;

  let afterLeave: number | undefined;
  if (members > 1) {
    const leaving = group.pop() as Member;
    const before = group.map((m) => m.joins);
    const t0 = performance.now();
    await leaving.consumer.disconnect();
    await waitFor(() => group.every((m, i) => m.joins > (before[i] ?? 0)));
    afterLeave = performance.now() - t0;
  }
  await Promise.all(group.map((m) => m.consumer.disconnect()));
  return { first, afterLeave };
}

try {
  console.log("members   first rebalance (ms)   rebalance after a leave (ms)");
  for (const n of [1, 5, 20]) {
    const r = await measure(n);
    console.log(`${String(n).padStart(7)}   ${r.first.toFixed(0).padStart(20)}   ${r.afterLeave === undefined ? "-".padStart(28) : r.afterLeave.toFixed(0).padStart(28)}`);
  }
} finally {
  await broker.stop();
  rmSync(logDir, { recursive: true, force: true });
}
