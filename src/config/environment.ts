// Configuration from the environment and from `--override key=value` flags.
//
// Environment variables use the mapping of Confluent's Docker images (their `ub`
// helper), with CAREBUS_ where they use KAFKA_: strip the prefix, lower-case, then
// `_` → `.`, `__` → `_`, `___` → `-`. So CAREBUS_LOG_RETENTION_HOURS=24 sets
// log.retention.hours, and CAREBUS_CAREBUS_REST__PORT would set carebus.rest_port.

import { ConfigError } from "./config-error.js";

export const ENV_PREFIX = "CAREBUS_";

/**
 * CAREBUS_ variables read for themselves, not broker configs (CAREBUS_ENCRYPTION_KEYS holds
 * key material, which must not show up among configs: storage/encryption/key-ring.ts).
 */
export const CLI_ENVIRONMENT_VARIABLES: ReadonlySet<string> = new Set(["CAREBUS_CONFIG", "CAREBUS_LOG_LEVEL", "CAREBUS_ENCRYPTION_KEYS"]);

/** CAREBUS_LOG_RETENTION_HOURS → log.retention.hours; undefined for other variables. */
export function envVarToConfigName(variable: string): string | undefined {
  if (!variable.startsWith(ENV_PREFIX) || variable.length === ENV_PREFIX.length) return undefined;
  if (CLI_ENVIRONMENT_VARIABLES.has(variable)) return undefined;
  // Same order as Confluent: every `_` becomes `.`, then `...` (was `___`) and `..` (was `__`).
  return variable.slice(ENV_PREFIX.length).toLowerCase().split("_").join(".").split("...").join("-").split("..").join("_");
}

/** log.retention.hours → CAREBUS_LOG_RETENTION_HOURS (for messages and docs). */
export function configNameToEnvVar(name: string): string {
  return ENV_PREFIX + name.replace(/_/g, "__").replace(/-/g, "___").replace(/\./g, "_").toUpperCase();
}

export interface EnvConfig {
  readonly value: string;
  /** The variable it came from, for messages. */
  readonly variable: string;
}

/** Every CAREBUS_ variable mapped to its config name, sorted by variable for stable output. */
export function configsFromEnv(env: Readonly<Record<string, string | undefined>>): Map<string, EnvConfig> {
  const out = new Map<string, EnvConfig>();
  for (const variable of Object.keys(env).sort()) {
    const value = env[variable];
    const name = envVarToConfigName(variable);
    if (value !== undefined && name !== undefined) out.set(name, { value, variable });
  }
  return out;
}

/** `--override key=value` arguments to a record; the value may itself contain `=`. */
export function parseOverrides(items: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const eq = item.indexOf("=");
    const key = eq < 0 ? item.trim() : item.slice(0, eq).trim();
    if (eq < 0 || key === "") throw new ConfigError(key, `Invalid override '${item}': expected key=value`);
    out[key] = item.slice(eq + 1);
  }
  return out;
}
