import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadBrokerConfig, type LoadBrokerConfigOptions } from "./broker-config.js";
import { Password } from "./config-def.js";
import { ConfigError } from "./config-error.js";

const seed = (name: string): string => fileURLToPath(new URL(`../../test/data/config/${name}.properties`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "carebus-config-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
function file(text: string): string {
  const path = join(dir, `server-${files++}.properties`);
  writeFileSync(path, text);
  return path;
}
const load = (text: string, options: Omit<LoadBrokerConfigOptions, "file"> = {}): ReturnType<typeof loadBrokerConfig> =>
  loadBrokerConfig({ file: file(text), ...options });

function rejects(f: () => unknown, key: string, pattern: RegExp): void {
  assert.throws(f, (e: unknown) => {
    assert.ok(e instanceof ConfigError, `expected ConfigError, got ${String(e)}`);
    assert.equal(e.key, key);
    assert.match(e.message, pattern);
    return true;
  });
}

void describe("defaults", () => {
  void test("no file, no environment: Kafka's defaults with Carebus's single-node ones", () => {
    const { config, warnings, notes } = loadBrokerConfig();
    assert.deepEqual([warnings, notes], [[], []]);
    assert.deepEqual(config.listeners, [{ name: "PLAINTEXT", host: null, port: 9092, securityProtocol: "PLAINTEXT" }]);
    assert.deepEqual(config.advertisedListeners, config.listeners);
    assert.deepEqual(config.logDirs, ["./data"]);
    assert.equal(config.nodeId, 1);
    assert.equal(config.logRetentionMs, 604800000n);
    assert.equal(config.logRollMs, 604800000n);
    assert.equal(config.logFlushIntervalMs, 9223372036854775807n);
    const n: number = config.get("num.partitions");
    const ms: bigint | null = config.get("log.retention.ms");
    const policy: readonly string[] = config.get("log.cleanup.policy");
    assert.deepEqual([n, ms, policy], [1, null, ["delete"]]);
    assert.equal(config.get("message.max.bytes"), 1048588);
    assert.equal(config.get("socket.request.max.bytes"), 104857600);
    assert.equal(config.get("compression.type"), "producer");
    assert.equal(config.get("offsets.topic.replication.factor"), 1);
    assert.equal(config.get("carebus.schema.registry.port"), 8081);
    assert.deepEqual(config.get("carebus.classification.phi.prefixes"), ["clinical.", "patient.", "phi."]);
    assert.equal(config.get("carebus.cluster.id"), null);
    // @ts-expect-error only known names are accepted
    config.get("num.partition");
  });
});

void describe("the seeds' server.properties examples load as they are", () => {
  void test("000 broker basics: comments dropped, cluster settings ignored, replication clamped", () => {
    const { config, warnings, notes } = loadBrokerConfig({ file: seed("seed-000-broker-basics") });
    assert.deepEqual(warnings, []);
    assert.equal(config.get("broker.id"), 1);
    assert.equal(config.get("num.partitions"), 8);
    assert.equal(config.get("default.replication.factor"), 1);
    assert.equal(config.get("min.insync.replicas"), 1);
    assert.equal(config.logRetentionMs, 168n * 3600000n);
    assert.equal(config.get("log.segment.bytes"), 1073741824);
    assert.deepEqual(config.logDirs, ["/var/lib/kafka/data"]);
    assert.deepEqual(config.listeners.map((l) => `${l.name}:${l.securityProtocol}:${l.host}:${l.port}`), [
      "PLAINTEXT:PLAINTEXT:broker1.example.com:9092",
      "INTERNAL:PLAINTEXT:broker1.example.com:9093",
    ]);
    assert.deepEqual(config.advertisedListeners.map((l) => l.name), ["PLAINTEXT"]);
    const text = notes.join("\n");
    assert.match(text, /comments on broker.id \(line 4\), log.retention.hours \(line 31\) are ignored/);
    for (const key of ["zookeeper.connect", "num.network.threads", "num.io.threads", "num.recovery.threads.per.data.dir", "inter.broker.listener.name"]) {
      assert.match(text, new RegExp(`^${key.replace(/\./g, "\\.")} is accepted and ignored: `, "m"), key);
    }
    assert.match(text, /^default\.replication\.factor=3 is clamped to 1: Carebus is a single node/m);
    assert.match(text, /^min\.insync\.replicas=2 is clamped to 1: .*acks=all is answered once the batch is fsynced/m);
  });

  void test("004 broker tuning: every value carries a trailing comment and still parses", () => {
    const { config, warnings, notes } = loadBrokerConfig({ file: seed("seed-004-broker") });
    assert.deepEqual(warnings, []);
    assert.equal(config.get("compression.type"), "lz4");
    assert.equal(config.get("message.max.bytes"), 20971520);
    assert.equal(config.get("socket.send.buffer.bytes"), 1048576);
    assert.deepEqual(config.get("log.cleanup.policy"), ["delete"]);
    assert.equal(config.get("num.partitions"), 8);
    assert.match(notes.join("\n"), /message\.max\.bytes \(line 22\) are ignored/);
  });

  void test("000 SASL/SCRAM and OAuth: listener names through the protocol map", () => {
    const scram = loadBrokerConfig({ file: seed("seed-000-sasl-scram") });
    assert.deepEqual(scram.warnings, []);
    assert.deepEqual(scram.config.get("sasl.enabled.mechanisms"), ["SCRAM-SHA-512"]);
    assert.deepEqual(scram.config.listeners.map((l) => l.securityProtocol), ["SASL_PLAINTEXT", "SASL_SSL"]);
    assert.match(scram.notes.join("\n"), /sasl\.mechanism\.inter\.broker\.protocol is accepted and ignored/);

    const oauth = loadBrokerConfig({ file: seed("seed-000-oauth") });
    assert.deepEqual(oauth.warnings, []);
    assert.deepEqual(oauth.config.listeners.map((l) => [l.name, l.securityProtocol]), [["OAUTHBEARER", "SASL_PLAINTEXT"], ["SASL_SSL", "SASL_SSL"]]);
    assert.deepEqual(oauth.config.get("sasl.enabled.mechanisms"), ["OAUTHBEARER"]);
  });

  void test("000 SSL: secrets are hidden; a SASL listener without mechanisms gets Carebus's default with a note", () => {
    const { config, warnings, notes } = loadBrokerConfig({ file: seed("seed-000-ssl") });
    assert.deepEqual(warnings, []);
    assert.equal(config.get("ssl.client.auth"), "required");
    const password = config.get("ssl.keystore.password");
    assert.ok(password instanceof Password);
    assert.equal(password.value, "kafka-password");
    assert.doesNotMatch(config.toString() + JSON.stringify(config) + JSON.stringify(config.entries()), /kafka-password/);
    const entry = config.entries().find((e) => e.name === "ssl.keystore.password");
    assert.deepEqual([entry?.value, entry?.sensitive, entry?.source], [null, true, "STATIC_BROKER_CONFIG"]);
    assert.match(notes.join("\n"), /Listener SASL_SSL \(SASL_SSL\) offers SASL SCRAM-SHA-256, SCRAM-SHA-512/);
  });

  void test("000 ACLs and request logging", () => {
    const acl = loadBrokerConfig({ file: seed("seed-000-acl") });
    assert.deepEqual(acl.warnings, []);
    assert.deepEqual(acl.config.superUsers, ["User:admin", "User:kafka"]);
    assert.match(acl.notes.join("\n"), /AclAuthorizer: Carebus's built-in authorizer enforces Kafka's ACL model/);

    const logging = loadBrokerConfig({ file: seed("seed-000-request-logging") });
    assert.deepEqual([logging.warnings, logging.notes], [[], []]);
    assert.equal(logging.config.get("log.message.timestamp.type"), "LogAppendTime");
    assert.equal(logging.config.get("log.message.timestamp.difference.max.ms"), 5000n);
  });

  void test("004 authentication: per-listener JAAS configs pass through; ${file:...} without config.providers is reported, not resolved", () => {
    const { config, warnings } = loadBrokerConfig({ file: seed("seed-004-authentication") });
    assert.equal(warnings.length, 2);
    for (const w of warnings) assert.match(w, /refers to config provider 'file'.*config\.providers is not set, so the text is used as it is/);
    assert.match(config.listenerConfig("SASL_SSL", "sasl.jaas.config", "PLAIN") ?? "", /^org\.apache\.kafka\.common\.security\.plain\.PlainLoginModule required username="admin" /);
    assert.match(config.listenerConfig("sasl_ssl", "sasl.server.callback.handler.class", "OAUTHBEARER") ?? "", /HealthcareOAuthBearerValidatorCallbackHandler;$/);
    assert.equal(config.listenerConfig("PLAINTEXT", "sasl.jaas.config"), undefined);
    assert.equal(config.originalsWithPrefix("listener.name.sasl_ssl.").size, 3);
  });

  void test("004 authorization: a Java authorizer class is replaced by the built-in one; unknown keys warn like Kafka", () => {
    const { warnings, notes } = loadBrokerConfig({ file: seed("seed-004-authorization") });
    assert.match(notes.join("\n"), /HealthcareAuthorizer is a Java class Carebus cannot load/);
    assert.equal(warnings.length, 7);
    assert.equal(warnings[0], "The configuration 'healthcare.authorizer.permission.store' was supplied but isn't a known config.");
  });

  void test("004 encryption: TLS settings parse; provider references in passwords warn without showing the value", () => {
    const { config, warnings } = loadBrokerConfig({ file: seed("seed-004-encryption") });
    assert.deepEqual(config.get("ssl.enabled.protocols"), ["TLSv1.2", "TLSv1.3"]);
    assert.equal(config.get("ssl.cipher.suites")?.length, 3);
    assert.deepEqual(warnings.map((w) => w.split(" ")[0]), ["ssl.keystore.password", "ssl.key.password", "ssl.truststore.password"]);
    for (const w of warnings) assert.doesNotMatch(w, /keystore_password|key_password|truststore_password/);
  });
});

void describe("precedence: file < environment < flags", () => {
  const text = "num.partitions=2\nlog.retention.hours=10\nlog.segment.bytes=1000\n";

  void test("each later source wins for the keys it sets", () => {
    const { config } = load(text, {
      env: { CAREBUS_LOG_RETENTION_HOURS: "24", CAREBUS_LOG_SEGMENT_BYTES: "2000" },
      overrides: { "log.segment.bytes": "3000" },
    });
    assert.equal(config.get("num.partitions"), 2);
    assert.equal(config.get("log.retention.hours"), 24);
    assert.equal(config.get("log.segment.bytes"), 3000);
    assert.deepEqual(config.supplied("log.segment.bytes")?.origin, { kind: "override" });
  });

  void test("--data-dir sets log.dirs, and an explicit --override log.dirs wins over it", () => {
    assert.deepEqual(loadBrokerConfig({ dataDir: "/srv/carebus" }).config.logDirs, ["/srv/carebus"]);
    assert.deepEqual(load("log.dirs=/a,/b\n").config.logDirs, ["/a", "/b"]);
    assert.deepEqual(load("log.dir=/c\n").config.logDirs, ["/c"]);
    assert.deepEqual(loadBrokerConfig({ dataDir: "/x", overrides: { "log.dirs": "/y" } }).config.logDirs, ["/y"]);
  });
});

void describe("bad values stop start-up with the key and the reason", () => {
  void test("in the file, Kafka's wording plus the line", () => {
    rejects(() => load("# x\nnum.partitions=abc\n"), "num.partitions", /^Invalid value abc for configuration num\.partitions: Not a number of type INT \(set in .*server-\d+\.properties line 2\)$/);
    rejects(() => load("num.partitions=0\n"), "num.partitions", /Value must be at least 1/);
    rejects(() => load("compression.type=brotli\n"), "compression.type", /String must be one of: uncompressed, zstd, lz4, snappy, gzip, producer/);
    rejects(() => load("auto.create.topics.enable=yes\n"), "auto.create.topics.enable", /Expected value to be either true or false/);
  });

  void test("from the environment and from flags, naming where", () => {
    rejects(() => loadBrokerConfig({ env: { CAREBUS_NUM_PARTITIONS: "many" } }), "num.partitions", /set by environment variable CAREBUS_NUM_PARTITIONS/);
    rejects(() => loadBrokerConfig({ overrides: { "message.max.bytes": "-5" } }), "message.max.bytes", /Value must be at least 0 \(set by --override\)/);
  });

  void test("cross-key checks", () => {
    rejects(() => load("broker.id=1\nnode.id=2\n"), "node.id", /You must set `node.id` to the same value as `broker.id`/);
    rejects(() => load("listeners=PLAINTEXT://:9092\nadvertised.listeners=SSL://h:9093\n"), "advertised.listeners", /must be equal to or a subset/);
    rejects(() => load("advertised.listeners=PLAINTEXT://0.0.0.0:9092\n"), "advertised.listeners", /nonroutable meta-address 0\.0\.0\.0/);
    rejects(() => load("inter.broker.listener.name=REPLICATION\n"), "inter.broker.listener.name", /not found in listener\.security\.protocol\.map/);
    rejects(() => load("listeners=INTERNAL://:9093\n"), "listeners", /No security protocol defined for listener INTERNAL/);
    rejects(() => load("super.users=admin\n"), "super.users", /principalType:principalName/);
    rejects(() => load("carebus.rest.port=9092\n"), "carebus.rest.port", /already used by listener PLAINTEXT/);
    rejects(() => load("listeners=SASL_SSL://:9093\nsasl.enabled.mechanisms=GSSAPI\n"), "sasl.enabled.mechanisms", /does not implement GSSAPI/);
    rejects(() => load("sasl.enabled.mechanisms=PLAIN,NTLM\n"), "sasl.enabled.mechanisms", /Invalid value NTLM/);
    rejects(() => load("log.cleaner.threads=4\nlog.cleaner.dedupe.buffer.size=4194304\n"), "log.cleaner.dedupe.buffer.size", /at least 1MB per cleaner thread/);
    assert.equal(load("log.cleaner.threads=2\nlog.cleaner.dedupe.buffer.size=4194304\n").config.get("log.cleaner.dedupe.buffer.size"), 4194304n);
  });

  void test("per-listener overrides of known keys are validated too", () => {
    rejects(() => load("listener.name.ssl.ssl.client.auth=always\n"), "listener.name.ssl.ssl.client.auth", /^Invalid value always for configuration listener\.name\.ssl\.ssl\.client\.auth: String must be one of/);
    const { config } = load("listeners=SSL://:9093\nlistener.name.ssl.ssl.client.auth=requested\n");
    assert.equal(config.forListener("SSL", "ssl.client.auth"), "requested");
    assert.equal(config.get("ssl.client.auth"), "none");
  });
});

void describe("retention and roll precedence", () => {
  void test("log.retention.ms > minutes > hours; any negative is unlimited", () => {
    assert.equal(load("log.retention.hours=24\n").config.logRetentionMs, 86400000n);
    assert.equal(load("log.retention.hours=24\nlog.retention.minutes=30\n").config.logRetentionMs, 1800000n);
    assert.equal(load("log.retention.hours=24\nlog.retention.minutes=30\nlog.retention.ms=1234\n").config.logRetentionMs, 1234n);
    assert.equal(load("log.retention.ms=-1\n").config.logRetentionMs, -1n);
    assert.equal(load("log.retention.hours=-1\n").config.logRetentionMs, -1n);
    rejects(() => load("log.retention.ms=0\n"), "log.retention.ms", /unlimited \(-1\) or, greater than or equal to 1/);
    rejects(() => load("log.retention.minutes=0\n"), "log.retention.minutes", /unlimited/);
  });

  void test("log.roll.ms > log.roll.hours; log.flush.interval.ms > scheduler interval", () => {
    assert.equal(load("log.roll.hours=2\n").config.logRollMs, 7200000n);
    assert.equal(load("log.roll.hours=2\nlog.roll.ms=500\n").config.logRollMs, 500n);
    assert.equal(load("log.flush.scheduler.interval.ms=3000\n").config.logFlushIntervalMs, 3000n);
    assert.equal(load("log.flush.scheduler.interval.ms=3000\nlog.flush.interval.ms=1000\n").config.logFlushIntervalMs, 1000n);
    rejects(() => load("log.roll.ms=0\n"), "log.roll.ms", /at least 1/);
  });
});

void describe("known, ignored and unknown keys", () => {
  void test("ignored keys are noted and not validated; prefixes cover families", () => {
    const { warnings, notes } = load("num.io.threads=lots\nreplica.lag.time.max.ms=1\ncontroller.quorum.voters=1@h:9093\nconfluent.license=x\n");
    assert.deepEqual(warnings, []);
    assert.equal(notes.length, 4);
    assert.match(notes[1] ?? "", /^replica\.lag\.time\.max\.ms is accepted and ignored: one node has no followers\.$/);
  });

  void test("listener.name.*, sasl.* and ssl.* pass silently; other unknown keys warn", () => {
    const { warnings } = load("listener.name.x.anything=1\nsasl.login.refresh.window.factor=0.8\nssl.something.new=1\ncarebus.rest.prot=1\nretention.ms=5\n");
    assert.deepEqual(warnings, [
      "The configuration 'carebus.rest.prot' was supplied but isn't a known config.",
      "The configuration 'retention.ms' was supplied but isn't a known config.",
    ]);
  });

  void test("a KRaft controller listener is left out with a note", () => {
    const { config, notes } = load(
      "process.roles=broker,controller\nnode.id=1\ncontroller.listener.names=CONTROLLER\n" +
        "listeners=PLAINTEXT://:9092,CONTROLLER://:9093\nlistener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT\n",
    );
    assert.deepEqual(config.listeners.map((l) => l.name), ["PLAINTEXT"]);
    assert.match(notes.join("\n"), /controller listener CONTROLLER in listeners is not opened/);
  });

  void test("a secret keeps its ' #' (Java does) with a warning; a key set twice warns", () => {
    const { config, warnings, notes } = load("ssl.key.password=abc #def\nnum.partitions=2\nnum.partitions=3\n");
    assert.equal(config.get("ssl.key.password")?.value, "abc #def");
    assert.equal(config.get("num.partitions"), 3);
    assert.match(warnings[0] ?? "", /^ssl\.key\.password .* contains " #"; as in Java it is kept/);
    assert.match(warnings[1] ?? "", /^num\.partitions is set twice .*lines 2 and 3/);
    assert.deepEqual(notes, []);
  });

  void test("a missing file is an error naming the path", () => {
    assert.throws(() => loadBrokerConfig({ file: join(dir, "nope.properties") }), /Cannot read the configuration file .*nope\.properties/);
  });
});

void describe("DescribeConfigs rows", () => {
  void test("every known key, STATIC_BROKER_CONFIG when supplied, Kafka's string forms", () => {
    const entries = load("num.partitions=4\n").config.entries();
    const byName = new Map(entries.map((e) => [e.name, e]));
    assert.deepEqual(byName.get("num.partitions"), { name: "num.partitions", value: "4", source: "STATIC_BROKER_CONFIG", sensitive: false, readOnly: true, type: "int", doc: byName.get("num.partitions")?.doc });
    assert.equal(byName.get("log.cleaner.min.cleanable.ratio")?.value, "0.5");
    assert.equal(byName.get("log.flush.interval.messages")?.value, "9223372036854775807");
    assert.equal(byName.get("log.retention.ms")?.value, null);
    assert.equal(byName.get("log.retention.ms")?.source, "DEFAULT_CONFIG");
  });
});
