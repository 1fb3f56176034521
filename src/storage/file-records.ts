// `<baseOffset>.log` — Kafka's FileRecords: record batches (magic v2) laid end to end,
// byte for byte as produced (compressed records stay compressed), each batch headed by
// the 61-byte header described in protocol/records/batch-header.ts. There is no file
// header and no padding, so `kafka-dump-log.sh` reads these files.
//
// Appends are positional synchronous writes (the page cache absorbs them); durability
// comes only from `sync` (fdatasync on the libuv threadpool).
import { closeSync, constants, fstatSync, ftruncateSync, openSync, readSync, writeSync } from "node:fs";
import {
  CURRENT_MAGIC,
  HEADER_SIZE_UP_TO_MAGIC,
  LENGTH_OFFSET,
  LOG_OVERHEAD,
  MAGIC_OFFSET,
  RECORD_BATCH_OVERHEAD,
  readBatchHeader,
  type RecordBatchHeader,
} from "../protocol/records/batch-header.js";
import type { SyncFile } from "./index-file.js";

const READ_CHUNK = 64 * 1024;

/** A batch that cannot be a valid v2 batch (bad length or magic); recovery truncates here. */
export class CorruptRecordError extends Error {
  override name = "CorruptRecordError";
}

/** Where one batch sits in the file, with its header (records are not read). */
export interface FileBatch {
  position: number;
  size: number;
  header: RecordBatchHeader;
  lastOffset: bigint;
}

export class FileRecords {
  readonly path: string;
  #fd: number | undefined;
  #size: number;
  // An existing file may hold data only in the page cache (written before a kill -9 and
  // recovered from there), so the first flush covering it must sync it.
  #dirty: boolean;
  // Read-ahead buffer for header scans: most batches are far smaller than 64 KiB.
  #buf = Buffer.allocUnsafe(READ_CHUNK);
  #bufStart = 0;
  #bufLen = 0;

  constructor(path: string) {
    this.path = path;
    this.#fd = openSync(path, constants.O_RDWR | constants.O_CREAT, 0o644);
    this.#size = fstatSync(this.#fd).size;
    this.#dirty = this.#size > 0;
  }

  get sizeInBytes(): number {
    return this.#size;
  }

  get fd(): number {
    if (this.#fd === undefined) throw new Error(`${this.path} is closed`);
    return this.#fd;
  }

  get lastModifiedMs(): number {
    return fstatSync(this.fd).mtimeMs;
  }

  /** Appends `data` at the end; returns the position it was written at. */
  append(data: Uint8Array): number {
    const position = this.#size;
    let written = 0;
    try {
      while (written < data.length) {
        written += writeSync(this.fd, data, written, data.length - written, position + written);
      }
    } catch (err) {
      // Leave no partial batch behind (ENOSPC mid-write); the caller fails the log anyway.
      if (written > 0) ftruncateSync(this.fd, position);
      throw err;
    }
    this.#size += data.length;
    this.#dirty = true;
    return position;
  }

  /**
   * A copy of `length` bytes from `position` (clamped to the end of the file), read into
   * memory from `allocate` (a pooled buffer for fetches).
   */
  read(position: number, length: number, allocate: (size: number) => Buffer = (size) => Buffer.allocUnsafe(size)): Buffer {
    const n = Math.max(0, Math.min(length, this.#size - position));
    const out = allocate(n);
    this.#readFully(out, position);
    return out;
  }

  /**
   * Batches from `start` up to `end`, headers only. Iteration stops quietly at a batch
   * that runs past `end` (a torn write) and throws CorruptRecordError for a length below
   * the v2 overhead or a magic other than 2.
   */
  *batchesFrom(start: number, end = this.#size): Generator<FileBatch> {
    let position = start;
    while (position + HEADER_SIZE_UP_TO_MAGIC <= end) {
      const prefix = this.view(position, HEADER_SIZE_UP_TO_MAGIC);
      const size = LOG_OVERHEAD + prefix.readInt32BE(LENGTH_OFFSET);
      const magic = prefix.readInt8(MAGIC_OFFSET);
      if (size < RECORD_BATCH_OVERHEAD) {
        throw new CorruptRecordError(`batch at ${position} of ${this.path} has size ${size} < ${RECORD_BATCH_OVERHEAD}`);
      }
      if (position + size > end) return;
      if (magic !== CURRENT_MAGIC) throw new CorruptRecordError(`batch at ${position} of ${this.path} has magic ${magic}`);
      const header = readBatchHeader(this.view(position, RECORD_BATCH_OVERHEAD));
      yield { position, size, header, lastOffset: header.baseOffset + BigInt(header.lastOffsetDelta) };
      position += size;
    }
  }

  /** The first batch at or after `startPosition` whose last offset is >= target. */
  searchForOffset(targetOffset: bigint, startPosition: number): FileBatch | undefined {
    for (const batch of this.batchesFrom(startPosition)) {
      if (batch.lastOffset >= targetOffset) return batch;
    }
    return undefined;
  }

  /**
   * A view of `length` bytes at `position` from a read-ahead buffer. Valid only until
   * the next call; callers that keep the bytes use `read`.
   */
  view(position: number, length: number): Buffer {
    if (position < this.#bufStart || position + length > this.#bufStart + this.#bufLen) {
      if (length > this.#buf.length || (this.#buf.length > READ_CHUNK && length <= READ_CHUNK)) {
        this.#buf = Buffer.allocUnsafe(Math.max(length, READ_CHUNK));
      }
      const n = Math.min(this.#buf.length, this.#size - position);
      if (n < length) throw new RangeError(`read of ${length} bytes at ${position} is past the end of ${this.path}`);
      this.#readFully(this.#buf.subarray(0, n), position);
      this.#bufStart = position;
      this.#bufLen = n;
    }
    return this.#buf.subarray(position - this.#bufStart, position - this.#bufStart + length);
  }

  truncateTo(size: number): number {
    const truncated = this.#size - size;
    if (truncated <= 0) return 0;
    ftruncateSync(this.fd, size);
    this.#size = size;
    this.#dirty = true;
    this.#bufLen = 0;
    return truncated;
  }

  /** fdatasync if anything was written since the last sync. */
  async sync(syncFile: SyncFile): Promise<void> {
    if (!this.#dirty) return;
    this.#dirty = false;
    try {
      await syncFile(this.fd);
    } catch (err) {
      this.#dirty = true;
      throw err;
    }
  }

  close(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
  }

  #readFully(out: Buffer, position: number): void {
    let done = 0;
    while (done < out.length) {
      const n = readSync(this.fd, out, done, out.length - done, position + done);
      if (n === 0) throw new Error(`unexpected end of ${this.path} at ${position + done}`);
      done += n;
    }
  }
}
