// Log compaction seen by kcat (librdkafka): keyed records and a tombstone produced to a
// compacted topic with tiny segments, a cleaning round, and a consumer that sees only the
// latest value per key at its original offset; Fetch from offset 0 still answers, with
// the first retained record. With delete.retention.ms=0 the tombstone goes on the next
// round (KIP-534: the first round sets its delete horizon).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { batchOf, decodeRecords, fetch, onlyPartition } from "../support/data-path.js";
import { withRawClient } from "../support/raw-client.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";
import { runKcat } from "../support/kcat.js";

let server: TestBroker;

before(async () => {
  // The background loop is on but far off, so only the test's cleanNow rounds run.
  server = await startTestBroker({ "log.cleaner.backoff.ms": "600000" });
});

after(async () => {
  await server.stop();
});

function kcat(args: readonly string[], input?: string): Promise<string> {
  return runKcat(server.bootstrap, args, input === undefined ? {} : { input });
}

/** One kcat run per call, so each call's records form their own batch (and segment). */
const produce = (topic: string, lines: string): Promise<string> => kcat(["-P", "-t", topic, "-p", "0", "-K:", "-Z"], lines);
const consume = async (topic: string): Promise<string[]> =>
  (await kcat(["-C", "-t", topic, "-p", "0", "-o", "beginning", "-e", "-q", "-Z", "-f", "%k|%s|%o\\n"])).trim().split("\n");

describe("compaction with kcat", () => {
  test("a cleaned topic keeps the latest value per key; the tombstone goes once its horizon has passed", async () => {
    const topic = "clinical.patient.compacted";
    server.broker.createTopic(topic, 1, { "cleanup.policy": "compact", "segment.bytes": "100", "delete.retention.ms": "0" });
    await produce(topic, "k1:v1\nk2:v1\n");
    await produce(topic, "k1:v2\n");
    await produce(topic, "k3:v1\n");
    await produce(topic, "k2:\n"); // -Z: an empty value is sent as null, a tombstone
    await produce(topic, "k4:v1\n");
    const log = server.broker.getLog(topic, 0);
    assert.ok(log !== undefined);
    // At least one segment per kcat run (kcat may also split a run's two lines into two batches).
    assert.ok(log.segments.length >= 5, `${log.segments.length} segments`);
    assert.deepEqual(await consume(topic), ["k1|v1|0", "k2|v1|1", "k1|v2|2", "k3|v1|3", "k2|NULL|4", "k4|v1|5"]);

    const [stats] = await server.broker.logManager.cleaner.cleanNow(topic);
    assert.equal(stats?.endOffset, 5n);
    assert.equal(stats.recordsRead - stats.recordsRetained, 2);
    // The active segment (k4) is not cleaned; the tombstone stays for this round.
    assert.deepEqual(await consume(topic), ["k1|v2|2", "k3|v1|3", "k2|NULL|4", "k4|v1|5"]);

    await withRawClient(server.port, async (client) => {
      const partition = onlyPartition(await fetch(client, 12, { name: topic, topicId: "" }, [{ partition: 0, fetchOffset: 0n }]));
      assert.equal(partition.errorCode, 0);
      assert.equal(partition.logStartOffset, 0n);
      assert.deepEqual(decodeRecords(partition.records).map((r) => r.offset)[0], 2n);
    });

    await produce(topic, "k5:v1\n");
    await server.broker.logManager.cleaner.cleanNow(topic);
    assert.deepEqual(await consume(topic), ["k1|v2|2", "k3|v1|3", "k4|v1|5", "k5|v1|6"]);
  });

  test("kcat reads past the empty batch that keeps an idempotent producer's last sequence", async () => {
    const topic = "clinical.patient.compacted-idempotent";
    server.broker.createTopic(topic, 1, { "cleanup.policy": "compact", "segment.bytes": "100" });
    const log = server.broker.getLog(topic, 0);
    assert.ok(log !== undefined);
    // Written as an idempotent producer's first batch would be stored (epoch 0, sequence 0).
    server.broker.appendRecords(log, batchOf([{ key: "a", value: "1" }], { producerId: 1000n, producerEpoch: 0, baseSequence: 0 }));
    await produce(topic, "a:2\n");
    await produce(topic, "b:1\n");
    await server.broker.logManager.cleaner.cleanNow(topic);
    const first = log.read(0n, 1 << 20, { minOneBatch: true }).records;
    assert.deepEqual([first.readBigInt64BE(0), first.readInt32BE(57)], [0n, 0], "offset 0 is now an empty batch");
    assert.deepEqual(await consume(topic), ["a|2|1", "b|1|2"]);
  });

  test("compact-only topics are exempt from time and size retention; compact,delete ones are not", () => {
    const compactOnly = "ops.compact.only";
    const both = "ops.compact.delete";
    server.broker.createTopic(compactOnly, 1, { "cleanup.policy": "compact", "retention.ms": "1000", "retention.bytes": "10" });
    server.broker.createTopic(both, 1, { "cleanup.policy": "compact,delete", "retention.ms": "1000", "retention.bytes": "10" });
    const a = server.broker.logConfigFor(compactOnly);
    const b = server.broker.logConfigFor(both);
    assert.deepEqual([a.compact, a.retentionMs, a.retentionBytes], [true, -1, -1]);
    assert.deepEqual([b.compact, b.retentionMs, b.retentionBytes], [true, 1000, 10]);
  });
});
