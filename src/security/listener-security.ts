// What security one listener applies, built once at start from the broker config
// (Kafka's ChannelBuilders): the TLS server options for SSL and SASL_SSL, the principal
// mapper for certificates on SSL, and for SASL_* the enabled mechanisms with a factory
// of per-connection SaslServers. Per-listener settings are Kafka's:
// `listener.name.<listener>.<mechanism>.sasl.jaas.config`, `listener.name.<listener>.x`,
// then `x`. OAUTHBEARER's validator settings: see oauth/oauthbearer-config.ts.
import type { BrokerConfig } from "../config/broker-config.js";
import { ConfigError } from "../config/config-error.js";
import type { Listener } from "../config/listeners.js";
import type { Logger } from "../util/logger.js";
import { parseJaasConfig, plainUsers } from "./jaas-config.js";
import { oauthBearerValidator } from "./oauth/oauthbearer-config.js";
import { OAUTHBEARER, OAuthBearerSaslServer } from "./oauthbearer-server.js";
import { PLAIN, PlainSaslServer } from "./plain-server.js";
import type { SaslServer } from "./sasl-server.js";
import { scramMechanism } from "./scram-credential.js";
import type { ScramCredentialStore } from "./scram-credential-store.js";
import { ScramSaslServer } from "./scram-server.js";
import { SslPrincipalMapper } from "./ssl-principal-mapper.js";
import { sslServerOptions, type ListenerSettings, type SslServerOptions } from "./ssl-server-options.js";

export const IMPLEMENTED_SASL_MECHANISMS: readonly string[] = [PLAIN, "SCRAM-SHA-256", "SCRAM-SHA-512", OAUTHBEARER];

export interface SaslListenerConfig {
  readonly mechanisms: readonly string[];
  /** connections.max.reauth.ms (KIP-368); 0 = sessions never expire. */
  readonly maxReauthMs: number;
  readonly maxReceiveSize: number;
  readonly failedAuthenticationDelayMs: number;
  createServer(mechanism: string): SaslServer | undefined;
}

export interface ListenerSecurity {
  readonly listener: Listener;
  readonly ssl: SslServerOptions | null;
  /** Maps client-certificate subjects to principal names (SSL listeners). */
  readonly principalMapper: SslPrincipalMapper;
  readonly sasl: SaslListenerConfig | null;
}

export function listenerSettings(config: BrokerConfig, listener: string): ListenerSettings {
  const prefix = `listener.name.${listener.toLowerCase()}.`;
  return {
    get: (name) => config.listenerConfig(listener, name),
    keyOf: (name) => (config.isSet(prefix + name) ? prefix + name : name),
  };
}

export function buildListenerSecurity(config: BrokerConfig, listener: Listener, scram: ScramCredentialStore, log: Logger): ListenerSecurity {
  const settings = listenerSettings(config, listener.name);
  const protocol = listener.securityProtocol;
  const ssl = protocol === "SSL" || protocol === "SASL_SSL" ? sslServerOptions(listener.name, settings) : null;
  const principalMapper = SslPrincipalMapper.fromRules(settings.get("ssl.principal.mapping.rules") ?? "DEFAULT");
  const sasl = protocol.startsWith("SASL_") ? saslConfig(config, listener, settings, scram, log) : null;
  return { listener, ssl, principalMapper, sasl };
}

function saslConfig(config: BrokerConfig, listener: Listener, settings: ListenerSettings, scram: ScramCredentialStore, log: Logger): SaslListenerConfig {
  const mechanismsKey = settings.keyOf("sasl.enabled.mechanisms");
  const configured = (settings.get("sasl.enabled.mechanisms")?.split(",") ?? [...config.get("sasl.enabled.mechanisms")]).map((m) => m.trim().toUpperCase()).filter((m) => m !== "");
  const mechanisms = configured.filter((m) => IMPLEMENTED_SASL_MECHANISMS.includes(m));
  const dropped = configured.filter((m) => !mechanisms.includes(m));
  if (dropped.length > 0) log.warn({ listener: listener.name, mechanisms: dropped }, `${mechanismsKey}: ${dropped.join(", ")} not implemented by Carebus yet; not offered`);
  if (mechanisms.length === 0) {
    throw new ConfigError(mechanismsKey, `Invalid value ${configured.join(",")} for configuration ${mechanismsKey}: listener ${listener.name} offers no mechanism Carebus implements (${IMPLEMENTED_SASL_MECHANISMS.join(", ")})`);
  }
  let plain: ReadonlyMap<string, string> = new Map();
  if (mechanisms.includes(PLAIN)) plain = plainUsersFor(config, listener.name);
  const oauth = mechanisms.includes(OAUTHBEARER) ? oauthBearerValidator(config, listener.name, log) : null;
  const maxReauth = config.forListener(listener.name, "connections.max.reauth.ms");
  return {
    mechanisms,
    maxReauthMs: Number(maxReauth),
    maxReceiveSize: config.get("sasl.server.max.receive.size"),
    failedAuthenticationDelayMs: config.get("connection.failed.authentication.delay.ms"),
    createServer(mechanism) {
      if (!mechanisms.includes(mechanism)) return undefined;
      if (mechanism === PLAIN) return new PlainSaslServer(plain);
      if (mechanism === OAUTHBEARER) return oauth === null ? undefined : new OAuthBearerSaslServer(oauth);
      const m = scramMechanism(mechanism);
      return m === undefined ? undefined : new ScramSaslServer(m, (user, sm) => scram.get(user, sm.name));
    },
  };
}

function plainUsersFor(config: BrokerConfig, listener: string): Map<string, string> {
  const candidates = [`listener.name.${listener.toLowerCase()}.plain.sasl.jaas.config`, `listener.name.${listener.toLowerCase()}.sasl.jaas.config`, "sasl.jaas.config"];
  const key = candidates.find((k) => config.isSet(k));
  if (key === undefined) {
    throw new ConfigError(candidates[0] as string, `listener ${listener} enables SASL/PLAIN but ${candidates[0]} is not set: give a PlainLoginModule with user_<name>="<password>" options`);
  }
  const text = config.supplied(key)?.raw ?? "";
  const [section] = parseJaasConfig(text, key);
  const module = section?.modules[0];
  if (module === undefined || !module.loginModule.endsWith("PlainLoginModule")) {
    throw new ConfigError(key, `Invalid JAAS configuration in ${key}: SASL/PLAIN needs org.apache.kafka.common.security.plain.PlainLoginModule, found ${module?.loginModule ?? "nothing"}`);
  }
  return plainUsers(module);
}
