// Config providers (KIP-297, KIP-421 for broker configs, KIP-887 for env): values of the
// form `${provider:[path:]key}` are replaced at start-up, as Kafka's AbstractConfig does
// with ConfigTransformer, by what the named provider returns:
//
//   config.providers=file,env,dir
//   config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
//   config.providers.env.class=org.apache.kafka.common.config.provider.EnvVarConfigProvider
//   config.providers.dir.class=org.apache.kafka.common.config.provider.DirectoryConfigProvider
//   ssl.keystore.password=${file:/etc/carebus/secrets.properties:keystore.password}
//   ssl.key.password=${env:KEY_PASSWORD}          (also ${env::KEY_PASSWORD}: the path is empty)
//   sasl.jaas.config=${dir:/run/secrets:jaas}      (the file /run/secrets/jaas, whole)
//
// Provider parameters are Kafka's `config.providers.<name>.param.<key>`: allowed.paths
// for file and dir, allowlist.pattern for env. Only those three classes exist (no Java).
// Stricter than Kafka, which leaves an unresolvable reference in place: once
// config.providers is set, a reference to an unlisted provider, an unknown class, or a
// key the provider does not have stops start-up with a ConfigError naming the config
// key. Without config.providers, `${...}` text is kept and reported (Kafka's behaviour,
// and the seeds' examples must load). Resolved values are never put in messages.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, normalize, resolve, sep } from "node:path";
import { ConfigError } from "./config-error.js";
import { describeOrigin, type SuppliedConfig } from "./config-origin.js";
import { parseProperties, propertiesToMap } from "./properties-file.js";

const PROVIDERS_KEY = "config.providers";
const REFERENCE = /\$\{([^}]*?):(?:([^}]*?):)?([^}]*?)\}/g;

const FILE = "org.apache.kafka.common.config.provider.FileConfigProvider";
const ENV = "org.apache.kafka.common.config.provider.EnvVarConfigProvider";
const DIR = "org.apache.kafka.common.config.provider.DirectoryConfigProvider";

/** One provider: the values of `keys` under `path`; a missing key is simply absent. */
type ConfigProvider = (path: string, keys: ReadonlySet<string>) => Map<string, string>;

export interface ProviderResolution {
  /** The supplied configs with every reference replaced (keys of config.providers* kept). */
  readonly supplied: Map<string, SuppliedConfig>;
  /** For keys whose value came from a provider: the text before resolution (for messages). */
  readonly references: ReadonlyMap<string, string>;
  /** Without config.providers: keys whose text has a reference, with the provider it names. */
  readonly unresolved: ReadonlyMap<string, string>;
}

export function resolveConfigProviders(
  supplied: ReadonlyMap<string, SuppliedConfig>,
  env: Readonly<Record<string, string | undefined>>,
): ProviderResolution {
  const out = new Map(supplied);
  const references = new Map<string, string>();
  const unresolved = new Map<string, string>();
  const names = (supplied.get(PROVIDERS_KEY)?.raw ?? "").split(",").map((s) => s.trim()).filter((s) => s !== "");
  if (names.length === 0) {
    for (const [name, s] of supplied) {
      const provider = new RegExp(REFERENCE.source).exec(s.raw)?.[1];
      if (provider !== undefined) unresolved.set(name, provider);
    }
    return { supplied: out, references, unresolved };
  }
  const providers = new Map(names.map((n) => [n, createProvider(n, supplied, env)] as const));
  for (const [name, s] of supplied) {
    if (name === PROVIDERS_KEY || name.startsWith(`${PROVIDERS_KEY}.`)) continue;
    if (!s.raw.includes("${")) continue;
    const resolved = s.raw.replace(REFERENCE, (_match, provider: string, path: string | undefined, key: string) => {
      const get = providers.get(provider);
      if (get === undefined) {
        throw new ConfigError(name, `${name} refers to config provider '${provider}', which is not listed in ${PROVIDERS_KEY} (${names.join(",")}) (${describeOrigin(s.origin)})`);
      }
      const value = get(path ?? "", new Set([key])).get(key);
      if (value === undefined) {
        const where = path === undefined || path === "" ? "" : ` at ${path}`;
        throw new ConfigError(name, `${name}: config provider '${provider}' has no key '${key}'${where} (${describeOrigin(s.origin)})`);
      }
      return value;
    });
    if (resolved !== s.raw) {
      out.set(name, { raw: resolved, origin: s.origin });
      references.set(name, s.raw);
    }
  }
  return { supplied: out, references, unresolved };
}

function createProvider(name: string, supplied: ReadonlyMap<string, SuppliedConfig>, env: Readonly<Record<string, string | undefined>>): ConfigProvider {
  const classKey = `${PROVIDERS_KEY}.${name}.class`;
  const className = supplied.get(classKey)?.raw.trim();
  const param = (p: string): string | undefined => supplied.get(`${PROVIDERS_KEY}.${name}.param.${p}`)?.raw;
  if (className === undefined) throw new ConfigError(classKey, `${PROVIDERS_KEY} lists '${name}' but ${classKey} is not set`);
  switch (className) {
    case FILE:
      return fileProvider(new AllowedPaths(param("allowed.paths"), `${PROVIDERS_KEY}.${name}.param.allowed.paths`));
    case DIR:
      return directoryProvider(new AllowedPaths(param("allowed.paths"), `${PROVIDERS_KEY}.${name}.param.allowed.paths`));
    case ENV:
      return envProvider(env, param("allowlist.pattern"));
    default:
      throw new ConfigError(classKey, `Invalid value ${className} for configuration ${classKey}: Carebus provides ${FILE}, ${ENV} and ${DIR} (Java classes cannot be loaded)`);
  }
}

/** FileConfigProvider: `path` is a .properties file; keys are its keys. */
function fileProvider(allowed: AllowedPaths): ConfigProvider {
  return (path, keys) => {
    const file = allowed.check(path);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (err) {
      throw new ConfigError(allowed.paramKey, `Could not read properties from file ${path}: ${(err as NodeJS.ErrnoException).code ?? "error"}`, { cause: err });
    }
    const all = propertiesToMap(parseProperties(text));
    return new Map([...all].filter(([k]) => keys.has(k)));
  };
}

/** DirectoryConfigProvider: `path` is a directory; each key is a file whose whole content is the value. */
function directoryProvider(allowed: AllowedPaths): ConfigProvider {
  return (path, keys) => {
    const dir = allowed.check(path);
    const out = new Map<string, string>();
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch (err) {
      throw new ConfigError(allowed.paramKey, `Could not list directory ${path}: ${(err as NodeJS.ErrnoException).code ?? "error"}`, { cause: err });
    }
    for (const entry of entries) {
      const file = join(dir, entry);
      if (keys.has(entry) && statSync(file).isFile()) out.set(entry, readFileSync(file, "utf8"));
    }
    return out;
  };
}

/** EnvVarConfigProvider (Kafka 3.5, KIP-887): no path; keys are variable names matching allowlist.pattern. */
function envProvider(env: Readonly<Record<string, string | undefined>>, allowlist: string | undefined): ConfigProvider {
  const pattern = new RegExp(`^(?:${allowlist ?? ".*"})$`);
  return (path, keys) => {
    if (path !== "") throw new ConfigError(PROVIDERS_KEY, `Path is not supported for EnvVarConfigProvider, invalid value '${path}'`);
    const out = new Map<string, string>();
    for (const k of keys) {
      const v = env[k];
      if (v !== undefined && pattern.test(k)) out.set(k, v);
    }
    return out;
  };
}

/** Kafka's AllowedPaths: when allowed.paths is set, only paths under one of them may be read. */
class AllowedPaths {
  readonly #roots: string[] | null;
  readonly paramKey: string;

  constructor(list: string | undefined, paramKey: string) {
    this.paramKey = paramKey;
    this.#roots = list === undefined ? null : list.split(",").map((p) => p.trim()).filter((p) => p !== "").map((p) => normalize(resolve(p)));
    for (const root of this.#roots ?? []) if (!isAbsolute(root)) throw new ConfigError(paramKey, `${paramKey}: ${root} is not an absolute path`);
  }

  check(path: string): string {
    const full = normalize(resolve(path));
    if (this.#roots !== null && !this.#roots.some((r) => full === r || full.startsWith(r.endsWith(sep) ? r : r + sep))) {
      throw new ConfigError(this.paramKey, `The path ${path} is not allowed to be accessed (${this.paramKey})`);
    }
    return full;
  }
}
