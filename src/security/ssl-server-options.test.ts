import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { ConfigError } from "../config/config-error.js";
import { createTlsFixtures, type TlsFixtures } from "../../test/support/tls-fixtures.js";
import { openSslCipherName, sslServerOptions, type ListenerSettings } from "./ssl-server-options.js";

let certs: TlsFixtures;
before(async () => {
  certs = await createTlsFixtures();
});
after(() => certs?.remove());

/** Settings as one listener sees them; keys starting with "listener.name.ssl." override. */
function settings(values: Record<string, string>): ListenerSettings {
  return {
    get: (name) => values[`listener.name.ssl.${name}`] ?? values[name],
    keyOf: (name) => (values[`listener.name.ssl.${name}`] !== undefined ? `listener.name.ssl.${name}` : name),
  };
}

const rejectsKey = (key: string) => (err: unknown) => err instanceof ConfigError && err.key === key;

describe("sslServerOptions", () => {
  test("the seeds' cipher suites (Java names) are accepted and protocols bound the TLS versions", () => {
    const { tls, clientAuth } = sslServerOptions("SSL", settings({
      "ssl.keystore.location": certs.serverKeystorePath,
      "ssl.truststore.location": certs.caPath,
      "ssl.client.auth": "required",
      "ssl.enabled.protocols": "TLSv1.2,TLSv1.3",
      "ssl.cipher.suites": "TLS_AES_256_GCM_SHA384,TLS_CHACHA20_POLY1305_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    }));
    assert.equal(clientAuth, "required");
    assert.equal(tls.requestCert, true);
    assert.equal(tls.rejectUnauthorized, true);
    assert.deepEqual([tls.minVersion, tls.maxVersion], ["TLSv1.2", "TLSv1.3"]);
    assert.equal(tls.ciphers, "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:ECDHE-ECDSA-AES256-GCM-SHA384");
  });

  test("errors name the key that supplied the bad value, per-listener overrides included", () => {
    const base = { "ssl.keystore.location": certs.serverKeystorePath };
    assert.throws(() => sslServerOptions("SSL", settings({ ...base, "listener.name.ssl.ssl.cipher.suites": "NOT_A_SUITE" })), rejectsKey("listener.name.ssl.ssl.cipher.suites"));
    assert.throws(() => sslServerOptions("SSL", settings({ ...base, "ssl.enabled.protocols": "TLSv1.1" })), rejectsKey("ssl.enabled.protocols"));
    assert.throws(() => sslServerOptions("SSL", settings({ ...base, "ssl.client.auth": "required" })), rejectsKey("ssl.truststore.location"));
    assert.throws(() => sslServerOptions("SSL", settings({ "ssl.keystore.key": certs.read(certs.serverKeyPath) })), rejectsKey("ssl.keystore.certificate.chain"));
    assert.throws(() => sslServerOptions("SSL", settings({})), rejectsKey("ssl.keystore.location"));
    assert.throws(() => sslServerOptions("SSL", settings({ "ssl.keystore.location": certs.caPath })), rejectsKey("ssl.keystore.location"));
  });
});

test("openSslCipherName maps Java/IANA cipher suite names to OpenSSL's", () => {
  assert.equal(openSslCipherName("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"), "ECDHE-RSA-AES128-GCM-SHA256");
  assert.equal(openSslCipherName("TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"), "ECDHE-RSA-CHACHA20-POLY1305");
  assert.equal(openSslCipherName("TLS_RSA_WITH_AES_256_GCM_SHA384"), "AES256-GCM-SHA384");
  assert.equal(openSslCipherName("TLS_AES_128_GCM_SHA256"), "TLS_AES_128_GCM_SHA256");
});
