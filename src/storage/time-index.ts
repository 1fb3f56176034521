// `<baseOffset>.timeindex` — Kafka's TimeIndex: a sparse map from timestamp to offset.
//
//   entry (12 bytes): timestamp int64 | relativeOffset int32        (big-endian)
//
// An entry (t, o) means: the largest timestamp seen before offset o (inclusive of the
// batch ending at o) is t, so any record with a timestamp > t comes after o.
// Timestamps and offsets never decrease; an entry is written only when the timestamp
// grows. When a segment stops being active, its max timestamp is appended as a last
// entry, so retention can read a closed segment's largest timestamp from here. Kafka
// keeps one slot free for that final entry, hence `isFull` at maxEntries - 1.
import { IndexFile, largestLowerBound } from "./index-file.js";

export const TIME_INDEX_ENTRY_SIZE = 12;
const NO_TIMESTAMP = -1n;

export interface TimestampOffset {
  timestamp: bigint;
  offset: bigint;
}

export class TimeIndex {
  readonly baseOffset: bigint;
  readonly #file: IndexFile;
  #last: TimestampOffset | undefined;

  constructor(path: string, baseOffset: bigint, maxIndexSize: number) {
    this.baseOffset = baseOffset;
    this.#file = new IndexFile(path, TIME_INDEX_ENTRY_SIZE, maxIndexSize);
  }

  get file(): IndexFile {
    return this.#file;
  }

  get entries(): number {
    return this.#file.entries;
  }

  get isFull(): boolean {
    return this.entries >= this.#file.maxEntries - 1;
  }

  entry(n: number): TimestampOffset {
    const view = this.#file.view;
    return {
      timestamp: view.readBigInt64BE(n * TIME_INDEX_ENTRY_SIZE),
      offset: this.baseOffset + BigInt(view.readInt32BE(n * TIME_INDEX_ENTRY_SIZE + 8)),
    };
  }

  /** The last entry, or (-1, baseOffset) when empty. */
  lastEntry(): TimestampOffset {
    this.#last ??= this.entries === 0 ? { timestamp: NO_TIMESTAMP, offset: this.baseOffset } : this.entry(this.entries - 1);
    return this.#last;
  }

  /** The entry with the largest timestamp <= target, or (-1, baseOffset) when there is none. */
  lookup(targetTimestamp: bigint): TimestampOffset {
    const view = this.#file.view;
    const slot = largestLowerBound(this.entries, (i) => view.readBigInt64BE(i * TIME_INDEX_ENTRY_SIZE), targetTimestamp);
    return slot < 0 ? { timestamp: NO_TIMESTAMP, offset: this.baseOffset } : this.entry(slot);
  }

  /**
   * Appends (timestamp, offset) if the timestamp is larger than the last one.
   * `skipFullCheck` is for the final entry written when the segment becomes inactive.
   */
  maybeAppend(timestamp: bigint, offset: bigint, skipFullCheck = false): void {
    if (!skipFullCheck && this.isFull) throw new RangeError(`time index ${this.#file.path} is full`);
    const last = this.lastEntry();
    if (this.entries > 0 && offset < last.offset) {
      throw new RangeError(`offset ${offset} is below the last indexed offset ${last.offset}`);
    }
    // Only a growing timestamp adds information; -1 (no timestamp) is never indexed.
    if (timestamp <= last.timestamp) return;
    const entry = Buffer.allocUnsafe(TIME_INDEX_ENTRY_SIZE);
    entry.writeBigInt64BE(timestamp, 0);
    entry.writeInt32BE(Number(offset - this.baseOffset), 8);
    this.#file.append(entry);
    this.#last = { timestamp, offset };
  }

  /** Removes every entry with offset >= `offset`. */
  truncateTo(offset: bigint): void {
    let n = this.entries;
    while (n > 0 && this.entry(n - 1).offset >= offset) n--; // rare (recovery), so linear is fine
    this.#file.truncateToEntries(n);
    this.#last = undefined;
  }

  reset(): void {
    this.#file.truncateToEntries(0);
    this.#last = undefined;
  }

  /** Kafka's sanity check: non-decreasing timestamps and offsets within the segment. */
  check(): string | undefined {
    const view = this.#file.view;
    for (let i = 0; i < this.entries; i++) {
      const rel = view.readInt32BE(i * TIME_INDEX_ENTRY_SIZE + 8);
      if (rel < 0) return `negative relative offset at slot ${i}`;
      if (i === 0) continue;
      const prevTs = view.readBigInt64BE((i - 1) * TIME_INDEX_ENTRY_SIZE);
      const prevRel = view.readInt32BE((i - 1) * TIME_INDEX_ENTRY_SIZE + 8);
      if (view.readBigInt64BE(i * TIME_INDEX_ENTRY_SIZE) < prevTs || rel < prevRel) return `entries decrease at slot ${i}`;
    }
    return undefined;
  }

}
