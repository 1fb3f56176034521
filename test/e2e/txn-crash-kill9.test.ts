// kill -9 of the broker in the middle of transactions leaves no partial transaction visible.
// Each round starts `carebus start` on the same data dir; six transactional producers (raw
// client) each loop begin → AddPartitionsToTxn(3 partitions) → AddOffsetsToTxn → two records
// per partition → TxnOffsetCommit of its group → EndTxn (every fourth one an abort), and a
// seventh leaves its transaction open; the broker is
// killed at a random moment, so transactions are open, being produced and being committed.
// At the end, on a restarted broker: every transaction is Complete* (those left Prepare* are
// finished at start, open ones aborted after their 3 s timeout), the LSO equals the high
// watermark, and a read_committed consumer (kcat) sees each transaction all or nothing (its
// six records on all three partitions), every acknowledged commit, no acknowledged abort and
// no open one, and a transaction committed after the restart (it is not stuck behind the LSO);
// each producer's group offset matches its last visible transaction.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ErrorCode } from "../../src/protocol/errors.js";
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import { makeAddOffsetsToTxnRequest } from "../../src/protocol/generated/add-offsets-to-txn-request.js";
import { makeAddPartitionsToTxnRequest } from "../../src/protocol/generated/add-partitions-to-txn-request.js";
import { makeCreateTopicsRequest } from "../../src/protocol/generated/create-topics-request.js";
import { makeEndTxnRequest } from "../../src/protocol/generated/end-txn-request.js";
import { makeInitProducerIdRequest } from "../../src/protocol/generated/init-producer-id-request.js";
import { makeOffsetFetchRequest } from "../../src/protocol/generated/offset-fetch-request.js";
import { makeTxnOffsetCommitRequest } from "../../src/protocol/generated/txn-offset-commit-request.js";
import { seededRandom } from "../../src/util/seeded-random.js";
import { startCliBroker } from "../support/cli-broker.js";
import { batchOf, listOffsets, produce, waitUntil } from "../support/data-path.js";
import { RawClient } from "../support/raw-client.js";
import { startTestBroker } from "../support/test-broker.js";
import { runKcat } from "../support/kcat.js";

const TOPIC = "clinical.orders.txn";
const PARTITIONS = [0, 1, 2];
const RECORDS_PER_PARTITION = 2;
const RECORDS_PER_TXN = PARTITIONS.length * RECORDS_PER_PARTITION;
const ROUNDS = 2;
const TXN_TIMEOUT_MS = 3000;
const OVERRIDES = {
  "transaction.max.timeout.ms": "5000",
  "transaction.abort.timed.out.transaction.cleanup.interval.ms": "200",
  "transaction.state.log.num.partitions": "3",
  "offsets.topic.num.partitions": "1",
};

interface Outcomes {
  committed: Set<string>;
  aborted: Set<string>;
  /** Transactions deliberately left open when the broker was killed. */
  open: Set<string>;
  /** EndTxn sent, no answer before the kill: either outcome, but all or nothing. */
  unknown: Set<string>;
}

/**
 * One transactional producer looping until the connection dies or `limit` transactions ended;
 * `holdOpen` leaves its second transaction open.
 */
async function runProducer(port: number, transactionalId: string, holdOpen: boolean, out: Outcomes, limit = Infinity): Promise<void> {
  const client = await RawClient.connect(port);
  try {
    const init = await client.request(ApiKeys.InitProducerId, 4, makeInitProducerIdRequest({ transactionalId, transactionTimeoutMs: TXN_TIMEOUT_MS }));
    assert.equal(init.errorCode, ErrorCode.NONE);
    const { producerId, producerEpoch } = init;
    const sequences = PARTITIONS.map(() => 0);
    for (let n = 0; n < limit; n++) {
      const name = `${transactionalId}#${n}`;
      const added = await client.request(
        ApiKeys.AddPartitionsToTxn,
        3,
        makeAddPartitionsToTxnRequest({
          v3AndBelowTransactionalId: transactionalId,
          v3AndBelowProducerId: producerId,
          v3AndBelowProducerEpoch: producerEpoch,
          v3AndBelowTopics: [{ name: TOPIC, partitions: PARTITIONS }],
        }),
      );
      assert.deepEqual(added.resultsByTopicV3AndBelow[0]?.resultsByPartition.map((r) => r.partitionErrorCode), PARTITIONS.map(() => ErrorCode.NONE));
      const addOffsets = await client.request(ApiKeys.AddOffsetsToTxn, 3, makeAddOffsetsToTxnRequest({ transactionalId, producerId, producerEpoch, groupId: groupOf(transactionalId) }));
      assert.equal(addOffsets.errorCode, ErrorCode.NONE, name);
      const batches = PARTITIONS.map((partition) => {
        const values = Array.from({ length: RECORDS_PER_PARTITION }, (_, i) => `${name}|${i}|${RECORDS_PER_TXN}`);
        const records = batchOf(values, { producerId, producerEpoch, baseSequence: sequences[partition]!, isTransactional: true });
        sequences[partition]! += values.length;
        return { partition, records };
      });
      const written = await produce(client, TOPIC, batches, { acks: -1 });
      assert.deepEqual(written.map((w) => w.errorCode), PARTITIONS.map(() => ErrorCode.NONE), name);
      // The group's offset counts this producer's transactions: n + 1 once transaction n commits.
      const offsets = await client.request(
        ApiKeys.TxnOffsetCommit,
        3,
        makeTxnOffsetCommitRequest({
          transactionalId,
          groupId: groupOf(transactionalId),
          producerId,
          producerEpoch,
          generationId: -1,
          memberId: "",
          topics: [{ name: TOPIC, partitions: [{ partitionIndex: 0, committedOffset: BigInt(n + 1), committedLeaderEpoch: -1, committedMetadata: name }] }],
        }),
      );
      assert.equal(offsets.topics[0]?.partitions[0]?.errorCode, ErrorCode.NONE, name);
      if (holdOpen && n === 1) {
        out.open.add(name);
        await client.closed; // until the broker dies
        return;
      }
      const commit = n % 4 !== 3;
      out.unknown.add(name);
      const ended = await client.request(ApiKeys.EndTxn, 3, makeEndTxnRequest({ transactionalId, producerId, producerEpoch, committed: commit }));
      assert.equal(ended.errorCode, ErrorCode.NONE, name);
      out.unknown.delete(name);
      (commit ? out.committed : out.aborted).add(name);
    }
  } catch (err) {
    // The broker was killed under this producer; anything else is a failure of the test.
    if (!/connection|closed|ECONNRESET|EPIPE/i.test((err as Error).message)) throw err;
  } finally {
    await client.close().catch(() => {});
  }
}

const groupOf = (transactionalId: string): string => `g-${transactionalId}`;

/** kcat over every partition to its end (the LSO when read_committed): "partition|value" lines. */
function kcat(port: number, isolation: "read_committed" | "read_uncommitted"): Promise<string[]> {
  const args = ["-C", "-t", TOPIC, "-o", "beginning", "-e", "-q", "-f", "%p|%s\\n", "-X", `isolation.level=${isolation}`];
  return runKcat(`127.0.0.1:${port}`, args).then((out) => out.split("\n").filter((l) => l !== ""));
}

test("kill -9 in the middle of transactions: every transaction is all or nothing, open ones are aborted, the LSO advances", { timeout: 90_000 }, async (t) => {
  const logDir = mkdtempSync(join(tmpdir(), "carebus-txn-kill9-"));
  const random = seededRandom(20261203);
  const out: Outcomes = { committed: new Set(), aborted: new Set(), open: new Set(), unknown: new Set() };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const broker = await startCliBroker(logDir, OVERRIDES);
      if (round === 0) {
        const admin = await RawClient.connect(broker.port);
        const created = await admin.request(
          ApiKeys.CreateTopics,
          5,
          makeCreateTopicsRequest({ topics: [{ name: TOPIC, numPartitions: PARTITIONS.length, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 5000 }),
        );
        assert.equal(created.topics[0]?.errorCode, ErrorCode.NONE);
        await admin.close();
      }
      const producers = Array.from({ length: 7 }, (_, p) => runProducer(broker.port, `tx-r${round}-p${p}`, p === 6, out));
      await waitUntil(() => [...out.open].some((name) => name.startsWith(`tx-r${round}-`)), "the held transaction to be open");
      await new Promise((resolve) => setTimeout(resolve, 400 + Math.floor(random() * 800)));
      await broker.kill9();
      await Promise.all(producers);
    }
    t.diagnostic(`acknowledged: ${out.committed.size} commits, ${out.aborted.size} aborts; ${out.open.size} left open, ${out.unknown.size} EndTxn unanswered at a kill`);
    assert.ok(out.committed.size > 10, `only ${out.committed.size} commits were acknowledged`);

    const server = await startTestBroker(OVERRIDES, { logDir });
    const client = await RawClient.connect(server.port);
    try {
      const coordinator = server.broker.transactionCoordinator;
      const unfinished = (): string[] => coordinator.list().filter((m) => m.state !== "CompleteCommit" && m.state !== "CompleteAbort").map((m) => `${m.transactionalId}:${m.state}`);
      // Open transactions end only when their timeout (3 s from their start, before the kill) passes.
      await waitUntil(() => unfinished().length === 0, "every transaction to be completed or aborted", 20_000);
      assert.equal(coordinator.list().length, ROUNDS * 7);

      const partitionsOf = PARTITIONS.map((partition) => ({ partition, timestamp: -1n }));
      const stable = await listOffsets(client, 5, TOPIC, partitionsOf, { isolationLevel: 1 });
      const end = await listOffsets(client, 5, TOPIC, partitionsOf);
      assert.deepEqual(stable.map((p) => p.offset), end.map((p) => p.offset), "the LSO is the high watermark: nothing is left open");

      // One more transaction after the restart must be readable: no partition is stuck.
      const after: Outcomes = { committed: new Set(), aborted: new Set(), open: new Set(), unknown: new Set() };
      await runProducer(server.port, "tx-after", false, after, 1);
      assert.deepEqual([...after.committed], ["tx-after#0"]);
      const committedRead = await kcat(server.port, "read_committed");
      const uncommittedRead = await kcat(server.port, "read_uncommitted");
      const transactionalIds = coordinator.list().map((m) => m.transactionalId);
      const fetched = await client.request(
        ApiKeys.OffsetFetch,
        8,
        makeOffsetFetchRequest({
          groups: transactionalIds.map((id) => ({ groupId: groupOf(id), memberId: null, memberEpoch: -1, topics: [{ name: TOPIC, partitionIndexes: [0] }] })),
          requireStable: true,
        }),
      );
      const groupOffsets = new Map(fetched.groups.map((g) => [g.groupId, g.topics[0]?.partitions[0]]));

      const seen = new Map<string, { partitions: Set<number>; records: number }>();
      for (const line of committedRead) {
        const [partition, name, , total] = line.split("|");
        assert.ok(name !== undefined && total === String(RECORDS_PER_TXN), line);
        let entry = seen.get(name);
        if (entry === undefined) seen.set(name, (entry = { partitions: new Set(), records: 0 }));
        entry.partitions.add(Number(partition));
        entry.records++;
      }
      const partial = [...seen].filter(([, e]) => e.records !== RECORDS_PER_TXN || e.partitions.size !== PARTITIONS.length).map(([name]) => name);
      assert.deepEqual(partial, [], "transactions seen only in part");
      assert.deepEqual([...out.committed].filter((name) => !seen.has(name)), [], "acknowledged commits missing");
      assert.deepEqual([...out.aborted, ...out.open].filter((name) => seen.has(name)), [], "aborted or open transactions visible");
      assert.ok(seen.has("tx-after#0"), "the transaction committed after the restart is read");
      // The group offsets went with their transactions: each group's offset is one past its
      // producer's last visible transaction, and nothing is left pending (require_stable).
      const lastVisible = new Map<string, number>();
      for (const name of seen.keys()) {
        const [id, n] = name.split("#");
        lastVisible.set(id!, Math.max(lastVisible.get(id!) ?? -1, Number(n)));
      }
      const mismatched = transactionalIds.filter((id) => {
        const p = groupOffsets.get(groupOf(id));
        return p?.errorCode !== ErrorCode.NONE || p.committedOffset !== BigInt((lastVisible.get(id) ?? -1) + 1);
      });
      assert.deepEqual(mismatched.map((id) => [id, groupOffsets.get(groupOf(id))?.committedOffset, lastVisible.get(id)]), [], "group offsets out of step with the data");
      assert.ok(uncommittedRead.length > committedRead.length, "read_uncommitted shows the aborted records (the check above can fail)");
    } finally {
      await client.close().catch(() => {});
      await server.stop();
    }
  } finally {
    rmSync(logDir, { recursive: true, force: true });
  }
});
