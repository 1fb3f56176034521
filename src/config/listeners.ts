// `listeners`, `advertised.listeners` and `listener.security.protocol.map`, parsed as
// Kafka parses them (SocketServerConfigs.listenerListToEndPoints and CoreUtils'
// checks): `NAME://host:port` entries separated by commas, an empty host meaning
// every interface, `[::1]` for IPv6 literals, listener names upper-cased, each name
// mapped to a security protocol through the map.

import { isIP } from "node:net";
import { ConfigError } from "./config-error.js";

export type SecurityProtocol = "PLAINTEXT" | "SSL" | "SASL_PLAINTEXT" | "SASL_SSL";

export const SECURITY_PROTOCOLS: readonly SecurityProtocol[] = ["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"];

/** Kafka's default: each security protocol is also a listener name mapped to itself. */
export const DEFAULT_SECURITY_PROTOCOL_MAP = SECURITY_PROTOCOLS.map((p) => `${p}:${p}`).join(",");

export interface Listener {
  /** Upper-cased listener name, e.g. "PLAINTEXT", "INTERNAL". */
  readonly name: string;
  /** null binds every interface (Kafka's empty host). */
  readonly host: string | null;
  readonly port: number;
  readonly securityProtocol: SecurityProtocol;
}

const MAP_KEY = "listener.security.protocol.map";
// Kafka's URI_PARSE_REGEXP, anchored because Java's Matcher#matches is.
const ENDPOINT = /^(.*):\/\/\[?([0-9a-zA-Z\-%._:]*)\]?:(-?[0-9]+)$/;

export function isSecurityProtocol(name: string): name is SecurityProtocol {
  return (SECURITY_PROTOCOLS as readonly string[]).includes(name);
}

/** `NAME:PROTOCOL,...` to a map keyed by upper-cased listener name. Throws ConfigError. */
export function parseSecurityProtocolMap(text: string): Map<string, SecurityProtocol> {
  const map = new Map<string, SecurityProtocol>();
  const trimmed = text.trim();
  if (trimmed === "") return map;
  for (const entry of trimmed.split(/\s*,\s*/)) {
    const colon = entry.lastIndexOf(":");
    if (colon < 0) {
      throw new ConfigError(MAP_KEY, `Error parsing configuration property '${MAP_KEY}': '${entry}' is not NAME:PROTOCOL`);
    }
    const name = entry.slice(0, colon).trim().toUpperCase();
    const protocol = entry.slice(colon + 1).trim().toUpperCase();
    if (!isSecurityProtocol(protocol)) {
      throw new ConfigError(MAP_KEY, `Invalid security protocol \`${entry.slice(colon + 1).trim()}\` defined in ${MAP_KEY}`);
    }
    map.set(name, protocol);
  }
  return map;
}

export interface ParseListenersOptions {
  /** The configuration being parsed, named in errors (default "listeners"). */
  readonly key?: string;
  /** Kafka requires distinct ports for `listeners` but not for `advertised.listeners`. */
  readonly requireDistinctPorts?: boolean;
}

/**
 * `PLAINTEXT://:9092,SASL_SSL://host:9093` to listeners, checking what Kafka checks:
 * every name is in the protocol map, names are unique, ports are unique (except one
 * IPv4 and one IPv6 literal sharing a port; port 0 means "pick one" and may repeat).
 */
export function parseListeners(
  text: string,
  protocolMap: ReadonlyMap<string, SecurityProtocol> = parseSecurityProtocolMap(DEFAULT_SECURITY_PROTOCOL_MAP),
  options: ParseListenersOptions = {},
): Listener[] {
  const key = options.key ?? "listeners";
  const fail = (reason: string): ConfigError => new ConfigError(key, `Error creating broker listeners from '${text}': ${reason}`);
  const trimmed = text.trim();
  const listeners: Listener[] = [];
  for (const entry of trimmed === "" ? [] : trimmed.split(/\s*,\s*/)) {
    const m = ENDPOINT.exec(entry);
    if (m === null) throw fail(`Unable to parse ${entry} to a broker endpoint`);
    const name = (m[1] ?? "").toUpperCase();
    const port = Number(m[3]);
    if (!(port >= 0 && port <= 65535)) throw fail(`port ${m[3]} of ${entry} is not between 0 and 65535`);
    const securityProtocol = protocolMap.get(name);
    if (securityProtocol === undefined) throw fail(`No security protocol defined for listener ${name}`);
    listeners.push({ name, host: m[2] === "" || m[2] === undefined ? null : m[2], port, securityProtocol });
  }
  const names = new Set(listeners.map((l) => l.name));
  if (names.size !== listeners.length) {
    throw new ConfigError(key, `Each listener must have a different name, ${key}: ${text}`);
  }
  if (options.requireDistinctPorts ?? true) checkDistinctPorts(listeners, key, text);
  return listeners;
}

function checkDistinctPorts(listeners: readonly Listener[], key: string, text: string): void {
  const byPort = new Map<number, Listener[]>();
  for (const l of listeners) {
    if (l.port === 0) continue;
    byPort.set(l.port, [...(byPort.get(l.port) ?? []), l]);
  }
  for (const [port, sharing] of byPort) {
    if (sharing.length < 2) continue;
    const families = sharing.map((l) => (l.host === null ? 0 : isIP(l.host)));
    const oneV4OneV6 = sharing.length === 2 && families.includes(4) && families.includes(6);
    if (!oneV4OneV6) {
      throw new ConfigError(
        key,
        `Each listener must have a different port unless exactly one listener has an IPv4 address and the other IPv6 address, ${key}: ${text}, port: ${port}`,
      );
    }
  }
}
