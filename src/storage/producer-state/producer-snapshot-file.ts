// `<offset>.snapshot` — Kafka's producer state snapshot (ProducerSnapshot.json, version 1,
// written by ProducerStateManager.writeSnapshot). <offset> is 20 zero-padded digits: the
// state covers every batch below that offset. Big-endian, no tagged fields:
//
//   Version int16 (= 1) @0 | Crc uint32 @2 (CRC-32C of bytes @6..end) | Count int32 @6
//   then Count entries of 46 bytes:
//     ProducerId int64 | Epoch int16 | LastSequence int32 | LastOffset int64 |
//     OffsetDelta int32 | Timestamp int64 | CoordinatorEpoch int32 | CurrentTxnFirstOffset int64
//
// Only the producer's last batch is kept (LastOffset -1 when it has none), so after a
// restart a retry is recognised as a duplicate only if it is of that batch, as in Kafka.
// CurrentTxnFirstOffset is -1 when no transaction is open.
import { closeSync, constants, openSync, readdirSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { crc32c } from "../../protocol/crc32c.js";
import type { SyncFile } from "../index-file.js";
import { ProducerStateEntry } from "./producer-state-entry.js";

export const PRODUCER_SNAPSHOT_FILE_SUFFIX = ".snapshot";
export const PRODUCER_SNAPSHOT_VERSION = 1;
const CRC_OFFSET = 2;
const ENTRIES_OFFSET = 6;
const ENTRY_SIZE = 46;
const SNAPSHOT_FILE = /^(\d{20})\.snapshot$/;

export class CorruptSnapshotError extends Error {
  override name = "CorruptSnapshotError";
}

export function producerSnapshotPath(dir: string, offset: bigint): string {
  return join(dir, `${offset.toString().padStart(20, "0")}${PRODUCER_SNAPSHOT_FILE_SUFFIX}`);
}

/** The snapshot offsets present in `dir`, ascending. */
export function listSnapshotOffsets(dir: string): bigint[] {
  const offsets: bigint[] = [];
  for (const name of readdirSync(dir)) {
    const m = SNAPSHOT_FILE.exec(name);
    if (m !== null) offsets.push(BigInt(m[1]!));
  }
  return offsets.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function encodeProducerSnapshot(entries: Iterable<ProducerStateEntry>): Buffer {
  const list = [...entries];
  const buf = Buffer.alloc(ENTRIES_OFFSET + 4 + list.length * ENTRY_SIZE);
  buf.writeInt16BE(PRODUCER_SNAPSHOT_VERSION, 0);
  buf.writeInt32BE(list.length, ENTRIES_OFFSET);
  let at = ENTRIES_OFFSET + 4;
  for (const e of list) {
    at = buf.writeBigInt64BE(e.producerId, at);
    at = buf.writeInt16BE(e.producerEpoch, at);
    at = buf.writeInt32BE(e.lastSeq, at);
    at = buf.writeBigInt64BE(e.lastDataOffset, at);
    at = buf.writeInt32BE(e.lastOffsetDelta, at);
    at = buf.writeBigInt64BE(e.lastTimestamp, at);
    at = buf.writeInt32BE(e.coordinatorEpoch, at);
    at = buf.writeBigInt64BE(e.currentTxnFirstOffset ?? -1n, at);
  }
  buf.writeUInt32BE(crc32c(buf.subarray(ENTRIES_OFFSET)), CRC_OFFSET);
  return buf;
}

/** Throws CorruptSnapshotError for an unknown version, a bad CRC or a wrong length. */
export function decodeProducerSnapshot(buf: Buffer): ProducerStateEntry[] {
  if (buf.length < ENTRIES_OFFSET + 4) throw new CorruptSnapshotError(`snapshot of ${buf.length} bytes is too short`);
  const version = buf.readInt16BE(0);
  if (version !== PRODUCER_SNAPSHOT_VERSION) throw new CorruptSnapshotError(`Snapshot contained an unknown file version ${version}`);
  const stored = buf.readUInt32BE(CRC_OFFSET);
  const computed = crc32c(buf.subarray(ENTRIES_OFFSET));
  if (stored !== computed) {
    throw new CorruptSnapshotError(`Snapshot is corrupt (CRC is no longer valid). Stored crc: ${stored}. Computed crc: ${computed}`);
  }
  const count = buf.readInt32BE(ENTRIES_OFFSET);
  if (count < 0 || buf.length !== ENTRIES_OFFSET + 4 + count * ENTRY_SIZE) {
    throw new CorruptSnapshotError(`snapshot of ${buf.length} bytes cannot hold ${count} entries`);
  }
  const entries: ProducerStateEntry[] = [];
  for (let at = ENTRIES_OFFSET + 4; at < buf.length; at += ENTRY_SIZE) {
    const producerId = buf.readBigInt64BE(at);
    const lastSeq = buf.readInt32BE(at + 10);
    const lastOffset = buf.readBigInt64BE(at + 14);
    const offsetDelta = buf.readInt32BE(at + 22);
    const timestamp = buf.readBigInt64BE(at + 26);
    const currentTxnFirstOffset = buf.readBigInt64BE(at + 38);
    entries.push(
      new ProducerStateEntry(producerId, {
        producerEpoch: buf.readInt16BE(at + 8),
        coordinatorEpoch: buf.readInt32BE(at + 34),
        lastTimestamp: timestamp,
        ...(currentTxnFirstOffset >= 0n && { currentTxnFirstOffset }),
        ...(lastOffset >= 0n && { batch: { lastSeq, lastOffset, offsetDelta, timestamp } }),
      }),
    );
  }
  return entries;
}

export function readProducerSnapshot(path: string): ProducerStateEntry[] {
  return decodeProducerSnapshot(readFileSync(path));
}

/**
 * Writes the snapshot in place, as Kafka does: a torn file fails its CRC at load and an
 * older snapshot or a log scan takes over. Durability is `syncProducerSnapshot`'s job.
 */
export function writeProducerSnapshot(path: string, entries: Iterable<ProducerStateEntry>): void {
  const bytes = encodeProducerSnapshot(entries);
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC, 0o644);
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
  } finally {
    closeSync(fd);
  }
}

/** fdatasync of a snapshot written earlier; a file deleted meanwhile is no error. */
export async function syncProducerSnapshot(path: string, syncFile: SyncFile): Promise<void> {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return;
    throw err;
  }
  try {
    await syncFile(fd);
  } finally {
    closeSync(fd);
  }
}

export function deleteProducerSnapshot(path: string): void {
  rmSync(path, { force: true });
}
