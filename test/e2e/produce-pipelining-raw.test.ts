// acks=-1 produces pipelined on one connection: each request is appended in order and
// the next one is taken while the previous waits for its fsync; answers come back in
// request order, and an answer that is ready at once (ApiVersions) still waits its turn.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import { makeApiVersionsRequest } from "../../src/protocol/generated/api-versions-request.js";
import { RawClient } from "../support/raw-client.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";
import { makeProduceRequest } from "../../src/protocol/generated/produce-request.js";
import { batchOf } from "../support/data-path.js";

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

test("pipelined acks=-1 produces are appended and answered in request order", async () => {
  const topic = server.broker.createTopic("patient.vitals.pipelined", 1, {});
  const log = server.broker.getLog(topic.name, 0);
  assert.ok(log);
  let flushes = 0;
  const flush = log.flush.bind(log);
  log.flush = () => {
    flushes++;
    return flush();
  };
  const answered: string[] = [];
  // Both kinds go through client.request with the same promise chain, so the order the
  // answers are seen in is the order they arrived in.
  const requests = Array.from({ length: 40 }, (_, i) =>
    client
      .request(ApiKeys.Produce, 9, makeProduceRequest({ acks: -1, timeoutMs: 10_000, topicData: [{ name: topic.name, partitionData: [{ index: 0, records: batchOf([`reading ${i}`]) }] }] }))
      .then((r) => {
        answered.push(`produce ${i}`);
        return r.responses[0]?.partitionResponses[0];
      }),
  );
  // Sent after the produces, answered at once by its handler, yet written after them.
  const versions = client.request(ApiKeys.ApiVersions, 3, makeApiVersionsRequest({ clientSoftwareName: "t", clientSoftwareVersion: "1" })).then(() => {
    answered.push("api-versions");
  });
  const results = await Promise.all(requests);
  await versions;
  assert.deepEqual(
    results.map((r) => [r?.errorCode, r?.baseOffset]),
    results.map((_, i) => [0, BigInt(i)]),
  );
  assert.deepEqual(answered, [...results.map((_, i) => `produce ${i}`), "api-versions"]);
  assert.equal(log.logEndOffset, 40n);
  // Every request asked for its own flush (the group commit shares the fsyncs).
  assert.equal(flushes, 40);
});

test("large pipelined produces (14 MB sent at once) are all appended and answered in order", async () => {
  // Frames that span many socket reads are assembled in the connection's pooled buffers;
  // src/broker/connection.test.ts covers the pause/resume of reading.
  const topic = server.broker.createTopic("patient.vitals.pipelined-large", 1, {});
  const value = "v".repeat(1000);
  const perRequest = 600;
  const requests = Array.from({ length: 24 }, (_, i) =>
    client
      .request(ApiKeys.Produce, 9, makeProduceRequest({
        acks: 1,
        timeoutMs: 10_000,
        topicData: [{ name: topic.name, partitionData: [{ index: 0, records: batchOf(Array.from({ length: perRequest }, (_, j) => `${i}:${j}:${value}`)) }] }],
      }))
      .then((r) => r.responses[0]?.partitionResponses[0]),
  );
  const results = await Promise.all(requests);
  assert.deepEqual(
    results.map((r) => [r?.errorCode, r?.baseOffset]),
    results.map((_, i) => [0, BigInt(i * perRequest)]),
  );
  const log = server.broker.getLog(topic.name, 0);
  assert.equal(log?.logEndOffset, BigInt(24 * perRequest));
});
