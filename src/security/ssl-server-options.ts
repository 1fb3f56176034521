// Kafka's ssl.* broker settings for one listener, turned into node:tls server options.
// Each setting is looked up as Kafka does: `listener.name.<listener>.ssl.x`, then `ssl.x`.
//
// Key store: `ssl.keystore.type=PEM` with `ssl.keystore.location` (one file holding the
// private key and the certificate chain) or inline `ssl.keystore.key` +
// `ssl.keystore.certificate.chain` (KIP-651); `ssl.key.password` decrypts an encrypted
// key. `PKCS12` files are read as node's pfx with `ssl.keystore.password`. JKS is a Java
// format node cannot read: refused with the keytool command that converts it.
// Trust store (CAs for client certificates): PEM `ssl.truststore.location` or inline
// `ssl.truststore.certificates`. `ssl.enabled.protocols` is TLSv1.2/TLSv1.3 only (older
// versions are refused by the config validator); `ssl.cipher.suites` takes Kafka's (IANA)
// names. `ssl.client.auth`: required = mTLS, requested = certificate optional but
// verified when given, none. Anything unusable fails at start naming the key.
import { readFileSync } from "node:fs";
import { createSecureContext, type TlsOptions } from "node:tls";
import { ConfigError } from "../config/config-error.js";

export type SslClientAuth = "required" | "requested" | "none";

export interface SslServerOptions {
  readonly tls: TlsOptions;
  readonly clientAuth: SslClientAuth;
}

/** One listener's view of the settings: `get` prefers the override, `keyOf` names the key that supplied it. */
export interface ListenerSettings {
  get(name: string): string | undefined;
  keyOf(name: string): string;
}

export function sslServerOptions(listener: string, settings: ListenerSettings): SslServerOptions {
  const setting = (name: string): string | undefined => settings.get(name);
  const keyName = (name: string): string => settings.keyOf(name);
  const fail = (name: string, why: string): ConfigError => new ConfigError(keyName(name), `Invalid value for configuration ${keyName(name)} of listener ${listener}: ${why}`);
  // A client that never finishes its handshake is not a Connection yet; do not let it
  // hold a socket (and the listener's close) for node's default two minutes.
  const tls: TlsOptions = { handshakeTimeout: 10_000 };

  // ---- key store
  const keystoreLocation = setting("ssl.keystore.location");
  const inlineKey = setting("ssl.keystore.key");
  const inlineChain = setting("ssl.keystore.certificate.chain");
  const keyPassword = setting("ssl.key.password");
  let keystoreType = (setting("ssl.keystore.type") ?? (inlineKey !== undefined ? "PEM" : "JKS")).toUpperCase();
  if (inlineKey !== undefined || inlineChain !== undefined) {
    if (inlineKey === undefined) throw fail("ssl.keystore.key", "ssl.keystore.certificate.chain is set but the private key ssl.keystore.key is missing");
    if (inlineChain === undefined) throw fail("ssl.keystore.certificate.chain", "ssl.keystore.key is set but the certificate chain ssl.keystore.certificate.chain is missing");
    if (keystoreLocation !== undefined) throw fail("ssl.keystore.location", "give either ssl.keystore.location or the inline ssl.keystore.key and ssl.keystore.certificate.chain, not both");
    tls.key = pemBlocks(inlineKey, "PRIVATE KEY", () => fail("ssl.keystore.key", "no PEM private key found"));
    tls.cert = pemBlocks(inlineChain, "CERTIFICATE", () => fail("ssl.keystore.certificate.chain", "no PEM certificate found"));
    if (keyPassword !== undefined) tls.passphrase = keyPassword;
  } else {
    if (keystoreLocation === undefined) throw fail("ssl.keystore.location", "an SSL listener needs a key store (ssl.keystore.location, or ssl.keystore.key and ssl.keystore.certificate.chain)");
    const bytes = readKeyMaterial(keystoreLocation, () => fail("ssl.keystore.location", `cannot read ${keystoreLocation}`));
    // Kafka's default type is JKS; a PEM file left at the default is read as PEM.
    if (keystoreType === "JKS" && setting("ssl.keystore.type") === undefined && isPem(bytes)) keystoreType = "PEM";
    if (keystoreType === "PEM") {
      const text = bytes.toString("utf8");
      tls.key = pemBlocks(text, "PRIVATE KEY", () => fail("ssl.keystore.location", `${keystoreLocation} holds no PEM private key`));
      tls.cert = pemBlocks(text, "CERTIFICATE", () => fail("ssl.keystore.location", `${keystoreLocation} holds no PEM certificate`));
      if (keyPassword !== undefined) tls.passphrase = keyPassword;
    } else if (keystoreType === "PKCS12") {
      tls.pfx = bytes;
      const password = setting("ssl.keystore.password");
      if (password !== undefined) tls.passphrase = password;
    } else {
      throw fail("ssl.keystore.type", `${keystoreType} key stores are Java-only; convert with 'keytool -importkeystore -srckeystore ${keystoreLocation} -destkeystore keystore.p12 -deststoretype PKCS12' and set ssl.keystore.type=PKCS12, or use PEM`);
    }
  }
  checkContext(tls, (why) => fail(/pass|decrypt|bad decrypt|mac verify/i.test(why) ? (tls.pfx !== undefined ? "ssl.keystore.password" : "ssl.key.password") : keystoreLocation !== undefined ? "ssl.keystore.location" : "ssl.keystore.key", why));

  // ---- trust store
  const truststoreLocation = setting("ssl.truststore.location");
  const inlineCas = setting("ssl.truststore.certificates");
  if (inlineCas !== undefined) {
    tls.ca = pemBlocks(inlineCas, "CERTIFICATE", () => fail("ssl.truststore.certificates", "no PEM certificate found"));
  } else if (truststoreLocation !== undefined) {
    const bytes = readKeyMaterial(truststoreLocation, () => fail("ssl.truststore.location", `cannot read ${truststoreLocation}`));
    const type = (setting("ssl.truststore.type") ?? "JKS").toUpperCase();
    if (!isPem(bytes)) {
      throw fail(type === "PEM" ? "ssl.truststore.location" : "ssl.truststore.type", `${truststoreLocation} is not a PEM CA bundle; Carebus reads PEM trust stores only (export with 'keytool -exportcert -rfc' or 'openssl pkcs12 -nokeys')`);
    }
    tls.ca = pemBlocks(bytes.toString("utf8"), "CERTIFICATE", () => fail("ssl.truststore.location", `${truststoreLocation} holds no PEM certificate`));
  }

  // ---- client authentication
  const clientAuth = (setting("ssl.client.auth") ?? "none").toLowerCase();
  if (clientAuth !== "required" && clientAuth !== "requested" && clientAuth !== "none") {
    throw fail("ssl.client.auth", `${clientAuth} is not one of required, requested, none`);
  }
  if (clientAuth !== "none") {
    if (tls.ca === undefined) throw fail("ssl.truststore.location", `ssl.client.auth=${clientAuth} needs a trust store of the CAs that sign client certificates`);
    tls.requestCert = true;
    // "requested": a missing certificate is fine, an invalid one is refused after the handshake.
    tls.rejectUnauthorized = clientAuth === "required";
  }

  // ---- protocols and ciphers
  const protocols = list(setting("ssl.enabled.protocols") ?? "TLSv1.2,TLSv1.3");
  const refused = protocols.filter((p) => p !== "TLSv1.2" && p !== "TLSv1.3");
  if (refused.length > 0 || protocols.length === 0) {
    throw fail("ssl.enabled.protocols", `${refused.join(",") || "an empty list"} refused: only TLSv1.2 and TLSv1.3 are allowed`);
  }
  tls.minVersion = protocols.includes("TLSv1.2") ? "TLSv1.2" : "TLSv1.3";
  tls.maxVersion = protocols.includes("TLSv1.3") ? "TLSv1.3" : "TLSv1.2";
  const suites = list(setting("ssl.cipher.suites") ?? "");
  if (suites.length > 0) {
    tls.ciphers = suites.map(openSslCipherName).join(":");
    checkContext(tls, (why) => fail("ssl.cipher.suites", why));
  }
  return { tls, clientAuth };
}

function list(text: string): string[] {
  return text.split(",").map((s) => s.trim()).filter((s) => s !== "");
}

function isPem(bytes: Buffer): boolean {
  return bytes.subarray(0, 4096).toString("latin1").includes("-----BEGIN ");
}

function readKeyMaterial(path: string, fail: () => Error): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw Object.assign(fail(), { cause: err });
  }
}

/** The PEM blocks whose label ends with `label` ("PRIVATE KEY" also matches "ENCRYPTED PRIVATE KEY", "RSA PRIVATE KEY"). */
function pemBlocks(text: string, label: string, fail: () => Error): string {
  const re = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;
  const blocks = [...text.matchAll(re)].filter((m) => (m[1] ?? "").endsWith(label)).map((m) => m[0]);
  if (blocks.length === 0) throw fail();
  return `${blocks.join("\n")}\n`;
}

function checkContext(tls: TlsOptions, fail: (why: string) => Error): void {
  try {
    createSecureContext(tls);
  } catch (err) {
    throw Object.assign(fail((err as Error).message), { cause: err });
  }
}

/**
 * Kafka (Java) names cipher suites the IANA way (TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384);
 * OpenSSL, which node uses, as ECDHE-RSA-AES256-GCM-SHA384. TLS 1.3 suites
 * (TLS_AES_256_GCM_SHA384) are the same in both. Unknown shapes pass through unchanged.
 */
export function openSslCipherName(iana: string): string {
  const m = /^TLS_(.+)_WITH_(.+)$/.exec(iana);
  if (m === null) return iana;
  const kex = (m[1] ?? "").replace(/_/g, "-");
  let cipher = (m[2] ?? "")
    .replace(/^AES_(\d+)_/, "AES$1-")
    .replace(/^CHACHA20_POLY1305_SHA256$/, "CHACHA20-POLY1305")
    .replace(/^CAMELLIA_(\d+)_/, "CAMELLIA$1-")
    .replace(/_/g, "-");
  if (/-CBC-SHA$/.test(cipher)) cipher = cipher.replace(/-CBC-SHA$/, "-SHA");
  cipher = cipher.replace(/-CBC-/, "-");
  return kex === "RSA" ? cipher : `${kex}-${cipher}`;
}
