// CreateTopics, DeleteTopics and CreatePartitions over the wire at every version,
// including the ones no client here speaks (CreateTopics v5-7, DeleteTopics by topic id),
// with the per-topic errors and messages of Kafka's KRaft controller.
import { afterEach, beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { ErrorCode } from "../../src/protocol/errors.js";
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import {
  makeCreatePartitionsRequest,
  makeCreatePartitionsRequestCreatePartitionsTopic,
  type CreatePartitionsRequestCreatePartitionsTopic,
} from "../../src/protocol/generated/create-partitions-request.js";
import {
  makeCreateTopicsRequest,
  makeCreateTopicsRequestCreatableTopic,
  type CreateTopicsRequestCreatableTopic,
} from "../../src/protocol/generated/create-topics-request.js";
import { makeDeleteTopicsRequest } from "../../src/protocol/generated/delete-topics-request.js";
import { ZERO_UUID } from "../../src/protocol/primitives/reader.js";
import { RawClient } from "../support/raw-client.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";

let server: TestBroker;
let client: RawClient;

beforeEach(async () => {
  server = await startTestBroker();
  client = await RawClient.connect(server.port);
});

afterEach(async () => {
  await client.close();
  await server.stop();
});

function topic(name: string, fields: Partial<CreateTopicsRequestCreatableTopic> = {}): CreateTopicsRequestCreatableTopic {
  return makeCreateTopicsRequestCreatableTopic({ name, numPartitions: 1, replicationFactor: 1, ...fields });
}

function createTopics(version: number, topics: CreateTopicsRequestCreatableTopic[], validateOnly = false) {
  return client.request(ApiKeys.CreateTopics, version, makeCreateTopicsRequest({ topics, validateOnly }));
}

function deleteTopics(version: number, refs: { names?: string[]; ids?: { name: string | null; topicId: string }[] }) {
  return client.request(ApiKeys.DeleteTopics, version, makeDeleteTopicsRequest({ topicNames: refs.names ?? [], topics: refs.ids ?? [] }));
}

function createPartitions(version: number, topics: Partial<CreatePartitionsRequestCreatePartitionsTopic>[], validateOnly = false) {
  // null assignments = "place them yourself"; an empty list would be a (wrong) manual assignment.
  const body = makeCreatePartitionsRequest({ topics: topics.map((t) => makeCreatePartitionsRequestCreatePartitionsTopic({ assignments: null, ...t })), validateOnly });
  return client.request(ApiKeys.CreatePartitions, version, body);
}

describe("CreateTopics over the wire", () => {
  test("every version 0-7 creates the topic; v5+ return its layout and configs with sources, v7 its id", async () => {
    for (let v = 0; v <= 7; v++) {
      const name = `clinical.v${v}`;
      const configs = [{ name: "retention.ms", value: "1000" }];
      const { topics } = await createTopics(v, [topic(name, { numPartitions: 2, configs })]);
      const result = topics[0];
      assert.equal(topics.length, 1);
      assert.equal(result?.name, name);
      assert.equal(result.errorCode, ErrorCode.NONE, `v${v}`);
      const info = server.broker.topics.get(name);
      assert.equal(info?.partitions, 2);
      assert.deepEqual(info.configs, { "retention.ms": "1000" });
      if (v >= 1) assert.equal(result.errorMessage, null);
      assert.equal(result.topicId, v >= 7 ? info.topicId : ZERO_UUID);
      if (v >= 5) {
        assert.equal(result.numPartitions, 2);
        assert.equal(result.replicationFactor, 1);
        const names = result.configs?.map((c) => c.name) ?? [];
        assert.deepEqual(names, [...names].sort(), "configs are sorted by name");
        const byName = new Map(result.configs?.map((c) => [c.name, c]));
        assert.deepEqual([byName.get("retention.ms")?.value, byName.get("retention.ms")?.configSource], ["1000", 1]); // DYNAMIC_TOPIC_CONFIG
        assert.deepEqual([byName.get("cleanup.policy")?.value, byName.get("cleanup.policy")?.configSource], ["delete", 5]); // DEFAULT_CONFIG
      } else {
        assert.equal(result.numPartitions, -1);
      }
    }
  });

  test("each topic gets its own error, with Kafka's codes and messages, and only the valid one is created", async () => {
    await createTopics(7, [topic("existing"), topic("adt_events")]);
    const { topics } = await createTopics(7, [
      topic("existing"),
      topic("dup"),
      topic("dup"),
      topic("__consumer_offsets"),
      topic("bad/name"),
      topic("adt.events"),
      topic("zero-partitions", { numPartitions: 0 }),
      topic("minus-two", { numPartitions: -2 }),
      topic("rf-zero", { replicationFactor: 0 }),
      topic("rf-two", { replicationFactor: 2 }),
      topic("null-config", { configs: [{ name: "retention.ms", value: null }] }),
      topic("unknown-config", { configs: [{ name: "not.a.property", value: "x" }] }),
      topic("other-broker", { numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [2] }] }),
      topic("assignment-and-count", { numPartitions: 1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [1] }] }),
      topic("gap", { numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 1, brokerIds: [1] }] }),
      topic("twice", { numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [1, 1] }] }),
      topic("ok"),
    ]);
    const byName = new Map(topics.map((t) => [t.name, [t.errorCode, t.errorMessage]]));
    assert.equal(topics.length, 16, "one answer per distinct name");
    assert.deepEqual(byName.get("existing"), [ErrorCode.TOPIC_ALREADY_EXISTS, "Topic 'existing' already exists."]);
    assert.deepEqual(byName.get("dup"), [ErrorCode.INVALID_REQUEST, "Duplicate topic name."]);
    assert.deepEqual(byName.get("__consumer_offsets"), [ErrorCode.INVALID_REQUEST, "Creation of internal topic __consumer_offsets is prohibited."]);
    assert.equal(byName.get("bad/name")?.[0], ErrorCode.INVALID_TOPIC_EXCEPTION);
    assert.match(String(byName.get("bad/name")?.[1]), /contains a character other than ASCII alphanumerics/);
    assert.deepEqual(byName.get("adt.events"), [ErrorCode.INVALID_TOPIC_EXCEPTION, "Topic 'adt.events' collides with existing topic: adt_events"]);
    assert.equal(byName.get("zero-partitions")?.[0], ErrorCode.INVALID_PARTITIONS);
    assert.equal(byName.get("minus-two")?.[0], ErrorCode.INVALID_PARTITIONS);
    assert.equal(byName.get("rf-zero")?.[0], ErrorCode.INVALID_REPLICATION_FACTOR);
    assert.equal(byName.get("rf-two")?.[0], ErrorCode.INVALID_REPLICATION_FACTOR);
    assert.match(String(byName.get("rf-two")?.[1]), /single-node broker, so only replication factor 1 is possible/);
    assert.deepEqual(byName.get("null-config"), [ErrorCode.INVALID_CONFIG, "Null value not supported for topic configs: retention.ms"]);
    assert.deepEqual(byName.get("unknown-config"), [ErrorCode.INVALID_CONFIG, "Unknown topic config name: not.a.property"]);
    assert.equal(byName.get("other-broker")?.[0], ErrorCode.INVALID_REPLICA_ASSIGNMENT);
    assert.match(String(byName.get("other-broker")?.[1]), /includes broker 2, but no such broker is registered/);
    assert.equal(byName.get("assignment-and-count")?.[0], ErrorCode.INVALID_REQUEST);
    assert.deepEqual(byName.get("gap"), [ErrorCode.INVALID_REPLICA_ASSIGNMENT, "partitions should be a consecutive 0-based integer sequence"]);
    assert.deepEqual(byName.get("twice"), [ErrorCode.INVALID_REPLICA_ASSIGNMENT, "The manual partition assignment includes the broker 1 more than once."]);
    assert.deepEqual(byName.get("ok"), [ErrorCode.NONE, null]);
    assert.deepEqual(server.broker.topics.all().map((t) => t.name), ["adt_events", "existing", "ok"]);
  });

  test("-1 takes num.partitions, a manual assignment on this node sets the count, and a huge count is refused", async () => {
    const other = await startTestBroker({ "num.partitions": "3" });
    try {
      const c = await RawClient.connect(other.port);
      const { topics } = await c.request(ApiKeys.CreateTopics, 5, makeCreateTopicsRequest({
        topics: [
          topic("defaults", { numPartitions: -1, replicationFactor: -1 }),
          topic("manual", { numPartitions: -1, replicationFactor: -1, assignments: [0, 1].map((p) => ({ partitionIndex: p, brokerIds: [1] })) }),
          topic("huge", { numPartitions: 1_000_000 }),
        ],
      }));
      await c.close();
      assert.deepEqual(topics.map((t) => [t.name, t.errorCode, t.numPartitions]), [
        ["defaults", ErrorCode.NONE, 3],
        ["manual", ErrorCode.NONE, 2],
        ["huge", ErrorCode.POLICY_VIOLATION, -1],
      ]);
      assert.equal(other.broker.topics.get("manual")?.partitions, 2);
      assert.equal(other.broker.topics.get("huge"), undefined);
    } finally {
      await other.stop();
    }
  });

  test("validateOnly checks and answers as a creation would, with the zero topic id, and creates nothing", async () => {
    for (const v of [1, 5, 7]) {
      const { topics } = await createTopics(v, [topic("dry.run", { numPartitions: 4 }), topic("dry-bad", { replicationFactor: 3 })], true);
      assert.deepEqual(topics.map((t) => [t.name, t.errorCode]), [["dry.run", ErrorCode.NONE], ["dry-bad", ErrorCode.INVALID_REPLICATION_FACTOR]]);
      if (v >= 5) assert.equal(topics[0]?.numPartitions, 4);
      assert.equal(topics[0]?.topicId, ZERO_UUID);
    }
    assert.equal(server.broker.topics.size, 0);
  });
});

describe("DeleteTopics over the wire", () => {
  test("v0-5 delete by name; an unknown name is UNKNOWN_TOPIC_OR_PARTITION", async () => {
    for (let v = 0; v <= 5; v++) {
      await createTopics(4, [topic(`gone-${v}`, { numPartitions: 2 })]);
      const { responses } = await deleteTopics(v, { names: [`gone-${v}`, "never"] });
      assert.deepEqual(responses.map((r) => [r.name, r.errorCode]), [[`gone-${v}`, ErrorCode.NONE], ["never", ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]]);
      assert.equal(server.broker.topics.get(`gone-${v}`), undefined);
      assert.equal(server.broker.getLog(`gone-${v}`, 1), undefined);
    }
  });

  test("v6 deletes by topic id and by name, and refuses ambiguous or unknown references", async () => {
    await createTopics(7, [topic("by-id"), topic("by-name"), topic("both-ways"), topic("dup-name")]);
    const id = (name: string) => server.broker.topics.get(name)?.topicId ?? "";
    const byIdId = id("by-id");
    const byNameId = id("by-name");
    const bothId = id("both-ways");
    const unknownId = "AAAAAAAAAAAAAAAAAAAAAQ";
    const { responses } = await deleteTopics(6, {
      ids: [
        { name: null, topicId: byIdId },
        { name: "by-name", topicId: ZERO_UUID },
        { name: null, topicId: unknownId },
        { name: "by-name-and-id", topicId: byIdId },
        { name: null, topicId: ZERO_UUID },
        { name: "both-ways", topicId: ZERO_UUID },
        { name: null, topicId: bothId },
        { name: "dup-name", topicId: ZERO_UUID },
        { name: "dup-name", topicId: ZERO_UUID },
      ],
    });
    const answers = responses.map((r) => [r.name, r.topicId === ZERO_UUID ? "-" : r.topicId, r.errorCode]);
    assert.deepEqual(answers, [
      ["by-id", byIdId, ErrorCode.NONE],
      ["by-name", byNameId, ErrorCode.NONE], // deleted by name, answered with its id too
      [null, unknownId, ErrorCode.UNKNOWN_TOPIC_ID],
      ["by-name-and-id", byIdId, ErrorCode.INVALID_REQUEST],
      [null, "-", ErrorCode.INVALID_REQUEST],
      ["both-ways", bothId, ErrorCode.INVALID_REQUEST],
      ["both-ways", bothId, ErrorCode.INVALID_REQUEST],
      ["dup-name", "-", ErrorCode.INVALID_REQUEST],
    ]);
    assert.deepEqual(server.broker.topics.all().map((t) => t.name), ["both-ways", "dup-name"]);
  });

  test("internal topics are protected; with delete.topic.enable=false nothing is deleted", async () => {
    server.broker.createTopic("__consumer_offsets", 1, {});
    const { responses } = await deleteTopics(4, { names: ["__consumer_offsets"] });
    assert.equal(responses[0]?.errorCode, ErrorCode.INVALID_TOPIC_EXCEPTION);
    assert.ok(server.broker.topics.get("__consumer_offsets") !== undefined);

    const locked = await startTestBroker({ "delete.topic.enable": "false" });
    try {
      locked.broker.createTopic("kept", 1, {});
      const c = await RawClient.connect(locked.port);
      const v2 = await c.request(ApiKeys.DeleteTopics, 2, makeDeleteTopicsRequest({ topicNames: ["kept"] }));
      const v6 = await c.request(ApiKeys.DeleteTopics, 6, makeDeleteTopicsRequest({ topics: [{ name: "kept", topicId: ZERO_UUID }] }));
      await c.close();
      assert.equal(v2.responses[0]?.errorCode, ErrorCode.INVALID_REQUEST);
      assert.equal(v6.responses[0]?.errorCode, ErrorCode.TOPIC_DELETION_DISABLED);
      assert.ok(locked.broker.topics.get("kept") !== undefined);
    } finally {
      await locked.stop();
    }
  });
});

describe("CreatePartitions over the wire", () => {
  test("every version 0-3 adds partitions, with or without an assignment on this node", async () => {
    await createTopics(4, [topic("grow")]);
    for (let v = 0; v <= 3; v++) {
      const withAssignment = v % 2 === 1;
      const count = v + 2;
      const { results } = await createPartitions(v, [{ name: "grow", count, assignments: withAssignment ? [{ brokerIds: [1] }] : null }]);
      assert.deepEqual(results.map((r) => [r.name, r.errorCode, r.errorMessage]), [["grow", ErrorCode.NONE, null]]);
      assert.equal(server.broker.topics.get("grow")?.partitions, count);
      assert.ok(server.broker.getLog("grow", count - 1) !== undefined);
    }
  });

  test("refuses what Kafka refuses, topic by topic; validateOnly adds nothing", async () => {
    await createTopics(4, [topic("t", { numPartitions: 3 })]);
    const { results } = await createPartitions(3, [
      { name: "t", count: 3 },
      { name: "missing", count: 2 },
      { name: "dup", count: 2 },
      { name: "dup", count: 3 },
    ]);
    assert.deepEqual(results.map((r) => [r.name, r.errorCode, r.errorMessage]), [
      ["t", ErrorCode.INVALID_PARTITIONS, "Topic already has 3 partition(s)."],
      ["missing", ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, "This server does not host this topic-partition."],
      ["dup", ErrorCode.INVALID_REQUEST, "Duplicate topic name."],
    ]);
    const cases: [Partial<CreatePartitionsRequestCreatePartitionsTopic>, number, RegExp][] = [
      [{ name: "t", count: 2 }, ErrorCode.INVALID_PARTITIONS, /^The topic t currently has 3 partition\(s\); 2 would not be an increase\.$/],
      [{ name: "t", count: 5, assignments: [{ brokerIds: [1] }] }, ErrorCode.INVALID_REPLICA_ASSIGNMENT, /Attempted to add 2 additional partition\(s\), but only 1/],
      [{ name: "t", count: 4, assignments: [{ brokerIds: [7] }] }, ErrorCode.INVALID_REPLICA_ASSIGNMENT, /includes broker 7/],
      [{ name: "t", count: 4, assignments: [{ brokerIds: [] }] }, ErrorCode.INVALID_REPLICA_ASSIGNMENT, /empty replica list/],
      [{ name: "t", count: 100_000 }, ErrorCode.POLICY_VIOLATION, /excessively large/],
    ];
    for (const [request, code, message] of cases) {
      const answer = (await createPartitions(1, [request])).results[0];
      assert.equal(answer?.errorCode, code, JSON.stringify(request));
      assert.match(answer.errorMessage ?? "", message);
    }
    const dry = await createPartitions(2, [{ name: "t", count: 10 }], true);
    assert.equal(dry.results[0]?.errorCode, ErrorCode.NONE);
    assert.equal(server.broker.topics.get("t")?.partitions, 3);
  });
});
