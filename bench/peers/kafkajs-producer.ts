// KafkaJS producing `count` 1 KiB records to partition 0 of `topic`: 500 records per
// send, 4 sends in flight. Its own process on plain node (compiled to dist-bench/ by
// `npm run bench:broker`), as a client application runs; prints one JSON line
// {mbs, rps} counting records' values.
// Run: `node dist-bench/bench/peers/kafkajs-producer.js host:port topic acks count`.
import { Kafka, logLevel } from "kafkajs";

const [bootstrap = "", topic = "", acksArg = "all", countArg = "0"] = process.argv.slice(2);
const acks = acksArg === "all" ? -1 : Number(acksArg);
const count = Number(countArg);
const RECORD = 1024;
const PER_SEND = 500;
const IN_FLIGHT = 4;

const kafka = new Kafka({ brokers: [bootstrap], clientId: "bench", logLevel: logLevel.NOTHING });
const producer = kafka.producer();
await producer.connect();
const value = Buffer.alloc(RECORD, 114);
const start = performance.now();
let sent = 0;
const worker = async (): Promise<void> => {
  while (sent < count) {
    const n = Math.min(PER_SEND, count - sent);
    sent += n;
    await producer.send({ topic, acks, messages: Array.from({ length: n }, () => ({ value, partition: 0 })) });
  }
};
await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
const seconds = (performance.now() - start) / 1000;
await producer.disconnect();
process.stdout.write(`${JSON.stringify({ mbs: (count * RECORD) / seconds / 1e6, rps: count / seconds })}\n`);
