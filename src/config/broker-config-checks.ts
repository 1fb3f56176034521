// Checks across broker keys and the values Kafka derives from several of them
// (KafkaConfig's validateValues and its computed getters), adapted to one node:
// replication above 1 is clamped with a note, KRaft controller listeners are dropped,
// and a SASL listener must offer a mechanism Carebus implements.

import { parseType, type ConfigValue } from "./config-def.js";
import { ConfigError } from "./config-error.js";
import { describeOrigin, type SuppliedConfig } from "./config-origin.js";
import { parseListeners, parseSecurityProtocolMap, type Listener, type SecurityProtocol } from "./listeners.js";

export interface DerivedBrokerConfig {
  readonly nodeId: number;
  readonly listeners: readonly Listener[];
  readonly advertisedListeners: readonly Listener[];
  readonly securityProtocolMap: ReadonlyMap<string, SecurityProtocol>;
  readonly logDirs: readonly string[];
  readonly logRetentionMs: bigint;
  readonly logRollMs: bigint;
  readonly logRollJitterMs: bigint;
  readonly logFlushIntervalMs: bigint;
  readonly superUsers: readonly string[];
}

const HOUR_MS = 3_600_000n;
const MINUTE_MS = 60_000n;
const KNOWN_AUTHORIZERS = new Set([
  "kafka.security.authorizer.AclAuthorizer",
  "org.apache.kafka.metadata.authorizer.StandardAuthorizer",
  "kafka.security.auth.SimpleAclAuthorizer",
]);
const CAREBUS_PORTS = ["carebus.schema.registry.port", "carebus.rest.port", "carebus.connect.port", "carebus.console.port"] as const;
const REPLICATION_FACTORS = ["default.replication.factor", "offsets.topic.replication.factor", "transaction.state.log.replication.factor"];
const MIN_ISRS = ["min.insync.replicas", "transaction.state.log.min.isr"];

/** Derives and cross-checks; clamps replication in `values`. Throws ConfigError naming the key. */
export function checkBrokerConfig(
  values: Map<string, ConfigValue | null>,
  supplied: ReadonlyMap<string, SuppliedConfig>,
  notes: string[],
  warnings: string[],
): DerivedBrokerConfig {
  const fail = (key: string, message: string): ConfigError => {
    const s = supplied.get(key);
    return new ConfigError(key, s === undefined ? message : `${message} (${describeOrigin(s.origin)})`);
  };
  const wrap = <T>(f: () => T): T => {
    try {
      return f();
    } catch (e) {
      if (e instanceof ConfigError) throw fail(e.key, e.message);
      throw e;
    }
  };
  const str = (name: string): string | null => values.get(name) as string | null;
  const int = (name: string): number | null => values.get(name) as number | null;
  const long = (name: string): bigint | null => values.get(name) as bigint | null;

  const brokerId = int("broker.id") ?? 1;
  const nodeId = int("node.id");
  if (nodeId !== null && supplied.has("broker.id") && nodeId !== brokerId) {
    throw fail("node.id", "You must set `node.id` to the same value as `broker.id`.");
  }

  const securityProtocolMap = wrap(() => parseSecurityProtocolMap(str("listener.security.protocol.map") ?? ""));
  const controllerNames = new Set(
    (supplied.get("controller.listener.names")?.raw ?? "").split(",").map((n) => n.trim().toUpperCase()).filter((n) => n !== ""),
  );
  const withoutControllers = (key: string): string => {
    const entries = (str(key) ?? "").split(",").map((e) => e.trim()).filter((e) => e !== "");
    const kept = entries.filter((e) => !controllerNames.has(e.slice(0, Math.max(0, e.indexOf("://"))).toUpperCase()));
    if (kept.length < entries.length && key === "listeners") {
      notes.push(`The KRaft controller listener ${[...controllerNames].join(",")} in listeners is not opened: there is no controller quorum.`);
    }
    return kept.join(",");
  };
  const listeners = wrap(() => parseListeners(withoutControllers("listeners"), securityProtocolMap, { key: "listeners" }));
  if (listeners.length === 0) throw fail("listeners", "Invalid value for configuration listeners: at least one listener is required");
  let advertisedListeners: readonly Listener[] = listeners;
  if (str("advertised.listeners") !== null) {
    advertisedListeners = wrap(() =>
      parseListeners(withoutControllers("advertised.listeners"), securityProtocolMap, { key: "advertised.listeners", requireDistinctPorts: false }),
    );
    const names = new Set(listeners.map((l) => l.name));
    if (!advertisedListeners.every((l) => names.has(l.name))) {
      throw fail(
        "advertised.listeners",
        `advertised.listeners listener names must be equal to or a subset of the ones defined in listeners. Found ${advertisedListeners.map((l) => l.name).join(",")}. The valid options based on the current configuration are ${[...names].join(",")}`,
      );
    }
  }
  if (advertisedListeners.some((l) => l.host === "0.0.0.0")) {
    throw fail("advertised.listeners", "advertised.listeners cannot use the nonroutable meta-address 0.0.0.0. Use a routable IP address.");
  }
  const interBroker = str("inter.broker.listener.name");
  if (interBroker !== null && !securityProtocolMap.has(interBroker.toUpperCase())) {
    throw fail(
      "inter.broker.listener.name",
      `Listener with name ${interBroker.toUpperCase()} defined in inter.broker.listener.name not found in listener.security.protocol.map.`,
    );
  }

  const logDirs = (str("log.dirs") ?? str("log.dir") ?? "").split(",").map((d) => d.trim()).filter((d) => d !== "");
  if (logDirs.length === 0) throw fail(supplied.has("log.dirs") ? "log.dirs" : "log.dir", "At least one log directory must be defined via log.dirs or log.dir.");

  // KafkaConfig.logRetentionTimeMillis: ms > minutes > hours; any negative means unlimited.
  const retentionKey = long("log.retention.ms") !== null ? "log.retention.ms" : int("log.retention.minutes") !== null ? "log.retention.minutes" : "log.retention.hours";
  let logRetentionMs =
    long("log.retention.ms") ?? (int("log.retention.minutes") !== null ? BigInt(int("log.retention.minutes") ?? 0) * MINUTE_MS : BigInt(int("log.retention.hours") ?? 168) * HOUR_MS);
  if (logRetentionMs < 0n) logRetentionMs = -1n;
  if (logRetentionMs === 0n) {
    throw fail(retentionKey, `Invalid value 0 for configuration ${retentionKey}: log.retention.ms must be unlimited (-1) or, greater than or equal to 1`);
  }
  const logRollMs = long("log.roll.ms") ?? BigInt(int("log.roll.hours") ?? 168) * HOUR_MS;
  if (logRollMs < 1n) throw fail("log.roll.ms", `Invalid value ${logRollMs} for configuration log.roll.ms: Value must be at least 1`);
  const logRollJitterMs = long("log.roll.jitter.ms") ?? BigInt(int("log.roll.jitter.hours") ?? 0) * HOUR_MS;
  if (logRollJitterMs < 0n) throw fail("log.roll.jitter.ms", `Invalid value ${logRollJitterMs} for configuration log.roll.jitter.ms: Value must be at least 0`);
  const logFlushIntervalMs = long("log.flush.interval.ms") ?? long("log.flush.scheduler.interval.ms") ?? 2n ** 63n - 1n;
  const cleanerThreads = BigInt(int("log.cleaner.threads") ?? 1);
  const dedupeBufferSize = long("log.cleaner.dedupe.buffer.size") ?? 134217728n;
  if (cleanerThreads > 0n && dedupeBufferSize / cleanerThreads <= 1024n * 1024n) {
    throw fail("log.cleaner.dedupe.buffer.size", "log.cleaner.dedupe.buffer.size must be at least 1MB per cleaner thread.");
  }

  for (const name of [...REPLICATION_FACTORS, ...MIN_ISRS]) {
    const v = int(name) ?? 1;
    if (v <= 1) continue;
    values.set(name, 1);
    notes.push(
      REPLICATION_FACTORS.includes(name)
        ? `${name}=${v} is clamped to 1: Carebus is a single node, so every partition has exactly one replica. acks=all is answered once the batch is fsynced on this node.`
        : `${name}=${v} is clamped to 1: a single node is the only in-sync replica. acks=all is answered once the batch is fsynced on this node, which is the durability this setting asks for.`,
    );
  }

  for (const l of listeners.filter((l) => l.securityProtocol.startsWith("SASL_"))) {
    const key = supplied.has(`listener.name.${l.name.toLowerCase()}.sasl.enabled.mechanisms`)
      ? `listener.name.${l.name.toLowerCase()}.sasl.enabled.mechanisms`
      : "sasl.enabled.mechanisms";
    const raw = supplied.get(key)?.raw;
    if (raw === undefined) {
      notes.push(`Listener ${l.name} (${l.securityProtocol}) offers SASL ${(values.get("sasl.enabled.mechanisms") as readonly string[]).join(", ")}, Carebus's default for sasl.enabled.mechanisms (Kafka's default, GSSAPI, needs Kerberos).`);
    }
    const mechanisms = raw === undefined ? (values.get("sasl.enabled.mechanisms") as readonly string[]) : (parseType(key, raw, "list") as readonly string[]);
    if (!mechanisms.some((m) => m !== "GSSAPI")) {
      throw fail(key, `Invalid value ${mechanisms.join(",")} for configuration ${key}: listener ${l.name} uses ${l.securityProtocol} but Carebus does not implement GSSAPI (Kerberos); enable PLAIN, SCRAM-SHA-256, SCRAM-SHA-512 or OAUTHBEARER`);
    }
    if (mechanisms.includes("GSSAPI")) warnings.push(`${key}: GSSAPI (Kerberos) is not implemented by Carebus; listener ${l.name} offers ${mechanisms.filter((m) => m !== "GSSAPI").join(", ")}.`);
  }

  const authorizer = str("authorizer.class.name") ?? "";
  if (authorizer !== "") {
    notes.push(
      KNOWN_AUTHORIZERS.has(authorizer)
        ? `authorizer.class.name=${authorizer}: Carebus's built-in authorizer enforces Kafka's ACL model.`
        : `authorizer.class.name=${authorizer} is a Java class Carebus cannot load; Carebus's built-in authorizer enforces Kafka's ACL model instead.`,
    );
  }
  const superUsers = (str("super.users") ?? "").split(";").map((u) => u.trim()).filter((u) => u !== "");
  for (const u of superUsers) {
    if (u.indexOf(":") <= 0) throw fail("super.users", `Invalid value ${str("super.users")} for configuration super.users: expected a string in format principalType:principalName but got ${u}`);
  }

  const used = new Map<number, string>(listeners.filter((l) => l.port !== 0).map((l) => [l.port, `listener ${l.name}`]));
  for (const name of CAREBUS_PORTS) {
    const p = int(name) ?? 0;
    const owner = used.get(p);
    if (p !== 0 && owner !== undefined) throw fail(name, `Invalid value ${p} for configuration ${name}: port ${p} is already used by ${owner}`);
    if (p !== 0) used.set(p, name);
  }

  return { nodeId: nodeId ?? brokerId, listeners, advertisedListeners, securityProtocolMap, logDirs, logRetentionMs, logRollMs, logRollJitterMs, logFlushIntervalMs, superUsers };
}
