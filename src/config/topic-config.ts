// Topic-level configuration under Kafka's names (LogConfig), the Confluent schema
// validation keys, and Carebus's healthcare keys. A topic without an override takes
// the broker's value through Kafka's synonym table (ServerTopicConfigSynonyms:
// retention.ms ← log.retention.ms/minutes/hours, segment.bytes ← log.segment.bytes,
// max.message.bytes ← message.max.bytes, ...). `validateTopicConfigs` serves
// CreateTopics/AlterConfigs (a ConfigError becomes INVALID_CONFIG);
// `effectiveTopicConfig` is what DescribeConfigs and the log read.

import { BROKER_CONFIG_DEF, type BrokerConfig } from "./broker-config.js";
import { COMPRESSION_TYPES, type BrokerConfigName } from "./broker-config-keys.js";
import {
  atLeast, between, caseInsensitiveString, ConfigDef, define, formatValue, validator, validList, validString,
  type ConfigSource, type ConfigType, type ConfigValue, type ValueOfKey,
} from "./config-def.js";
import { ConfigError } from "./config-error.js";

const LONG_MAX = 2n ** 63n - 1n;
const topic = "topic" as const;
const STRATEGIES = ["TopicNameStrategy", "RecordNameStrategy", "TopicRecordNameStrategy"].map((s) => `io.confluent.kafka.serializers.subject.${s}`);
export const DATA_CLASSIFICATIONS = ["PHI", "deidentified", "public"] as const;
export type DataClassification = (typeof DATA_CLASSIFICATIONS)[number];

const gzipLevel = validator("[1,...,9] or -1", (v) =>
  typeof v === "number" && (v > 9 || (v < 1 && v !== -1)) ? "Value must be between 1 and 9 or equal to -1" : undefined,
);

export const TOPIC_CONFIG_KEYS = [
  define({ name: "cleanup.policy", type: "list", default: ["delete"], validator: validList("compact", "delete"), importance: "medium", scope: topic, dynamic: true, doc: "delete (by retention), compact (keep the last record per key), or both." }),
  define({ name: "compression.type", type: "string", default: "producer", validator: validString(...COMPRESSION_TYPES), importance: "medium", scope: topic, dynamic: true, doc: "Final compression of stored batches; producer keeps the client's." }),
  define({ name: "compression.gzip.level", type: "int", default: -1, validator: gzipLevel, importance: "medium", scope: topic, dynamic: true, doc: "gzip level when the broker recompresses." }),
  define({ name: "compression.lz4.level", type: "int", default: 9, validator: between(1, 17), importance: "medium", scope: topic, dynamic: true, doc: "lz4 level when the broker recompresses." }),
  define({ name: "compression.zstd.level", type: "int", default: 3, validator: between(-131072, 22), importance: "medium", scope: topic, dynamic: true, doc: "zstd level when the broker recompresses." }),
  define({ name: "delete.retention.ms", type: "long", default: 86400000n, validator: atLeast(0), importance: "medium", scope: topic, dynamic: true, doc: "How long tombstones stay readable in a compacted topic." }),
  define({ name: "file.delete.delay.ms", type: "long", default: 60000n, validator: atLeast(0), importance: "medium", scope: topic, dynamic: true, doc: "How long a deleted segment lingers before its files are removed." }),
  define({ name: "flush.messages", type: "long", default: LONG_MAX, validator: atLeast(1), importance: "medium", scope: topic, dynamic: true, doc: "fsync after this many records (acks=0/1)." }),
  define({ name: "flush.ms", type: "long", default: LONG_MAX, validator: atLeast(0), importance: "medium", scope: topic, dynamic: true, doc: "fsync data older than this (acks=0/1)." }),
  define({ name: "index.interval.bytes", type: "int", default: 4096, validator: atLeast(0), importance: "medium", scope: topic, dynamic: true, doc: "Bytes between offset-index entries." }),
  define({ name: "max.compaction.lag.ms", type: "long", default: LONG_MAX, validator: atLeast(1), importance: "medium", scope: topic, dynamic: true, doc: "Maximum age of a record before it must be compacted." }),
  define({ name: "max.message.bytes", type: "int", default: 1048588, validator: atLeast(0), importance: "medium", scope: topic, dynamic: true, doc: "Largest record batch accepted (after compression)." }),
  define({ name: "message.timestamp.type", type: "string", default: "CreateTime", validator: validString("CreateTime", "LogAppendTime"), importance: "medium", scope: topic, dynamic: true, doc: "Producer's timestamps (CreateTime) or the broker's (LogAppendTime)." }),
  define({ name: "message.timestamp.difference.max.ms", type: "long", default: LONG_MAX, validator: atLeast(0), importance: "medium", scope: topic, dynamic: true, doc: "Deprecated by KIP-937; used when the before/after bounds are left at their defaults." }),
  define({ name: "message.timestamp.before.max.ms", type: "long", default: LONG_MAX, validator: atLeast(0), importance: "medium", scope: topic, dynamic: true, doc: "How far in the past a CreateTime timestamp may be." }),
  define({ name: "message.timestamp.after.max.ms", type: "long", default: LONG_MAX, validator: atLeast(0), importance: "medium", scope: topic, dynamic: true, doc: "How far in the future a CreateTime timestamp may be." }),
  define({ name: "min.cleanable.dirty.ratio", type: "double", default: 0.5, validator: between(0, 1), importance: "medium", scope: topic, dynamic: true, doc: "Dirty ratio above which the log is compacted." }),
  define({ name: "min.compaction.lag.ms", type: "long", default: 0n, validator: atLeast(0), importance: "medium", scope: topic, dynamic: true, doc: "Minimum age of a record before it may be compacted." }),
  define({ name: "min.insync.replicas", type: "int", default: 1, validator: atLeast(1), importance: "medium", scope: topic, dynamic: true, doc: "Replicas that must have a batch for acks=all; Carebus has one." }),
  define({ name: "preallocate", type: "boolean", default: false, importance: "medium", scope: topic, dynamic: true, doc: "Accepted for compatibility; segments grow as written." }),
  define({ name: "retention.bytes", type: "long", default: -1n, importance: "medium", scope: topic, dynamic: true, doc: "Largest size of a partition before old segments are deleted; -1 means no limit." }),
  define({ name: "retention.ms", type: "long", default: 604800000n, validator: atLeast(-1), importance: "medium", scope: topic, dynamic: true, doc: "How long records are kept; -1 keeps them forever." }),
  define({ name: "segment.bytes", type: "int", default: 1073741824, validator: atLeast(14), importance: "medium", scope: topic, dynamic: true, doc: "Size at which a new segment is rolled." }),
  define({ name: "segment.index.bytes", type: "int", default: 10485760, validator: atLeast(4), importance: "medium", scope: topic, dynamic: true, doc: "Largest offset index of a segment." }),
  define({ name: "segment.jitter.ms", type: "long", default: 0n, validator: atLeast(0), importance: "medium", scope: topic, dynamic: true, doc: "Random jitter subtracted from segment.ms." }),
  define({ name: "segment.ms", type: "long", default: 604800000n, validator: atLeast(1), importance: "medium", scope: topic, dynamic: true, doc: "Age at which a new segment is rolled." }),
  define({ name: "unclean.leader.election.enable", type: "boolean", default: false, importance: "medium", scope: topic, dynamic: true, doc: "Accepted for compatibility; one replica is always the leader." }),
  define({ name: "leader.replication.throttled.replicas", type: "list", default: [], importance: "medium", scope: topic, dynamic: true, doc: "Accepted for compatibility; there is no replication to throttle." }),
  define({ name: "follower.replication.throttled.replicas", type: "list", default: [], importance: "medium", scope: topic, dynamic: true, doc: "Accepted for compatibility; there is no replication to throttle." }),
  define({ name: "confluent.key.schema.validation", type: "boolean", default: false, importance: "medium", scope: topic, dynamic: true, doc: "Reject records whose key is not framed with a registered schema id." }),
  define({ name: "confluent.value.schema.validation", type: "boolean", default: false, importance: "medium", scope: topic, dynamic: true, doc: "Reject records whose value is not framed with a registered schema id." }),
  define({ name: "confluent.key.subject.name.strategy", type: "class", default: STRATEGIES[0] ?? "", validator: validString(...STRATEGIES), importance: "medium", scope: topic, dynamic: true, doc: "How the key subject is named for validation." }),
  define({ name: "confluent.value.subject.name.strategy", type: "class", default: STRATEGIES[0] ?? "", validator: validString(...STRATEGIES), importance: "medium", scope: topic, dynamic: true, doc: "How the value subject is named for validation." }),
  define({ name: "carebus.value.schema.validation", type: "string", default: "false", validator: caseInsensitiveString("false", "true", "full"), importance: "medium", scope: topic, dynamic: true, doc: "true: as confluent.value.schema.validation; full: also decode each value against its schema (Avro, JSON Schema, Protobuf)." }),
  define({ name: "carebus.data.classification", type: "string", default: "public", validator: caseInsensitiveString(...DATA_CLASSIFICATIONS), importance: "high", scope: topic, dynamic: true, doc: "PHI, deidentified or public. Unset: PHI when the name starts with a carebus.classification.phi.prefixes entry, else public." }),
  define({ name: "carebus.encryption.enable", type: "boolean", default: false, importance: "high", scope: topic, dynamic: true, doc: "Encrypt this topic's segment data at rest (AES-256-GCM per batch); batches already written keep their form." }),
  define({ name: "carebus.encryption.key.id", type: "string", default: null, importance: "medium", scope: topic, dynamic: true, doc: "Id of the key that encrypts this topic's new writes; unset means carebus.encryption.active.key.id." }),
] as const;

export type TopicConfigKey = (typeof TOPIC_CONFIG_KEYS)[number];
export type TopicConfigName = TopicConfigKey["name"];
export type TopicConfigValue<N extends TopicConfigName> = ValueOfKey<Extract<TopicConfigKey, { name: N }>>;
export type TopicConfigValues = { readonly [N in TopicConfigName]?: TopicConfigValue<N> };

export const TOPIC_CONFIG_DEF = new ConfigDef<TopicConfigKey>(TOPIC_CONFIG_KEYS);

interface BrokerDefault {
  /** Broker keys that supply the default, most specific first (DescribeConfigs synonyms). */
  readonly synonyms: readonly BrokerConfigName[];
  readonly value: (broker: BrokerConfig, topicName: string | undefined) => ConfigValue | null;
}
const same = (name: BrokerConfigName): BrokerDefault => ({ synonyms: [name], value: (b) => b.get(name) });

/** Kafka's ServerTopicConfigSynonyms, plus the classification prefixes. */
const BROKER_DEFAULTS: Partial<Record<TopicConfigName, BrokerDefault>> = {
  "cleanup.policy": same("log.cleanup.policy"),
  "compression.type": same("compression.type"),
  "compression.gzip.level": same("compression.gzip.level"),
  "compression.lz4.level": same("compression.lz4.level"),
  "compression.zstd.level": same("compression.zstd.level"),
  "delete.retention.ms": same("log.cleaner.delete.retention.ms"),
  "file.delete.delay.ms": same("log.segment.delete.delay.ms"),
  "flush.messages": same("log.flush.interval.messages"),
  "flush.ms": { synonyms: ["log.flush.interval.ms", "log.flush.scheduler.interval.ms"], value: (b) => b.logFlushIntervalMs },
  "index.interval.bytes": same("log.index.interval.bytes"),
  "max.compaction.lag.ms": same("log.cleaner.max.compaction.lag.ms"),
  "max.message.bytes": same("message.max.bytes"),
  "message.timestamp.type": same("log.message.timestamp.type"),
  "message.timestamp.difference.max.ms": same("log.message.timestamp.difference.max.ms"),
  "message.timestamp.before.max.ms": same("log.message.timestamp.before.max.ms"),
  "message.timestamp.after.max.ms": same("log.message.timestamp.after.max.ms"),
  "min.cleanable.dirty.ratio": same("log.cleaner.min.cleanable.ratio"),
  "min.compaction.lag.ms": same("log.cleaner.min.compaction.lag.ms"),
  "min.insync.replicas": same("min.insync.replicas"),
  "retention.bytes": same("log.retention.bytes"),
  "retention.ms": { synonyms: ["log.retention.ms", "log.retention.minutes", "log.retention.hours"], value: (b) => b.logRetentionMs },
  "segment.bytes": same("log.segment.bytes"),
  "segment.index.bytes": same("log.index.size.max.bytes"),
  "segment.jitter.ms": { synonyms: ["log.roll.jitter.ms", "log.roll.jitter.hours"], value: (b) => b.logRollJitterMs },
  "segment.ms": { synonyms: ["log.roll.ms", "log.roll.hours"], value: (b) => b.logRollMs },
  "unclean.leader.election.enable": same("unclean.leader.election.enable"),
  "carebus.encryption.enable": same("carebus.encryption.enable"),
  "carebus.encryption.key.id": same("carebus.encryption.active.key.id"),
  "carebus.data.classification": {
    synonyms: ["carebus.classification.phi.prefixes", "carebus.classification.deidentified.prefixes"],
    value: (b, name) => {
      if (name === undefined) return "public";
      if (b.get("carebus.classification.phi.prefixes").some((p) => name.startsWith(p))) return "PHI";
      return b.get("carebus.classification.deidentified.prefixes").some((p) => name.startsWith(p)) ? "deidentified" : "public";
    },
  },
};

/**
 * Parses and validates topic configs as given to CreateTopics or AlterConfigs (for
 * AlterConfigs pass the topic's resulting full set of overrides, so cross-checks see
 * both sides). Throws ConfigError naming the key; the handler answers INVALID_CONFIG.
 */
export function validateTopicConfigs(entries: Readonly<Record<string, string>>): TopicConfigValues {
  const out: Record<string, ConfigValue> = {};
  for (const [name, raw] of Object.entries(entries)) {
    if (!TOPIC_CONFIG_DEF.has(name)) throw new ConfigError(name, `Unknown topic config name: ${name}`);
    out[name] = canonical(name, TOPIC_CONFIG_DEF.parse(name, raw));
  }
  const minLag = (out["min.compaction.lag.ms"] as bigint | undefined) ?? 0n;
  const maxLag = (out["max.compaction.lag.ms"] as bigint | undefined) ?? LONG_MAX;
  if (minLag > maxLag) {
    throw new ConfigError("min.compaction.lag.ms", `conflict topic config setting min.compaction.lag.ms (${minLag}) > max.compaction.lag.ms (${maxLag})`);
  }
  return out;
}

/** "phi" → "PHI": the classification is compared by the authorizer, so store one spelling. */
function canonical(name: string, value: ConfigValue): ConfigValue {
  if (name !== "carebus.data.classification" || typeof value !== "string") return value;
  return DATA_CLASSIFICATIONS.find((c) => c.toLowerCase() === value.toLowerCase()) ?? value;
}

export interface ConfigSynonym {
  readonly name: string;
  readonly value: string | null;
  readonly source: ConfigSource;
}

export interface TopicConfigEntry {
  readonly name: TopicConfigName;
  readonly value: ConfigValue | null;
  /** Kafka's string form for DescribeConfigs; null when unset or sensitive. */
  readonly valueString: string | null;
  readonly source: ConfigSource;
  readonly sensitive: boolean;
  readonly readOnly: boolean;
  readonly type: ConfigType;
  readonly doc: string;
  /** Where the value could come from, most specific first (DescribeConfigs include_synonyms). */
  readonly synonyms: readonly ConfigSynonym[];
}

export class EffectiveTopicConfig {
  readonly entries: readonly TopicConfigEntry[];
  readonly #byName: ReadonlyMap<string, TopicConfigEntry>;

  constructor(entries: readonly TopicConfigEntry[]) {
    this.entries = entries;
    this.#byName = new Map(entries.map((e) => [e.name, e]));
  }

  get<N extends TopicConfigName>(name: N): TopicConfigValue<N> {
    return (this.#byName.get(name)?.value ?? null) as TopicConfigValue<N>;
  }

  entry(name: TopicConfigName): TopicConfigEntry | undefined {
    return this.#byName.get(name);
  }

  /** Whether records must carry a registered value schema (either key name). */
  get valueSchemaValidation(): boolean {
    return this.get("confluent.value.schema.validation") || this.valueSchemaValidationMode !== "off";
  }

  /** carebus.value.schema.validation: "full" also decodes values against their schema. */
  get valueSchemaValidationMode(): "off" | "id" | "full" {
    const mode = this.get("carebus.value.schema.validation").toLowerCase();
    if (mode === "full") return "full";
    return mode === "true" || this.get("confluent.value.schema.validation") ? "id" : "off";
  }
}

/**
 * Every topic config with its value and source: the topic's override
 * (DYNAMIC_TOPIC_CONFIG), else the broker's setting (STATIC_BROKER_CONFIG), else the
 * default (DEFAULT_CONFIG). Stored overrides that this version does not know are skipped.
 */
export function effectiveTopicConfig(
  topicOverrides: Readonly<Record<string, string>>,
  broker: BrokerConfig,
  topicName?: string,
): EffectiveTopicConfig {
  const entries = [...TOPIC_CONFIG_DEF.keys].map((key): TopicConfigEntry => {
    const fromBroker = BROKER_DEFAULTS[key.name];
    const raw = topicOverrides[key.name];
    const setInBroker = fromBroker?.synonyms.filter((s) => broker.isSet(s)) ?? [];
    const synonyms: ConfigSynonym[] = [];
    for (const s of fromBroker?.synonyms ?? []) {
      const brokerKey = BROKER_CONFIG_DEF.get(s);
      if (brokerKey === undefined) continue;
      if (broker.isSet(s)) synonyms.push({ name: s, value: formatValue(broker.get(s), brokerKey.type), source: "STATIC_BROKER_CONFIG" });
      if (brokerKey.default !== null) synonyms.push({ name: s, value: formatValue(brokerKey.default, brokerKey.type), source: "DEFAULT_CONFIG" });
    }
    let value: ConfigValue | null;
    let source: ConfigSource;
    if (raw !== undefined) {
      value = canonical(key.name, TOPIC_CONFIG_DEF.parse(key.name, raw));
      source = "DYNAMIC_TOPIC_CONFIG";
      synonyms.unshift({ name: key.name, value: formatValue(value, key.type), source });
    } else if (fromBroker !== undefined) {
      value = fromBroker.value(broker, topicName);
      source = setInBroker.length > 0 ? "STATIC_BROKER_CONFIG" : "DEFAULT_CONFIG";
    } else {
      value = key.default;
      source = "DEFAULT_CONFIG";
    }
    const sensitive = (key.type as ConfigType) === "password"; // none today; kept for DescribeConfigs' contract
    return {
      name: key.name, value, valueString: sensitive ? null : formatValue(value, key.type), source, sensitive,
      readOnly: key.dynamic !== true, type: key.type, doc: key.doc, synonyms,
    };
  });
  return new EffectiveTopicConfig(entries);
}
