// Loads the broker configuration: server.properties < CAREBUS_ environment < flags
// (--data-dir, then --override key=value), every value parsed and validated as Kafka
// would, so a bad value stops start-up with an error naming the key and where it was
// set. What Kafka would accept but means nothing on one node is accepted with a note;
// what nobody knows gets Kafka's own "isn't a known config" warning.
//
// Access is by Kafka name, typed by key: `config.get("num.partitions")` is a number,
// `config.get("log.retention.ms")` a bigint or null. Kafka's names are what operators
// read in docs and write in files, so the code uses them too; values that Kafka derives
// from several keys (retention, roll time, listeners, log dirs, node id) are getters.

import { readFileSync } from "node:fs";
import {
  BROKER_CONFIG_KEYS, IGNORED_BROKER_CONFIGS, IGNORED_BROKER_CONFIG_PREFIXES, PASSTHROUGH_BROKER_CONFIG_PREFIXES,
  type BrokerConfigKey, type BrokerConfigName, type BrokerConfigValue,
} from "./broker-config-keys.js";
import { ConfigDef, formatValue, type ConfigSource, type ConfigType, type ConfigValue } from "./config-def.js";
import { ConfigError } from "./config-error.js";
import { configsFromEnv } from "./environment.js";
import { describeOrigin, type SuppliedConfig } from "./config-origin.js";
import type { Listener, SecurityProtocol } from "./listeners.js";
import { parseProperties } from "./properties-file.js";
import { checkBrokerConfig, type DerivedBrokerConfig } from "./broker-config-checks.js";
import { resolveConfigProviders } from "./config-providers.js";

export const BROKER_CONFIG_DEF = new ConfigDef<BrokerConfigKey>(BROKER_CONFIG_KEYS);

export interface BrokerConfigEntry {
  readonly name: string;
  /** Kafka's string form; null when unset or sensitive. */
  readonly value: string | null;
  readonly source: ConfigSource;
  readonly sensitive: boolean;
  readonly readOnly: boolean;
  readonly type: ConfigType;
  readonly doc: string;
}

export class BrokerConfig {
  readonly #values: ReadonlyMap<string, ConfigValue | null>;
  readonly #supplied: ReadonlyMap<string, SuppliedConfig>;
  readonly #derived: DerivedBrokerConfig;

  constructor(values: ReadonlyMap<string, ConfigValue | null>, supplied: ReadonlyMap<string, SuppliedConfig>, derived: DerivedBrokerConfig) {
    this.#values = values;
    this.#supplied = supplied;
    this.#derived = derived;
  }

  /** The parsed value (clamped where one node requires it), or the default. */
  get<N extends BrokerConfigName>(name: N): BrokerConfigValue<N> {
    return this.#values.get(name) as BrokerConfigValue<N>;
  }

  /** Whether the key was supplied (file, environment or flag) rather than defaulted. */
  isSet(name: string): boolean {
    return this.#supplied.has(name);
  }

  /** Text and origin of any supplied key, known or not (per-listener `listener.name.*` included). */
  supplied(name: string): SuppliedConfig | undefined {
    return this.#supplied.get(name);
  }

  /** Supplied keys under `prefix`, with the prefix removed (Kafka's originalsWithPrefix). */
  originalsWithPrefix(prefix: string): Map<string, string> {
    const out = new Map<string, string>();
    for (const [name, s] of this.#supplied) if (name.startsWith(prefix)) out.set(name.slice(prefix.length), s.raw);
    return out;
  }

  /**
   * A setting as one listener sees it: `listener.name.<listener>.<mechanism>.<name>`,
   * then `listener.name.<listener>.<name>`, then `<name>` — Kafka's per-listener lookup.
   * Returns the supplied text, or undefined.
   */
  listenerConfig(listener: string, name: string, mechanism?: string): string | undefined {
    const prefix = `listener.name.${listener.toLowerCase()}.`;
    return (
      (mechanism === undefined ? undefined : this.#supplied.get(`${prefix}${mechanism.toLowerCase()}.${name}`)?.raw) ??
      this.#supplied.get(prefix + name)?.raw ??
      this.#supplied.get(name)?.raw
    );
  }

  /** A known setting with its per-listener override applied (validated at load). */
  forListener<N extends BrokerConfigName>(listener: string, name: N): BrokerConfigValue<N> {
    const override = this.#supplied.get(`listener.name.${listener.toLowerCase()}.${name}`);
    if (override === undefined) return this.get(name);
    return BROKER_CONFIG_DEF.parse(name, override.raw) as BrokerConfigValue<N>;
  }

  /** The node id reported in Metadata: node.id, else broker.id. */
  get nodeId(): number {
    return this.#derived.nodeId;
  }
  /** Listeners to bind (KRaft controller listeners removed). */
  get listeners(): readonly Listener[] {
    return this.#derived.listeners;
  }
  /** Listeners given to clients: advertised.listeners, else listeners. */
  get advertisedListeners(): readonly Listener[] {
    return this.#derived.advertisedListeners;
  }
  get securityProtocolMap(): ReadonlyMap<string, SecurityProtocol> {
    return this.#derived.securityProtocolMap;
  }
  /** log.dirs, else log.dir, split on commas. */
  get logDirs(): readonly string[] {
    return this.#derived.logDirs;
  }
  /** log.retention.ms > log.retention.minutes > log.retention.hours; -1n is unlimited. */
  get logRetentionMs(): bigint {
    return this.#derived.logRetentionMs;
  }
  /** log.roll.ms > log.roll.hours. */
  get logRollMs(): bigint {
    return this.#derived.logRollMs;
  }
  /** log.roll.jitter.ms > log.roll.jitter.hours. */
  get logRollJitterMs(): bigint {
    return this.#derived.logRollJitterMs;
  }
  /** log.flush.interval.ms, else log.flush.scheduler.interval.ms. */
  get logFlushIntervalMs(): bigint {
    return this.#derived.logFlushIntervalMs;
  }
  /** super.users split on `;`, e.g. ["User:admin", "User:kafka"]. */
  get superUsers(): readonly string[] {
    return this.#derived.superUsers;
  }

  /** DescribeConfigs rows for the broker resource; every known key, secrets hidden. */
  entries(): BrokerConfigEntry[] {
    return [...BROKER_CONFIG_DEF.keys].map((key) => ({
      name: key.name,
      value: key.type === "password" ? null : formatValue(this.#values.get(key.name) ?? null, key.type),
      source: this.isSet(key.name) ? "STATIC_BROKER_CONFIG" : "DEFAULT_CONFIG",
      sensitive: key.type === "password",
      readOnly: key.dynamic !== true,
      type: key.type,
      doc: key.doc,
    }));
  }

  /** Like Kafka's start-up "KafkaConfig values:" dump; passwords print as [hidden]. */
  toString(): string {
    return [...BROKER_CONFIG_DEF.keys].map((k) => `${k.name} = ${formatValue(this.#values.get(k.name) ?? null, k.type) ?? "null"}`).join("\n");
  }

  toJSON(): Record<string, string | null> {
    return Object.fromEntries([...BROKER_CONFIG_DEF.keys].map((k) => [k.name, formatValue(this.#values.get(k.name) ?? null, k.type)]));
  }
}

export interface LoadBrokerConfigOptions {
  /** Path of a server.properties file. */
  readonly file?: string;
  /** The environment; only CAREBUS_ variables are read. The CLI passes process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** --override key=value flags (see parseOverrides); they win over everything. */
  readonly overrides?: Readonly<Record<string, string>>;
  /** --data-dir: sugar for `--override log.dirs=DIR`, applied before the overrides. */
  readonly dataDir?: string;
}

export interface LoadedBrokerConfig {
  readonly config: BrokerConfig;
  /** Problems worth a WARN line: unknown keys, unresolved ${...} references, ... */
  readonly warnings: string[];
  /** INFO lines: ignored cluster settings, clamped replication, dropped comments. */
  readonly notes: string[];
}

/** Reads, merges, parses and checks the configuration. Throws ConfigError on a bad value. */
export function loadBrokerConfig(options: LoadBrokerConfigOptions = {}): LoadedBrokerConfig {
  const warnings: string[] = [];
  const notes: string[] = [];
  const given = new Map<string, SuppliedConfig>();
  if (options.file !== undefined) readFile(options.file, given, warnings, notes);
  for (const [name, { value, variable }] of configsFromEnv(options.env ?? {})) {
    given.set(name, { raw: value, origin: { kind: "env", variable } });
  }
  if (options.dataDir !== undefined) given.set("log.dirs", { raw: options.dataDir, origin: { kind: "data-dir" } });
  for (const [name, raw] of Object.entries(options.overrides ?? {})) given.set(name, { raw, origin: { kind: "override" } });
  // KIP-421: ${provider:path:key} references are resolved before anything is parsed.
  const providers = resolveConfigProviders(given, options.env ?? {});
  const supplied = providers.supplied;

  const values = new Map<string, ConfigValue | null>();
  for (const key of BROKER_CONFIG_DEF.keys) values.set(key.name, key.default);
  for (const [name, s] of supplied) {
    const ignored = IGNORED_BROKER_CONFIGS.get(name) ?? IGNORED_BROKER_CONFIG_PREFIXES.find(([p]) => name.startsWith(p))?.[1];
    const listenerBase = /^listener\.name\.[^.]+\.(.+)$/.exec(name)?.[1];
    const reference = providers.references.get(name);
    if (BROKER_CONFIG_DEF.has(name)) {
      values.set(name, parseSupplied(name, name, s, reference));
    } else if (listenerBase !== undefined && BROKER_CONFIG_DEF.has(listenerBase)) {
      parseSupplied(name, listenerBase, s, reference); // validated now so a bad per-listener value fails at start-up
    } else if (ignored === undefined && !PASSTHROUGH_BROKER_CONFIG_PREFIXES.some((p) => name.startsWith(p))) {
      warnings.push(`The configuration '${name}' was supplied but isn't a known config.`);
      continue;
    }
    const provider = providers.unresolved.get(name);
    if (ignored !== undefined) {
      notes.push(`${name} is accepted and ignored: ${ignored}.`);
    } else if (provider !== undefined) {
      warnings.push(`${name} refers to config provider '${provider}' (\${${provider}:...}) but config.providers is not set, so the text is used as it is (as Kafka does).`);
    }
  }
  const derived = checkBrokerConfig(values, supplied, notes, warnings);
  return { config: new BrokerConfig(values, supplied, derived), warnings, notes };
}

function parseSupplied(name: string, baseName: string, s: SuppliedConfig, reference?: string): ConfigValue {
  try {
    return BROKER_CONFIG_DEF.parse(baseName, s.raw);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    let message = baseName === name ? e.message : e.message.replace(`configuration ${baseName}`, `configuration ${name}`);
    // A value from a config provider may be a secret: show the reference, not what it resolved to.
    if (reference !== undefined) message = message.replaceAll(s.raw, reference);
    throw new ConfigError(name, `${message} (${describeOrigin(s.origin)})`, { cause: e });
  }
}

function readFile(path: string, supplied: Map<string, SuppliedConfig>, warnings: string[], notes: string[]): void {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new Error(`Cannot read the configuration file ${path}: ${(e as Error).message}`, { cause: e });
  }
  const dropped: string[] = [];
  for (const entry of parseProperties(text)) {
    const origin = { kind: "file", path, line: entry.line } as const;
    const earlier = supplied.get(entry.key);
    if (earlier?.origin.kind === "file") {
      warnings.push(`${entry.key} is set twice in ${path} (lines ${earlier.origin.line} and ${entry.line}); the last value wins.`);
    }
    let raw = entry.value;
    if (entry.trailingComment !== undefined) {
      if (isSecretName(entry.key)) {
        warnings.push(`${entry.key} (${path} line ${entry.line}) contains " #"; as in Java it is kept as part of the secret. Put a comment on a line of its own.`);
      } else {
        // Java keeps "1  # Unique for each broker" as the value and Kafka then rejects
        // it; nobody means that, and the seeds' own examples are written this way.
        raw = entry.trailingComment.value;
        dropped.push(`${entry.key} (line ${entry.line})`);
      }
    }
    supplied.set(entry.key, { raw, origin });
  }
  if (dropped.length > 0) {
    notes.push(
      `${path}: the trailing "# ..." comments on ${dropped.join(", ")} are ignored. Java's Properties would keep them in the values, and Kafka would then reject them.`,
    );
  }
}

function isSecretName(name: string): boolean {
  const base = /^listener\.name\.[^.]+\.(.+)$/.exec(name)?.[1] ?? name;
  return BROKER_CONFIG_DEF.get(base)?.type === "password" || /(password|secret|jaas\.config|\.key)$/i.test(base);
}
