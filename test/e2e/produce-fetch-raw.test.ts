// Produce, Fetch and ListOffsets on the wire, for what no third-party client sends on
// purpose: partial failures inside one request, corrupt batches, unsupported versions,
// acks=0, long polls, incremental fetch sessions, every version of each API.
import { afterEach, beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { fetchPurgatoryOf } from "../../src/broker/handlers/01-fetch.js";
import { ErrorCode } from "../../src/protocol/errors.js";
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import { makeApiVersionsRequest } from "../../src/protocol/generated/api-versions-request.js";
import { RawClient } from "../support/raw-client.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";
import { batchOf, decodeRecords, fetch, onlyPartition, produce, waitUntil } from "../support/data-path.js";

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

function createTopic(name: string, partitions = 1, configs: Record<string, string> = {}) {
  return server.broker.createTopic(name, partitions, configs);
}

describe("Produce", () => {
  test("an oversized batch is MESSAGE_TOO_LARGE without failing the other partition of the request", async () => {
    const topic = createTopic("clinical.vitals.recorded", 2, { "max.message.bytes": "1000" });
    const big = batchOf(["x".repeat(2000)]);
    const small = batchOf([{ key: "patient-7", value: "bp 120/80" }]);
    const [p0, p1] = await produce(client, topic.name, [
      { partition: 0, records: big },
      { partition: 1, records: small },
    ]);
    assert.equal(p0?.errorCode, ErrorCode.MESSAGE_TOO_LARGE);
    assert.equal(p0?.baseOffset, -1n);
    assert.equal(p1?.errorCode, ErrorCode.NONE);
    assert.equal(p1?.baseOffset, 0n);
    assert.equal(server.broker.getLog(topic.name, 0)?.logEndOffset, 0n);
    const fetched = onlyPartition(await fetch(client, 12, topic, [{ partition: 1, fetchOffset: 0n }]));
    assert.deepEqual(decodeRecords(fetched.records).map((r) => [r.key, r.value]), [["patient-7", "bp 120/80"]]);
  });

  test("a batch whose CRC does not match is CORRUPT_MESSAGE and nothing is appended", async () => {
    const topic = createTopic("clinical.labs.resulted");
    const records = batchOf(["glucose 5.4"]);
    records.writeUInt8(records.readUInt8(records.length - 2) ^ 0x5a, records.length - 2);
    const [p0] = await produce(client, topic.name, [{ partition: 0, records }]);
    assert.equal(p0?.errorCode, ErrorCode.CORRUPT_MESSAGE);
    assert.equal(server.broker.getLog(topic.name, 0)?.logEndOffset, 0n);
  });

  test("per-partition errors: unknown topic (not auto-created), unknown partition, null records, bad acks", async () => {
    createTopic("known");
    const [unknown] = await produce(client, "never.created", [{ partition: 0, records: batchOf(["a"]) }]);
    assert.equal(unknown?.errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    assert.equal(server.broker.topics.get("never.created"), undefined);
    const [badPartition, nullRecords] = await produce(client, "known", [
      { partition: 5, records: batchOf(["a"]) },
      { partition: 0, records: null },
    ]);
    assert.equal(badPartition?.errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    assert.equal(nullRecords?.errorCode, ErrorCode.INVALID_RECORD);
    const [badAcks] = await produce(client, "known", [{ partition: 0, records: batchOf(["a"]) }], { acks: 2 });
    assert.equal(badAcks?.errorCode, ErrorCode.INVALID_REQUIRED_ACKS);
  });

  test("v8+ answers a keyless record on a compacted topic with its record index and a message", async () => {
    const topic = createTopic("patients.by.id", 1, { "cleanup.policy": "compact" });
    const records = batchOf([{ key: "p1", value: "a" }, "no key"], { compression: "snappy" });
    const [p0] = await produce(client, topic.name, [{ partition: 0, records }], { version: 9 });
    assert.equal(p0?.errorCode, ErrorCode.INVALID_RECORD);
    assert.deepEqual(p0?.recordErrors.map((e) => e.batchIndex), [1]);
    assert.match(p0?.errorMessage ?? "", /record errors/);
    assert.equal(p0?.logStartOffset, 0n);
  });

  test("every version from v3 appends and answers base offset, append time and log start offset", async () => {
    const topic = createTopic("versions", 1, { "message.timestamp.type": "LogAppendTime" });
    for (let version = 3; version <= 11; version++) {
      const before = Date.now();
      const [p0] = await produce(client, topic.name, [{ partition: 0, records: batchOf([`v${version}`]) }], { version, acks: 1 });
      assert.equal(p0?.errorCode, ErrorCode.NONE, `v${version}`);
      assert.equal(p0?.baseOffset, BigInt(version - 3));
      assert.ok((p0?.logAppendTimeMs ?? 0n) >= BigInt(before), `v${version} logAppendTimeMs`);
      if (version >= 5) assert.equal(p0?.logStartOffset, 0n);
    }
    const fetched = decodeRecords(onlyPartition(await fetch(client, 12, topic, [{ partition: 0, fetchOffset: 0n }])).records);
    assert.deepEqual(fetched.map((r) => r.value), ["v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11"]);
  });

  test("v0-2 (legacy message sets) are answered UNSUPPORTED_VERSION per partition", async () => {
    const topic = createTopic("legacy");
    for (const version of [0, 1, 2]) {
      const [p0] = await produce(client, topic.name, [{ partition: 0, records: batchOf(["old"]) }], { version, acks: 1 });
      assert.equal(p0?.errorCode, ErrorCode.UNSUPPORTED_VERSION);
    }
    assert.equal(server.broker.getLog(topic.name, 0)?.logEndOffset, 0n);
  });

  test("acks=0 is never answered; an acks=0 produce that fails closes the connection", async () => {
    const topic = createTopic("fire.and.forget");
    await client.send(ApiKeys.Produce, 9, {
      transactionalId: null,
      acks: 0,
      timeoutMs: 1000,
      topicData: [{ name: topic.name, partitionData: [{ index: 0, records: batchOf(["quiet"]) }] }],
    });
    // The next request on the connection is answered; an answer to the acks=0 one would
    // arrive first and make the client fail on an unexpected correlation id.
    const versions = await client.request(ApiKeys.ApiVersions, 3, makeApiVersionsRequest());
    assert.equal(versions.errorCode, ErrorCode.NONE);
    assert.equal(server.broker.getLog(topic.name, 0)?.logEndOffset, 1n);

    await client.send(ApiKeys.Produce, 9, {
      transactionalId: null,
      acks: 0,
      timeoutMs: 1000,
      topicData: [{ name: "no.such.topic", partitionData: [{ index: 0, records: batchOf(["lost"]) }] }],
    });
    await client.closed;
  });

  test("acks=-1 data survives a broker restart on the same log dir", async () => {
    createTopic("durable");
    const [p0] = await produce(client, "durable", [{ partition: 0, records: batchOf([{ key: "mrn-1", value: "admitted" }]) }], { acks: -1 });
    assert.equal(p0?.errorCode, ErrorCode.NONE);
    await client.close();
    const { Broker } = await import("../../src/broker/broker.js");
    const config = server.broker.config;
    await server.broker.stop();
    const restarted = await Broker.start({ config });
    try {
      const port = restarted.boundListeners[0]?.port ?? 0;
      client = await RawClient.connect(port);
      const topic = restarted.topics.get("durable");
      assert.ok(topic !== undefined);
      const fetched = decodeRecords(onlyPartition(await fetch(client, 13, topic, [{ partition: 0, fetchOffset: 0n }])).records);
      assert.deepEqual(fetched.map((r) => [r.offset, r.key, r.value]), [[0n, "mrn-1", "admitted"]]);
    } finally {
      await restarted.stop();
    }
  });
});

describe("Fetch", () => {
  test("a long poll parks until a produce brings data, and returns that data", async () => {
    const topic = createTopic("adt.events");
    const pending = fetch(client, 12, topic, [{ partition: 0, fetchOffset: 0n }], { maxWaitMs: 60_000, minBytes: 1 });
    await waitUntil(() => fetchPurgatoryOf(server.broker).size === 1, "the fetch to park");
    const producer = await RawClient.connect(server.port);
    try {
      await produce(producer, topic.name, [{ partition: 0, records: batchOf([{ key: "p9", value: "A01 admit" }]) }], { acks: 1 });
    } finally {
      await producer.close();
    }
    const answered = onlyPartition(await pending);
    assert.equal(answered.errorCode, ErrorCode.NONE);
    assert.equal(answered.highWatermark, 1n);
    assert.deepEqual(decodeRecords(answered.records).map((r) => r.value), ["A01 admit"]);
  });

  test("every version 0-17 reads what was produced; v13+ names the topic by id", async () => {
    const topic = createTopic("fetch.versions");
    await produce(client, topic.name, [{ partition: 0, records: batchOf([{ key: "k", value: "v" }], { compression: "lz4" }) }]);
    for (let version = 0; version <= 17; version++) {
      const response = await fetch(client, version, topic, [{ partition: 0, fetchOffset: 0n }]);
      const t = response.responses[0];
      if (version >= 13) assert.equal(t?.topicId, topic.topicId, `v${version}`);
      else assert.equal(t?.topic, topic.name, `v${version}`);
      const p = onlyPartition(response);
      assert.equal(p.errorCode, ErrorCode.NONE, `v${version}`);
      assert.equal(p.highWatermark, 1n);
      if (version >= 4) assert.equal(p.lastStableOffset, 1n);
      if (version >= 5) assert.equal(p.logStartOffset, 0n);
      assert.deepEqual(decodeRecords(p.records).map((r) => r.value), ["v"], `v${version}`);
    }
  });

  test("errors per partition: offset out of range, unknown partition, unknown topic id", async () => {
    const topic = createTopic("fetch.errors");
    await produce(client, topic.name, [{ partition: 0, records: batchOf(["one"]) }]);
    const outOfRange = onlyPartition(await fetch(client, 12, topic, [{ partition: 0, fetchOffset: 5n }]));
    assert.equal(outOfRange.errorCode, ErrorCode.OFFSET_OUT_OF_RANGE);
    const unknownPartition = onlyPartition(await fetch(client, 12, topic, [{ partition: 3, fetchOffset: 0n }]));
    assert.equal(unknownPartition.errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    const unknownId = onlyPartition(await fetch(client, 13, { name: "", topicId: "AAAAAAAAAAAAAAAAAAAAAQ" }, [{ partition: 0, fetchOffset: 0n }]));
    assert.equal(unknownId.errorCode, ErrorCode.UNKNOWN_TOPIC_ID);
  });

  test("KIP-74: the first batch comes whole even above the limits; the response limit is shared", async () => {
    const topic = createTopic("fetch.limits", 2);
    for (const partition of [0, 1]) {
      await produce(client, topic.name, [{ partition, records: batchOf(["a".repeat(500)]) }]);
      await produce(client, topic.name, [{ partition, records: batchOf(["b".repeat(500)]) }]);
    }
    const response = await fetch(
      client,
      12,
      topic,
      [
        { partition: 0, fetchOffset: 0n, maxBytes: 10 },
        { partition: 1, fetchOffset: 0n, maxBytes: 1 << 20 },
      ],
      { maxBytes: 100 },
    );
    const [p0, p1] = response.responses[0]?.partitions ?? [];
    assert.equal(decodeRecords(p0?.records ?? null).length, 1); // one whole batch despite maxBytes 10
    assert.equal(p1?.records?.length, 0); // the response limit was spent on partition 0
  });

  test("READ_COMMITTED answers an empty aborted-transaction list, READ_UNCOMMITTED none", async () => {
    const topic = createTopic("fetch.isolation");
    await produce(client, topic.name, [{ partition: 0, records: batchOf(["x"]) }]);
    const committed = onlyPartition(await fetch(client, 11, topic, [{ partition: 0, fetchOffset: 0n }], { isolationLevel: 1 }));
    assert.deepEqual(committed.abortedTransactions, []);
    assert.equal(committed.lastStableOffset, 1n);
    const uncommitted = onlyPartition(await fetch(client, 11, topic, [{ partition: 0, fetchOffset: 0n }], { isolationLevel: 0 }));
    assert.equal(uncommitted.abortedTransactions, null);
  });

  test("a fetch from a replica id is refused: this node has no followers", async () => {
    const topic = createTopic("fetch.follower");
    const p = onlyPartition(await fetch(client, 12, topic, [{ partition: 0, fetchOffset: 0n }], { replicaId: 2 }));
    assert.equal(p.errorCode, ErrorCode.NOT_LEADER_OR_FOLLOWER);
  });

  test("an incremental fetch session answers only partitions with news (KIP-227)", async () => {
    for (const version of [12, 17]) {
      const topic = createTopic(`session.v${version}`, 2);
      const parts = [
        { partition: 0, fetchOffset: 0n },
        { partition: 1, fetchOffset: 0n },
      ];
      const full = await fetch(client, version, topic, parts, { sessionId: 0, sessionEpoch: 0 });
      assert.equal(full.errorCode, ErrorCode.NONE);
      assert.notEqual(full.sessionId, 0);
      assert.equal(full.responses[0]?.partitions.length, 2);

      const quiet = await fetch(client, version, topic, [], { sessionId: full.sessionId, sessionEpoch: 1 });
      assert.equal(quiet.sessionId, full.sessionId);
      assert.deepEqual(quiet.responses, []);

      await produce(client, topic.name, [{ partition: 1, records: batchOf(["news"]) }]);
      const news = await fetch(client, version, topic, [], { sessionId: full.sessionId, sessionEpoch: 2 });
      assert.deepEqual(news.responses.flatMap((t) => t.partitions.map((p) => p.partitionIndex)), [1]);
      assert.deepEqual(decodeRecords(news.responses[0]?.partitions[0]?.records ?? null).map((r) => r.value), ["news"]);

      const stale = await fetch(client, version, topic, [], { sessionId: full.sessionId, sessionEpoch: 2 });
      assert.equal(stale.errorCode, ErrorCode.INVALID_FETCH_SESSION_EPOCH);
      const unknown = await fetch(client, version, topic, [], { sessionId: full.sessionId + 1, sessionEpoch: 1 });
      assert.equal(unknown.errorCode, ErrorCode.FETCH_SESSION_ID_NOT_FOUND);
    }
  });
});
