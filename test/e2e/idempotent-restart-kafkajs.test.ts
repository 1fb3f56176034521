// A KafkaJS idempotent producer outlives a broker restart: the broker comes back on the
// same port and log dir with the producer's state (from its `.snapshot`), so the
// producer's next sequence is accepted (no OUT_OF_ORDER_SEQUENCE_NUMBER) and every record
// is stored exactly once.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import kafkajs, { type Producer } from "kafkajs";
import { Broker } from "../../src/broker/broker.js";
import { loadBrokerConfig } from "../../src/config/broker-config.js";
import { RawClient } from "../support/raw-client.js";
import { decodeRecords, fetch, onlyPartition } from "../support/data-path.js";

// kafkajs is CommonJS with a spread in its exports, which Node's named-import detection misses.
const { Kafka, logLevel } = kafkajs;

const TOPIC = "clinical.encounters.restarted";
const logDir = mkdtempSync(join(tmpdir(), "carebus-idempotent-restart-"));
let broker: Broker | undefined;
let producer: Producer | undefined;

after(async () => {
  await producer?.disconnect();
  await broker?.stop();
  rmSync(logDir, { recursive: true, force: true });
});

async function start(port: number): Promise<Broker> {
  const { config } = loadBrokerConfig({ overrides: { listeners: `PLAINTEXT://127.0.0.1:${port}`, "log.dirs": logDir } });
  broker = await Broker.start({ config });
  return broker;
}

async function send(p: Producer, from: number, count: number): Promise<void> {
  const sent = await p.send({
    topic: TOPIC,
    acks: -1,
    messages: Array.from({ length: count }, (_, i) => ({ key: `mrn-${from + i}`, value: `encounter ${from + i}`, partition: 0 })),
  });
  assert.ok(sent.every((r) => r.errorCode === 0));
}

test("KafkaJS continues its sequence after the broker restarts", async () => {
  const first = await start(0);
  const port = first.boundListeners[0]!.port;
  first.createTopic(TOPIC, 1, {});
  const kafka = new Kafka({
    clientId: "carebus-idempotent-restart",
    brokers: [`127.0.0.1:${port}`],
    logLevel: logLevel.NOTHING,
    retry: { initialRetryTime: 50, retries: 20 },
  });
  producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  for (let i = 0; i < 3; i++) await send(producer, i * 5, 5);
  const producerId = [...(first.getLog(TOPIC, 0)?.producerStateManager.activeProducers.keys() ?? [])];
  assert.equal(producerId.length, 1);

  await first.stop();
  const second = await start(port);
  assert.deepEqual([...(second.getLog(TOPIC, 0)?.producerStateManager.activeProducers.keys() ?? [])], producerId, "state reloaded");
  for (let i = 3; i < 6; i++) await send(producer, i * 5, 5);

  const entry = second.getLog(TOPIC, 0)?.producerStateManager.lastEntry(producerId[0]!);
  assert.equal(entry?.lastSeq, 29, "the same producer id went on from sequence 15 to 29");
  const raw = await RawClient.connect(port);
  try {
    const topic = second.topics.get(TOPIC)!;
    const records = decodeRecords(onlyPartition(await fetch(raw, 12, topic, [{ partition: 0, fetchOffset: 0n }])).records);
    assert.deepEqual(
      records.map((r) => [r.offset, r.value]),
      Array.from({ length: 30 }, (_, i) => [BigInt(i), `encounter ${i}`]),
    );
  } finally {
    await raw.close();
  }
});
