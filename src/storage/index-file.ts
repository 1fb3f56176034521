// The file half of Kafka's AbstractIndex: a flat array of fixed-size big-endian
// entries, read into memory on first use and written through entry by entry.
// Kafka preallocates and mmaps the file; Node has no mmap, so the file here is always
// exactly `entries * entrySize` bytes long — what Kafka leaves after trimToValidSize,
// so Kafka's tools read it. Nothing is checksummed: a crash may leave a torn or stale
// index, which recovery detects (sanity checks) and rebuilds from the log.
import {
  closeSync,
  constants,
  existsSync,
  fdatasync,
  fstatSync,
  ftruncateSync,
  openSync,
  readFileSync,
  readSync,
  writeSync,
} from "node:fs";
import { promisify } from "node:util";

const fdatasyncAsync = promisify(fdatasync);

export type SyncFile = (fd: number) => Promise<void>;
export const defaultSyncFile: SyncFile = (fd) => fdatasyncAsync(fd);

/** An index file that fails its sanity check; recovery rebuilds it. */
export class CorruptIndexError extends Error {
  override name = "CorruptIndexError";
}

export class IndexFile {
  readonly path: string;
  readonly entrySize: number;
  readonly maxEntries: number;
  // Loaded on first use (Kafka's LazyIndex): a broker holds many closed segments
  // whose indexes are never read.
  #buf: Buffer | undefined;
  #entries = 0;
  #fd: number | undefined;
  #dirty = false;

  constructor(path: string, entrySize: number, maxIndexSize: number) {
    this.path = path;
    this.entrySize = entrySize;
    this.maxEntries = Math.max(1, Math.floor(maxIndexSize / entrySize));
  }

  get entries(): number {
    this.#load();
    return this.#entries;
  }

  get isFull(): boolean {
    return this.entries >= this.maxEntries;
  }

  /** The in-memory entries (a view; valid until the next append). */
  get view(): Buffer {
    return this.#load().subarray(0, this.#entries * this.entrySize);
  }

  /**
   * The last entry read straight from disk, without loading the index; undefined when
   * the file is empty or missing. Throws CorruptIndexError for a partial entry.
   */
  peekLast(): Buffer | undefined {
    let fd: number;
    try {
      fd = openSync(this.path, constants.O_RDONLY);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw err;
    }
    try {
      const size = fstatSync(fd).size;
      this.#checkLength(size);
      if (size === 0) return undefined;
      const entry = Buffer.alloc(this.entrySize);
      readSync(fd, entry, 0, this.entrySize, size - this.entrySize);
      return entry;
    } finally {
      closeSync(fd);
    }
  }

  exists(): boolean {
    return existsSync(this.path);
  }

  /** Appends one entry (already encoded) to memory and the file. */
  append(entry: Buffer): void {
    let buf = this.#load();
    const at = this.#entries * this.entrySize;
    if (at + this.entrySize > buf.length) {
      const next = Buffer.alloc(buf.length * 2);
      buf.copy(next);
      this.#buf = buf = next;
    }
    entry.copy(buf, at, 0, this.entrySize);
    writeSync(this.#open(), buf, at, this.entrySize, at);
    this.#entries++;
    this.#dirty = true;
  }

  truncateToEntries(n: number): void {
    if (n === 0) {
      // Also the way out of a corrupt file: no need to load what is being discarded.
      this.#buf ??= Buffer.alloc(64 * this.entrySize);
      this.#entries = 0;
    } else {
      this.#load();
      if (n >= this.#entries) return;
      this.#entries = n;
    }
    ftruncateSync(this.#open(), this.#entries * this.entrySize);
    this.#dirty = true;
  }

  /** fdatasync if anything was written since the last sync. */
  async sync(syncFile: SyncFile): Promise<void> {
    if (!this.#dirty || this.#fd === undefined) return;
    this.#dirty = false;
    try {
      await syncFile(this.#fd);
    } catch (err) {
      this.#dirty = true;
      throw err;
    }
  }

  close(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
  }

  #load(): Buffer {
    if (this.#buf !== undefined) return this.#buf;
    let content: Buffer;
    try {
      content = readFileSync(this.path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      content = Buffer.alloc(0);
    }
    this.#checkLength(content.length);
    const buf = Buffer.alloc(Math.max(content.length, 64 * this.entrySize));
    content.copy(buf);
    this.#entries = content.length / this.entrySize;
    this.#buf = buf;
    return buf;
  }

  #checkLength(size: number): void {
    if (size % this.entrySize !== 0) {
      throw new CorruptIndexError(`index ${this.path} has ${size} bytes, not a multiple of ${this.entrySize}`);
    }
  }

  #open(): number {
    this.#fd ??= openSync(this.path, constants.O_RDWR | constants.O_CREAT, 0o644);
    return this.#fd;
  }
}

/**
 * Index of the last entry whose key is <= target (Kafka's largestLowerBoundSlotFor),
 * or -1. Keys must be non-decreasing.
 */
export function largestLowerBound(entries: number, keyAt: (slot: number) => bigint, target: bigint): number {
  if (entries === 0 || keyAt(0) > target) return -1;
  let lo = 0;
  let hi = entries - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (keyAt(mid) <= target) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
