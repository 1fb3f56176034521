import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { loadBrokerConfig } from "./broker-config.js";
import { ConfigError } from "./config-error.js";
import { effectiveTopicConfig, TOPIC_CONFIG_KEYS, validateTopicConfigs } from "./topic-config.js";

function rejects(f: () => unknown, key: string, pattern: RegExp): void {
  assert.throws(f, (e: unknown) => {
    assert.ok(e instanceof ConfigError, `expected ConfigError, got ${String(e)}`);
    assert.equal(e.key, key);
    assert.match(e.message, pattern);
    return true;
  });
}

const broker = (overrides: Record<string, string> = {}) => loadBrokerConfig({ overrides }).config;

void describe("validateTopicConfigs (CreateTopics / AlterConfigs)", () => {
  void test("parses Kafka's topic configs to typed values", () => {
    const v = validateTopicConfigs({
      "retention.ms": "86400000",
      "cleanup.policy": "compact, delete",
      "max.message.bytes": "2097152",
      "min.cleanable.dirty.ratio": "0.1",
      "confluent.value.schema.validation": "true",
      "carebus.data.classification": "phi",
    });
    assert.deepEqual(v, {
      "retention.ms": 86400000n,
      "cleanup.policy": ["compact", "delete"],
      "max.message.bytes": 2097152,
      "min.cleanable.dirty.ratio": 0.1,
      "confluent.value.schema.validation": true,
      "carebus.data.classification": "PHI",
    });
  });

  void test("an unknown name is INVALID_CONFIG material, as in Kafka", () => {
    rejects(() => validateTopicConfigs({ "log.retention.ms": "1" }), "log.retention.ms", /^Unknown topic config name: log\.retention\.ms$/);
  });

  void test("bad values name the key with Kafka's wording", () => {
    rejects(() => validateTopicConfigs({ "retention.ms": "a week" }), "retention.ms", /^Invalid value a week for configuration retention\.ms: Not a number of type LONG$/);
    rejects(() => validateTopicConfigs({ "retention.ms": "-2" }), "retention.ms", /Value must be at least -1/);
    rejects(() => validateTopicConfigs({ "cleanup.policy": "compact,forever" }), "cleanup.policy", /Invalid value forever .* String must be one of: compact, delete/);
    rejects(() => validateTopicConfigs({ "compression.type": "LZ4" }), "compression.type", /String must be one of/);
    rejects(() => validateTopicConfigs({ "segment.bytes": "13" }), "segment.bytes", /at least 14/);
    rejects(() => validateTopicConfigs({ "carebus.data.classification": "secret" }), "carebus.data.classification", /\(case insensitive\): PHI, deidentified, public/);
    rejects(() => validateTopicConfigs({ "confluent.value.subject.name.strategy": "com.example.MyStrategy" }), "confluent.value.subject.name.strategy", /TopicNameStrategy/);
  });

  void test("min.compaction.lag.ms may not exceed max.compaction.lag.ms", () => {
    rejects(
      () => validateTopicConfigs({ "min.compaction.lag.ms": "10", "max.compaction.lag.ms": "5" }),
      "min.compaction.lag.ms",
      /^conflict topic config setting min\.compaction\.lag\.ms \(10\) > max\.compaction\.lag\.ms \(5\)$/,
    );
    validateTopicConfigs({ "min.compaction.lag.ms": "5", "max.compaction.lag.ms": "5" });
  });
});

void describe("effectiveTopicConfig (DescribeConfigs and the log)", () => {
  void test("without overrides or broker settings every value is Kafka's default from DEFAULT_CONFIG", () => {
    const c = effectiveTopicConfig({}, broker());
    assert.equal(c.entries.length, TOPIC_CONFIG_KEYS.length);
    assert.ok(c.entries.every((e) => e.source === "DEFAULT_CONFIG" && !e.sensitive && !e.readOnly));
    const retention: bigint = c.get("retention.ms");
    assert.equal(retention, 604800000n);
    assert.equal(c.get("segment.ms"), 604800000n);
    assert.equal(c.get("max.message.bytes"), 1048588);
    assert.equal(c.get("segment.bytes"), 1073741824);
    assert.deepEqual(c.get("cleanup.policy"), ["delete"]);
    assert.equal(c.get("carebus.encryption.key.id"), null);
    assert.equal(c.entry("flush.messages")?.valueString, "9223372036854775807");
    assert.equal(c.entry("min.cleanable.dirty.ratio")?.valueString, "0.5");
    assert.equal(c.entry("cleanup.policy")?.type, "list");
  });

  void test("broker settings become topic defaults through Kafka's synonyms (STATIC_BROKER_CONFIG)", () => {
    const c = effectiveTopicConfig(
      {},
      broker({
        "log.retention.hours": "24",
        "message.max.bytes": "20971520",
        "log.cleanup.policy": "compact",
        "compression.type": "lz4",
        "log.segment.bytes": "1048576",
        "log.roll.hours": "1",
        "log.message.timestamp.type": "LogAppendTime",
        "log.cleaner.delete.retention.ms": "1000",
        "log.segment.delete.delay.ms": "0",
      }),
    );
    assert.equal(c.get("retention.ms"), 86400000n);
    assert.equal(c.get("max.message.bytes"), 20971520);
    assert.deepEqual(c.get("cleanup.policy"), ["compact"]);
    assert.equal(c.get("compression.type"), "lz4");
    assert.equal(c.get("segment.bytes"), 1048576);
    assert.equal(c.get("segment.ms"), 3600000n);
    assert.equal(c.get("message.timestamp.type"), "LogAppendTime");
    assert.equal(c.get("delete.retention.ms"), 1000n);
    assert.equal(c.get("file.delete.delay.ms"), 0n);
    assert.equal(c.entry("retention.ms")?.source, "STATIC_BROKER_CONFIG");
    assert.equal(c.entry("retention.bytes")?.source, "DEFAULT_CONFIG");
    assert.deepEqual(c.entry("retention.ms")?.synonyms, [
      { name: "log.retention.hours", value: "24", source: "STATIC_BROKER_CONFIG" },
      { name: "log.retention.hours", value: "168", source: "DEFAULT_CONFIG" },
    ]);
  });

  void test("retention precedence carries over: log.retention.ms beats hours, -1 stays unlimited", () => {
    assert.equal(effectiveTopicConfig({}, broker({ "log.retention.hours": "24", "log.retention.ms": "5000" })).get("retention.ms"), 5000n);
    assert.equal(effectiveTopicConfig({}, broker({ "log.retention.hours": "-1" })).get("retention.ms"), -1n);
  });

  void test("a topic override wins and is reported as DYNAMIC_TOPIC_CONFIG, first among the synonyms", () => {
    const c = effectiveTopicConfig({ "retention.ms": "1000", "carebus.data.classification": "Deidentified" }, broker({ "log.retention.hours": "24" }));
    const e = c.entry("retention.ms");
    assert.deepEqual([e?.value, e?.valueString, e?.source], [1000n, "1000", "DYNAMIC_TOPIC_CONFIG"]);
    assert.deepEqual(e?.synonyms[0], { name: "retention.ms", value: "1000", source: "DYNAMIC_TOPIC_CONFIG" });
    assert.equal(c.get("carebus.data.classification"), "deidentified");
  });

  void test("the clamped broker min.insync.replicas is the topic default", () => {
    const c = effectiveTopicConfig({}, broker({ "min.insync.replicas": "2" }));
    assert.deepEqual([c.get("min.insync.replicas"), c.entry("min.insync.replicas")?.source], [1, "STATIC_BROKER_CONFIG"]);
  });

  void test("classification defaults to PHI for the broker's PHI prefixes, public otherwise", () => {
    assert.equal(effectiveTopicConfig({}, broker(), "clinical.patient.admitted").get("carebus.data.classification"), "PHI");
    assert.equal(effectiveTopicConfig({}, broker(), "billing.invoice.created").get("carebus.data.classification"), "public");
    const custom = broker({ "carebus.classification.phi.prefixes": "ehr." });
    const c = effectiveTopicConfig({}, custom, "ehr.note.signed");
    assert.deepEqual([c.get("carebus.data.classification"), c.entry("carebus.data.classification")?.source], ["PHI", "STATIC_BROKER_CONFIG"]);
  });

  void test("schema validation is on when either the Confluent or the Carebus key says so", () => {
    assert.equal(effectiveTopicConfig({}, broker()).valueSchemaValidation, false);
    assert.equal(effectiveTopicConfig({ "confluent.value.schema.validation": "true" }, broker()).valueSchemaValidation, true);
    assert.equal(effectiveTopicConfig({ "carebus.value.schema.validation": "TRUE" }, broker()).valueSchemaValidation, true);
    assert.equal(effectiveTopicConfig({ "carebus.value.schema.validation": "full" }, broker()).valueSchemaValidationMode, "full");
    assert.equal(effectiveTopicConfig({ "confluent.value.schema.validation": "true" }, broker()).valueSchemaValidationMode, "id");
    assert.throws(() => validateTopicConfigs({ "carebus.value.schema.validation": "sometimes" }));
  });

  void test("stored overrides unknown to this version are skipped, not fatal", () => {
    const c = effectiveTopicConfig({ "some.future.config": "1" }, broker());
    assert.equal(c.entries.some((e) => (e.name as string) === "some.future.config"), false);
  });
});
