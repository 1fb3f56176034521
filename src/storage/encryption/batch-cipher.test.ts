import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import {
  ATTRIBUTES_OFFSET, BASE_OFFSET_OFFSET, CONTROL_FLAG_MASK, MAX_TIMESTAMP_OFFSET, PRODUCER_ID_OFFSET, RECORD_BATCH_OVERHEAD,
  isBatchCrcValid, readBatchHeader, setBaseOffset, writeBatchCrc,
} from "../../protocol/records/batch-header.js";
import { encodeRecordBatch } from "../../protocol/records/record-batch.js";
import { BatchCipher, BatchDecryptionError, isEncryptedBatch, readEnvelope } from "./batch-cipher.js";
import { KeyRing, KeyRingError } from "./key-ring.js";

const SECRET = "patient-MRN-0042-secret";
const ring = (ids: string[]): KeyRing => new KeyRing(new Map(ids.map((id) => [id, randomBytes(32)])));

function batch(value = SECRET, baseOffset = 7n): Buffer {
  const b = encodeRecordBatch({ records: [{ key: Buffer.from("key-" + value), value: Buffer.from(value), headers: [{ key: "h", value: Buffer.from("hdr-" + value) }], timestamp: 1_700_000_000_000n }] });
  setBaseOffset(b, 0, baseOffset);
  return b;
}

function controlBatch(): Buffer {
  const b = encodeRecordBatch({ records: [{ key: Buffer.from([0, 0, 0, 0]), value: Buffer.from([0, 0, 0, 0, 0, 0]), timestamp: 1n }] });
  b.writeInt16BE(b.readInt16BE(ATTRIBUTES_OFFSET) | CONTROL_FLAG_MASK, ATTRIBUTES_OFFSET);
  writeBatchCrc(b);
  return b;
}

function expectDecryptionError(fn: () => unknown, pattern: RegExp): void {
  assert.throws(fn, (err: unknown) => err instanceof BatchDecryptionError && pattern.test(err.message));
}

void describe("BatchCipher", () => {
  const keys = ring(["k1", "k2"]);
  const cipher = new BatchCipher(keys);

  void test("round trip: the stored form hides the records, keeps the header and a valid CRC; decrypt restores the exact bytes", () => {
    const original = batch();
    const stored = cipher.encrypt(Buffer.from(original), "k1");
    assert.equal(stored.includes(SECRET), false);
    assert.equal(stored.includes("key-" + SECRET), false);
    assert.equal(stored.includes("hdr-" + SECRET), false);
    assert.ok(isBatchCrcValid(stored));
    const header = readBatchHeader(stored);
    const before = readBatchHeader(original);
    assert.ok(isEncryptedBatch(header.attributes));
    assert.deepEqual({ ...header, batchLength: 0, crc: 0, attributes: 0 }, { ...before, batchLength: 0, crc: 0, attributes: 0 });
    assert.equal(readEnvelope(stored).keyId, "k1");
    assert.deepEqual(cipher.decrypt(stored), original);
  });

  void test("each batch gets a fresh nonce: the same batch encrypts differently", () => {
    const a = cipher.encrypt(batch(), "k1");
    const b = cipher.encrypt(batch(), "k1");
    assert.notDeepEqual(readEnvelope(a).nonce, readEnvelope(b).nonce);
    assert.notDeepEqual(a, b);
  });

  void test("several batches in one buffer; control batches stay in clear", () => {
    const input = Buffer.concat([batch("one", 0n), controlBatch(), batch("two", 2n)]);
    const stored = cipher.encrypt(Buffer.from(input), "k2");
    assert.equal(stored.includes("one"), false);
    assert.equal(stored.includes("two"), false);
    assert.deepEqual(cipher.decrypt(stored), input);
    const control = controlBatch();
    assert.deepEqual(cipher.encrypt(control, "k1"), control);
  });

  void test("plaintext batches pass through decrypt untouched", () => {
    const plain = batch();
    assert.equal(cipher.decrypt(plain), plain);
  });

  const tamperCases: [string, (b: Buffer) => void][] = [
    ["base offset (header)", (b) => b.writeBigInt64BE(99n, BASE_OFFSET_OFFSET)],
    ["max timestamp (header)", (b) => b.writeBigInt64BE(1n, MAX_TIMESTAMP_OFFSET)],
    ["producer id (header)", (b) => b.writeBigInt64BE(5n, PRODUCER_ID_OFFSET)],
    ["ciphertext", (b) => { b[b.length - 1]! ^= 1; }],
    ["tag", (b) => { const tagAt = RECORD_BATCH_OVERHEAD + 2 + 2 + 4 + 12; b[tagAt]! ^= 0x80; }],
    ["original CRC in the envelope", (b) => { b[RECORD_BATCH_OVERHEAD + 2 + 2]! ^= 1; }],
  ];
  for (const [what, tamper] of tamperCases) {
    void test(`tampering with the ${what} is detected`, () => {
      const stored = cipher.encrypt(batch(), "k1");
      tamper(stored);
      // Even with a CRC recomputed by the attacker, authentication fails.
      writeBatchCrc(stored);
      expectDecryptionError(() => cipher.decrypt(stored), /authentication failed/);
    });
  }

  void test("an unknown key id is named; a wrong key under the same id fails authentication", () => {
    const stored = cipher.encrypt(batch(), "k2");
    expectDecryptionError(() => new BatchCipher(ring(["k1"])).decrypt(stored), /key 'k2' is not in the key ring/);
    expectDecryptionError(() => new BatchCipher(ring(["k2"])).decrypt(stored), /authentication failed/);
    assert.throws(() => cipher.encrypt(batch(), "nope"), KeyRingError);
  });

  void test("rotation: batches written under an old key still decrypt once a new key is active", () => {
    const old = new BatchCipher(new KeyRing(new Map([["2025", keys.get("k1")!]])));
    const oldStored = old.encrypt(batch("old", 0n), "2025");
    const rotated = new BatchCipher(new KeyRing(new Map([["2025", keys.get("k1")!], ["2026", keys.get("k2")!]])));
    const newStored = rotated.encrypt(batch("new", 1n), "2026");
    const both = rotated.decrypt(Buffer.concat([oldStored, newStored]));
    assert.deepEqual(both, Buffer.concat([batch("old", 0n), batch("new", 1n)]));
    assert.equal(readEnvelope(newStored).keyId, "2026");
  });
});
