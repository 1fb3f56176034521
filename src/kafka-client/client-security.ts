// Kafka client properties (a `--command-config` file as Kafka's tools take it, or the
// registry's `kafkastore.*` settings as Confluent's registry takes them) turned into
// @platformatic/kafka connection options: security.protocol, sasl.mechanism with
// sasl.jaas.config (PlainLoginModule / ScramLoginModule username and password) or
// librdkafka's sasl.username/sasl.password, and PEM trust and key material
// (ssl.truststore.location or ssl.ca.location; ssl.keystore.location or
// ssl.certificate.location + ssl.key.location for mTLS).
import { readFileSync } from "node:fs";
import type { ConnectionOptions as TlsConnectionOptions } from "node:tls";
import type { SASLOptions } from "@platformatic/kafka";
import { parseProperties, propertiesToMap } from "../config/properties-file.js";
import { parseJaasConfig } from "../security/jaas-config.js";

/** Client properties that cannot be used: the message names the property. */
export class ClientPropertiesError extends Error {
  override readonly name = "ClientPropertiesError";
}

export interface ClientSecurity {
  tls?: TlsConnectionOptions;
  sasl?: SASLOptions;
}

const MECHANISMS = ["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] as const;

export function clientSecurityFromFile(path: string | undefined): ClientSecurity {
  if (path === undefined) return {};
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new ClientPropertiesError(`cannot read --command-config ${path}: ${(err as Error).message}`);
  }
  return clientSecurity(propertiesToMap(parseProperties(text)));
}

export function clientSecurity(props: ReadonlyMap<string, string>): ClientSecurity {
  const protocol = (props.get("security.protocol") ?? "PLAINTEXT").toUpperCase();
  if (!["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"].includes(protocol)) throw new ClientPropertiesError(`unknown security.protocol ${protocol}`);
  const out: ClientSecurity = {};
  if (protocol.endsWith("SSL")) {
    const tls: TlsConnectionOptions = {};
    const ca = props.get("ssl.truststore.location") ?? props.get("ssl.ca.location");
    if (ca !== undefined) tls.ca = read(ca, "ssl.truststore.location");
    const keystore = props.get("ssl.keystore.location");
    const cert = props.get("ssl.certificate.location") ?? keystore;
    const key = props.get("ssl.key.location") ?? keystore;
    if (cert !== undefined) tls.cert = read(cert, "ssl.certificate.location");
    if (key !== undefined) tls.key = read(key, "ssl.key.location");
    const password = props.get("ssl.key.password");
    if (password !== undefined) tls.passphrase = password;
    if (props.get("ssl.endpoint.identification.algorithm") === "") tls.checkServerIdentity = () => undefined;
    out.tls = tls;
  }
  if (protocol.startsWith("SASL_")) {
    const mechanism = (props.get("sasl.mechanism") ?? props.get("sasl.mechanisms") ?? "GSSAPI").toUpperCase();
    const known = MECHANISMS.find((m) => m === mechanism);
    if (known === undefined) throw new ClientPropertiesError(`sasl.mechanism ${mechanism} is not supported here (use ${MECHANISMS.join(", ")})`);
    let username = props.get("sasl.username");
    let password = props.get("sasl.password");
    const jaas = props.get("sasl.jaas.config");
    if (jaas !== undefined) {
      const options = parseJaasConfig(jaas)[0]?.modules[0]?.options;
      username = options?.get("username") ?? username;
      password = options?.get("password") ?? password;
    }
    if (username === undefined || password === undefined) throw new ClientPropertiesError("SASL needs a username and password (sasl.jaas.config, or sasl.username and sasl.password)");
    out.sasl = { mechanism: known, username, password };
  }
  return out;
}

function read(path: string, key: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    throw new ClientPropertiesError(`cannot read ${key} ${path}: ${(err as Error).message}`);
  }
}
