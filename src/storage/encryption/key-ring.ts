// The data keys of encryption at rest: `<key-id>=<base64 of 32 bytes>` entries, read from
// `carebus.encryption.keys.file` (one per line; blank lines and `#` comments skipped) and
// from the CAREBUS_ENCRYPTION_KEYS environment variable (entries separated by `;`).
// Every encrypted batch names the id of its key, so rotation is: add a key, point the
// active id at it; batches written under older ids keep decrypting as long as their key
// stays in the ring (the log cleaner re-encrypts what it keeps with the active key, and
// retention removes the rest, after which an old key may go).
import { readFileSync } from "node:fs";

export const AES_256_KEY_BYTES = 32;
/** Key ids are stored in every batch (one length byte), so they are short and plain. */
export const KEY_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
export const ENCRYPTION_KEYS_ENV = "CAREBUS_ENCRYPTION_KEYS";

/** A malformed key entry or a key that is needed but absent; the message names it. */
export class KeyRingError extends Error {
  override name = "KeyRingError";
}

export class KeyRing {
  static readonly EMPTY = new KeyRing(new Map());
  readonly #keys: ReadonlyMap<string, Buffer>;

  constructor(keys: ReadonlyMap<string, Buffer>) {
    for (const [id, key] of keys) {
      if (!KEY_ID_PATTERN.test(id)) throw new KeyRingError(`invalid encryption key id '${id}': expected 1-64 of [A-Za-z0-9._-]`);
      if (key.length !== AES_256_KEY_BYTES) throw new KeyRingError(`encryption key '${id}' has ${key.length} bytes, AES-256 needs ${AES_256_KEY_BYTES}`);
    }
    this.#keys = keys;
  }

  /** Parses `<id>=<base64>` entries split by `separator`; `source` names the origin in errors. */
  static parse(text: string, separator: string | RegExp, source: string): KeyRing {
    const keys = new Map<string, Buffer>();
    for (const [i, raw] of text.split(separator).entries()) {
      const entry = raw.trim();
      if (entry === "" || entry.startsWith("#")) continue;
      const eq = entry.indexOf("=");
      const id = eq < 0 ? "" : entry.slice(0, eq).trim();
      if (id === "") throw new KeyRingError(`${source}: entry ${i + 1} is not <key-id>=<base64 key>`);
      const encoded = entry.slice(eq + 1).trim();
      const key = Buffer.from(encoded, "base64");
      // Buffer.from skips characters that are not base64; a key that does not re-encode the same was mistyped.
      if (key.toString("base64").replace(/=+$/, "") !== encoded.replace(/=+$/, "")) {
        throw new KeyRingError(`${source}: key '${id}' is not valid base64`);
      }
      if (keys.has(id)) throw new KeyRingError(`${source}: key id '${id}' is given twice`);
      keys.set(id, key);
    }
    try {
      return new KeyRing(keys);
    } catch (err) {
      throw new KeyRingError(`${source}: ${(err as Error).message}`);
    }
  }

  /** The keys of `file` (if given) and of the environment value (if given); an id in both must hold the same key. */
  static load(sources: { file?: string | null | undefined; env?: string | undefined }): KeyRing {
    const rings: KeyRing[] = [];
    if (sources.file !== undefined && sources.file !== null) {
      let text: string;
      try {
        text = readFileSync(sources.file, "utf8");
      } catch (err) {
        throw new KeyRingError(`cannot read encryption keys file ${sources.file}: ${(err as Error).message}`);
      }
      rings.push(KeyRing.parse(text, /\r?\n/, sources.file));
    }
    if (sources.env !== undefined && sources.env.trim() !== "") rings.push(KeyRing.parse(sources.env, ";", ENCRYPTION_KEYS_ENV));
    const merged = new Map<string, Buffer>();
    for (const ring of rings) {
      for (const id of ring.ids) {
        const key = ring.get(id)!;
        const seen = merged.get(id);
        if (seen !== undefined && !seen.equals(key)) throw new KeyRingError(`key id '${id}' has different keys in the keys file and ${ENCRYPTION_KEYS_ENV}`);
        merged.set(id, key);
      }
    }
    return new KeyRing(merged);
  }

  get ids(): string[] {
    return [...this.#keys.keys()];
  }

  get size(): number {
    return this.#keys.size;
  }

  has(id: string): boolean {
    return this.#keys.has(id);
  }

  get(id: string): Buffer | undefined {
    return this.#keys.get(id);
  }
}
