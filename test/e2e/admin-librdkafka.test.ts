// The admin APIs driven by librdkafka's AdminClient (Python confluent_kafka), which speaks
// other versions than KafkaJS: CreateTopics v4 with validateOnly and manual assignments,
// DescribeConfigs v1 with config sources, AlterConfigs v0, DeleteTopics v1.
import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";

const SCRIPT = fileURLToPath(new URL("./admin-librdkafka.py", import.meta.url));
// The system interpreter is the one with confluent_kafka installed.
const PYTHON = "/usr/bin/python3";

let server: TestBroker;

beforeEach(async () => {
  server = await startTestBroker();
});

afterEach(async () => {
  await server.stop();
});

test("confluent_kafka's AdminClient creates, describes, alters and deletes topics with Kafka's outcomes", async () => {
  // async: the broker runs in this process, so a synchronous child would starve it
  const { stdout } = await promisify(execFile)(PYTHON, [SCRIPT, server.bootstrap]);
  const out = JSON.parse(stdout) as Record<string, unknown>;
  assert.deepEqual(out["validate_only"], { "rdkafka.dry.run": "OK" });
  assert.deepEqual(out["create"], { "rdkafka.events": "OK", "rdkafka.rf3": "INVALID_REPLICATION_FACTOR", "rdkafka.manual": "OK" });
  assert.deepEqual(out["create_again"], { "rdkafka.events": "TOPIC_ALREADY_EXISTS" });
  assert.deepEqual(out["partitions"], { "rdkafka.events": "OK" });
  assert.deepEqual(out["partition_counts"], { "rdkafka.events": 5, "rdkafka.manual": 2 }); // the dry run created nothing
  assert.deepEqual(out["retention"], { value: "60000", source: 1 }); // DYNAMIC_TOPIC_CONFIG
  assert.deepEqual(out["alter"], { "rdkafka.events": "OK" });
  assert.deepEqual(out["after_alter"], { "cleanup.policy": "compact", "retention.ms": "604800000" }); // replaced, not merged
  assert.deepEqual(out["delete"], { "rdkafka.events": "OK", "rdkafka.never": "UNKNOWN_TOPIC_OR_PART" });
  assert.deepEqual(server.broker.topics.all().map((t) => t.name), ["rdkafka.manual"]);
});
