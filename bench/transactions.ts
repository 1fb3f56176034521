// Transactions per second with KafkaJS's transactional producer (idempotent, one request in
// flight): each transaction sends 100 records of 256 bytes to one partition and commits
// (AddPartitionsToTxn, Produce, EndTxn with its marker, all fsynced). The broker runs in
// this process (like the tests' brokers), so client and broker share one event loop: the
// figure is a floor for a broker in its own process.
// Run: `npm run bench:txn`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Kafka, logLevel } from "kafkajs";
import { Broker } from "../src/broker/broker.js";
import { loadBrokerConfig } from "../src/config/broker-config.js";

const SECONDS = 5;
const RECORDS = 100;
const TOPIC = "bench.txn";

const logDir = mkdtempSync(join(tmpdir(), "carebus-bench-txn-"));
const { config } = loadBrokerConfig({ overrides: { listeners: "PLAINTEXT://127.0.0.1:0", "log.dirs": logDir, "transaction.state.log.num.partitions": "1" } });
const broker = await Broker.start({ config });
try {
  const port = broker.boundListeners[0]?.port;
  broker.createTopic(TOPIC, 1, {});
  const kafka = new Kafka({ clientId: "bench-txn", brokers: [`127.0.0.1:${port}`], logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ transactionalId: "bench-txn", idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const messages = Array.from({ length: RECORDS }, (_, i) => ({ value: Buffer.alloc(256, i % 256) }));
  const once = async (): Promise<void> => {
    const txn = await producer.transaction();
    await txn.send({ topic: TOPIC, acks: -1, messages });
    await txn.commit();
  };
  for (let i = 0; i < 20; i++) await once(); // warm-up
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < SECONDS * 1000) {
    await once();
    count++;
  }
  const seconds = (performance.now() - start) / 1000;
  await producer.disconnect();
  console.log(`transactions: ${(count / seconds).toFixed(1)} txn/s, ${((count * RECORDS) / seconds).toFixed(0)} records/s (${RECORDS} records of 256 B per transaction, KafkaJS, in-process broker)`);
} finally {
  await broker.stop();
  rmSync(logDir, { recursive: true, force: true });
}
