// Encryption at rest (storage/encryption) as the broker configures it: the key ring from
// carebus.encryption.keys.file and CAREBUS_ENCRYPTION_KEYS, the key id a topic's new
// writes use (its carebus.encryption.key.id, else the broker's
// carebus.encryption.active.key.id, when carebus.encryption.enable is true), and the checks
// that refuse to enable encryption without a usable key: at start-up (ConfigError naming
// the key) and on CreateTopics/AlterConfigs (INVALID_CONFIG through toApiError).
import type { BrokerConfig } from "../config/broker-config.js";
import { ConfigError } from "../config/config-error.js";
import { effectiveTopicConfig, type EffectiveTopicConfig } from "../config/topic-config.js";
import { ENCRYPTION_KEYS_ENV, KeyRing, KeyRingError } from "../storage/encryption/key-ring.js";

const KEYS_FILE = "carebus.encryption.keys.file";

/** The configured keys; a malformed file or variable fails start-up naming it. */
export function loadKeyRing(config: BrokerConfig, env: Readonly<Record<string, string | undefined>> = process.env): KeyRing {
  try {
    return KeyRing.load({ file: config.get(KEYS_FILE), env: env[ENCRYPTION_KEYS_ENV] });
  } catch (err) {
    if (err instanceof KeyRingError) throw new ConfigError(KEYS_FILE, err.message, { cause: err });
    throw err;
  }
}

/** The key id for the topic's new writes; null when the topic is not encrypted. */
export function encryptionKeyIdOf(topic: EffectiveTopicConfig): string | null {
  if (!topic.get("carebus.encryption.enable")) return null;
  // Unset only when the checks below were bypassed; the empty id matches no key, so appends fail rather than write in clear.
  return topic.get("carebus.encryption.key.id") ?? "";
}

/** Throws ConfigError when `topic` enables encryption but its key id is unset or not in `keyRing`. */
export function checkTopicEncryption(keyRing: KeyRing, topic: EffectiveTopicConfig, topicName: string | undefined): void {
  const keyId = encryptionKeyIdOf(topic);
  if (keyId === null) return;
  const where = topicName === undefined ? "" : ` of topic ${topicName}`;
  if (keyId === "") {
    throw new ConfigError("carebus.encryption.active.key.id", `carebus.encryption.enable=true${where} needs a key: set carebus.encryption.active.key.id (or the topic's carebus.encryption.key.id)`);
  }
  if (!keyRing.has(keyId)) {
    const source = topic.entry("carebus.encryption.key.id")?.source === "DYNAMIC_TOPIC_CONFIG" ? "carebus.encryption.key.id" : "carebus.encryption.active.key.id";
    throw new ConfigError(source, `encryption key '${keyId}' (${source})${where} is not in the key ring (${KEYS_FILE} or ${ENCRYPTION_KEYS_ENV}); known ids: [${keyRing.ids.join(", ")}]`);
  }
}

/** Start-up: the broker default (for topics created later) and every existing topic must have a usable key. */
export function checkEncryptionAtStartup(keyRing: KeyRing, config: BrokerConfig, topics: Iterable<[string, EffectiveTopicConfig]>): void {
  checkTopicEncryption(keyRing, effectiveTopicConfig({}, config), undefined);
  for (const [name, topic] of topics) checkTopicEncryption(keyRing, topic, name);
}
