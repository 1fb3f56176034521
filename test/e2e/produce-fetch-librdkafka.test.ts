// Producing and consuming with python confluent_kafka (librdkafka): a Producer with
// acks=all and lz4, and a Consumer that assign()s a partition at an offset, no group.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";

const SCRIPT = fileURLToPath(new URL("./produce-fetch-librdkafka.py", import.meta.url));
// The system interpreter is the one with confluent_kafka installed.
const PYTHON = "/usr/bin/python3";

let server: TestBroker;

before(async () => {
  server = await startTestBroker();
});

after(async () => {
  await server.stop();
});

test("confluent_kafka produces with acks=all and consumes from an assigned offset", async () => {
  // async: the broker runs in this process, so a synchronous child would starve it
  const { stdout } = await promisify(execFile)(PYTHON, [SCRIPT, server.bootstrap, "clinical.vitals.heart-rate"], { timeout: 60_000 });
  const out = JSON.parse(stdout) as {
    errors: string[];
    unflushed: number;
    delivered: number[];
    consumed: { offset: number; key: string; value: string; headers: Record<string, string> }[];
    watermarks: number[];
  };
  assert.deepEqual(out.errors, []);
  assert.equal(out.unflushed, 0);
  assert.deepEqual(out.delivered, Array.from({ length: 20 }, (_, i) => i));
  assert.deepEqual(
    out.consumed.map((m) => [m.offset, m.key, m.value, m.headers["seq"]]),
    [15, 16, 17, 18, 19].map((i) => [i, `patient-${i % 3}`, `heart-rate ${60 + i}`, String(i)]),
  );
  assert.deepEqual(out.watermarks, [0, 20]);
});
