// DescribeConfigs, AlterConfigs and IncrementalAlterConfigs over the wire at every
// version, including what no client here speaks (DescribeConfigs v3-4 with types and
// documentation, IncrementalAlterConfigs), with Kafka's per-resource errors.
import { afterEach, beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { ErrorCode } from "../../src/protocol/errors.js";
import { makeAlterConfigsRequest } from "../../src/protocol/generated/alter-configs-request.js";
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import { makeDescribeConfigsRequest } from "../../src/protocol/generated/describe-configs-request.js";
import { makeIncrementalAlterConfigsRequest } from "../../src/protocol/generated/incremental-alter-configs-request.js";
import { RawClient } from "../support/raw-client.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";

const TOPIC = 2;
const BROKER = 4;
const BROKER_LOGGER = 8;
const GROUP = 32;
const [SET, DELETE, APPEND, SUBTRACT] = [0, 1, 2, 3];
const SOURCE = { TOPIC_CONFIG: 1, STATIC_BROKER_CONFIG: 4, DEFAULT_CONFIG: 5 };

let server: TestBroker;
let client: RawClient;

beforeEach(async () => {
  server = await startTestBroker({ "log.retention.hours": "24" });
  client = await RawClient.connect(server.port);
  server.broker.createTopic("vitals", 1, { "cleanup.policy": "compact" });
});

afterEach(async () => {
  await client.close();
  await server.stop();
});

function describeConfigs(version: number, resources: [number, string, string[] | null][], options: { synonyms?: boolean; docs?: boolean } = {}) {
  const body = makeDescribeConfigsRequest({
    resources: resources.map(([resourceType, resourceName, configurationKeys]) => ({ resourceType, resourceName, configurationKeys })),
    includeSynonyms: options.synonyms ?? false,
    includeDocumentation: options.docs ?? false,
  });
  return client.request(ApiKeys.DescribeConfigs, version, body);
}

function alterConfigs(version: number, resources: [number, string, Record<string, string | null>][], validateOnly = false) {
  const body = makeAlterConfigsRequest({
    validateOnly,
    resources: resources.map(([resourceType, resourceName, configs]) => ({
      resourceType, resourceName, configs: Object.entries(configs).map(([name, value]) => ({ name, value })),
    })),
  });
  return client.request(ApiKeys.AlterConfigs, version, body);
}

function incrementalAlter(version: number, resources: [number, string, [string, number, string | null][]][], validateOnly = false) {
  const body = makeIncrementalAlterConfigsRequest({
    validateOnly,
    resources: resources.map(([resourceType, resourceName, ops]) => ({
      resourceType, resourceName, configs: ops.map(([name, configOperation, value]) => ({ name, configOperation, value })),
    })),
  });
  return client.request(ApiKeys.IncrementalAlterConfigs, version, body);
}

const overrides = () => server.broker.topics.get("vitals")?.configs;

describe("DescribeConfigs over the wire", () => {
  test("every version 0-4 describes a topic: v0 isDefault, v1+ sources and synonyms, v3+ types and documentation", async () => {
    for (let v = 0; v <= 4; v++) {
      const options = { synonyms: v >= 1, docs: v >= 3 }; // the codec refuses fields a version lacks
      const { results } = await describeConfigs(v, [[TOPIC, "vitals", ["cleanup.policy", "retention.ms", "segment.bytes"]]], options);
      const r = results[0]!;
      assert.deepEqual([r.errorCode, r.errorMessage, r.resourceType, r.resourceName], [ErrorCode.NONE, null, TOPIC, "vitals"]);
      const byName = new Map(r.configs.map((c) => [c.name, c]));
      assert.deepEqual([...byName.keys()].sort(), ["cleanup.policy", "retention.ms", "segment.bytes"]);
      const policy = byName.get("cleanup.policy")!;
      const retention = byName.get("retention.ms")!;
      assert.equal(policy.value, "compact");
      assert.equal(retention.value, "86400000"); // log.retention.hours=24
      assert.equal(policy.readOnly, false);
      if (v === 0) {
        assert.equal(policy.isDefault, false);
        assert.equal(byName.get("segment.bytes")?.isDefault, true);
      } else {
        assert.equal(policy.configSource, SOURCE.TOPIC_CONFIG);
        assert.equal(retention.configSource, SOURCE.STATIC_BROKER_CONFIG);
        assert.equal(byName.get("segment.bytes")?.configSource, SOURCE.DEFAULT_CONFIG);
        assert.deepEqual(retention.synonyms.map((s) => [s.name, s.value, s.source]), [
          ["log.retention.hours", "24", SOURCE.STATIC_BROKER_CONFIG],
          ["log.retention.hours", "168", SOURCE.DEFAULT_CONFIG],
        ]);
      }
      if (v >= 3) {
        assert.deepEqual([policy.configType, retention.configType], [7, 5]); // LIST, LONG
        assert.match(policy.documentation ?? "", /compact/);
      }
    }
  });

  test("all keys when none are named; synonyms and documentation only when asked", async () => {
    const { results } = await describeConfigs(4, [[TOPIC, "vitals", null]]);
    const configs = results[0]?.configs ?? [];
    assert.ok(configs.length > 20);
    assert.ok(configs.some((c) => c.name === "carebus.data.classification"));
    assert.ok(configs.every((c) => c.synonyms.length === 0 && c.documentation === null));
  });

  test("unknown or illegal topics, other brokers and unsupported types are per-resource errors", async () => {
    const { results } = await describeConfigs(4, [
      [TOPIC, "missing", null],
      [TOPIC, "bad name", null],
      [BROKER, "7", null],
      [BROKER, "one", null],
      [GROUP, "g", null],
      [TOPIC, "vitals", ["cleanup.policy"]],
    ]);
    assert.deepEqual(results.map((r) => [r.resourceName, r.errorCode, r.configs.length]), [
      ["missing", ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, 0],
      ["bad name", ErrorCode.INVALID_TOPIC_EXCEPTION, 0],
      ["7", ErrorCode.INVALID_REQUEST, 0],
      ["one", ErrorCode.INVALID_REQUEST, 0],
      ["g", ErrorCode.INVALID_REQUEST, 0],
      ["vitals", ErrorCode.NONE, 1],
    ]);
    assert.equal(results[2]?.errorMessage, "Unexpected broker id, expected 1 or empty string, but received 7");
  });

  test("the broker resource: this node lists every setting, read-only; the cluster default set is empty; BROKER_LOGGER shows the level", async () => {
    const { results } = await describeConfigs(4, [[BROKER, "1", ["log.retention.hours", "num.partitions"]], [BROKER, "", null], [BROKER_LOGGER, "1", null]], { synonyms: true });
    const node = new Map(results[0]?.configs.map((c) => [c.name, c]));
    assert.deepEqual([node.get("log.retention.hours")?.value, node.get("log.retention.hours")?.configSource, node.get("log.retention.hours")?.readOnly], ["24", SOURCE.STATIC_BROKER_CONFIG, true]);
    assert.deepEqual(node.get("log.retention.hours")?.synonyms.map((s) => [s.value, s.source]), [["24", SOURCE.STATIC_BROKER_CONFIG], ["168", SOURCE.DEFAULT_CONFIG]]);
    assert.equal(node.get("num.partitions")?.configSource, SOURCE.DEFAULT_CONFIG);
    assert.deepEqual([results[1]?.errorCode, results[1]?.configs], [ErrorCode.NONE, []]);
    assert.equal(results[2]?.configs[0]?.name, "root");
    assert.match(results[2]?.configs[0]?.value ?? "", /^(TRACE|DEBUG|INFO|WARN|ERROR|FATAL|OFF)$/);
  });
});

describe("AlterConfigs over the wire", () => {
  test("every version 0-2 replaces the topic's whole override set; validateOnly changes nothing", async () => {
    for (let v = 0; v <= 2; v++) {
      const ms = String(1000 + v);
      const { responses } = await alterConfigs(v, [[TOPIC, "vitals", { "retention.ms": ms }]]);
      assert.deepEqual(responses.map((r) => [r.resourceType, r.resourceName, r.errorCode, r.errorMessage]), [[TOPIC, "vitals", ErrorCode.NONE, null]]);
      assert.deepEqual(overrides(), { "retention.ms": ms });
      assert.equal(server.broker.topicConfig("vitals").get("retention.ms"), BigInt(ms));
      assert.equal(server.broker.topicConfig("vitals").entry("cleanup.policy")?.source, "DEFAULT_CONFIG");
    }
    await alterConfigs(1, [[TOPIC, "vitals", {}]], true);
    assert.deepEqual(overrides(), { "retention.ms": "1002" });
  });

  test("bad values, unknown topics, duplicates, nulls and broker changes are per-resource errors that change nothing", async () => {
    const { responses } = await alterConfigs(2, [
      [TOPIC, "vitals", { "segment.bytes": "1" }],
      [TOPIC, "missing", { "retention.ms": "1" }],
      [TOPIC, "", {}],
      [TOPIC, "twice", {}],
      [TOPIC, "twice", {}],
      [TOPIC, "nulls", { "retention.ms": null }],
      [BROKER, "1", { "num.partitions": "4" }],
      [BROKER, "2", {}],
      [BROKER, "", {}],
      [BROKER_LOGGER, "1", {}],
    ]);
    assert.deepEqual(responses.map((r) => [r.resourceName, r.errorCode, r.errorMessage]), [
      ["vitals", ErrorCode.INVALID_CONFIG, "Invalid value 1 for configuration segment.bytes: Value must be at least 14"],
      ["missing", ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, "The topic 'missing' does not exist."],
      ["", ErrorCode.INVALID_REQUEST, "Default topic resources are not allowed."],
      ["twice", ErrorCode.INVALID_REQUEST, "Each resource must appear at most once."],
      ["twice", ErrorCode.INVALID_REQUEST, "Each resource must appear at most once."],
      ["nulls", ErrorCode.INVALID_REQUEST, "Null value not supported for : retention.ms"],
      ["1", ErrorCode.INVALID_REQUEST, "Cannot update these configs dynamically: Set(num.partitions)"],
      ["2", ErrorCode.INVALID_REQUEST, "Unexpected broker id, expected 1, but received 2"],
      ["", ErrorCode.NONE, null],
      ["1", ErrorCode.INVALID_REQUEST, "Unknown resource type 8"],
    ]);
    assert.deepEqual(overrides(), { "cleanup.policy": "compact" });
  });
});

describe("IncrementalAlterConfigs over the wire", () => {
  test("v0 and v1 SET, DELETE, APPEND and SUBTRACT a topic's overrides", async () => {
    for (const v of [0, 1]) {
      server.broker.setTopicConfigs("vitals", { "cleanup.policy": "compact", "retention.ms": "5000" });
      const set = await incrementalAlter(v, [[TOPIC, "vitals", [["segment.ms", SET, "60000"], ["retention.ms", DELETE, null], ["cleanup.policy", APPEND, "delete"]]]]);
      assert.deepEqual(set.responses.map((r) => [r.errorCode, r.errorMessage]), [[ErrorCode.NONE, null]]);
      assert.deepEqual(overrides(), { "cleanup.policy": "compact,delete", "segment.ms": "60000" });
      await incrementalAlter(v, [[TOPIC, "vitals", [["cleanup.policy", SUBTRACT, "compact"]]]]);
      assert.deepEqual(overrides(), { "cleanup.policy": "delete", "segment.ms": "60000" });
      assert.deepEqual(server.broker.topicConfig("vitals").get("cleanup.policy"), ["delete"]);
    }
  });

  test("APPEND to a key without an override starts from its default; DELETE of an absent key succeeds; validateOnly changes nothing", async () => {
    server.broker.setTopicConfigs("vitals", {});
    await incrementalAlter(1, [[TOPIC, "vitals", [["cleanup.policy", APPEND, "compact"], ["flush.ms", DELETE, null]]]]);
    assert.deepEqual(overrides(), { "cleanup.policy": "delete,compact" });
    const dry = await incrementalAlter(1, [[TOPIC, "vitals", [["cleanup.policy", DELETE, null]]]], true);
    assert.equal(dry.responses[0]?.errorCode, ErrorCode.NONE);
    assert.deepEqual(overrides(), { "cleanup.policy": "delete,compact" });
  });

  test("wrong operations and values are per-resource errors that change nothing", async () => {
    const { responses } = await incrementalAlter(1, [
      [TOPIC, "vitals", [["retention.ms", APPEND, "5"]]],
      [TOPIC, "vitals-2", [["retention.ms", SET, "x"]]],
      [TOPIC, "vitals-3", [["retention.ms", SET, null]]],
      [TOPIC, "vitals-4", [["retention.ms", SET, "1"], ["retention.ms", DELETE, null]]],
      [TOPIC, "vitals-5", [["retention.ms", 9, "1"]]],
      [TOPIC, "missing", [["retention.ms", SET, "1"]]],
      [BROKER, "1", [["num.partitions", SET, "3"]]],
      [BROKER, "1", [["num.partitions", DELETE, null]]],
      [BROKER, "", [["num.partitions", APPEND, "3"]]],
      [BROKER_LOGGER, "1", [["root", SET, "DEBUG"]]],
    ]);
    assert.deepEqual(responses.map((r) => [r.resourceName, r.errorCode]), [
      ["vitals", ErrorCode.INVALID_CONFIG],
      ["vitals-2", ErrorCode.INVALID_CONFIG],
      ["vitals-3", ErrorCode.INVALID_REQUEST],
      ["vitals-4", ErrorCode.INVALID_REQUEST],
      ["vitals-5", ErrorCode.INVALID_REQUEST],
      ["missing", ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
      ["1", ErrorCode.INVALID_REQUEST], // a resource named twice: both copies refused
      ["1", ErrorCode.INVALID_REQUEST],
      ["", ErrorCode.INVALID_CONFIG],
      ["1", ErrorCode.INVALID_REQUEST],
    ]);
    assert.equal(responses[0]?.errorMessage, "Can't APPEND to key retention.ms because its type is not LIST.");
    assert.equal(responses[8]?.errorMessage, "Config value append is not allowed for config key: num.partitions");
    const broker = await incrementalAlter(0, [[BROKER, "1", [["num.partitions", SET, "3"], ["log.cleanup.policy", DELETE, null]]]]);
    assert.equal(broker.responses[0]?.errorMessage, "Cannot update these configs dynamically: Set(num.partitions)");
    const deleteOnly = await incrementalAlter(0, [[BROKER, "1", [["num.partitions", DELETE, null]]]]);
    assert.equal(deleteOnly.responses[0]?.errorCode, ErrorCode.NONE);
    assert.deepEqual(overrides(), { "cleanup.policy": "compact" });
  });
});
