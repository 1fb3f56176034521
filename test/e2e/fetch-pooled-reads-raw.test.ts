// Fetch reads records into the connection's pooled buffers, and the response references
// them (no copy) until the socket has written them. Forty pipelined large fetches, sent
// while the client is not reading, must each carry exactly the records they asked for.
// (On loopback the kernel takes these answers at once; src/broker/connection.test.ts
// holds a socket's writes pending to check when the buffers go back to the pool.)
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { RawClient } from "../support/raw-client.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";
import { batchOf, decodeRecords, fetch, onlyPartition, produce } from "../support/data-path.js";

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

test("pipelined large fetches to a client that is not reading each get their own records", async () => {
  const topic = server.broker.createTopic("patient.vitals.pooled-reads", 1, {});
  const BATCHES = 40;
  const PER_BATCH = 100;
  // ~100 KB batches, each record's value naming its batch: a reused buffer would show another batch's values.
  for (let b = 0; b < BATCHES; b++) {
    const values = Array.from({ length: PER_BATCH }, (_, r) => `batch ${b} record ${r} `.padEnd(1000, String.fromCharCode(97 + (b % 26))));
    const [answer] = await produce(client, topic.name, [{ partition: 0, records: batchOf(values) }], { acks: 1 });
    assert.equal(answer?.errorCode, 0);
  }
  client.pauseReading();
  const answers = Array.from({ length: BATCHES }, (_, b) =>
    fetch(client, 12, { name: topic.name, topicId: topic.topicId }, [{ partition: 0, fetchOffset: BigInt(b * PER_BATCH), maxBytes: 110_000 }]),
  );
  await sleep(300);
  client.resumeReading();
  const responses = await Promise.all(answers);
  responses.forEach((response, b) => {
    const records = decodeRecords(onlyPartition(response).records);
    assert.equal(records.length, PER_BATCH, `fetch ${b}: one whole batch`);
    records.forEach((r, i) => {
      assert.equal(r.offset, BigInt(b * PER_BATCH + i));
      assert.ok(r.value?.startsWith(`batch ${b} record ${i} `), `fetch ${b} record ${i}: ${r.value?.slice(0, 30)}`);
      assert.equal(r.value?.at(-1), String.fromCharCode(97 + (b % 26)));
    });
  });
});
