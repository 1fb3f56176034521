// The fixed 61-byte header of a record batch (magic v2), from the header comment of
// Kafka's DefaultRecordBatch.java:
//
//   BaseOffset int64 @0 | Length int32 @8 | PartitionLeaderEpoch int32 @12 | Magic int8 @16
//   CRC uint32 @17 (CRC-32C of bytes @21..end) | Attributes int16 @21 | LastOffsetDelta int32 @23
//   BaseTimestamp int64 @27 | MaxTimestamp int64 @35 | ProducerId int64 @43
//   ProducerEpoch int16 @51 | BaseSequence int32 @53 | RecordsCount int32 @57 | Records @61
//
// Batch size = LOG_OVERHEAD (12) + Length. Byte 16 (magic) must be read before anything
// between Length and Magic is interpreted: magic 0/1 are legacy message sets.
// The storage layer reads headers through this module without decoding records.
import { crc32c } from "../crc32c.js";

export const BASE_OFFSET_OFFSET = 0;
export const LENGTH_OFFSET = 8;
export const PARTITION_LEADER_EPOCH_OFFSET = 12;
export const MAGIC_OFFSET = 16;
export const CRC_OFFSET = 17;
export const ATTRIBUTES_OFFSET = 21;
export const LAST_OFFSET_DELTA_OFFSET = 23;
export const BASE_TIMESTAMP_OFFSET = 27;
export const MAX_TIMESTAMP_OFFSET = 35;
export const PRODUCER_ID_OFFSET = 43;
export const PRODUCER_EPOCH_OFFSET = 51;
export const BASE_SEQUENCE_OFFSET = 53;
export const RECORDS_COUNT_OFFSET = 57;
export const RECORD_BATCH_OVERHEAD = 61;
export const LOG_OVERHEAD = 12;
/** Smallest prefix that tells size and magic of any batch or legacy message set. */
export const HEADER_SIZE_UP_TO_MAGIC = MAGIC_OFFSET + 1;

export const CURRENT_MAGIC = 2;
export const NO_PRODUCER_ID = -1n;
export const NO_PRODUCER_EPOCH = -1;
export const NO_SEQUENCE = -1;
export const NO_TIMESTAMP = -1n;

export const COMPRESSION_CODEC_MASK = 0x07;
export const TIMESTAMP_TYPE_MASK = 0x08;
export const TRANSACTIONAL_FLAG_MASK = 0x10;
export const CONTROL_FLAG_MASK = 0x20;
export const DELETE_HORIZON_FLAG_MASK = 0x40;

export type CompressionType = "none" | "gzip" | "snappy" | "lz4" | "zstd";
export const COMPRESSION_TYPES: readonly CompressionType[] = ["none", "gzip", "snappy", "lz4", "zstd"];
export type TimestampType = "CreateTime" | "LogAppendTime";

/** The header fields of one batch, read without touching its records. */
export interface RecordBatchHeader {
  baseOffset: bigint;
  /** Bytes after the Length field; the whole batch is LOG_OVERHEAD + batchLength. */
  batchLength: number;
  partitionLeaderEpoch: number;
  magic: number;
  crc: number;
  attributes: number;
  lastOffsetDelta: number;
  baseTimestamp: bigint;
  maxTimestamp: bigint;
  producerId: bigint;
  producerEpoch: number;
  baseSequence: number;
  recordsCount: number;
}

/** Size in bytes of the batch starting at `offset` (LOG_OVERHEAD + Length). */
export function batchSizeAt(buf: Buffer, offset: number): number {
  return LOG_OVERHEAD + buf.readInt32BE(offset + LENGTH_OFFSET);
}

/**
 * Reads a v2 batch header at `offset`. The caller must have checked that at least
 * RECORD_BATCH_OVERHEAD bytes are present and that the magic byte is 2.
 */
export function readBatchHeader(buf: Buffer, offset = 0): RecordBatchHeader {
  return {
    baseOffset: buf.readBigInt64BE(offset + BASE_OFFSET_OFFSET),
    batchLength: buf.readInt32BE(offset + LENGTH_OFFSET),
    partitionLeaderEpoch: buf.readInt32BE(offset + PARTITION_LEADER_EPOCH_OFFSET),
    magic: buf.readInt8(offset + MAGIC_OFFSET),
    crc: buf.readUInt32BE(offset + CRC_OFFSET),
    attributes: buf.readInt16BE(offset + ATTRIBUTES_OFFSET),
    lastOffsetDelta: buf.readInt32BE(offset + LAST_OFFSET_DELTA_OFFSET),
    baseTimestamp: buf.readBigInt64BE(offset + BASE_TIMESTAMP_OFFSET),
    maxTimestamp: buf.readBigInt64BE(offset + MAX_TIMESTAMP_OFFSET),
    producerId: buf.readBigInt64BE(offset + PRODUCER_ID_OFFSET),
    producerEpoch: buf.readInt16BE(offset + PRODUCER_EPOCH_OFFSET),
    baseSequence: buf.readInt32BE(offset + BASE_SEQUENCE_OFFSET),
    recordsCount: buf.readInt32BE(offset + RECORDS_COUNT_OFFSET),
  };
}

export function compressionOf(attributes: number): CompressionType {
  return COMPRESSION_TYPES[attributes & COMPRESSION_CODEC_MASK] ?? "none";
}

export function isControlBatch(attributes: number): boolean {
  return (attributes & CONTROL_FLAG_MASK) !== 0;
}

export function isTransactional(attributes: number): boolean {
  return (attributes & TRANSACTIONAL_FLAG_MASK) !== 0;
}

export function timestampTypeOf(attributes: number): TimestampType {
  return (attributes & TIMESTAMP_TYPE_MASK) !== 0 ? "LogAppendTime" : "CreateTime";
}

/** Rewrites the base offset in place (outside the CRC, so the CRC stays valid). */
export function setBaseOffset(buf: Buffer, offset: number, baseOffset: bigint): void {
  buf.writeBigInt64BE(baseOffset, offset + BASE_OFFSET_OFFSET);
}

/** Rewrites the partition leader epoch in place (outside the CRC). */
export function setPartitionLeaderEpoch(buf: Buffer, offset: number, epoch: number): void {
  buf.writeInt32BE(epoch, offset + PARTITION_LEADER_EPOCH_OFFSET);
}

/** CRC-32C of the batch at `offset`: bytes from Attributes (@21) to the end of the batch. */
export function computeBatchCrc(buf: Buffer, offset = 0): number {
  return crc32c(buf.subarray(offset + ATTRIBUTES_OFFSET, offset + batchSizeAt(buf, offset)));
}

/** Whether the stored CRC matches the batch's bytes (the batch must be whole in `buf`). */
export function isBatchCrcValid(buf: Buffer, offset = 0): boolean {
  return buf.readUInt32BE(offset + CRC_OFFSET) === computeBatchCrc(buf, offset);
}

/** Recomputes and stores the CRC, after a change inside it (e.g. LogAppendTime's MaxTimestamp). */
export function writeBatchCrc(buf: Buffer, offset = 0): void {
  buf.writeUInt32BE(computeBatchCrc(buf, offset), offset + CRC_OFFSET);
}
