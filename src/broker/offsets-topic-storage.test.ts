import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { startTestBroker, type TestBroker } from "../../test/support/test-broker.js";
import { GROUP_METADATA_TOPIC_NAME } from "../coordinator/group/coordinator-storage.js";
import { encodeEndTransactionMarkerBatch } from "../protocol/records/control-record.js";
import { OffsetsTopicStorage } from "./offsets-topic-storage.js";

let server: TestBroker;

before(async () => {
  server = await startTestBroker({ "offsets.topic.num.partitions": "3", "offsets.topic.segment.bytes": "1048576" });
});

after(async () => {
  await server.stop();
});

describe("OffsetsTopicStorage", () => {
  test("creates __consumer_offsets compacted with offsets.topic.* settings, once", () => {
    const storage = new OffsetsTopicStorage(server.broker);
    assert.equal(server.broker.topics.get(GROUP_METADATA_TOPIC_NAME), undefined, "not before first use");
    assert.equal(storage.partitionCount(), 3);
    storage.ensureTopic();
    storage.ensureTopic();
    assert.equal(server.broker.topics.get(GROUP_METADATA_TOPIC_NAME)?.partitions, 3);
    const config = server.broker.topicConfig(GROUP_METADATA_TOPIC_NAME);
    assert.deepEqual(config.get("cleanup.policy"), ["compact"]);
    assert.equal(config.get("segment.bytes"), 1048576);
  });

  test("writes are flushed batches that replay in order, tombstones included", async () => {
    const storage = new OffsetsTopicStorage(server.broker);
    storage.ensureTopic();
    await storage.write(1, [{ key: Buffer.from("k1"), value: Buffer.from("v1") }, { key: Buffer.from("k2"), value: Buffer.from("v2") }], 1000);
    await storage.write(1, [{ key: Buffer.from("k1"), value: null }], 2000);
    const log = server.broker.getLog(GROUP_METADATA_TOPIC_NAME, 1);
    assert.equal(log?.recoveryPoint, 3n, "flushed before the write resolved");
    const replayed = [...storage.replay(1)].map((r) => [r.key.toString(), r.value?.toString() ?? null]);
    assert.deepEqual(replayed, [["k1", "v1"], ["k2", "v2"], ["k1", null]]);
    assert.deepEqual([...storage.replay(0)], []);
  });

  test("transactional writes replay at their COMMIT marker, never after an ABORT, pending while open", async () => {
    const storage = new OffsetsTopicStorage(server.broker);
    storage.ensureTopic();
    const log = server.broker.getLog(GROUP_METADATA_TOPIC_NAME, 2)!;
    const marker = (type: "COMMIT" | "ABORT", producerId: bigint): void => {
      server.broker.appendRecords(log, encodeEndTransactionMarkerBatch({ type, producerId, producerEpoch: 0, coordinatorEpoch: 0, timestamp: 1n }), { origin: "coordinator" });
    };
    await storage.write(2, [{ key: Buffer.from("committed"), value: Buffer.from("c") }], 1000, { producerId: 7n, producerEpoch: 0 });
    await storage.write(2, [{ key: Buffer.from("aborted"), value: Buffer.from("a") }], 1000, { producerId: 8n, producerEpoch: 0 });
    await storage.write(2, [{ key: Buffer.from("plain"), value: Buffer.from("p") }], 1000);
    await storage.write(2, [{ key: Buffer.from("open"), value: Buffer.from("o") }], 1000, { producerId: 9n, producerEpoch: 0 });
    marker("ABORT", 8n);
    marker("COMMIT", 7n);
    const replayed = [...storage.replay(2)].map((r) => [r.key.toString(), r.producerId ?? null]);
    assert.deepEqual(replayed, [["plain", null], ["committed", null], ["open", 9n]]);
  });

  test("knows which topic partitions exist", () => {
    const storage = new OffsetsTopicStorage(server.broker);
    server.broker.createTopic("clinical.storage.exists", 2, {});
    assert.equal(storage.partitionExists("clinical.storage.exists", 1), true);
    assert.equal(storage.partitionExists("clinical.storage.exists", 2), false);
    assert.equal(storage.partitionExists("clinical.storage.missing", 0), false);
  });
});
