// `<baseOffset>.txnindex` — the aborted transactions whose ABORT marker lies in the segment
// (Kafka's TransactionIndex / AbortedTxn). Entries of 34 bytes, big-endian, appended in
// marker order (so lastOffset ascends), no header:
//
//   Version int16 (= 0) @0 | ProducerId int64 @2 | FirstOffset int64 @10 |
//   LastOffset int64 @18 | LastStableOffset int64 @26
//
// FirstOffset is the transaction's first data offset, LastOffset its ABORT marker's
// offset, LastStableOffset the partition's LSO once the marker was written: a search for
// aborted transactions overlapping [fetchOffset, upperBound) can stop at the first entry
// whose LastStableOffset >= upperBound, since every transaction aborted later started at
// or above it. Like Kafka, the file exists only once it has an entry. Entries are kept in
// memory (aborts are rare) and read from the file on first use.
import { closeSync, existsSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync, constants } from "node:fs";
import type { SyncFile } from "./index-file.js";

export const TXN_INDEX_FILE_SUFFIX = ".txnindex";
export const ABORTED_TXN_SIZE = 34;
const ABORTED_TXN_VERSION = 0;

export interface AbortedTxn {
  readonly producerId: bigint;
  readonly firstOffset: bigint;
  readonly lastOffset: bigint;
  readonly lastStableOffset: bigint;
}

export interface TxnIndexSearchResult {
  readonly abortedTransactions: AbortedTxn[];
  /** True when no later segment can hold an overlapping aborted transaction. */
  readonly isComplete: boolean;
}

export class CorruptTxnIndexError extends Error {
  override name = "CorruptTxnIndexError";
}

export function encodeAbortedTxn(txn: AbortedTxn): Buffer {
  const buf = Buffer.alloc(ABORTED_TXN_SIZE);
  buf.writeInt16BE(ABORTED_TXN_VERSION, 0);
  buf.writeBigInt64BE(txn.producerId, 2);
  buf.writeBigInt64BE(txn.firstOffset, 10);
  buf.writeBigInt64BE(txn.lastOffset, 18);
  buf.writeBigInt64BE(txn.lastStableOffset, 26);
  return buf;
}

/** Whole entries of `buf`; a torn last entry (crash mid-append) is ignored. */
export function decodeAbortedTxns(buf: Buffer): AbortedTxn[] {
  const entries: AbortedTxn[] = [];
  for (let at = 0; at + ABORTED_TXN_SIZE <= buf.length; at += ABORTED_TXN_SIZE) {
    const version = buf.readInt16BE(at);
    if (version !== ABORTED_TXN_VERSION) throw new CorruptTxnIndexError(`unexpected aborted transaction version ${version} at ${at}`);
    entries.push({
      producerId: buf.readBigInt64BE(at + 2),
      firstOffset: buf.readBigInt64BE(at + 10),
      lastOffset: buf.readBigInt64BE(at + 18),
      lastStableOffset: buf.readBigInt64BE(at + 26),
    });
  }
  return entries;
}

export class TransactionIndex {
  #path: string;
  #entries: AbortedTxn[] | undefined;
  #unsynced = false;

  constructor(path: string) {
    this.#path = path;
  }

  get path(): string {
    return this.#path;
  }

  get entries(): readonly AbortedTxn[] {
    return this.#load();
  }

  /** Appends an entry; markers come in offset order, so lastOffset must ascend. */
  append(txn: AbortedTxn): void {
    const entries = this.#load();
    const last = entries.at(-1);
    if (last !== undefined && txn.lastOffset <= last.lastOffset) {
      throw new Error(`aborted transaction at ${txn.lastOffset} is not after the last one (${last.lastOffset}) in ${this.#path}`);
    }
    const fd = openSync(this.#path, constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND);
    try {
      writeSync(fd, encodeAbortedTxn(txn));
    } finally {
      closeSync(fd);
    }
    entries.push(txn);
    this.#unsynced = true;
  }

  /** Drops entries whose marker is at or after `offset` (the log was truncated there). */
  truncateTo(offset: bigint): void {
    const entries = this.#load();
    const kept = entries.filter((e) => e.lastOffset < offset);
    if (kept.length === entries.length) return;
    this.#entries = kept;
    if (kept.length === 0) rmSync(this.#path, { force: true });
    else writeFileSync(this.#path, Buffer.concat(kept.map(encodeAbortedTxn)));
    this.#unsynced = true;
  }

  /** Entries overlapping [fetchOffset, upperBoundOffset) (Kafka's collectAbortedTxns). */
  collectAbortedTxns(fetchOffset: bigint, upperBoundOffset: bigint): TxnIndexSearchResult {
    const abortedTransactions: AbortedTxn[] = [];
    for (const txn of this.#load()) {
      if (txn.lastOffset >= fetchOffset && txn.firstOffset < upperBoundOffset) abortedTransactions.push(txn);
      if (txn.lastStableOffset >= upperBoundOffset) return { abortedTransactions, isComplete: true };
    }
    return { abortedTransactions, isComplete: false };
  }

  async flush(syncFile: SyncFile): Promise<void> {
    if (!this.#unsynced) return;
    this.#unsynced = false;
    if (!existsSync(this.#path)) return;
    const fd = openSync(this.#path, constants.O_RDONLY);
    try {
      await syncFile(fd);
    } finally {
      closeSync(fd);
    }
  }

  /** Renames the file (segment delete / swap); returns the new path when it existed. */
  renameTo(path: string): string | undefined {
    try {
      renameSync(this.#path, path);
    } catch {
      this.#path = path;
      return undefined;
    }
    this.#path = path;
    return path;
  }

  #load(): AbortedTxn[] {
    if (this.#entries === undefined) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(this.#path);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
        bytes = Buffer.alloc(0);
      }
      try {
        this.#entries = decodeAbortedTxns(bytes);
      } catch (err) {
        if (!(err instanceof CorruptTxnIndexError)) throw err;
        // Rebuilt from the markers the producer-state replay sees (log open).
        this.#entries = [];
        rmSync(this.#path, { force: true });
        return this.#entries;
      }
      // A torn last entry: cut it so later appends stay aligned.
      if (bytes.length % ABORTED_TXN_SIZE !== 0) writeFileSync(this.#path, bytes.subarray(0, this.#entries.length * ABORTED_TXN_SIZE));
    }
    return this.#entries;
  }
}
