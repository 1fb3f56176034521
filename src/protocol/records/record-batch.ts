// Decoding and encoding whole record batches (magic v2, layout in batch-header.ts),
// records included. Errors follow Kafka's broker: a batch that is too short, has a bad
// magic, a CRC mismatch or unreadable compressed data is CORRUPT_MESSAGE
// (CorruptRecordException, which clients retry); records that do not match the header
// (count, sizes, structure) are INVALID_RECORD (InvalidRecordException, not retried).
// A payload that decompresses past the caller's limit is MESSAGE_TOO_LARGE.
import {
  codecFor,
  CompressionError,
  DecompressionLimitError,
  DEFAULT_MAX_OUTPUT_BYTES,
} from "../compression/index.js";
import { ErrorCode, KafkaError } from "../errors.js";
import { Reader } from "../primitives/reader.js";
import { Writer } from "../primitives/writer.js";
import {
  ATTRIBUTES_OFFSET,
  BASE_OFFSET_OFFSET,
  BASE_SEQUENCE_OFFSET,
  BASE_TIMESTAMP_OFFSET,
  COMPRESSION_CODEC_MASK,
  COMPRESSION_TYPES,
  CONTROL_FLAG_MASK,
  CRC_OFFSET,
  CURRENT_MAGIC,
  LAST_OFFSET_DELTA_OFFSET,
  LENGTH_OFFSET,
  LOG_OVERHEAD,
  MAGIC_OFFSET,
  MAX_TIMESTAMP_OFFSET,
  NO_PRODUCER_EPOCH,
  NO_PRODUCER_ID,
  NO_SEQUENCE,
  NO_TIMESTAMP,
  PARTITION_LEADER_EPOCH_OFFSET,
  PRODUCER_EPOCH_OFFSET,
  PRODUCER_ID_OFFSET,
  readBatchHeader,
  RECORD_BATCH_OVERHEAD,
  RECORDS_COUNT_OFFSET,
  TIMESTAMP_TYPE_MASK,
  TRANSACTIONAL_FLAG_MASK,
  computeBatchCrc,
  type CompressionType,
  type RecordBatchHeader,
  type TimestampType,
} from "./batch-header.js";
import {
  MIN_RECORD_SIZE,
  readRecord,
  recordBodySize,
  sizeOfVarint,
  writeRecord,
  type KafkaRecord,
  type RecordHeader,
  type RecordToWrite,
} from "./record.js";

export interface RecordBatch {
  header: RecordBatchHeader;
  records: KafkaRecord[];
  /** LOG_OVERHEAD + Length: where the next batch starts, relative to this one. */
  sizeInBytes: number;
}

export interface DecodeRecordBatchOptions {
  /** Ceiling on the decompressed records (bomb guard); default DEFAULT_MAX_OUTPUT_BYTES. */
  maxDecompressedBytes?: number;
  /** Check the CRC (default true); storage reading its own verified segments may skip it. */
  verifyCrc?: boolean;
}

function corrupt(message: string, cause?: unknown): KafkaError {
  return new KafkaError(ErrorCode.CORRUPT_MESSAGE, message, cause === undefined ? undefined : { cause });
}

function invalid(message: string): KafkaError {
  return new KafkaError(ErrorCode.INVALID_RECORD, message);
}

/** Decodes the batch at `offset` of `buf`, records included, after validating it. */
export function decodeRecordBatch(buf: Buffer, offset = 0, opts: DecodeRecordBatchOptions = {}): RecordBatch {
  const available = buf.length - offset;
  if (offset < 0 || available < LOG_OVERHEAD) throw corrupt(`record batch truncated: ${available} bytes`);
  const length = buf.readInt32BE(offset + LENGTH_OFFSET);
  if (length < RECORD_BATCH_OVERHEAD - LOG_OVERHEAD) {
    throw corrupt(`Record batch is corrupt (the size ${LOG_OVERHEAD + length} is smaller than the minimum allowed overhead ${RECORD_BATCH_OVERHEAD})`);
  }
  const size = LOG_OVERHEAD + length;
  if (size > available) throw corrupt(`record batch truncated: size ${size}, ${available} bytes present`);
  const magic = buf.readInt8(offset + MAGIC_OFFSET);
  if (magic === 0 || magic === 1) {
    throw invalid(`record batches with magic ${magic} (message sets) are not supported; magic 2 is required`);
  }
  if (magic !== CURRENT_MAGIC) throw corrupt(`Invalid magic found in record: ${magic}`);
  if (opts.verifyCrc ?? true) {
    const stored = buf.readUInt32BE(offset + CRC_OFFSET);
    const computed = computeBatchCrc(buf, offset);
    if (stored !== computed) throw corrupt(`Record is corrupt (stored crc = ${stored}, computed crc = ${computed})`);
  }

  const header = readBatchHeader(buf, offset);
  if (header.recordsCount < 0) throw invalid(`Found invalid record count ${header.recordsCount} in magic v2 batch`);
  const codecId = header.attributes & COMPRESSION_CODEC_MASK;
  const compression = COMPRESSION_TYPES[codecId];
  if (compression === undefined) throw corrupt(`unknown compression type id ${codecId}`);

  // Kafka reads nothing of an empty batch (compaction leaves such headers behind)
  if (header.recordsCount === 0) return { header, records: [], sizeInBytes: size };
  let payload = buf.subarray(offset + RECORD_BATCH_OVERHEAD, offset + size);
  if (compression !== "none") {
    const limit = opts.maxDecompressedBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
    try {
      payload = codecFor(compression).decompress(payload, limit);
    } catch (err) {
      if (err instanceof DecompressionLimitError) {
        throw new KafkaError(ErrorCode.MESSAGE_TOO_LARGE, err.message, { cause: err });
      }
      if (err instanceof CompressionError) throw corrupt(`cannot decompress records: ${err.message}`, err);
      throw err;
    }
  }
  // no array is sized by the claimed count: it must first fit the bytes present
  if (header.recordsCount > payload.length / MIN_RECORD_SIZE) {
    throw invalid(`record count ${header.recordsCount} cannot fit in ${payload.length} bytes of records`);
  }
  const reader = new Reader(payload);
  const records: KafkaRecord[] = [];
  for (let i = 0; i < header.recordsCount; i++) records.push(readRecord(reader));
  if (reader.remaining !== 0) throw invalid("Incorrect declared batch size, records still remaining in file");
  return { header, records, sizeInBytes: size };
}

/** Absolute offset of a record of the batch. */
export function recordOffset(header: RecordBatchHeader, record: KafkaRecord): bigint {
  return header.baseOffset + BigInt(record.offsetDelta);
}

/** Absolute timestamp of a record: MaxTimestamp for LogAppendTime batches (Kafka's rule). */
export function recordTimestamp(header: RecordBatchHeader, record: KafkaRecord): bigint {
  if ((header.attributes & TIMESTAMP_TYPE_MASK) !== 0) return header.maxTimestamp;
  return header.baseTimestamp + BigInt(record.timestampDelta);
}

export interface RecordToEncode {
  key?: Buffer | null;
  value: Buffer | null;
  headers?: readonly RecordHeader[];
  /** Absolute timestamp; defaults to the batch's base timestamp. */
  timestamp?: bigint;
  /** Defaults to the record's index in the batch. */
  offsetDelta?: number;
  attributes?: number;
}

export interface RecordBatchToEncode {
  baseOffset?: bigint;
  partitionLeaderEpoch?: number;
  compression?: CompressionType;
  timestampType?: TimestampType;
  isTransactional?: boolean;
  isControl?: boolean;
  producerId?: bigint;
  producerEpoch?: number;
  baseSequence?: number;
  /** Defaults to the first record's timestamp (-1 for an empty batch). */
  baseTimestamp?: bigint;
  /** Defaults to the largest record timestamp; set it for LogAppendTime. */
  maxTimestamp?: bigint;
  records: readonly RecordToEncode[];
}

const NO_HEADERS: readonly RecordHeader[] = [];
const VARINT_SLACK = 10;

function baseTimestampOf(batch: RecordBatchToEncode): bigint {
  if (batch.baseTimestamp !== undefined) return batch.baseTimestamp;
  const first = batch.records[0];
  if (first === undefined) return NO_TIMESTAMP;
  if (first.timestamp === undefined) throw new RangeError("a record batch needs baseTimestamp or record timestamps");
  return first.timestamp;
}

/** Encodes a batch: computes LastOffsetDelta, MaxTimestamp, compression and the CRC. */
export function encodeRecordBatch(batch: RecordBatchToEncode): Buffer {
  const compression = batch.compression ?? "none";
  const baseTimestamp = baseTimestampOf(batch);
  let maxTimestamp = NO_TIMESTAMP;
  let lastOffsetDelta = batch.records.length === 0 ? 0 : -1;
  // size every record first so the batch is written into one exactly-sized buffer
  const toWrite: RecordToWrite[] = [];
  const bodySizes: number[] = [];
  let recordsBytes = 0;
  batch.records.forEach((r, i) => {
    const timestamp = r.timestamp ?? baseTimestamp;
    const offsetDelta = r.offsetDelta ?? i;
    if (timestamp > maxTimestamp) maxTimestamp = timestamp;
    if (offsetDelta > lastOffsetDelta) lastOffsetDelta = offsetDelta;
    const record: RecordToWrite = {
      attributes: r.attributes ?? 0,
      timestampDelta: Number(timestamp - baseTimestamp),
      offsetDelta,
      key: r.key ?? null,
      value: r.value,
      headers: r.headers ?? NO_HEADERS,
    };
    const bodySize = recordBodySize(record);
    toWrite.push(record);
    bodySizes.push(bodySize);
    recordsBytes += sizeOfVarint(bodySize) + bodySize;
  });
  // the slack keeps Writer from doubling its buffer when a varint near the end
  // reserves its 5 or 10 bytes
  const w = new Writer(RECORD_BATCH_OVERHEAD + recordsBytes + VARINT_SLACK);
  w.pos = RECORD_BATCH_OVERHEAD;
  toWrite.forEach((record, i) => writeRecord(w, record, bodySizes[i]));
  let out = w.finish();
  // an empty batch has no payload even when compressed, like Kafka's empty batch header
  if (compression !== "none" && recordsBytes > 0) {
    const payload = codecFor(compression).compress(out.subarray(RECORD_BATCH_OVERHEAD));
    out = Buffer.allocUnsafe(RECORD_BATCH_OVERHEAD + payload.length);
    payload.copy(out, RECORD_BATCH_OVERHEAD);
  }

  let attributes = COMPRESSION_TYPES.indexOf(compression);
  if (batch.timestampType === "LogAppendTime") attributes |= TIMESTAMP_TYPE_MASK;
  if (batch.isTransactional === true) attributes |= TRANSACTIONAL_FLAG_MASK;
  if (batch.isControl === true) attributes |= CONTROL_FLAG_MASK;

  out.writeBigInt64BE(batch.baseOffset ?? 0n, BASE_OFFSET_OFFSET);
  out.writeInt32BE(out.length - LOG_OVERHEAD, LENGTH_OFFSET);
  out.writeInt32BE(batch.partitionLeaderEpoch ?? -1, PARTITION_LEADER_EPOCH_OFFSET);
  out.writeInt8(CURRENT_MAGIC, MAGIC_OFFSET);
  out.writeInt16BE(attributes, ATTRIBUTES_OFFSET);
  out.writeInt32BE(lastOffsetDelta, LAST_OFFSET_DELTA_OFFSET);
  out.writeBigInt64BE(baseTimestamp, BASE_TIMESTAMP_OFFSET);
  out.writeBigInt64BE(batch.maxTimestamp ?? maxTimestamp, MAX_TIMESTAMP_OFFSET);
  out.writeBigInt64BE(batch.producerId ?? NO_PRODUCER_ID, PRODUCER_ID_OFFSET);
  out.writeInt16BE(batch.producerEpoch ?? NO_PRODUCER_EPOCH, PRODUCER_EPOCH_OFFSET);
  out.writeInt32BE(batch.baseSequence ?? NO_SEQUENCE, BASE_SEQUENCE_OFFSET);
  out.writeInt32BE(batch.records.length, RECORDS_COUNT_OFFSET);
  out.writeUInt32BE(computeBatchCrc(out, 0), CRC_OFFSET);
  return out;
}
