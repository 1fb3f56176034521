// TEST-ONLY: a KafkaJS group member run as a child process by consumer-group-kafkajs.test.ts
// (so the test can kill it without a LeaveGroup). Prints one JSON line per assignment
// ({"assigned":[...]}) and per consumed record ({"value":"..."}).
import kafkajs from "kafkajs";

const { Kafka, logLevel } = kafkajs;
const [bootstrap, groupId, topic, timeouts] = process.argv.slice(2);
if (bootstrap === undefined || groupId === undefined || topic === undefined || timeouts === undefined) {
  throw new Error("usage: kafkajs-group-member.ts <bootstrap> <group> <topic> <timeouts-json>");
}
const kafka = new Kafka({ clientId: "carebus-group-child", brokers: [bootstrap], logLevel: logLevel.NOTHING });
const consumer = kafka.consumer({ groupId, ...(JSON.parse(timeouts) as Record<string, number>) });
consumer.on(consumer.events.GROUP_JOIN, (e) => {
  const assigned = [...(e.payload.memberAssignment[topic] ?? [])].sort((a, b) => a - b);
  process.stdout.write(`${JSON.stringify({ assigned })}\n`);
});
await consumer.connect();
await consumer.subscribe({ topics: [topic], fromBeginning: true });
await consumer.run({
  eachMessage: ({ message }) => {
    process.stdout.write(`${JSON.stringify({ value: message.value?.toString() ?? "" })}\n`);
    return Promise.resolve();
  },
});
