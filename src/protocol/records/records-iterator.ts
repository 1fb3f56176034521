// Walks the batches of a `records` field (Produce, Fetch) or of a log segment, reading
// only headers: each entry gives a batch's byte range, never its records. It follows
// Kafka's ByteBufferLogInputStream: the Length at @8 sizes any entry (batch or legacy
// message set, whose smallest record is 14 bytes); the magic at @16 decides how to read
// the rest. Legacy message sets (magic 0/1: offset int64 | message size int32 | crc
// uint32 @12 | magic int8 @16 | ...) are reported as such, never read as v2.
//
// What Kafka 4.0 answers (KafkaApis.handleProduceRequest -> ProduceRequest.validateRecords,
// for Produce v3+; 4.0 accepts no older version, KIP-896): a partition whose records hold
// no batch, more than one batch, or a batch whose magic is not 2 gets INVALID_RECORD (87);
// zstd before Produce v7 gets UNSUPPORTED_COMPRESSION_TYPE (76). An entry too small or with
// a magic outside 0..2 is CORRUPT_MESSAGE (2). A trailing partial batch is skipped by
// Kafka's iterator and trimmed on append; Fetch responses may legally end in one (a batch
// cut at max.bytes), while `validateProduceRecords` rejects it as CORRUPT_MESSAGE.
import { ErrorCode, KafkaError } from "../errors.js";
import {
  COMPRESSION_CODEC_MASK,
  CURRENT_MAGIC,
  HEADER_SIZE_UP_TO_MAGIC,
  LENGTH_OFFSET,
  LOG_OVERHEAD,
  MAGIC_OFFSET,
  readBatchHeader,
  RECORD_BATCH_OVERHEAD,
  type RecordBatchHeader,
} from "./batch-header.js";

/** LegacyRecord.RECORD_OVERHEAD_V0: the smallest magic 0 message after the log overhead. */
export const MIN_LEGACY_RECORD_SIZE = 14;
const ZSTD_CODEC_ID = 4;
const FIRST_PRODUCE_VERSION_WITH_ZSTD = 7;

export type RecordsEntry =
  /** A whole magic v2 batch at [offset, offset + size). */
  | { kind: "batch"; offset: number; size: number; header: RecordBatchHeader }
  /** A whole legacy message set entry (magic 0 or 1). */
  | { kind: "legacy"; offset: number; size: number; magic: 0 | 1 }
  /** The bytes from `offset` to the end are the start of an entry; `size` when its Length was readable. */
  | { kind: "partial"; offset: number; size: number | undefined }
  /** The entry at `offset` cannot be read; iteration stops here. */
  | { kind: "corrupt"; offset: number; error: KafkaError };

/** Yields the entries of `records` in order; a partial or corrupt entry ends the walk. */
export function* iterateBatches(records: Buffer, start = 0, end = records.length): Generator<RecordsEntry> {
  let offset = start;
  while (offset < end) {
    const available = end - offset;
    if (available < LOG_OVERHEAD) {
      yield { kind: "partial", offset, size: undefined };
      return;
    }
    const length = records.readInt32BE(offset + LENGTH_OFFSET);
    if (length < MIN_LEGACY_RECORD_SIZE) {
      const message = `Record size ${length} is less than the minimum record overhead (${MIN_LEGACY_RECORD_SIZE})`;
      yield { kind: "corrupt", offset, error: new KafkaError(ErrorCode.CORRUPT_MESSAGE, message) };
      return;
    }
    const size = LOG_OVERHEAD + length;
    if (available < HEADER_SIZE_UP_TO_MAGIC) {
      yield { kind: "partial", offset, size };
      return;
    }
    const magic = records.readInt8(offset + MAGIC_OFFSET);
    if (magic < 0 || magic > CURRENT_MAGIC) {
      yield { kind: "corrupt", offset, error: new KafkaError(ErrorCode.CORRUPT_MESSAGE, `Invalid magic found in record: ${magic}`) };
      return;
    }
    if (magic === CURRENT_MAGIC && size < RECORD_BATCH_OVERHEAD) {
      const message = `Record batch is corrupt (the size ${size} is smaller than the minimum allowed overhead ${RECORD_BATCH_OVERHEAD})`;
      yield { kind: "corrupt", offset, error: new KafkaError(ErrorCode.CORRUPT_MESSAGE, message) };
      return;
    }
    if (size > available) {
      yield { kind: "partial", offset, size };
      return;
    }
    if (magic === CURRENT_MAGIC) yield { kind: "batch", offset, size, header: readBatchHeader(records, offset) };
    else yield { kind: "legacy", offset, size, magic: magic === 0 ? 0 : 1 };
    offset += size;
  }
}

/**
 * Kafka's checks on one partition's records in a Produce request (ProduceRequest.validateRecords
 * plus the entry checks above), before any record is decoded. Returns the error the
 * partition answers with, or undefined. CRC and records are checked later, by decodeRecordBatch.
 */
export function validateProduceRecords(records: Buffer, apiVersion: number): KafkaError | undefined {
  let batches = 0;
  for (const entry of iterateBatches(records)) {
    if (entry.kind === "corrupt") return entry.error;
    if (entry.kind === "partial") {
      return new KafkaError(ErrorCode.CORRUPT_MESSAGE, `Produce records end in a partial batch at byte ${entry.offset}`);
    }
    if (entry.kind === "legacy") {
      return new KafkaError(
        ErrorCode.INVALID_RECORD,
        `Produce requests with version ${apiVersion} are only allowed to contain record batches with magic version 2`,
      );
    }
    if (++batches > 1) {
      return new KafkaError(
        ErrorCode.INVALID_RECORD,
        `Produce requests with version ${apiVersion} are only allowed to contain exactly one record batch per partition`,
      );
    }
    if ((entry.header.attributes & COMPRESSION_CODEC_MASK) === ZSTD_CODEC_ID && apiVersion < FIRST_PRODUCE_VERSION_WITH_ZSTD) {
      return new KafkaError(
        ErrorCode.UNSUPPORTED_COMPRESSION_TYPE,
        `Produce requests with version ${apiVersion} are not allowed to use ZStandard compression`,
      );
    }
  }
  if (batches === 0) {
    return new KafkaError(
      ErrorCode.INVALID_RECORD,
      `Produce requests with version ${apiVersion} must have at least one record batch per partition`,
    );
  }
  return undefined;
}
