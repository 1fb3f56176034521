// What `carebus dump-log` prints for a segment's files, in kafka-dump-log.sh's line
// format so existing habits and scripts carry over: `.log` (batches and, with
// --print-data-log, records), `.index` (offset -> position) and `.timeindex`
// (timestamp -> offset). Reads the files directly; the broker may be running.
// Encrypted batches (storage/encryption) print their clear header with the key id;
// their records print only with the keys (`keys`), else the dump stops at the first
// one with an error, so no key means no payload.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { basename } from "node:path";
import { ATTRIBUTES_OFFSET, compressionOf, isBatchCrcValid, isControlBatch, isTransactional, LENGTH_OFFSET, LOG_OVERHEAD, readBatchHeader, RECORD_BATCH_OVERHEAD, timestampTypeOf, DELETE_HORIZON_FLAG_MASK } from "../../protocol/records/batch-header.js";
import { decodeControlRecordKey, decodeEndTransactionMarker } from "../../protocol/records/control-record.js";
import { decodeRecordBatch } from "../../protocol/records/record-batch.js";
import { BatchCipher, BatchDecryptionError, isEncryptedBatch, readEnvelope } from "../../storage/encryption/batch-cipher.js";
import type { KeyRing } from "../../storage/encryption/key-ring.js";

export interface DumpOptions {
  printDataLog: boolean;
  /** Stop after this many batches (0 = all). */
  maxBatches?: number;
  /** Keys for encrypted batches; without them their records are refused. */
  keys?: KeyRing;
}

type Emit = (line: string) => void;

export function dumpFile(path: string, opts: DumpOptions, emit: Emit): void {
  emit(`Dumping ${path}`);
  const name = basename(path);
  if (name.endsWith(".log")) dumpLogSegment(path, opts, emit);
  else if (name.endsWith(".index")) dumpOffsetIndex(path, emit);
  else if (name.endsWith(".timeindex")) dumpTimeIndex(path, emit);
  else throw new Error(`${path}: not a segment file (.log, .index or .timeindex)`);
}

function baseOffsetOf(path: string): bigint {
  const m = /^(\d{20})\./.exec(basename(path));
  if (m?.[1] === undefined) throw new Error(`${path}: segment files are named <20-digit base offset>.<suffix>`);
  return BigInt(m[1]);
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, buf, got, length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got === length ? buf : buf.subarray(0, got);
}

function dumpLogSegment(path: string, opts: DumpOptions, emit: Emit): void {
  emit(`Log starting offset: ${baseOffsetOf(path)}`);
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    let position = 0;
    let batches = 0;
    while (position + LOG_OVERHEAD <= size) {
      const prefix = readAt(fd, position, LOG_OVERHEAD);
      const batchSize = LOG_OVERHEAD + prefix.readInt32BE(LENGTH_OFFSET);
      if (batchSize < RECORD_BATCH_OVERHEAD || position + batchSize > size) {
        emit(`Found ${size - position} invalid bytes at the end of ${basename(path)} (position ${position})`);
        return;
      }
      const buf = readAt(fd, position, batchSize);
      emitBatch(buf, position, opts, emit);
      position += batchSize;
      batches++;
      if (opts.maxBatches !== undefined && opts.maxBatches > 0 && batches >= opts.maxBatches) return;
    }
    if (position < size) emit(`Found ${size - position} invalid bytes at the end of ${basename(path)} (position ${position})`);
  } finally {
    closeSync(fd);
  }
}

function emitBatch(buf: Buffer, position: number, opts: DumpOptions, emit: Emit): void {
  const h = readBatchHeader(buf, 0);
  const attributes = buf.readInt16BE(ATTRIBUTES_OFFSET);
  const lastOffset = h.baseOffset + BigInt(h.lastOffsetDelta);
  const control = isControlBatch(attributes);
  const lastSequence = h.baseSequence < 0 ? -1 : h.baseSequence + h.lastOffsetDelta;
  const horizon = (attributes & DELETE_HORIZON_FLAG_MASK) !== 0 ? `OptionalLong[${h.baseTimestamp}]` : "OptionalLong.empty";
  const valid = isBatchCrcValid(buf, 0);
  const encrypted = isEncryptedBatch(attributes);
  const keyId = encrypted && buf.length > RECORD_BATCH_OVERHEAD + 2 ? safeKeyId(buf) : undefined;
  emit(
    `baseOffset: ${h.baseOffset} lastOffset: ${lastOffset} count: ${h.recordsCount} baseSequence: ${h.baseSequence} ` +
      `lastSequence: ${lastSequence} producerId: ${h.producerId} producerEpoch: ${h.producerEpoch} ` +
      `partitionLeaderEpoch: ${h.partitionLeaderEpoch} isTransactional: ${isTransactional(attributes)} isControl: ${control} ` +
      `deleteHorizonMs: ${horizon} position: ${position} ${timestampTypeOf(attributes)}: ${h.maxTimestamp} size: ${buf.length} ` +
      `magic: ${h.magic} compresscodec: ${compressionOf(attributes)} crc: ${h.crc >>> 0} isvalid: ${valid}` +
      (encrypted ? ` encrypted: true keyId: ${keyId ?? "?"}` : ""),
  );
  if (!opts.printDataLog || !valid) return;
  const batch = decodeRecordBatch(encrypted ? decrypt(buf, keyId, opts.keys) : buf, 0, { verifyCrc: false });
  for (const r of batch.records) {
    const offset = h.baseOffset + BigInt(r.offsetDelta);
    const ts = h.baseTimestamp + BigInt(r.timestampDelta);
    const sequence = h.baseSequence < 0 ? -1 : h.baseSequence + r.offsetDelta;
    let line =
      `| offset: ${offset} ${timestampTypeOf(attributes)}: ${ts} keySize: ${r.key?.length ?? -1} valueSize: ${r.value?.length ?? -1} ` +
      `sequence: ${sequence} headerKeys: [${r.headers.map((x) => x.key).join(",")}]`;
    if (control) {
      const key = decodeControlRecordKey(r.key);
      if (key.type === "COMMIT" || key.type === "ABORT") {
        const marker = decodeEndTransactionMarker(r.key, r.value);
        line += ` endTxnMarker: ${key.type} coordinatorEpoch: ${marker.coordinatorEpoch}`;
      } else {
        line += ` controlType: ${key.type ?? `UNKNOWN(${key.typeId})`}`;
      }
    } else {
      if (r.key !== null) line += ` key: ${r.key.toString("utf8")}`;
      line += ` payload: ${r.value === null ? "null" : r.value.toString("utf8")}`;
    }
    emit(line);
  }
}

function decrypt(buf: Buffer, keyId: string | undefined, keys: KeyRing | undefined): Buffer {
  if (keys === undefined || keys.size === 0) {
    throw new Error(
      `batch at offset ${buf.readBigInt64BE(0)} is encrypted (key '${keyId ?? "?"}'); refusing to print records without the key: ` +
        "give --encryption-keys-file FILE or set CAREBUS_ENCRYPTION_KEYS",
    );
  }
  try {
    return new BatchCipher(keys).decrypt(buf);
  } catch (err) {
    if (err instanceof BatchDecryptionError) throw new Error(`cannot decrypt: ${err.message}`, { cause: err });
    throw err;
  }
}

function safeKeyId(buf: Buffer): string | undefined {
  try {
    return readEnvelope(buf).keyId;
  } catch {
    return undefined;
  }
}

function dumpOffsetIndex(path: string, emit: Emit): void {
  const base = baseOffsetOf(path);
  forEachEntry(path, 8, (buf) => {
    const relative = buf.readInt32BE(0);
    const position = buf.readInt32BE(4);
    // Preallocated tails of an active index are zeros after the first entry.
    return { line: `offset: ${base + BigInt(relative)} position: ${position}`, empty: relative === 0 && position === 0 };
  }, emit);
}

function dumpTimeIndex(path: string, emit: Emit): void {
  const base = baseOffsetOf(path);
  forEachEntry(path, 12, (buf) => {
    const timestamp = buf.readBigInt64BE(0);
    const relative = buf.readInt32BE(8);
    return { line: `timestamp: ${timestamp} offset: ${base + BigInt(relative)}`, empty: timestamp === 0n && relative === 0 };
  }, emit);
}

function forEachEntry(path: string, entrySize: number, format: (entry: Buffer) => { line: string; empty: boolean }, emit: Emit): void {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    const all = readAt(fd, 0, size - (size % entrySize));
    for (let i = 0; i < all.length; i += entrySize) {
      const { line, empty } = format(all.subarray(i, i + entrySize));
      if (empty && i > 0) break;
      emit(line);
    }
  } finally {
    closeSync(fd);
  }
}
