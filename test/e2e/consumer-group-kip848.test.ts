// KIP-848 consumer groups with an unmodified client: two @platformatic/kafka consumers
// with groupProtocol "consumer" split a 6-partition topic through ConsumerGroupHeartbeat,
// one closes and the other takes every partition without a record lost, the committed
// offsets (OffsetCommit v9 with member epochs) survive a broker restart together with
// the group, and ConsumerGroupDescribe shows the members and their assignments.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Admin, Consumer, Producer, stringDeserializers, stringSerializers, type MessagesStream } from "@platformatic/kafka";
import { ErrorCode } from "../../src/protocol/errors.js";
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import { makeConsumerGroupDescribeRequest } from "../../src/protocol/generated/consumer-group-describe-request.js";
import { makeListGroupsRequest } from "../../src/protocol/generated/list-groups-request.js";
import { withRawClient } from "../support/raw-client.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";
import { waitUntil } from "../support/data-path.js";

const OVERRIDES = {
  "group.initial.rebalance.delay.ms": "0",
  "group.consumer.heartbeat.interval.ms": "100",
  "group.consumer.session.timeout.ms": "6000",
  "offsets.topic.num.partitions": "4",
};
const TOPIC = "clinical.kip848.events";
const GROUP = "g-kip848";

interface Reader {
  consumer: Consumer<string, string, string, string>;
  stream: MessagesStream<string, string, string, string>;
  seen: string[];
  partitions(): number[];
}

async function startReader(server: TestBroker, clientId: string): Promise<Reader> {
  const consumer = new Consumer({
    clientId,
    bootstrapBrokers: [server.bootstrap],
    groupId: GROUP,
    groupProtocol: "consumer",
    deserializers: stringDeserializers,
    maxWaitTime: 100,
    retries: 20,
    retryDelay: 100,
  });
  const seen: string[] = [];
  const stream = await consumer.consume({ topics: [TOPIC], mode: "committed", fallbackMode: "earliest", autocommit: false });
  stream.on("data", (message) => {
    seen.push(message.value);
    // Commits carry the member epoch; one refused during a rebalance is redelivered, never lost.
    void Promise.resolve(message.commit()).catch(() => {});
  });
  const partitions = (): number[] => (consumer.assignments ?? []).flatMap((a) => a.partitions).sort((a, b) => a - b);
  return { consumer, stream, seen, partitions };
}

async function stopReader(r: Reader): Promise<void> {
  await r.stream.close();
  await r.consumer.close();
}

async function produce(server: TestBroker, values: string[]): Promise<void> {
  const producer = new Producer({ clientId: "kip848-producer", bootstrapBrokers: [server.bootstrap], serializers: stringSerializers });
  try {
    await producer.send({ messages: values.map((value, i) => ({ topic: TOPIC, key: `mrn-${i}`, value, partition: i % 6 })), acks: -1 });
  } finally {
    await producer.close();
  }
}

function committedTotal(server: TestBroker): bigint {
  return server.broker.groupCoordinator.offsets.fetch(GROUP, null).offsets.reduce((sum, o) => sum + o.offset, 0n);
}

test("consumer-protocol members split partitions, hand them over, and resume from committed offsets after a restart", { timeout: 90_000 }, async () => {
  const logDir = mkdtempSync(join(tmpdir(), "carebus-kip848-"));
  try {
    const first = await startTestBroker(OVERRIDES, { logDir });
    try {
      const admin = new Admin({ clientId: "kip848-admin", bootstrapBrokers: [first.bootstrap] });
      await admin.createTopics({ topics: [TOPIC], partitions: 6, replicas: 1 });
      await admin.close();
      const before = Array.from({ length: 60 }, (_, i) => `before-${i}`);
      await produce(first, before);

      const a = await startReader(first, "kip848-a");
      const b = await startReader(first, "kip848-b");
      await waitUntil(() => a.partitions().length === 3 && b.partitions().length === 3, "both members own 3 partitions", 20_000);
      assert.deepEqual([...a.partitions(), ...b.partitions()].sort(), [0, 1, 2, 3, 4, 5], "every partition has exactly one owner");

      const described = await withRawClient(first.port, (c) => c.request(ApiKeys.ConsumerGroupDescribe, 0, makeConsumerGroupDescribeRequest({ groupIds: [GROUP, "no-such-group"] })));
      assert.equal(described.groups[1]?.errorCode, ErrorCode.GROUP_ID_NOT_FOUND);
      const listed = await withRawClient(first.port, async (c) => [
        await c.request(ApiKeys.ListGroups, 5, makeListGroupsRequest({ typesFilter: ["consumer"] })),
        await c.request(ApiKeys.ListGroups, 5, makeListGroupsRequest({ typesFilter: ["classic"] })),
      ]);
      assert.deepEqual(listed[0]?.groups.map((g) => [g.groupId, g.groupType, g.protocolType]), [[GROUP, "consumer", "consumer"]]);
      assert.deepEqual(listed[1]?.groups.map((g) => g.groupId), []);
      const group = described.groups[0];
      assert.equal(group?.errorCode, ErrorCode.NONE);
      assert.equal(group.groupState, "Stable");
      assert.equal(group.assignorName, "uniform");
      assert.equal(group.members.length, 2);
      for (const m of group.members) {
        assert.deepEqual(m.subscribedTopicNames, [TOPIC]);
        assert.equal(m.memberEpoch, group.assignmentEpoch);
        assert.deepEqual(m.assignment.topicPartitions.map((tp) => [tp.topicName, tp.partitions.length]), [[TOPIC, 3]]);
      }

      await waitUntil(() => new Set([...a.seen, ...b.seen]).size === 60, "the 60 first records", 20_000);
      await stopReader(b);
      await waitUntil(() => a.partitions().length === 6, "the remaining member owns all 6 partitions", 20_000);
      const during = Array.from({ length: 60 }, (_, i) => `during-${i}`);
      await produce(first, during);
      await waitUntil(() => during.every((v) => a.seen.includes(v)), "the records produced after the hand-over", 20_000);
      const all = new Set([...a.seen, ...b.seen]);
      for (const v of [...before, ...during]) assert.ok(all.has(v), `${v} was consumed`);

      await waitUntil(() => committedTotal(first) === 120n, "all 120 offsets committed", 20_000);
      await stopReader(a);
    } finally {
      await first.stop();
    }

    const second = await startTestBroker(OVERRIDES, { logDir });
    try {
      assert.equal(committedTotal(second), 120n, "committed offsets were replayed");
      const replayed = second.broker.groupCoordinator.consumerGroups.groups.get(GROUP);
      assert.ok(replayed !== undefined && replayed.groupEpoch > 0, "the consumer group was replayed");
      const after = ["after-0", "after-1", "after-2", "after-3", "after-4", "after-5"];
      await produce(second, after);
      const c = await startReader(second, "kip848-c");
      try {
        await waitUntil(() => after.every((v) => c.seen.includes(v)), "the records produced after the restart", 20_000);
        assert.deepEqual(c.seen.filter((v) => !v.startsWith("after-")), [], "nothing committed before the restart is read again");
      } finally {
        await stopReader(c);
      }
    } finally {
      await second.stop();
    }
  } finally {
    rmSync(logDir, { recursive: true, force: true });
  }
});
