// confluent_kafka (librdkafka) with enable.idempotence=True: InitProducerId, sequenced
// batches, every record delivered and stored once.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";

const SCRIPT = fileURLToPath(new URL("./idempotent-producer-librdkafka.py", import.meta.url));
// The system interpreter is the one with confluent_kafka installed.
const PYTHON = "/usr/bin/python3";
const TOPIC = "clinical.vitals.spo2";
const COUNT = 50;

let server: TestBroker;

before(async () => {
  server = await startTestBroker();
  server.broker.createTopic(TOPIC, 1, {});
});

after(async () => {
  await server.stop();
});

test("an idempotent confluent_kafka Producer delivers every record exactly once", async () => {
  // async: the broker runs in this process, so a synchronous child would starve it
  const { stdout } = await promisify(execFile)(PYTHON, [SCRIPT, server.bootstrap, TOPIC, String(COUNT)], { timeout: 90_000 });
  const out = JSON.parse(stdout) as { errors: string[]; unflushed: number; delivered: number[]; consumed: string[]; watermarks: number[] };
  assert.deepEqual(out.errors, []);
  assert.equal(out.unflushed, 0);
  assert.deepEqual(out.delivered, Array.from({ length: COUNT }, (_, i) => i));
  assert.deepEqual(out.consumed, Array.from({ length: COUNT }, (_, i) => `spo2 ${i}`));
  assert.deepEqual(out.watermarks, [0, COUNT]);
  const producers = [...(server.broker.getLog(TOPIC, 0)?.producerStateManager.activeProducers.values() ?? [])];
  assert.equal(producers.length, 1, "librdkafka got one producer id and used it");
  assert.equal(producers[0]?.lastSeq, COUNT - 1);
});
