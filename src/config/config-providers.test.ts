import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadBrokerConfig } from "./broker-config.js";
import { ConfigError } from "./config-error.js";

const PROVIDERS = {
  "config.providers": "file,env,dir",
  "config.providers.file.class": "org.apache.kafka.common.config.provider.FileConfigProvider",
  "config.providers.env.class": "org.apache.kafka.common.config.provider.EnvVarConfigProvider",
  "config.providers.dir.class": "org.apache.kafka.common.config.provider.DirectoryConfigProvider",
};

describe("config providers (KIP-297/421)", () => {
  let dir: string;
  let secrets: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "carebus-providers-"));
    secrets = join(dir, "secrets.properties");
    writeFileSync(secrets, "keystore.password=s3cret-from-file\nnot.a.number=abc\n");
    mkdirSync(join(dir, "run"));
    writeFileSync(join(dir, "run", "key-password"), "s3cret-from-dir");
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const configError = (key: string, pattern: RegExp) => (e: unknown) => e instanceof ConfigError && e.key === key && pattern.test(e.message);

  test("file, env (both ${env:X} and ${env::X}) and dir references are resolved; secrets are not printed", () => {
    const { config, warnings } = loadBrokerConfig({
      env: { TRUSTSTORE_PASSWORD: "s3cret-from-env", BROKER_ID: "7" },
      overrides: {
        ...PROVIDERS,
        "ssl.keystore.password": `\${file:${secrets}:keystore.password}`,
        "ssl.truststore.password": "${env:TRUSTSTORE_PASSWORD}",
        "broker.id": "${env::BROKER_ID}",
        "ssl.key.password": `\${dir:${join(dir, "run")}:key-password}`,
        "listener.name.sasl_ssl.plain.sasl.jaas.config": `org.apache.kafka.common.security.plain.PlainLoginModule required user_admin="\${file:${secrets}:keystore.password}";`,
      },
    });
    assert.deepEqual(warnings, []);
    assert.equal(config.get("ssl.keystore.password")?.value, "s3cret-from-file");
    assert.equal(config.get("ssl.key.password")?.value, "s3cret-from-dir");
    assert.equal(config.get("broker.id"), 7);
    assert.equal(config.supplied("ssl.truststore.password")?.raw, "s3cret-from-env");
    assert.match(config.listenerConfig("SASL_SSL", "sasl.jaas.config", "PLAIN") ?? "", /user_admin="s3cret-from-file";/);
    const printed = [config.toString(), JSON.stringify(config.toJSON()), JSON.stringify(config.entries())].join("\n");
    assert.doesNotMatch(printed, /s3cret/);
  });

  test("a value that resolves to something invalid names the key and shows the reference, not the value", () => {
    assert.throws(
      () => loadBrokerConfig({ overrides: { ...PROVIDERS, "num.partitions": `\${file:${secrets}:not.a.number}` } }),
      (e: unknown) => e instanceof ConfigError && e.key === "num.partitions" && e.message.includes("${file:") && !e.message.includes("abc"),
    );
  });

  test("a provider not listed in config.providers, or a missing key, stops start-up naming the key", () => {
    assert.throws(() => loadBrokerConfig({ overrides: { ...PROVIDERS, "ssl.keystore.password": "${vault:secret/kafka:pw}" } }), configError("ssl.keystore.password", /provider 'vault', which is not listed/));
    assert.throws(() => loadBrokerConfig({ overrides: { ...PROVIDERS, "ssl.keystore.password": `\${file:${secrets}:nope}` } }), configError("ssl.keystore.password", /has no key 'nope'/));
    assert.throws(() => loadBrokerConfig({ env: {}, overrides: { ...PROVIDERS, "ssl.keystore.password": "${env:UNSET_VAR}" } }), configError("ssl.keystore.password", /has no key 'UNSET_VAR'/));
    assert.throws(() => loadBrokerConfig({ overrides: { ...PROVIDERS, "ssl.keystore.password": `\${file:${join(dir, "missing.properties")}:pw}` } }), (e: unknown) => e instanceof ConfigError && /Could not read properties from file/.test(e.message));
  });

  test("an unknown provider class, or a missing one, names its key", () => {
    assert.throws(() => loadBrokerConfig({ overrides: { "config.providers": "vault", "config.providers.vault.class": "com.example.VaultConfigProvider" } }), configError("config.providers.vault.class", /Java classes cannot be loaded/));
    assert.throws(() => loadBrokerConfig({ overrides: { "config.providers": "vault" } }), configError("config.providers.vault.class", /is not set/));
  });

  test("allowed.paths and allowlist.pattern restrict what providers may read", () => {
    const restricted = { ...PROVIDERS, "config.providers.file.param.allowed.paths": join(dir, "run"), "config.providers.env.param.allowlist.pattern": "CAREBUS_SECRET_.*" };
    assert.throws(() => loadBrokerConfig({ overrides: { ...restricted, "ssl.keystore.password": `\${file:${secrets}:keystore.password}` } }), /is not allowed to be accessed/);
    assert.throws(() => loadBrokerConfig({ env: { OTHER: "x" }, overrides: { ...restricted, "ssl.keystore.password": "${env:OTHER}" } }), /has no key 'OTHER'/);
    const ok = loadBrokerConfig({ env: { CAREBUS_SECRET_PW: "pw" }, overrides: { ...restricted, "ssl.keystore.password": "${env:CAREBUS_SECRET_PW}" } });
    assert.equal(ok.config.get("ssl.keystore.password")?.value, "pw");
  });

  test("without config.providers a reference is kept as text with a warning, as Kafka does", () => {
    const { config, warnings } = loadBrokerConfig({ overrides: { "ssl.keystore.password": "${file:/etc/x:pw}" } });
    assert.equal(config.get("ssl.keystore.password")?.value, "${file:/etc/x:pw}");
    assert.match(warnings.join("\n"), /ssl\.keystore\.password refers to config provider 'file'.*config\.providers is not set/);
  });
});
