// The storage/fetch half of transactions on the wire: transactional batches produced with
// the raw client, COMMIT/ABORT markers appended as the transaction coordinator does
// (Broker.appendRecords with origin "coordinator"), then READ_COMMITTED fetches,
// ListOffsets, a long poll woken by a marker, and kcat (librdkafka) with
// isolation.level=read_committed skipping aborted records.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { fetchPurgatoryOf } from "../../src/broker/handlers/01-fetch.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ErrorCode } from "../../src/protocol/errors.js";
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import { makeDescribeProducersRequest } from "../../src/protocol/generated/describe-producers-request.js";
import { isControlBatch } from "../../src/protocol/records/batch-header.js";
import { encodeEndTransactionMarkerBatch } from "../../src/protocol/records/control-record.js";
import { iterateBatches } from "../../src/protocol/records/records-iterator.js";
import type { TopicInfo } from "../../src/broker/metadata/topic-store.js";
import { RawClient } from "../support/raw-client.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";
import { batchOf, decodeRecords, fetch, listOffsets, onlyPartition, produce, waitUntil } from "../support/data-path.js";
import { runKcat } from "../support/kcat.js";

let server: TestBroker;
let client: RawClient;

before(async () => {
  server = await startTestBroker();
  client = await RawClient.connect(server.port);
});

after(async () => {
  await client.close();
  await server.stop();
});

const sequences = new Map<bigint, number>();

/** Produces one transactional batch of `values` for `producerId` (epoch 0, next sequence). */
async function produceTxn(topic: string, producerId: bigint, values: string[]): Promise<void> {
  const baseSequence = sequences.get(producerId) ?? 0;
  sequences.set(producerId, baseSequence + values.length);
  const [p] = await produce(client, topic, [{ partition: 0, records: batchOf(values, { producerId, producerEpoch: 0, baseSequence, isTransactional: true }) }]);
  assert.equal(p?.errorCode, ErrorCode.NONE);
}

async function producePlain(topic: string, values: string[]): Promise<void> {
  const [p] = await produce(client, topic, [{ partition: 0, records: batchOf(values) }]);
  assert.equal(p?.errorCode, ErrorCode.NONE);
}

/** What the transaction coordinator writes when a transaction ends. */
function writeMarker(topic: string, type: "COMMIT" | "ABORT", producerId: bigint): void {
  const log = server.broker.getLog(topic, 0);
  assert.ok(log !== undefined);
  const marker = encodeEndTransactionMarkerBatch({ type, producerId, producerEpoch: 0, coordinatorEpoch: 0, timestamp: BigInt(Date.now()) });
  server.broker.appendRecords(log, marker, { origin: "coordinator" });
}

const READ_COMMITTED = { isolationLevel: 1 };

/** The data records' values (markers are control batches, which consumers never show). */
function values(records: Buffer | null): (string | null)[] {
  const markers = new Set<bigint>();
  for (const entry of iterateBatches(records ?? Buffer.alloc(0))) {
    if (entry.kind === "batch" && isControlBatch(entry.header.attributes)) markers.add(entry.header.baseOffset);
  }
  return decodeRecords(records).filter((r) => !markers.has(r.offset)).map((r) => r.value);
}

function createTopic(name: string): TopicInfo {
  return server.broker.createTopic(name, 1, {});
}

describe("READ_COMMITTED on the wire", () => {
  test("the LSO is held by an open transaction: fetch and ListOffsets stop there; COMMIT releases it", async () => {
    const topic = createTopic("txn.orders.committed");
    await producePlain(topic.name, ["p0"]); // 0
    await produceTxn(topic.name, 100n, ["t1", "t2"]); // 1-2
    await producePlain(topic.name, ["p3"]); // 3

    const committed = onlyPartition(await fetch(client, 12, topic, [{ partition: 0, fetchOffset: 0n }], READ_COMMITTED));
    assert.deepEqual(values(committed.records), ["p0"]);
    assert.equal(committed.lastStableOffset, 1n);
    assert.equal(committed.highWatermark, 4n);
    assert.deepEqual(committed.abortedTransactions, []);
    const uncommitted = onlyPartition(await fetch(client, 12, topic, [{ partition: 0, fetchOffset: 0n }]));
    assert.deepEqual(values(uncommitted.records), ["p0", "t1", "t2", "p3"]);
    assert.equal(uncommitted.lastStableOffset, 1n);
    assert.equal(uncommitted.abortedTransactions, null);

    const [latestCommitted] = await listOffsets(client, 5, topic.name, [{ partition: 0, timestamp: -1n }], READ_COMMITTED);
    const [latest] = await listOffsets(client, 5, topic.name, [{ partition: 0, timestamp: -1n }]);
    assert.equal(latestCommitted?.offset, 1n);
    assert.equal(latest?.offset, 4n);
    const described = await client.request(ApiKeys.DescribeProducers, 0, makeDescribeProducersRequest({ topics: [{ name: topic.name, partitionIndexes: [0] }] }));
    assert.deepEqual(described.topics[0]?.partitions[0]?.activeProducers.map((p) => [p.producerId, p.currentTxnStartOffset]), [[100n, 1n]]);

    writeMarker(topic.name, "COMMIT", 100n); // 4
    const after = onlyPartition(await fetch(client, 12, topic, [{ partition: 0, fetchOffset: 0n }], READ_COMMITTED));
    assert.deepEqual(values(after.records), ["p0", "t1", "t2", "p3"]);
    assert.equal(after.lastStableOffset, 5n);
    assert.deepEqual(after.abortedTransactions, []);
  });

  test("an aborted transaction is listed in AbortedTransactions (Fetch v4 and v16) for the range returned", async () => {
    const topic = createTopic("txn.orders.aborted");
    await produceTxn(topic.name, 200n, ["a1"]); // 0
    await produceTxn(topic.name, 201n, ["c1"]); // 1
    await produceTxn(topic.name, 200n, ["a2"]); // 2
    writeMarker(topic.name, "ABORT", 200n); // 3
    writeMarker(topic.name, "COMMIT", 201n); // 4
    await producePlain(topic.name, ["p5"]); // 5
    for (const version of [4, 16]) {
      const p = onlyPartition(await fetch(client, version, topic, [{ partition: 0, fetchOffset: 0n }], READ_COMMITTED));
      assert.equal(p.errorCode, ErrorCode.NONE);
      assert.deepEqual(p.abortedTransactions?.map((t) => [t.producerId, t.firstOffset]), [[200n, 0n]], `v${version}`);
      assert.equal(p.lastStableOffset, 6n);
    }
    // From past the aborted transaction's marker nothing overlaps.
    const later = onlyPartition(await fetch(client, 12, topic, [{ partition: 0, fetchOffset: 4n }], READ_COMMITTED));
    assert.deepEqual(later.abortedTransactions, []);
  });

  test("a READ_COMMITTED long poll ignores data inside the open transaction and wakes on the marker", async () => {
    const topic = createTopic("txn.orders.longpoll");
    await produceTxn(topic.name, 300n, ["w1"]); // 0: LSO held at 0
    const purgatory = fetchPurgatoryOf(server.broker);
    // A connection answers in order, so the parked fetch gets a connection of its own.
    const consumer = await RawClient.connect(server.port);
    try {
      const parked = fetch(consumer, 12, topic, [{ partition: 0, fetchOffset: 0n }], { ...READ_COMMITTED, maxWaitMs: 9_000, minBytes: 1 });
      await waitUntil(() => purgatory.size === 1, "the fetch to park");
      await produceTxn(topic.name, 300n, ["w2"]); // 1: still inside the transaction
      assert.equal(purgatory.size, 1, "an append inside the open transaction does not complete the fetch");
      writeMarker(topic.name, "COMMIT", 300n); // 2
      assert.equal(purgatory.size, 0, "the marker completes the fetch");
      const p = onlyPartition(await parked);
      assert.deepEqual(values(p.records), ["w1", "w2"]);
      assert.equal(p.lastStableOffset, 3n);
    } finally {
      await consumer.close();
    }
  });
});

describe("READ_COMMITTED across a broker restart", () => {
  test("an open transaction still holds the LSO and an aborted one is still listed after a restart", async () => {
    const logDir = mkdtempSync(join(tmpdir(), "carebus-txn-restart-"));
    const first = await startTestBroker({}, { logDir });
    let topic: TopicInfo;
    try {
      topic = first.broker.createTopic("txn.restart", 1, {});
      const log = first.broker.getLog(topic.name, 0)!;
      const txnBatch = (pid: bigint, value: string) => batchOf([value], { producerId: pid, producerEpoch: 0, baseSequence: 0, isTransactional: true });
      const marker = (type: "COMMIT" | "ABORT", pid: bigint) =>
        encodeEndTransactionMarkerBatch({ type, producerId: pid, producerEpoch: 0, coordinatorEpoch: 0, timestamp: BigInt(Date.now()) });
      first.broker.appendRecords(log, txnBatch(500n, "aborted")); // 0
      first.broker.appendRecords(log, marker("ABORT", 500n), { origin: "coordinator" }); // 1
      first.broker.appendRecords(log, txnBatch(501n, "pending")); // 2: still open at shutdown
    } finally {
      await first.stop();
    }
    const second = await startTestBroker({}, { logDir });
    const reader = await RawClient.connect(second.port);
    try {
      const held = onlyPartition(await fetch(reader, 12, topic, [{ partition: 0, fetchOffset: 0n }], READ_COMMITTED));
      assert.equal(held.lastStableOffset, 2n);
      assert.deepEqual(held.abortedTransactions?.map((t) => [t.producerId, t.firstOffset]), [[500n, 0n]]);
      const log = second.broker.getLog(topic.name, 0)!;
      second.broker.appendRecords(
        log,
        encodeEndTransactionMarkerBatch({ type: "COMMIT", producerId: 501n, producerEpoch: 0, coordinatorEpoch: 0, timestamp: BigInt(Date.now()) }),
        { origin: "coordinator" },
      );
      const released = onlyPartition(await fetch(reader, 12, topic, [{ partition: 0, fetchOffset: 0n }], READ_COMMITTED));
      assert.equal(released.lastStableOffset, 4n);
      assert.deepEqual(values(released.records), ["aborted", "pending"]);
    } finally {
      await reader.close();
      await second.stop();
      rmSync(logDir, { recursive: true, force: true });
    }
  });
});

function kcat(args: readonly string[]): Promise<string> {
  return runKcat(server.bootstrap, args);
}

describe("librdkafka (kcat) with isolation.level=read_committed", () => {
  test("skips the aborted transaction's records and shows the committed and plain ones", async () => {
    const topic = createTopic("txn.orders.kcat");
    await produceTxn(topic.name, 400n, ["committed-1"]); // 0
    await produceTxn(topic.name, 401n, ["aborted-1", "aborted-2"]); // 1-2
    await produceTxn(topic.name, 400n, ["committed-2"]); // 3
    writeMarker(topic.name, "COMMIT", 400n); // 4
    writeMarker(topic.name, "ABORT", 401n); // 5
    await producePlain(topic.name, ["plain-1"]); // 6
    const committed = await kcat(["-C", "-t", topic.name, "-p", "0", "-o", "beginning", "-e", "-q", "-f", "%s\\n", "-X", "isolation.level=read_committed"]);
    assert.deepEqual(committed.trim().split("\n"), ["committed-1", "committed-2", "plain-1"]);
    const everything = await kcat(["-C", "-t", topic.name, "-p", "0", "-o", "beginning", "-e", "-q", "-f", "%s\\n", "-X", "isolation.level=read_uncommitted"]);
    assert.deepEqual(everything.trim().split("\n"), ["committed-1", "aborted-1", "aborted-2", "committed-2", "plain-1"]);
  });
});
