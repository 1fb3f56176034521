// Encryption at rest seen by unmodified clients: kcat (librdkafka) and KafkaJS (gzip)
// produce distinctive plaintext to an encrypted topic; the segment files hold none of it;
// everything reads back byte-identical, across a restart and a key rotation; CreateTopics
// and AlterConfigs refuse a key the broker does not have (INVALID_CONFIG); start-up
// refuses an active key id that is missing; `carebus dump-log` prints records only with
// the keys.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import kafkajs from "kafkajs";
import { readBatchHeader, RECORD_BATCH_OVERHEAD } from "../../src/protocol/records/batch-header.js";
import { isEncryptedBatch, readEnvelope } from "../../src/storage/encryption/batch-cipher.js";
import { batchOf, fetch, onlyPartition, produce } from "../support/data-path.js";
import { withRawClient } from "../support/raw-client.js";
import { runCli } from "../support/run-cli.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";
import { runKcat } from "../support/kcat.js";

// kafkajs is CommonJS with a spread in its exports, which Node's named-import detection misses.
const { CompressionTypes, Kafka, logLevel } = kafkajs;

const TOPIC = "clinical.encrypted.notes";
const k1 = randomBytes(32).toString("base64");
const k2 = randomBytes(32).toString("base64");
let workDir: string;
let logDir: string;
let keysFile: string;
let server: TestBroker | undefined;

const start = (activeKeyId: string): Promise<TestBroker> =>
  startTestBroker({ "carebus.encryption.keys.file": keysFile, "carebus.encryption.active.key.id": activeKeyId }, { logDir });

before(async () => {
  workDir = mkdtempSync(join(tmpdir(), "carebus-encryption-e2e-"));
  logDir = join(workDir, "data");
  keysFile = join(workDir, "keys");
  writeFileSync(keysFile, `k1=${k1}\n`);
  server = await start("k1");
});

after(async () => {
  await server?.stop();
  rmSync(workDir, { recursive: true, force: true });
});

function broker(): TestBroker {
  if (server === undefined) throw new Error("no broker");
  return server;
}

function kcat(args: readonly string[], input?: string): Promise<string> {
  return runKcat(broker().bootstrap, args, input === undefined ? {} : { input });
}

const kcatProduce = (lines: string, header: string): Promise<string> => kcat(["-P", "-t", TOPIC, "-p", "0", "-K:", "-H", header], lines);
const consumeAll = async (): Promise<string[]> =>
  (await kcat(["-C", "-t", TOPIC, "-p", "0", "-o", "beginning", "-e", "-q", "-f", "%o|%k|%s|%h\\n"])).trim().split("\n");

function segmentFiles(): string[] {
  const dir = join(logDir, `${TOPIC}-0`);
  return readdirSync(dir).filter((f) => f.endsWith(".log")).sort().map((f) => join(dir, f));
}

/** Key id of every stored batch (undefined: in clear), straight from the files. */
function storedKeyIds(): (string | undefined)[] {
  const ids: (string | undefined)[] = [];
  for (const file of segmentFiles()) {
    const bytes = readFileSync(file);
    for (let at = 0; at + RECORD_BATCH_OVERHEAD <= bytes.length; at += 12 + bytes.readInt32BE(at + 8)) {
      const batch = bytes.subarray(at, at + 12 + bytes.readInt32BE(at + 8));
      ids.push(isEncryptedBatch(readBatchHeader(batch).attributes) ? readEnvelope(batch).keyId : undefined);
    }
  }
  return ids;
}

const plaintexts: string[] = [];
let expected: string[] = [];

async function kafkaErrorType(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    type KafkaJSError = { type?: string; errors?: KafkaJSError[]; cause?: KafkaJSError };
    let e = err as KafkaJSError;
    while (e.type === undefined && e.cause !== undefined) e = e.cause;
    return (e.errors?.[0] ?? e).type ?? "NO TYPE";
  }
  assert.fail("expected the request to fail");
}

describe("encryption at rest with kcat and KafkaJS", () => {
  test("CreateTopics and AlterConfigs refuse encryption under a key the broker lacks; with the active key the topic is created", async () => {
    const kafka = new Kafka({ clientId: "carebus-encryption-e2e", brokers: [broker().bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 0 } });
    const admin = kafka.admin();
    await admin.connect();
    try {
      const missing = [{ name: "carebus.encryption.enable", value: "true" }, { name: "carebus.encryption.key.id", value: "k9" }];
      assert.equal(await kafkaErrorType(admin.createTopics({ topics: [{ topic: "clinical.no.key", configEntries: missing }] })), "INVALID_CONFIG");
      assert.equal(broker().broker.topics.get("clinical.no.key"), undefined);
      assert.equal(await admin.createTopics({ topics: [{ topic: TOPIC, configEntries: [{ name: "carebus.encryption.enable", value: "true" }] }] }), true);
      const alter = admin.alterConfigs({ validateOnly: false, resources: [{ type: kafkajs.ConfigResourceTypes.TOPIC, name: TOPIC, configEntries: [...missing] }] });
      assert.equal(await kafkaErrorType(alter), "INVALID_CONFIG");
      assert.equal(broker().broker.topicConfig(TOPIC).get("carebus.encryption.key.id"), "k1");
    } finally {
      await admin.disconnect();
    }
  });

  test("segments hold no plaintext of any produced record value, key or header; everything reads back", async () => {
    const lines = Array.from({ length: 20 }, (_, i) => `kcat-key-${i}:kcat-value-PHI-${i}-${"x".repeat(i * 7)}`);
    await kcatProduce(`${lines.join("\n")}\n`, "source=kcat-header-ward-7");
    plaintexts.push("kcat-key-", "kcat-value-PHI-", "kcat-header-ward-7");
    const kafka = new Kafka({ clientId: "carebus-encryption-e2e", brokers: [broker().bootstrap], logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    const messages = Array.from({ length: 10 }, (_, i) => ({ key: `kafkajs-key-${i}`, value: `kafkajs-gzip-value-${i}`, headers: { trace: `kafkajs-header-${i}` } }));
    await producer.send({ topic: TOPIC, acks: -1, compression: CompressionTypes.GZIP, messages });
    await producer.disconnect();
    plaintexts.push("kafkajs-key-", "kafkajs-gzip-value-", "kafkajs-header-");

    await withRawClient(broker().port, async (client) => {
      const sent = batchOf([{ key: "raw-key", value: "raw-value-exact-bytes" }]);
      const [answer] = await produce(client, TOPIC, [{ partition: 0, records: Buffer.from(sent) }]);
      assert.equal(answer?.errorCode, 0);
      const fetched = onlyPartition(await fetch(client, 12, { name: TOPIC, topicId: "" }, [{ partition: 0, fetchOffset: answer.baseOffset }]));
      assert.equal(fetched.errorCode, 0);
      // Byte-identical from the magic byte on (base offset and leader epoch are the broker's to set).
      const batch = fetched.records?.subarray(fetched.records.length - sent.length);
      assert.deepEqual(batch?.subarray(16), sent.subarray(16));
    });
    plaintexts.push("raw-key", "raw-value-exact-bytes");

    const disk = Buffer.concat(segmentFiles().map((f) => readFileSync(f)));
    assert.ok(disk.length > 0);
    for (const plain of plaintexts) assert.equal(disk.includes(plain), false, `${plain} is on disk in clear`);
    assert.ok(storedKeyIds().length >= 3 && storedKeyIds().every((id) => id === "k1"), JSON.stringify(storedKeyIds()));

    expected = [
      ...lines.map((l, i) => `${i}|${l.replace(":", "|")}|source=kcat-header-ward-7`),
      ...messages.map((m, i) => `${20 + i}|${m.key}|${m.value}|trace=${m.headers.trace}`),
      "30|raw-key|raw-value-exact-bytes|",
    ];
    assert.deepEqual(await consumeAll(), expected);
  });

  test("after a restart everything reads back the same", async () => {
    await broker().stop();
    server = await start("k1");
    assert.deepEqual(await consumeAll(), expected);
  });

  test("start-up refuses an active key id that is not in the key ring, naming it", async () => {
    await broker().stop();
    server = undefined;
    await assert.rejects(start("k2"), /encryption key 'k2' \(carebus\.encryption\.active\.key\.id\) of topic clinical\.encrypted\.notes is not in the key ring/);
  });

  test("key rotation: with k2 active, old batches still read under k1 and new ones are written under k2", async () => {
    writeFileSync(keysFile, `k1=${k1}\nk2=${k2}\n`);
    server = await start("k2");
    await kcatProduce("rotated-key:rotated-value-PHI\n", "source=kcat-rotated-header");
    expected.push("31|rotated-key|rotated-value-PHI|source=kcat-rotated-header");
    assert.deepEqual(await consumeAll(), expected);
    const ids = storedKeyIds();
    assert.equal(ids.at(-1), "k2");
    assert.ok(ids.slice(0, -1).every((id) => id === "k1"), JSON.stringify(ids));
    const disk = Buffer.concat(segmentFiles().map((f) => readFileSync(f)));
    assert.equal(disk.includes("rotated-value-PHI"), false);
  });

  test("dump-log refuses records of encrypted segments without the keys, and prints them with the keys file or CAREBUS_ENCRYPTION_KEYS", async () => {
    const [segment] = segmentFiles();
    assert.ok(segment !== undefined);
    const refused = await runCli(["dump-log", "--print-data-log", segment], { env: { CAREBUS_ENCRYPTION_KEYS: "" } });
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /batch at offset 0 is encrypted \(key 'k1'\); refusing to print records without the key: give --encryption-keys-file FILE or set CAREBUS_ENCRYPTION_KEYS/);
    assert.match(refused.stdout, /baseOffset: 0 lastOffset: \d+ count: \d+ .* encrypted: true keyId: k1/);
    assert.equal(refused.stdout.includes("kcat-value-PHI"), false);

    const withFile = await runCli(["dump-log", "--print-data-log", "--encryption-keys-file", keysFile, segment]);
    assert.equal(withFile.code, 0, withFile.stderr);
    assert.match(withFile.stdout, /\| offset: 0 CreateTime: \d+ keySize: 10 .* key: kcat-key-0 payload: kcat-value-PHI-0/);
    assert.match(withFile.stdout, /payload: rotated-value-PHI/);

    const withEnv = await runCli(["dump-log", "--print-data-log", segment], { env: { CAREBUS_ENCRYPTION_KEYS: `k1=${k1};k2=${k2}` } });
    assert.equal(withEnv.code, 0, withEnv.stderr);
    assert.match(withEnv.stdout, /key: raw-key payload: raw-value-exact-bytes/);

    const wrongKey = await runCli(["dump-log", "--print-data-log", segment], { env: { CAREBUS_ENCRYPTION_KEYS: `k1=${k2}` } });
    assert.equal(wrongKey.code, 1);
    assert.match(wrongKey.stderr, /cannot decrypt: batch at offset 0: authentication failed/);
  });
});
