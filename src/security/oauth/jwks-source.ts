// Where the keys that sign OAUTHBEARER access tokens come from: the JWKS named by
// sasl.oauthbearer.jwks.endpoint.url (KIP-768). Like Kafka's
// RefreshingHttpsJwksVerificationKeyResolver and JwksFileVerificationKeyResolver:
//
// - https:// and http:// — fetched on first use and again after
//   sasl.oauthbearer.jwks.endpoint.refresh.ms; a token signed with an unknown key id
//   triggers a refetch (jose's remote JWKS, at most once per cooldown) so a rotated
//   key is picked up without a restart.
// - file:// — read at start-up (a missing or malformed file stops the broker, naming
//   the key), re-read after refresh.ms, and also on an unknown key id at most once per
//   RELOAD_COOLDOWN_MS. A file that became unreadable keeps the last good key set.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createLocalJWKSet, createRemoteJWKSet, errors, type JSONWebKeySet, type JWTVerifyGetKey } from "jose";
import { ConfigError } from "../../config/config-error.js";
import type { Logger } from "../../util/logger.js";

const RELOAD_COOLDOWN_MS = 10_000;

export interface JwksSourceOptions {
  /** The configured URL text. */
  readonly url: string;
  /** Key the URL was read from, for start-up errors. */
  readonly configKey: string;
  readonly refreshMs: number;
  readonly nowMs: () => number;
  readonly log: Logger;
}

/** A jose key resolver over the configured JWKS. */
export function jwksKeyResolver(opts: JwksSourceOptions): JWTVerifyGetKey {
  let url: URL;
  try {
    url = new URL(opts.url);
  } catch {
    throw new ConfigError(opts.configKey, `Invalid value ${opts.url} for configuration ${opts.configKey}: not a URL (https://, http:// or file://)`);
  }
  if (url.protocol === "file:") return new FileJwks(url, opts).getKey;
  if (url.protocol === "https:" || url.protocol === "http:") {
    if (url.protocol === "http:") opts.log.warn({ key: opts.configKey }, `${opts.configKey} uses http://: the signing keys travel unprotected; use https:// outside development`);
    return createRemoteJWKSet(url, { cacheMaxAge: opts.refreshMs, cooldownDuration: Math.min(RELOAD_COOLDOWN_MS, opts.refreshMs) });
  }
  throw new ConfigError(opts.configKey, `Invalid value ${opts.url} for configuration ${opts.configKey}: the scheme must be https, http or file`);
}

class FileJwks {
  readonly #path: string;
  readonly #opts: JwksSourceOptions;
  #keys: ReturnType<typeof createLocalJWKSet>;
  #loadedAtMs: number;

  constructor(url: URL, opts: JwksSourceOptions) {
    this.#path = fileURLToPath(url);
    this.#opts = opts;
    try {
      this.#keys = createLocalJWKSet(readJwks(this.#path));
    } catch (err) {
      throw new ConfigError(opts.configKey, `Invalid value ${opts.url} for configuration ${opts.configKey}: ${(err as Error).message}`, { cause: err });
    }
    this.#loadedAtMs = opts.nowMs();
  }

  readonly getKey: JWTVerifyGetKey = async (header, token) => {
    const now = this.#opts.nowMs();
    if (now - this.#loadedAtMs >= this.#opts.refreshMs) this.#reload(now);
    try {
      return await this.#keys(header, token);
    } catch (err) {
      if (!(err instanceof errors.JWKSNoMatchingKey) || now - this.#loadedAtMs < RELOAD_COOLDOWN_MS) throw err;
      this.#reload(now);
      return this.#keys(header, token);
    }
  };

  #reload(now: number): void {
    this.#loadedAtMs = now;
    try {
      this.#keys = createLocalJWKSet(readJwks(this.#path));
    } catch (err) {
      this.#opts.log.warn({ path: this.#path, reason: (err as Error).message }, "cannot re-read the OAUTHBEARER JWKS file; keeping the previous keys");
    }
  }
}

function readJwks(path: string): JSONWebKeySet {
  const parsed = JSON.parse(readFileSync(path, "utf8")) as unknown;
  if (typeof parsed !== "object" || parsed === null || !Array.isArray((parsed as { keys?: unknown }).keys)) {
    throw new Error(`${path} is not a JWK Set (RFC 7517: an object with a "keys" array)`);
  }
  return parsed as JSONWebKeySet;
}
