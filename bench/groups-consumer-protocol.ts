// Consumer-group rebalance time with the KIP-848 protocol (the companion of
// bench/groups.ts): N @platformatic/kafka consumers with groupProtocol "consumer" (1, 5,
// 20) join one group on a 20-partition topic; we time (a) from the first join until the
// members together hold every partition once, and (b) after one member leaves, until the
// others hold them all again. Members learn of changes on their next heartbeat, so
// group.consumer.heartbeat.interval.ms (300 ms here, as the classic bench's KafkaJS
// heartbeatInterval) bounds both from below. Run: `npm run bench:groups`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Consumer, type MessagesStream } from "@platformatic/kafka";
import { Broker } from "../src/broker/broker.js";
import { loadBrokerConfig } from "../src/config/broker-config.js";

const PARTITIONS = 20;
const TOPIC = "bench.groups.kip848";
const logDir = mkdtempSync(join(tmpdir(), "carebus-bench-groups-kip848-"));
const { config } = loadBrokerConfig({
  overrides: { listeners: "PLAINTEXT://127.0.0.1:0", "log.dirs": logDir, "group.consumer.heartbeat.interval.ms": "300" },
});
const broker = await Broker.start({ config });
const bootstrap = `127.0.0.1:${broker.boundListeners[0]?.port ?? 0}`;
broker.createTopic(TOPIC, PARTITIONS, {});

interface Member {
  consumer: Consumer<Buffer, Buffer, Buffer, Buffer>;
  stream: MessagesStream<Buffer, Buffer, Buffer, Buffer>;
}

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 2));
}

function coversAllOnce(members: readonly Member[]): boolean {
  const owned = members.flatMap((m) => (m.consumer.assignments ?? []).flatMap((a) => a.partitions));
  return owned.length === PARTITIONS && new Set(owned).size === PARTITIONS;
}

async function measure(n: number): Promise<{ first: number; afterLeave: number | undefined }> {
  const groupId = `bench-kip848-${n}`;
  const start = performance.now();
  const group: Member[] = await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const consumer = new Consumer({ clientId: `bench-${i}`, bootstrapBrokers: [bootstrap], groupId, groupProtocol: "consumer", maxWaitTime: 100 });
      const stream = await consumer.consume({ topics: [TOPIC], mode: "latest" });
      stream.on("data", () => {});
      return { consumer, stream };
    }),
  );
  await waitFor(() => coversAllOnce(group) && group.every((m) => (m.consumer.assignments ?? []).length > 0));
  const first = performance.now() - start;
  let afterLeave: number | undefined;
  if (n > 1) {
    const leaving = group.pop() as Member;
    const t0 = performance.now();
    await leaving.stream.close();
    await leaving.consumer.close();
    await waitFor(() => coversAllOnce(group));
    afterLeave = performance.now() - t0;
  }
  await Promise.all(group.map(async (m) => {
    await m.stream.close();
    await m.consumer.close();
  }));
  return { first, afterLeave };
}

try {
  console.log("KIP-848 (groupProtocol consumer)");
  console.log("members   first assignment (ms)   reassignment after a leave (ms)");
  for (const n of [1, 5, 20]) {
    const r = await measure(n);
    console.log(`${String(n).padStart(7)}   ${r.first.toFixed(0).padStart(21)}   ${r.afterLeave === undefined ? "-".padStart(31) : r.afterLeave.toFixed(0).padStart(31)}`);
  }
} finally {
  await broker.stop();
  rmSync(logDir, { recursive: true, force: true });
}
