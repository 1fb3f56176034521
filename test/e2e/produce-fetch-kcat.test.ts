// Produce and consume with kcat (librdkafka), a client nobody here wrote: keys, headers,
// every compression codec, topic-side recompression, and a consumer waiting at the end
// of the log for a message to arrive.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { compressionOf } from "../../src/protocol/records/batch-header.js";
import { iterateBatches } from "../../src/protocol/records/records-iterator.js";
import { batchOf, produce } from "../support/data-path.js";
import { withRawClient } from "../support/raw-client.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";
import { runKcat } from "../support/kcat.js";

let server: TestBroker;

before(async () => {
  server = await startTestBroker();
});

after(async () => {
  await server.stop();
});

function kcat(args: readonly string[], input?: string): Promise<string> {
  return runKcat(server.bootstrap, args, input === undefined ? {} : { input });
}

const FORMAT = "%k|%s|%h|%o\\n";

/** The distinct codecs of the batches stored in partition 0 of `topic`. */
function storedCodecs(topic: string): string[] {
  const log = server.broker.getLog(topic, 0);
  assert.ok(log !== undefined, `${topic}-0 exists`);
  const stored = log.read(0n, 1 << 20, { minOneBatch: true }).records;
  return [...new Set([...iterateBatches(stored)].map((e) => (e.kind === "batch" ? compressionOf(e.header.attributes) : e.kind)))];
}

describe("kcat round trip", () => {
  for (const codec of ["none", "gzip", "snappy", "lz4", "zstd"] as const) {
    test(`kcat -P -z ${codec} with keys and headers is consumed back by kcat -C`, async () => {
      const topic = `clinical.kcat.${codec}`;
      // Values long and repetitive enough that compressing always pays: librdkafka sends a
      // batch uncompressed when compression would not make it smaller.
      const events = [
        ["mrn-001", "ADT^A01 admit ".repeat(20)],
        ["mrn-002", "ORU^R01 glucose 5.4 ".repeat(20)],
        ["mrn-001", "ADT^A03 discharge ".repeat(20)],
      ];
      const input = events.map(([key, value]) => `${key}:${value}\n`).join("");
      await kcat(["-P", "-t", topic, "-p", "0", "-K:", "-z", codec, "-H", "source=hl7", "-H", "site=north"], input);
      // librdkafka 2.0 derives codec support from ApiVersions: gzip and snappy from Produce v0
      // being listed (KAFKA-18659), zstd from Produce v7, and lz4 from FindCoordinator being
      // listed, which arrives with the group coordinator; until then it sends lz4 uncompressed.
      const expected = codec === "lz4" && !server.broker.registry.supports(10, 0) ? "none" : codec;
      assert.deepEqual(storedCodecs(topic), [expected]);
      const out = await kcat(["-C", "-t", topic, "-o", "beginning", "-e", "-q", "-f", FORMAT]);
      assert.deepEqual(
        out.trim().split("\n"),
        events.map(([key, value], offset) => `${key}|${value}|source=hl7,site=north|${offset}`),
      );
    });
  }

  test("kcat -C reads an lz4 batch written by another producer", async () => {
    const topic = server.broker.createTopic("clinical.kcat.lz4-stored", 1, {});
    const records = batchOf([{ key: "mrn-9", value: "lz4 stored" }], { compression: "lz4" });
    await withRawClient(server.port, (client) => produce(client, topic.name, [{ partition: 0, records }]));
    assert.deepEqual(storedCodecs(topic.name), ["lz4"]);
    const out = await kcat(["-C", "-t", topic.name, "-o", "beginning", "-e", "-q", "-f", "%k=%s\\n"]);
    assert.equal(out.trim(), "mrn-9=lz4 stored");
  });

  test("a topic's compression.type recompresses what the producer sent", async () => {
    server.broker.createTopic("clinical.kcat.recompressed", 1, { "compression.type": "gzip" });
    await kcat(["-P", "-t", "clinical.kcat.recompressed", "-p", "0", "-K:", "-z", "snappy"], "k1:first\nk2:second\n");
    assert.deepEqual(storedCodecs("clinical.kcat.recompressed"), ["gzip"]);
    const out = await kcat(["-C", "-t", "clinical.kcat.recompressed", "-o", "beginning", "-e", "-q", "-f", "%k=%s\\n"]);
    assert.deepEqual(out.trim().split("\n"), ["k1=first", "k2=second"]);
  });

  test("a consumer at the end of the log receives a message produced after it started", async () => {
    const topic = "clinical.kcat.tail";
    server.broker.createTopic(topic, 1, {});
    const consumed = kcat(["-C", "-t", topic, "-o", "end", "-c", "1", "-q", "-f", "%s\\n"]);
    // The consumer is waiting in long polls; produce until it has what it waits for (a
    // message produced before its first fetch would be skipped by "-o end").
    let done = false;
    consumed.then(
      () => (done = true),
      () => (done = true),
    );
    for (let i = 0; !done && i < 200; i++) {
      await kcat(["-P", "-t", topic, "-p", "0"], "vitals arrived\n");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal((await consumed).trim(), "vitals arrived");
  });
});
