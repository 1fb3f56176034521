// A small ConfigDef in Kafka's image (org.apache.kafka.common.config.ConfigDef): each
// key has a name, a type, a default, an optional validator, an importance and a doc,
// and text is parsed exactly as Kafka parses it, with Kafka's error wording.
//
// Value types in TypeScript:
// - int and short are `number`, range-checked like Integer/Short.parseInt;
// - long is `bigint`, always. Kafka's longs reach Long.MAX_VALUE (the default of
//   flush.messages, max.compaction.lag.ms, ...) and DescribeConfigs must echo
//   "9223372036854775807" exactly, which a double cannot. Code that needs a timer
//   value uses `toSafeNumber`, which saturates at Number.MAX_SAFE_INTEGER;
// - list is a frozen `string[]`, split on commas with surrounding blanks removed;
// - class is the class name as a string (there is no JVM to load it into);
// - password is a `Password`, which prints as "[hidden]" in logs, JSON and errors.
// A `default` of null means "not set" (Kafka's null default), e.g. log.retention.ms.

import { ConfigError } from "./config-error.js";

export type ConfigType = "string" | "short" | "int" | "long" | "double" | "boolean" | "list" | "class" | "password";

export interface ConfigTypeMap {
  string: string;
  short: number;
  int: number;
  long: bigint;
  double: number;
  boolean: boolean;
  list: readonly string[];
  class: string;
  password: Password;
}

export type ConfigValue<T extends ConfigType = ConfigType> = ConfigTypeMap[T];
export type Importance = "high" | "medium" | "low";
export type ConfigScope = "broker" | "topic";

/** DescribeConfigs' config sources (admin-client names); the wire ids are in CONFIG_SOURCE_IDS. */
export type ConfigSource = "DYNAMIC_TOPIC_CONFIG" | "DYNAMIC_BROKER_CONFIG" | "STATIC_BROKER_CONFIG" | "DEFAULT_CONFIG";
export const CONFIG_SOURCE_IDS: Readonly<Record<ConfigSource, number>> = {
  DYNAMIC_TOPIC_CONFIG: 1,
  DYNAMIC_BROKER_CONFIG: 2,
  STATIC_BROKER_CONFIG: 4,
  DEFAULT_CONFIG: 5,
};
/** DescribeConfigs v3+ config_type ids (KIP-569). */
export const CONFIG_TYPE_IDS: Readonly<Record<ConfigType, number>> = {
  boolean: 1, string: 2, int: 3, short: 4, long: 5, double: 6, list: 7, class: 8, password: 9,
};

export interface Validator {
  /** Throws ConfigError when `value` is not acceptable for `name`. */
  ensureValid(name: string, value: ConfigValue): void;
  /** Kafka's "Valid Values" column, e.g. "[1,...]" or "[delete, compact]". */
  readonly validValues: string;
}

export interface ConfigKey<N extends string = string, T extends ConfigType = ConfigType, D extends ConfigValue<T> | null = ConfigValue<T> | null> {
  readonly name: N;
  readonly type: T;
  readonly default: D;
  readonly validator?: Validator;
  readonly importance: Importance;
  readonly doc: string;
  readonly scope: ConfigScope;
  /** Changeable at runtime (every topic config is; no broker config is yet). */
  readonly dynamic?: boolean;
}

/** The TypeScript type a key's value has: nullable exactly when its default is null. */
export type ValueOfKey<K> = K extends ConfigKey<string, infer T, infer D> ? (null extends D ? ConfigValue<T> | null : ConfigValue<T>) : never;

/** Declares a key; `const` type parameters keep the name, type and default literal for typed getters. */
export function define<const N extends string, T extends ConfigType, const D extends ConfigValue<T> | null>(
  key: ConfigKey<N, T, D>,
): ConfigKey<N, T, D> {
  return Object.freeze(key);
}

export class Password {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  /** The secret itself; only TLS/SASL set-up should read it. */
  get value(): string {
    return this.#value;
  }
  toString(): string {
    return "[hidden]";
  }
  toJSON(): string {
    return "[hidden]";
  }
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return "[hidden]";
  }
}

const INT_RANGE = { int: [-(2 ** 31), 2 ** 31 - 1], short: [-(2 ** 15), 2 ** 15 - 1] } as const;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
// Java's decimal Double.parseDouble grammar (hex floats are left out).
const JAVA_DOUBLE = /^[+-]?(NaN|Infinity|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[fFdD]?)$/;
const JAVA_INTEGER = /^[+-]?\d+$/;

/** ConfigDef.parseType: text to a typed value, trimming like Kafka. Throws ConfigError. */
export function parseType(name: string, raw: string, type: ConfigType): ConfigValue {
  const trimmed = raw.trim();
  const notANumber = (): ConfigError => ConfigError.invalidValue(name, raw, `Not a number of type ${type.toUpperCase()}`);
  switch (type) {
    case "boolean":
      if (trimmed.toLowerCase() === "true") return true;
      if (trimmed.toLowerCase() === "false") return false;
      throw ConfigError.invalidValue(name, raw, "Expected value to be either true or false");
    case "password":
      return new Password(trimmed);
    case "string":
    case "class":
      return trimmed;
    case "int":
    case "short": {
      const [min, max] = INT_RANGE[type];
      const n = JAVA_INTEGER.test(trimmed) ? Number(trimmed) : NaN;
      if (!(n >= min && n <= max)) throw notANumber();
      return n;
    }
    case "long": {
      const n = JAVA_INTEGER.test(trimmed) ? BigInt(trimmed) : undefined;
      if (n === undefined || n < LONG_MIN || n > LONG_MAX) throw notANumber();
      return n;
    }
    case "double":
      if (!JAVA_DOUBLE.test(trimmed)) throw notANumber();
      return Number(trimmed.replace(/[fFdD]$/, ""));
    case "list":
      return Object.freeze(trimmed === "" ? [] : trimmed.split(/\s*,\s*/));
  }
}

/** ConfigDef.convertToString: how DescribeConfigs and `toString` render a value. */
export function formatValue(value: ConfigValue | null, type: ConfigType): string | null {
  if (value === null) return null;
  if (typeof value === "number" && type === "double") return javaDouble(value);
  if (Array.isArray(value)) return value.join(",");
  return String(value);
}

/** A value as Java's toString would show it inside an error message. */
function describe(value: ConfigValue): string {
  if (typeof value === "number" && !Number.isInteger(value)) return javaDouble(value);
  if (Array.isArray(value)) return `[${value.join(", ")}]`;
  return String(value);
}

/** Double.toString: plain notation in [1e-3, 1e7), "1.0E-4" style outside, always a fraction digit. */
export function javaDouble(d: number): string {
  if (Number.isNaN(d)) return "NaN";
  if (!Number.isFinite(d)) return d > 0 ? "Infinity" : "-Infinity";
  if (d === 0) return Object.is(d, -0) ? "-0.0" : "0.0";
  const abs = Math.abs(d);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(d);
    return s.includes(".") ? s : `${s}.0`;
  }
  const [mantissa = "", exponent = ""] = d.toExponential().split("e");
  return `${mantissa.includes(".") ? mantissa : `${mantissa}.0`}E${exponent.replace("+", "")}`;
}

/** Saturating bigint to number, for timers and sizes (Long.MAX_VALUE becomes MAX_SAFE_INTEGER). */
export function toSafeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) return Number.MAX_SAFE_INTEGER;
  if (value < BigInt(Number.MIN_SAFE_INTEGER)) return Number.MIN_SAFE_INTEGER;
  return Number(value);
}

// ---- validators (ConfigDef.Range, ValidString, CaseInsensitiveValidString, ValidList, ...)

function numeric(value: ConfigValue): number | bigint {
  if (typeof value === "number" || typeof value === "bigint") return value;
  throw new TypeError(`range validator applied to a ${typeof value}`);
}

function below(value: number | bigint, bound: number): boolean {
  return typeof value === "bigint" && Number.isInteger(bound) ? value < BigInt(bound) : Number(value) < bound;
}

export function atLeast(min: number): Validator {
  return {
    validValues: `[${min},...]`,
    ensureValid(name, value) {
      if (below(numeric(value), min)) throw ConfigError.invalidValue(name, describe(value), `Value must be at least ${min}`);
    },
  };
}

export function between(min: number, max: number): Validator {
  return {
    validValues: `[${min},...,${max}]`,
    ensureValid(name, value) {
      const n = numeric(value);
      if (below(n, min)) throw ConfigError.invalidValue(name, describe(value), `Value must be at least ${min}`);
      if (typeof n === "bigint" ? n > BigInt(max) : n > max) {
        throw ConfigError.invalidValue(name, describe(value), `Value must be no more than ${max}`);
      }
    },
  };
}

export function validString(...valid: string[]): Validator {
  return {
    validValues: `[${valid.join(", ")}]`,
    ensureValid(name, value) {
      if (typeof value !== "string" || !valid.includes(value)) {
        throw ConfigError.invalidValue(name, describe(value), `String must be one of: ${valid.join(", ")}`);
      }
    },
  };
}

export function caseInsensitiveString(...valid: string[]): Validator {
  const upper = new Set(valid.map((v) => v.toUpperCase()));
  return {
    validValues: `(case insensitive) [${valid.join(", ")}]`,
    ensureValid(name, value) {
      if (typeof value !== "string" || !upper.has(value.toUpperCase())) {
        throw ConfigError.invalidValue(name, describe(value), `String must be one of (case insensitive): ${valid.join(", ")}`);
      }
    },
  };
}

export function validList(...valid: string[]): Validator {
  const element = validString(...valid);
  return {
    validValues: element.validValues,
    ensureValid(name, value) {
      for (const v of value as readonly string[]) element.ensureValid(name, v);
    },
  };
}

export function nonEmptyString(): Validator {
  return {
    validValues: "non-empty string",
    ensureValid(name, value) {
      if (value === "") throw ConfigError.invalidValue(name, "", "String must be non-empty");
    },
  };
}

/** Kafka's LambdaValidator: `check` returns a reason when the value is wrong. */
export function validator(validValues: string, check: (value: ConfigValue) => string | undefined): Validator {
  return {
    validValues,
    ensureValid(name, value) {
      const reason = check(value);
      if (reason !== undefined) throw ConfigError.invalidValue(name, describe(value), reason);
    },
  };
}

// ---- the definition set

export class ConfigDef<K extends ConfigKey = ConfigKey> {
  readonly #keys = new Map<string, K>();

  constructor(keys: Iterable<K>) {
    for (const key of keys) {
      if (this.#keys.has(key.name)) throw new ConfigError(key.name, `Configuration ${key.name} is defined twice.`);
      this.#keys.set(key.name, key);
    }
  }

  get(name: string): K | undefined {
    return this.#keys.get(name);
  }

  has(name: string): boolean {
    return this.#keys.has(name);
  }

  get keys(): IterableIterator<K> {
    return this.#keys.values();
  }

  /** Parses and validates one supplied value. Throws ConfigError naming the key. */
  parse(name: string, raw: string): ConfigValue {
    const key = this.#keys.get(name);
    if (key === undefined) throw new ConfigError(name, `Unknown configuration ${name}`);
    const value = parseType(name, raw, key.type);
    key.validator?.ensureValid(name, value);
    return value;
  }
}
