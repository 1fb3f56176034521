// The two places where a partition log crosses between what clients send and read and
// what its segments store: appends encrypt (when the topic's config names a key id) and
// every read of record contents decrypts. Failures become KAFKA_STORAGE_ERROR for that
// partition only (the log stays writable: other batches are fine), with a log line
// naming the segment and offset. Kafka has no encryption at rest; KAFKA_STORAGE_ERROR is
// what its clients already retry and report as a broker-side storage problem, while
// CORRUPT_MESSAGE would blame the client's data.
import { ErrorCode, KafkaError } from "../../protocol/errors.js";
import { ATTRIBUTES_OFFSET } from "../../protocol/records/batch-header.js";
import type { StorageLogger } from "../log-loader.js";
import { BatchDecryptionError, isEncryptedBatch, readEnvelope, type BatchCipher } from "./batch-cipher.js";
import { KeyRingError } from "./key-ring.js";

/** `records` as the segment stores them: encrypted under `keyId`, or unchanged when it is null. */
export function storedForm(cipher: BatchCipher, records: Buffer, keyId: string | null, partition: string): Buffer {
  if (keyId === null) return records;
  if (keyId === "") throw new KafkaError(ErrorCode.KAFKA_STORAGE_ERROR, `cannot encrypt ${partition}: encryption is enabled but no key id is configured`);
  try {
    return cipher.encrypt(records, keyId);
  } catch (err) {
    if (!(err instanceof KeyRingError)) throw err;
    // Never fall back to writing plaintext to a topic configured for encryption.
    throw new KafkaError(ErrorCode.KAFKA_STORAGE_ERROR, `cannot encrypt ${partition}: ${err.message}`, { cause: err });
  }
}

/** `stored` batches as the client sent them; `segmentPath` names the file in errors. */
export function clientForm(cipher: BatchCipher, stored: Buffer, segmentPath: string, logger: StorageLogger): Buffer {
  try {
    return cipher.decrypt(stored);
  } catch (err) {
    if (!(err instanceof BatchDecryptionError)) throw err;
    const message = `cannot decrypt ${segmentPath} at offset ${err.baseOffset}: ${err.message}`;
    logger.error(message);
    throw new KafkaError(ErrorCode.KAFKA_STORAGE_ERROR, message, { cause: err });
  }
}

/**
 * What the log cleaner writes for a batch it kept (`output`, in clear) that was stored as
 * `stored`: encrypted under the active key when the topic has one — so cleaning moves old
 * batches to the current key — else under the batch's own key when it was encrypted (a
 * topic whose encryption was switched off never gets its old data rewritten in clear).
 */
export function cleanedForm(cipher: BatchCipher, stored: Buffer, output: Buffer, activeKeyId: string | null, partition: string): Buffer {
  const keyId = activeKeyId ?? (isEncryptedBatch(stored.readInt16BE(ATTRIBUTES_OFFSET)) ? readEnvelope(stored).keyId : null);
  return storedForm(cipher, output, keyId, partition);
}
