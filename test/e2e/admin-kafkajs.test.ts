// The admin APIs driven by clients nobody here wrote: KafkaJS's admin client (which speaks
// CreateTopics v0-3, DeleteTopics v0-1, CreatePartitions v0-1, DescribeConfigs v0-2,
// AlterConfigs v0-1, DeleteRecords v0-1) and kcat (librdkafka) reading the metadata.
import { afterEach, beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import kafkajs, { type Admin } from "kafkajs";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";

// kafkajs is CommonJS with a spread in its exports, which Node's named-import detection misses.
const { ConfigResourceTypes, ConfigSource, Kafka, logLevel } = kafkajs;

let server: TestBroker;
let admin: Admin;

beforeEach(async () => {
  server = await startTestBroker();
  // retries: 0 so that an expected failure is reported at once instead of being retried.
  const kafka = new Kafka({ clientId: "carebus-admin-e2e", brokers: [server.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 0 } });
  admin = kafka.admin();
  await admin.connect();
});

afterEach(async () => {
  await admin.disconnect();
  await server.stop();
});

/** The error KafkaJS throws for a single failed topic or resource: its `type` is Kafka's error name. */
async function kafkaErrorOf(p: Promise<unknown>): Promise<{ type: string; message: string }> {
  try {
    await p;
  } catch (err) {
    // A retriable error comes wrapped by the retrier (KafkaJSNumberOfRetriesExceeded) in `cause`.
    type KafkaJSError = { type?: string; message: string; errors?: KafkaJSError[]; cause?: KafkaJSError };
    let e = err as KafkaJSError;
    while (e.type === undefined && e.cause !== undefined) e = e.cause;
    const first = e.errors?.[0] ?? e;
    return { type: first.type ?? "NO TYPE", message: first.message };
  }
  assert.fail("expected the request to fail");
}

describe("admin API with KafkaJS", () => {
  test("createTopics creates topics with their partition counts and configs; fetchTopicMetadata and listTopics see them", async () => {
    const created = await admin.createTopics({
      topics: [
        { topic: "clinical.patient.admitted", numPartitions: 3, configEntries: [{ name: "retention.ms", value: "3600000" }] },
        { topic: "clinical.patient.discharged" },
      ],
    });
    assert.equal(created, true);
    const { topics } = await admin.fetchTopicMetadata({ topics: ["clinical.patient.admitted", "clinical.patient.discharged"] });
    const partitions = new Map(topics.map((t) => [t.name, t.partitions.length]));
    assert.equal(partitions.get("clinical.patient.admitted"), 3);
    assert.equal(partitions.get("clinical.patient.discharged"), 1); // num.partitions
    assert.deepEqual((await admin.listTopics()).sort(), ["clinical.patient.admitted", "clinical.patient.discharged"]);
    assert.equal(server.broker.topics.get("clinical.patient.admitted")?.configs["retention.ms"], "3600000");
  });

  test("createTopics answers false for an existing topic and leaves it alone", async () => {
    assert.equal(await admin.createTopics({ topics: [{ topic: "lab.result.final", numPartitions: 2 }] }), true);
    assert.equal(await admin.createTopics({ topics: [{ topic: "lab.result.final", numPartitions: 5 }] }), false);
    assert.equal(server.broker.topics.get("lab.result.final")?.partitions, 2);
  });

  test("createTopics with validateOnly creates nothing", async () => {
    const ok = await admin.createTopics({ validateOnly: true, waitForLeaders: false, topics: [{ topic: "dry.run.topic", numPartitions: 4 }] });
    assert.equal(ok, true);
    assert.equal(server.broker.topics.get("dry.run.topic"), undefined);
    assert.deepEqual(await admin.listTopics(), []);
  });

  test("createTopics refuses replication factor 3, an unknown config, a bad value and an illegal name, each with Kafka's error", async () => {
    const rf = await kafkaErrorOf(admin.createTopics({ topics: [{ topic: "rf3", replicationFactor: 3 }] }));
    assert.equal(rf.type, "INVALID_REPLICATION_FACTOR");
    const unknownConfig = await kafkaErrorOf(admin.createTopics({ topics: [{ topic: "cfg", configEntries: [{ name: "not.a.property", value: "1" }] }] }));
    assert.equal(unknownConfig.type, "INVALID_CONFIG");
    const badValue = await kafkaErrorOf(admin.createTopics({ topics: [{ topic: "cfg2", configEntries: [{ name: "retention.ms", value: "soon" }] }] }));
    assert.equal(badValue.type, "INVALID_CONFIG");
    const badName = await kafkaErrorOf(admin.createTopics({ waitForLeaders: false, topics: [{ topic: "bad name!" }] }));
    assert.equal(badName.type, "INVALID_TOPIC_EXCEPTION");
    assert.equal(server.broker.topics.size, 0);
  });

  test("deleteTopics removes a topic; deleting an unknown one fails with UNKNOWN_TOPIC_OR_PARTITION", async () => {
    await admin.createTopics({ topics: [{ topic: "to.delete", numPartitions: 2 }, { topic: "to.keep" }] });
    await admin.deleteTopics({ topics: ["to.delete"] });
    assert.deepEqual(await admin.listTopics(), ["to.keep"]);
    assert.equal(server.broker.getLog("to.delete", 0), undefined);
    const unknown = await kafkaErrorOf(admin.deleteTopics({ topics: ["never.existed"] }));
    assert.equal(unknown.type, "UNKNOWN_TOPIC_OR_PARTITION");
  });

  test("createPartitions raises the count and refuses a count that is not an increase", async () => {
    await admin.createTopics({ topics: [{ topic: "adt.events", numPartitions: 2 }] });
    await admin.createPartitions({ topicPartitions: [{ topic: "adt.events", count: 5 }] });
    const { topics } = await admin.fetchTopicMetadata({ topics: ["adt.events"] });
    assert.equal(topics[0]?.partitions.length, 5);
    assert.ok(server.broker.getLog("adt.events", 4) !== undefined);
    const same = await kafkaErrorOf(admin.createPartitions({ topicPartitions: [{ topic: "adt.events", count: 5 }] }));
    assert.equal(same.type, "INVALID_PARTITIONS");
    const fewer = await kafkaErrorOf(admin.createPartitions({ topicPartitions: [{ topic: "adt.events", count: 3 }] }));
    assert.equal(fewer.type, "INVALID_PARTITIONS");
  });

  test("describeConfigs shows a topic's overrides and defaults with their sources, and synonyms when asked", async () => {
    await admin.createTopics({ topics: [{ topic: "vitals", configEntries: [{ name: "cleanup.policy", value: "compact" }] }] });
    const { resources } = await admin.describeConfigs({
      includeSynonyms: true,
      resources: [{ type: ConfigResourceTypes.TOPIC, name: "vitals", configNames: ["cleanup.policy", "retention.ms", "max.message.bytes"] }],
    });
    assert.equal(resources.length, 1);
    const entries = new Map(resources[0]?.configEntries.map((e) => [e.configName, e]));
    assert.deepEqual([...entries.keys()].sort(), ["cleanup.policy", "max.message.bytes", "retention.ms"]);
    assert.equal(entries.get("cleanup.policy")?.configValue, "compact");
    assert.equal(entries.get("cleanup.policy")?.configSource, ConfigSource.TOPIC_CONFIG);
    assert.equal(entries.get("cleanup.policy")?.isDefault, false);
    assert.equal(entries.get("retention.ms")?.configValue, "604800000");
    assert.equal(entries.get("retention.ms")?.configSource, ConfigSource.DEFAULT_CONFIG);
    assert.deepEqual(entries.get("cleanup.policy")?.configSynonyms.map((s) => [s.configName, s.configSource]), [
      ["cleanup.policy", ConfigSource.TOPIC_CONFIG],
      ["log.cleanup.policy", ConfigSource.DEFAULT_CONFIG],
    ]);
  });

  test("describeConfigs of this broker lists its settings; the ones set at start-up are STATIC_BROKER_CONFIG", async () => {
    const { resources } = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [{ type: ConfigResourceTypes.BROKER, name: String(server.broker.nodeId), configNames: ["log.dirs", "num.partitions"] }],
    });
    const entries = new Map(resources[0]?.configEntries.map((e) => [e.configName, e]));
    assert.equal(entries.get("log.dirs")?.configValue, server.logDir);
    assert.equal(entries.get("log.dirs")?.configSource, ConfigSource.STATIC_BROKER_CONFIG);
    assert.equal(entries.get("log.dirs")?.readOnly, true);
    assert.equal(entries.get("num.partitions")?.configValue, "1");
    assert.equal(entries.get("num.partitions")?.configSource, ConfigSource.DEFAULT_CONFIG);
  });

  test("alterConfigs replaces a topic's overrides; validateOnly and invalid values change nothing", async () => {
    await admin.createTopics({ topics: [{ topic: "orders", configEntries: [{ name: "cleanup.policy", value: "compact" }] }] });
    await admin.alterConfigs({
      validateOnly: false,
      resources: [{ type: ConfigResourceTypes.TOPIC, name: "orders", configEntries: [{ name: "retention.ms", value: "1000" }] }],
    });
    // legacy AlterConfigs semantics: cleanup.policy, left out, is gone
    assert.deepEqual(server.broker.topics.get("orders")?.configs, { "retention.ms": "1000" });
    assert.equal(server.broker.topicConfig("orders").get("retention.ms"), 1000n);
    await admin.alterConfigs({
      validateOnly: true,
      resources: [{ type: ConfigResourceTypes.TOPIC, name: "orders", configEntries: [{ name: "retention.ms", value: "2000" }] }],
    });
    assert.deepEqual(server.broker.topics.get("orders")?.configs, { "retention.ms": "1000" });
    const invalid = await kafkaErrorOf(
      admin.alterConfigs({
        validateOnly: false,
        resources: [{ type: ConfigResourceTypes.TOPIC, name: "orders", configEntries: [{ name: "min.insync.replicas", value: "0" }] }],
      }),
    );
    assert.equal(invalid.type, "INVALID_CONFIG");
    assert.deepEqual(server.broker.topics.get("orders")?.configs, { "retention.ms": "1000" });
  });

  test("deleteTopicRecords moves the low watermark that fetchTopicOffsets reports", async () => {
    await admin.createTopics({ topics: [{ topic: "obs.vitals.recorded" }] });
    const producer = new Kafka({ clientId: "carebus-admin-e2e", brokers: [server.bootstrap], logLevel: logLevel.NOTHING }).producer();
    await producer.connect();
    await producer.send({ topic: "obs.vitals.recorded", messages: Array.from({ length: 10 }, (_, i) => ({ key: `p${i}`, value: "{}" })) });
    await producer.disconnect();
    // KafkaJS looks the leader up in its cached metadata, which fetchTopicOffsets fills.
    assert.deepEqual(await admin.fetchTopicOffsets("obs.vitals.recorded"), [{ partition: 0, offset: "10", high: "10", low: "0" }]);
    await admin.deleteTopicRecords({ topic: "obs.vitals.recorded", partitions: [{ partition: 0, offset: "6" }] });
    assert.deepEqual(await admin.fetchTopicOffsets("obs.vitals.recorded"), [{ partition: 0, offset: "10", high: "10", low: "6" }]);
    await admin.deleteTopicRecords({ topic: "obs.vitals.recorded", partitions: [{ partition: 0, offset: "-1" }] });
    assert.equal(server.broker.getLog("obs.vitals.recorded", 0)?.logStartOffset, 10n);
  });

  test("describeCluster names this node as the only broker and controller, on the bound port", async () => {
    const cluster = await admin.describeCluster();
    assert.equal(cluster.clusterId, server.broker.clusterId);
    assert.equal(cluster.controller, server.broker.nodeId);
    assert.deepEqual(cluster.brokers, [{ nodeId: server.broker.nodeId, host: "127.0.0.1", port: server.port }]);
  });

  test("kcat sees the topics and partitions created through the admin API", async () => {
    await admin.createTopics({ topics: [{ topic: "pharmacy.order.placed", numPartitions: 2 }] });
    await admin.createPartitions({ topicPartitions: [{ topic: "pharmacy.order.placed", count: 4 }] });
    // async: the broker runs in this process, so a synchronous child would starve it
    const { stdout } = await promisify(execFile)("kcat", ["-b", server.bootstrap, "-L", "-t", "pharmacy.order.placed", "-m", "5"]);
    assert.match(stdout, /topic "pharmacy\.order\.placed" with 4 partitions:/);
    assert.match(stdout, /partition 3, leader 1, replicas: 1, isrs: 1/);
  });
});
