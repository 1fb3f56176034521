// The cleaner's key -> latest offset map over the dirty section (Kafka's SkimpyOffsetMap).
// Keys are stored as their MD5 digest, as Kafka does, so a huge key costs no more than a
// small one; two keys colliding on MD5 would lose the older one's latest value, a risk
// Kafka accepts too. Capacity follows Kafka's sizing: log.cleaner.dedupe.buffer.size
// (split across log.cleaner.threads) at 24 bytes per entry (16-byte hash + 8-byte offset),
// filled to log.cleaner.io.buffer.load.factor (0.9). A JavaScript Map spends more than 24
// bytes per entry, so the real heap use is a few times the configured size.
import { createHash } from "node:crypto";

const BYTES_PER_ENTRY = 16 + 8;
export const DEDUPE_BUFFER_LOAD_FACTOR = 0.9;

export class OffsetMap {
  readonly slots: number;
  /** Entries the cleaner puts before it considers the map full. */
  readonly maxDesiredSize: number;
  readonly #offsets = new Map<string, bigint>();
  #latestOffset = -1n;

  constructor(memoryBytes: number) {
    this.slots = Math.floor(memoryBytes / BYTES_PER_ENTRY);
    this.maxDesiredSize = Math.floor(this.slots * DEDUPE_BUFFER_LOAD_FACTOR);
    if (this.maxDesiredSize < 1) {
      throw new RangeError(`offset map of ${memoryBytes} bytes cannot hold a single key: raise log.cleaner.dedupe.buffer.size`);
    }
  }

  get size(): number {
    return this.#offsets.size;
  }

  /** The last offset the map covers: records above it were not seen while building. */
  get latestOffset(): bigint {
    return this.#latestOffset;
  }

  get utilization(): number {
    return this.size / this.slots;
  }

  put(key: Buffer, offset: bigint): void {
    this.#offsets.set(digest(key), offset);
    if (offset > this.#latestOffset) this.#latestOffset = offset;
  }

  /** The latest offset recorded for `key`, or -1 when the key is not in the map. */
  get(key: Buffer): bigint {
    return this.#offsets.get(digest(key)) ?? -1n;
  }

  updateLatestOffset(offset: bigint): void {
    if (offset > this.#latestOffset) this.#latestOffset = offset;
  }

  clear(): void {
    this.#offsets.clear();
    this.#latestOffset = -1n;
  }
}

function digest(key: Buffer): string {
  return createHash("md5").update(key).digest("base64");
}
