// Encryption at rest of record batches (AES-256-GCM), one batch at a time. A stored
// encrypted batch keeps Kafka's 61-byte v2 header in clear, so offsets, indexes,
// recovery, producer state, transactions and retention read it as before; the records
// section after it is replaced by an envelope:
//
//   Header (61 bytes; Length counts the envelope; Attributes | ENCRYPTED_FLAG_MASK;
//          CRC-32C recomputed over the stored bytes, so recovery checks them unchanged)
//   EnvelopeVersion int8 (1) | KeyIdLength uint8 | KeyId (ASCII) | OriginalCrc uint32
//   Nonce (12 bytes) | Tag (16 bytes) | Ciphertext (as long as the records section)
//
// The additional authenticated data is the stored header without its CRC (which covers
// the tag, so cannot be an input) followed by the envelope up to the nonce: changing any
// header field — base offset, counts, timestamps, producer fields, attributes — or the
// key id or original CRC makes decryption fail. Decryption restores the batch exactly as
// the client sent it (Length, Attributes and the original CRC), so clients see no change.
//
// Control batches (transaction markers: version, type, coordinator epoch — no record
// data) stay in clear: producer-state replay and the cleaner read them without keys.
// The flag bit lies outside the bits Kafka defines (0-6) and never leaves the broker.
// Nonces come from nonce-sequence.ts: a counter from a random start, so they never repeat
// within a process and a key is not held to the ~2^32 batches of random nonces.
import { createCipheriv, createDecipheriv } from "node:crypto";
import {
  ATTRIBUTES_OFFSET,
  CRC_OFFSET,
  LENGTH_OFFSET,
  LOG_OVERHEAD,
  RECORD_BATCH_OVERHEAD,
  batchSizeAt,
  isControlBatch,
  writeBatchCrc,
} from "../../protocol/records/batch-header.js";
import { KeyRingError, type KeyRing } from "./key-ring.js";
import { NONCE_BYTES, NonceSequence } from "./nonce-sequence.js";

export const ENCRYPTED_FLAG_MASK = 0x4000;
const ENVELOPE_VERSION = 1;
const TAG_BYTES = 16;
const ALGORITHM = "aes-256-gcm";

/** Whether the stored batch's attributes mark it encrypted. */
export function isEncryptedBatch(attributes: number): boolean {
  return (attributes & ENCRYPTED_FLAG_MASK) !== 0;
}

/** An encrypted batch that cannot be decrypted: unknown key id, malformed envelope, or failed authentication. */
export class BatchDecryptionError extends Error {
  override name = "BatchDecryptionError";
  readonly baseOffset: bigint;
  constructor(baseOffset: bigint, message: string, options?: ErrorOptions) {
    super(`batch at offset ${baseOffset}: ${message}`, options);
    this.baseOffset = baseOffset;
  }
}

/** The envelope fields of a stored encrypted batch (`dump-log` shows the key id). */
export interface Envelope {
  keyId: string;
  originalCrc: number;
  nonce: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
  /** Length of the additional authenticated data's envelope part (up to the nonce). */
  aadEnd: number;
}

export class BatchCipher {
  readonly keyRing: KeyRing;

  constructor(keyRing: KeyRing) {
    this.keyRing = keyRing;
  }

  /**
   * The stored form of `records` (whole v2 batches, offsets assigned): every data batch
   * encrypted under `keyId`, control batches copied. Throws KeyRingError for an unknown id.
   */
  encrypt(records: Buffer, keyId: string): Buffer {
    const key = this.keyRing.get(keyId);
    if (key === undefined) throw new KeyRingError(`encryption key '${keyId}' is not in the key ring`);
    const parts: Buffer[] = [];
    for (let at = 0; at + LOG_OVERHEAD <= records.length; ) {
      const size = batchSizeAt(records, at);
      const batch = records.subarray(at, at + size);
      parts.push(isControlBatch(batch.readInt16BE(ATTRIBUTES_OFFSET)) ? batch : encryptBatch(batch, keyId, key));
      at += size;
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }

  /**
   * `stored` (whole stored batches) as the client sent them. Returns `stored` itself when
   * no batch is encrypted. Throws BatchDecryptionError for a batch it cannot authenticate.
   */
  decrypt(stored: Buffer): Buffer {
    if (!containsEncrypted(stored)) return stored;
    // One output buffer: headers and clear batches copied, ciphertexts decrypted into place.
    const out = Buffer.allocUnsafe(stored.length);
    let length = 0;
    for (let at = 0; at + LOG_OVERHEAD <= stored.length; ) {
      const size = batchSizeAt(stored, at);
      const batch = stored.subarray(at, at + size);
      length += isEncryptedBatch(batch.readInt16BE(ATTRIBUTES_OFFSET)) ? this.#decryptBatch(batch, out, length) : batch.copy(out, length);
      at += size;
    }
    return out.subarray(0, length);
  }

  /** Writes the client's form of one encrypted `batch` into `out` at `at`; returns its size. */
  #decryptBatch(batch: Buffer, out: Buffer, at: number): number {
    const baseOffset = batch.readBigInt64BE(0);
    const envelope = readEnvelope(batch);
    const key = this.keyRing.get(envelope.keyId);
    if (key === undefined) throw new BatchDecryptionError(baseOffset, `encryption key '${envelope.keyId}' is not in the key ring`);
    const decipher = createDecipheriv(ALGORITHM, key, envelope.nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(aadOf(batch, envelope.aadEnd));
    decipher.setAuthTag(envelope.tag);
    const size = RECORD_BATCH_OVERHEAD + envelope.ciphertext.length;
    batch.copy(out, at, 0, RECORD_BATCH_OVERHEAD);
    try {
      decipher.update(envelope.ciphertext).copy(out, at + RECORD_BATCH_OVERHEAD);
      decipher.final();
    } catch (err) {
      throw new BatchDecryptionError(baseOffset, `authentication failed (key '${envelope.keyId}'): the stored batch was altered or the key is wrong`, { cause: err });
    }
    out.writeInt32BE(size - LOG_OVERHEAD, at + LENGTH_OFFSET);
    out.writeInt16BE(batch.readInt16BE(ATTRIBUTES_OFFSET) & ~ENCRYPTED_FLAG_MASK, at + ATTRIBUTES_OFFSET);
    out.writeUInt32BE(envelope.originalCrc, at + CRC_OFFSET);
    return size;
  }
}

/** Whether any batch of `stored` is encrypted (header walk only). */
export function containsEncrypted(stored: Buffer): boolean {
  for (let at = 0; at + RECORD_BATCH_OVERHEAD <= stored.length; at += batchSizeAt(stored, at)) {
    if (isEncryptedBatch(stored.readInt16BE(at + ATTRIBUTES_OFFSET))) return true;
  }
  return false;
}

/** Parses the envelope of one whole stored encrypted batch; throws BatchDecryptionError when malformed. */
export function readEnvelope(batch: Buffer): Envelope {
  const bad = (why: string): BatchDecryptionError => new BatchDecryptionError(batch.readBigInt64BE(0), `malformed encryption envelope: ${why}`);
  let at = RECORD_BATCH_OVERHEAD;
  if (batch.length < at + 2) throw bad("too short");
  const version = batch.readInt8(at);
  if (version !== ENVELOPE_VERSION) throw bad(`version ${version}`);
  const idLength = batch.readUInt8(at + 1);
  at += 2;
  if (batch.length < at + idLength + 4 + NONCE_BYTES + TAG_BYTES) throw bad("too short");
  const keyId = batch.toString("latin1", at, at + idLength);
  at += idLength;
  const originalCrc = batch.readUInt32BE(at);
  at += 4;
  const aadEnd = at;
  const nonce = batch.subarray(at, at + NONCE_BYTES);
  at += NONCE_BYTES;
  const tag = batch.subarray(at, at + TAG_BYTES);
  at += TAG_BYTES;
  return { keyId, originalCrc, nonce, tag, ciphertext: batch.subarray(at), aadEnd };
}

function encryptBatch(batch: Buffer, keyId: string, key: Buffer): Buffer {
  const records = batch.subarray(RECORD_BATCH_OVERHEAD);
  const envelopeStart = RECORD_BATCH_OVERHEAD;
  const aadEnd = envelopeStart + 2 + keyId.length + 4;
  const cipherStart = aadEnd + NONCE_BYTES + TAG_BYTES;
  const out = Buffer.allocUnsafe(cipherStart + records.length);
  batch.copy(out, 0, 0, RECORD_BATCH_OVERHEAD);
  out.writeInt32BE(out.length - LOG_OVERHEAD, LENGTH_OFFSET);
  out.writeInt16BE(batch.readInt16BE(ATTRIBUTES_OFFSET) | ENCRYPTED_FLAG_MASK, ATTRIBUTES_OFFSET);
  out.writeInt8(ENVELOPE_VERSION, envelopeStart);
  out.writeUInt8(keyId.length, envelopeStart + 1);
  out.write(keyId, envelopeStart + 2, "latin1");
  out.writeUInt32BE(batch.readUInt32BE(CRC_OFFSET), aadEnd - 4);
  const nonce = nonces.next();
  nonce.copy(out, aadEnd);
  const cipher = createCipheriv(ALGORITHM, key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aadOf(out, aadEnd));
  const encrypted = cipher.update(records);
  encrypted.copy(out, cipherStart);
  cipher.final().copy(out, cipherStart + encrypted.length); // GCM is a stream mode: final() is empty
  cipher.getAuthTag().copy(out, aadEnd + NONCE_BYTES);
  writeBatchCrc(out);
  return out;
}

/** One sequence per process, shared by every key: a nonce is unique under any key. */
const nonces = new NonceSequence();

/** Header without the CRC field, then the envelope up to the nonce. */
function aadOf(stored: Buffer, aadEnd: number): Buffer {
  return Buffer.concat([stored.subarray(0, CRC_OFFSET), stored.subarray(ATTRIBUTES_OFFSET, aadEnd)]);
}
