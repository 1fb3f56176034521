// TEST-ONLY: a KafkaJS consume-transform-produce worker run as a child process by
// eos-crash-kafkajs.test.ts (so the test can SIGKILL it). It reads `input` read_committed in
// group `groupId` and, per chunk of `chunkSize` records, writes one `out:<value>` record per
// input record to `output` and the chunk's next offset with sendOffsets, in one transaction.
// Before consuming it registers its transactional id (InitProducerId), which fences a previous
// worker with the same id and aborts its open transaction. Prints JSON lines:
// {"ready":true} once registered, {"committed":<records so far>} after each commit, and
// {"holding":<records in it>} when, after `holdAfterCommits` commits, it leaves the next transaction open
// (records sent, offsets added) and waits to be killed.
import kafkajs from "kafkajs";

const { Kafka, logLevel } = kafkajs;
const [bootstrap, transactionalId, groupId, input, output, optionsJson] = process.argv.slice(2);
if (bootstrap === undefined || transactionalId === undefined || groupId === undefined || input === undefined || output === undefined || optionsJson === undefined) {
  throw new Error("usage: kafkajs-eos-worker.ts <bootstrap> <transactional-id> <group> <input> <output> <options-json>");
}
interface WorkerOptions {
  chunkSize: number;
  /** Commits after which the next transaction is left open; -1 never. */
  holdAfterCommits: number;
  consumer: Record<string, number>;
}
const options = JSON.parse(optionsJson) as WorkerOptions;
const say = (line: object): void => void process.stdout.write(`${JSON.stringify(line)}\n`);

const kafka = new Kafka({ clientId: `eos-worker-${process.pid}`, brokers: [bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 10, initialRetryTime: 100 } });
const producer = kafka.producer({ transactionalId, idempotent: true, maxInFlightRequests: 1, transactionTimeout: 60_000 });
await producer.connect();
// KafkaJS sends InitProducerId with the transactional id at the first transaction; an empty one
// sends nothing else, so this only fences the previous worker before we read its offsets.
const registering = await producer.transaction();
await registering.abort();
say({ ready: true });

const consumer = kafka.consumer({ groupId, readUncommitted: false, ...options.consumer });
await consumer.connect();
await consumer.subscribe({ topics: [input], fromBeginning: true });
let commits = 0;
let committedRecords = 0;
await consumer.run({
  autoCommit: false,
  eachBatchAutoResolve: false,
  eachBatch: async (payload) => {
    const { batch } = payload;
    for (let i = 0; i < batch.messages.length; i += options.chunkSize) {
      if (!payload.isRunning() || payload.isStale()) return;
      const chunk = batch.messages.slice(i, i + options.chunkSize);
      const last = chunk.at(-1);
      if (last === undefined) return;
      const txn = await producer.transaction();
      try {
        await txn.send({ topic: output, messages: chunk.map((m) => ({ key: m.key, value: `out:${m.value?.toString() ?? ""}` })) });
        const next = (BigInt(last.offset) + 1n).toString();
        await txn.sendOffsets({ consumerGroupId: groupId, topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: next }] }] });
        if (commits === options.holdAfterCommits) {
          say({ holding: chunk.length });
          await new Promise(() => {}); // until SIGKILL
        }
        await txn.commit();
      } catch (err) {
        await txn.abort().catch(() => {});
        throw err;
      }
      commits++;
      committedRecords += chunk.length;
      payload.resolveOffset(last.offset);
      say({ committed: committedRecords });
      await payload.heartbeat();
    }
  },
});
