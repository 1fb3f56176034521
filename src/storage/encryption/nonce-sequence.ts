// AES-GCM nonces for encryption at rest: a 96-bit big-endian counter that starts at a
// random value when the process starts and goes up by one per encrypted batch. Within a
// process no nonce repeats (2^96 batches before a wrap), whatever the key. Across
// restarts under the same key two sequences collide only if their random starting
// points land within the batches one of them encrypts: the chance grows with the total
// number of batches (roughly restarts x batches / 2^96), not with its square as with a
// fresh random nonce per batch, whose birthday bound is what limits a key to about 2^32
// batches (NIST SP 800-38D, 8.3).
import { randomFillSync } from "node:crypto";

export const NONCE_BYTES = 12;

export class NonceSequence {
  readonly #next: Buffer;

  /** @param start the first nonce (tests); default a random one */
  constructor(start?: Buffer) {
    if (start !== undefined && start.length !== NONCE_BYTES) throw new RangeError(`a nonce is ${NONCE_BYTES} bytes, not ${start.length}`);
    this.#next = start === undefined ? randomFillSync(Buffer.alloc(NONCE_BYTES)) : Buffer.from(start);
  }

  /** A nonce of its own (a copy), then the counter moves on by one. */
  next(): Buffer {
    const nonce = Buffer.from(this.#next);
    for (let i = NONCE_BYTES - 1; i >= 0; i--) {
      const byte = this.#next[i]!;
      this.#next[i] = (byte + 1) & 0xff;
      if (byte !== 0xff) break;
    }
    return nonce;
  }
}
