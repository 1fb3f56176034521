import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { loadBrokerConfig } from "../config/broker-config.js";
import { ConfigError } from "../config/config-error.js";
import { effectiveTopicConfig } from "../config/topic-config.js";
import { KeyRing } from "../storage/encryption/key-ring.js";
import { checkEncryptionAtStartup, checkTopicEncryption, encryptionKeyIdOf, loadKeyRing } from "./encryption-at-rest.js";

const ring = new KeyRing(new Map([["k1", randomBytes(32)], ["k2", randomBytes(32)]]));
const brokerConfig = (overrides: Record<string, string>) => loadBrokerConfig({ overrides }).config;
const configError = (key: string, message: RegExp) => (err: unknown): boolean => err instanceof ConfigError && err.key === key && message.test(err.message);

void describe("encryption at rest: broker configuration", () => {
  void test("the key id for new writes: the topic's, else the broker's active id, only when enabled", () => {
    const broker = brokerConfig({ "carebus.encryption.active.key.id": "k1" });
    assert.equal(encryptionKeyIdOf(effectiveTopicConfig({}, broker)), null);
    assert.equal(encryptionKeyIdOf(effectiveTopicConfig({ "carebus.encryption.enable": "true" }, broker)), "k1");
    assert.equal(encryptionKeyIdOf(effectiveTopicConfig({ "carebus.encryption.enable": "true", "carebus.encryption.key.id": "k2" }, broker)), "k2");
    const byDefault = brokerConfig({ "carebus.encryption.enable": "true", "carebus.encryption.active.key.id": "k2" });
    const topic = effectiveTopicConfig({}, byDefault);
    assert.equal(encryptionKeyIdOf(topic), "k2");
    assert.equal(topic.entry("carebus.encryption.enable")?.source, "STATIC_BROKER_CONFIG");
  });

  void test("enabling encryption without a usable key is a ConfigError naming the key", () => {
    const noActive = brokerConfig({});
    assert.throws(
      () => checkTopicEncryption(ring, effectiveTopicConfig({ "carebus.encryption.enable": "true" }, noActive), "t"),
      configError("carebus.encryption.active.key.id", /carebus.encryption.enable=true of topic t needs a key/),
    );
    assert.throws(
      () => checkTopicEncryption(ring, effectiveTopicConfig({ "carebus.encryption.enable": "true", "carebus.encryption.key.id": "k9" }, noActive), "t"),
      configError("carebus.encryption.key.id", /encryption key 'k9' \(carebus.encryption.key.id\) of topic t is not in the key ring .*known ids: \[k1, k2\]/),
    );
    assert.throws(
      () => checkEncryptionAtStartup(KeyRing.EMPTY, brokerConfig({ "carebus.encryption.enable": "true", "carebus.encryption.active.key.id": "k1" }), []),
      configError("carebus.encryption.active.key.id", /encryption key 'k1' \(carebus.encryption.active.key.id\) is not in the key ring/),
    );
    checkEncryptionAtStartup(ring, brokerConfig({ "carebus.encryption.enable": "true", "carebus.encryption.active.key.id": "k1" }), []);
  });

  void test("keys come from CAREBUS_ENCRYPTION_KEYS (never a config); a malformed value names the variable", () => {
    const keys = loadKeyRing(brokerConfig({}), { CAREBUS_ENCRYPTION_KEYS: `k1=${randomBytes(32).toString("base64")}` });
    assert.deepEqual(keys.ids, ["k1"]);
    assert.throws(() => loadKeyRing(brokerConfig({}), { CAREBUS_ENCRYPTION_KEYS: "k1=short" }), configError("carebus.encryption.keys.file", /CAREBUS_ENCRYPTION_KEYS: /));
    // Not read as the (unknown) config encryption.keys, which would warn and echo the key material.
    const { warnings, notes } = loadBrokerConfig({ env: { CAREBUS_ENCRYPTION_KEYS: "k1=secret" } });
    assert.equal([...warnings, ...notes].some((w) => w.includes("secret") || w.includes("encryption.keys")), false);
  });
});
