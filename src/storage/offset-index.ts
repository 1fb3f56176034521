// `<baseOffset>.index` — Kafka's OffsetIndex: a sparse map from offset to the byte
// position of a batch in the segment's `.log` file.
//
//   entry (8 bytes): relativeOffset int32 | position int32          (big-endian)
//
// relativeOffset = offset - segment baseOffset, so an offset must lie within 2^31-1
// of the base. An entry (o, p) means: the batch starting at byte p has last offset o.
// One entry is added per `index.interval.bytes` of appended data, offsets strictly
// increasing. Lookup returns the entry with the largest offset <= target; the caller
// scans the log forward from its position.
import { IndexFile, largestLowerBound } from "./index-file.js";

export const OFFSET_INDEX_ENTRY_SIZE = 8;

export interface OffsetPosition {
  offset: bigint;
  position: number;
}

export class OffsetIndex {
  readonly baseOffset: bigint;
  readonly #file: IndexFile;

  constructor(path: string, baseOffset: bigint, maxIndexSize: number) {
    this.baseOffset = baseOffset;
    this.#file = new IndexFile(path, OFFSET_INDEX_ENTRY_SIZE, maxIndexSize);
  }

  get file(): IndexFile {
    return this.#file;
  }

  get entries(): number {
    return this.#file.entries;
  }

  get isFull(): boolean {
    return this.#file.isFull;
  }

  entry(n: number): OffsetPosition {
    const view = this.#file.view;
    return {
      offset: this.baseOffset + BigInt(view.readInt32BE(n * OFFSET_INDEX_ENTRY_SIZE)),
      position: view.readInt32BE(n * OFFSET_INDEX_ENTRY_SIZE + 4),
    };
  }

  /** The last entry, or (baseOffset, 0) when empty. */
  lastEntry(): OffsetPosition {
    return this.entries === 0 ? { offset: this.baseOffset, position: 0 } : this.entry(this.entries - 1);
  }

  /** Largest entry with offset <= target, or (baseOffset, 0) when there is none. */
  lookup(targetOffset: bigint): OffsetPosition {
    const view = this.#file.view;
    const rel = targetOffset - this.baseOffset;
    const slot = largestLowerBound(this.entries, (i) => BigInt(view.readInt32BE(i * OFFSET_INDEX_ENTRY_SIZE)), rel);
    return slot < 0 ? { offset: this.baseOffset, position: 0 } : this.entry(slot);
  }

  canAppendOffset(offset: bigint): boolean {
    const rel = offset - this.baseOffset;
    return rel >= 0n && rel <= 0x7fffffffn;
  }

  append(offset: bigint, position: number): void {
    if (!this.canAppendOffset(offset)) throw new RangeError(`offset ${offset} does not fit index based at ${this.baseOffset}`);
    if (this.entries > 0 && offset <= this.lastEntry().offset) {
      throw new RangeError(`offset ${offset} is not larger than the last indexed offset ${this.lastEntry().offset}`);
    }
    const entry = Buffer.allocUnsafe(OFFSET_INDEX_ENTRY_SIZE);
    entry.writeInt32BE(Number(offset - this.baseOffset), 0);
    entry.writeInt32BE(position, 4);
    this.#file.append(entry);
  }

  /** Removes every entry with offset >= `offset`. */
  truncateTo(offset: bigint): void {
    const view = this.#file.view;
    const rel = offset - this.baseOffset - 1n;
    const slot = largestLowerBound(this.entries, (i) => BigInt(view.readInt32BE(i * OFFSET_INDEX_ENTRY_SIZE)), rel);
    this.#file.truncateToEntries(slot + 1);
  }

  reset(): void {
    this.#file.truncateToEntries(0);
  }

  /**
   * Kafka's sanity check plus one Node cannot skip: an entry pointing at or past the
   * end of the log file is stale (the log was truncated after the index was written).
   */
  checkAgainst(logSize: number): string | undefined {
    if (this.entries === 0) return undefined;
    const view = this.#file.view;
    for (let i = 0; i < this.entries; i++) {
      const rel = view.readInt32BE(i * OFFSET_INDEX_ENTRY_SIZE);
      const pos = view.readInt32BE(i * OFFSET_INDEX_ENTRY_SIZE + 4);
      if (rel < 0 || pos < 0) return `negative entry at slot ${i}`;
      if (i > 0 && (rel <= view.readInt32BE((i - 1) * 8) || pos <= view.readInt32BE((i - 1) * 8 + 4))) {
        return `entries are not increasing at slot ${i}`;
      }
    }
    const last = this.lastEntry();
    if (last.position >= logSize) return `last entry points at byte ${last.position} past the log size ${logSize}`;
    return undefined;
  }
}
