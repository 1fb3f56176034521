// What the leader checks in one partition's records before appending them (Kafka's
// ProduceRequest.validateRecords, UnifiedLog.analyzeAndValidateRecords and LogValidator
// for client appends), in Kafka's order:
//
//   exactly one whole magic-2 batch (INVALID_RECORD / CORRUPT_MESSAGE, zstd before v7 →
//   UNSUPPORTED_COMPRESSION_TYPE) → base offset 0 (INVALID_RECORD) → size against the
//   topic's max.message.bytes (MESSAGE_TOO_LARGE) → CRC (CORRUPT_MESSAGE) → header
//   consistency: offset range vs record count, no control batch, a sequence when there is
//   a producer id (INVALID_RECORD) → per-record checks, collected as record errors
//   (KIP-467): keyless record on a compacted topic (INVALID_RECORD), CreateTime outside
//   message.timestamp.before/after.max.ms or a client batch claiming LogAppendTime
//   (INVALID_TIMESTAMP).
//
// Batches stay as the client sent them (DESIGN.md): records are decoded only when they
// must be — always for uncompressed batches (no inflation needed), and for compressed ones
// only when the topic is compacted (keys), a timestamp bound is set, the batch claims
// LogAppendTime, or the topic's compression.type differs from the batch's. In the last
// case, and when inner offset deltas are not 0..n-1 (Kafka rewrites those too), the batch
// is rebuilt with the topic's codec keeping producer fields, timestamps and headers. A
// compressed batch that is not decoded is checked from its header only (LastOffsetDelta +
// 1 = RecordsCount); its records are checked when first decoded (compaction, fetch).
// Compression levels (compression.*.level) are not applied: the codecs take none yet.
import type { EffectiveTopicConfig } from "../config/topic-config.js";
import { ErrorCode, KafkaError } from "../protocol/errors.js";
import {
  COMPRESSION_CODEC_MASK,
  COMPRESSION_TYPES,
  isBatchCrcValid,
  isControlBatch,
  isTransactional,
  setPartitionLeaderEpoch,
  timestampTypeOf,
  type CompressionType,
  type RecordBatchHeader,
  type TimestampType,
} from "../protocol/records/batch-header.js";
import { decodeRecordBatch, encodeRecordBatch, recordTimestamp } from "../protocol/records/record-batch.js";
import type { KafkaRecord } from "../protocol/records/record.js";
import { iterateBatches, validateProduceRecords, type RecordsEntry } from "../protocol/records/records-iterator.js";
import { LEADER_EPOCH } from "./handlers/23-offset-for-leader-epoch.js";

const LONG_MAX = 2n ** 63n - 1n;

/** The topic configs a produce is validated against (Kafka's LogConfig fields). */
export interface ProduceTopicSettings {
  readonly maxMessageBytes: number;
  readonly segmentBytes: number;
  /** The topic's compression.type; "producer" keeps the batch's codec. */
  readonly compression: CompressionType | "producer";
  readonly compacted: boolean;
  readonly timestampType: TimestampType;
  readonly timestampBeforeMaxMs: bigint;
  readonly timestampAfterMaxMs: bigint;
}

export function produceSettingsOf(config: EffectiveTopicConfig): ProduceTopicSettings {
  const compression = config.get("compression.type");
  // KIP-937: the deprecated difference bound applies to a side left at its default.
  const difference = config.get("message.timestamp.difference.max.ms");
  const before = config.get("message.timestamp.before.max.ms");
  const after = config.get("message.timestamp.after.max.ms");
  return {
    maxMessageBytes: config.get("max.message.bytes"),
    segmentBytes: config.get("segment.bytes"),
    compression: compression === "uncompressed" ? "none" : (compression as CompressionType | "producer"),
    compacted: config.get("cleanup.policy").includes("compact"),
    timestampType: config.get("message.timestamp.type") === "LogAppendTime" ? "LogAppendTime" : "CreateTime",
    timestampBeforeMaxMs: before === LONG_MAX ? difference : before,
    timestampAfterMaxMs: after === LONG_MAX ? difference : after,
  };
}

/** One rejected record of a batch (ProduceResponse's BatchIndexAndErrorMessage). */
export interface RecordError {
  readonly batchIndex: number;
  readonly message: string | null;
}

/** Kafka's RecordValidationException: the batch was dropped because of these records. */
export class RecordValidationError extends KafkaError {
  override name = "RecordValidationError";
  readonly recordErrors: readonly RecordError[];

  constructor(code: number, message: string, recordErrors: readonly RecordError[]) {
    super(code, message);
    this.recordErrors = recordErrors;
  }
}

export interface ValidatedRecords {
  /** What to append: the request's bytes, or a rebuilt batch. */
  readonly records: Buffer;
  /** Set for LogAppendTime topics: the broker time to stamp. */
  readonly logAppendTimeMs?: number;
  readonly recompressed: boolean;
}

/**
 * Validates one partition's records from a client and returns what to append. Throws
 * KafkaError (RecordValidationError for per-record failures). Writes the partition leader
 * epoch into the batch header (outside the CRC), as the leader does.
 */
export function validateProducedRecords(
  records: Buffer,
  apiVersion: number,
  topicPartition: string,
  settings: ProduceTopicSettings,
  nowMs: number,
): ValidatedRecords {
  const structural = validateProduceRecords(records, apiVersion);
  if (structural !== undefined) throw structural;
  const first = firstEntry(records);
  if (first?.kind !== "batch") throw new KafkaError(ErrorCode.CORRUPT_MESSAGE, `no record batch in the append to ${topicPartition}`);
  const { header, size } = first;

  if (header.baseOffset !== 0n) {
    throw invalidRecord(`The baseOffset of the record batch in the append to ${topicPartition} should be 0, but it is ${header.baseOffset}`);
  }
  if (size > settings.maxMessageBytes) {
    throw new KafkaError(
      ErrorCode.MESSAGE_TOO_LARGE,
      `The record batch size in the append to ${topicPartition} is ${size} bytes which exceeds the maximum configured value of ${settings.maxMessageBytes}.`,
    );
  }
  if (!isBatchCrcValid(records, 0)) {
    throw new KafkaError(ErrorCode.CORRUPT_MESSAGE, `Record is corrupt (stored crc = ${header.crc}) in topic partition ${topicPartition}.`);
  }
  validateBatchHeader(header, topicPartition);

  const codecId = header.attributes & COMPRESSION_CODEC_MASK;
  const source = COMPRESSION_TYPES[codecId];
  if (source === undefined) throw new KafkaError(ErrorCode.CORRUPT_MESSAGE, `unknown compression type id ${codecId} in ${topicPartition}`);
  const target = settings.compression === "producer" ? source : settings.compression;
  const boundedTimestamps = settings.timestampBeforeMaxMs !== LONG_MAX || settings.timestampAfterMaxMs !== LONG_MAX;
  const mustDecode =
    source === "none" ||
    target !== source ||
    settings.compacted ||
    (boundedTimestamps && settings.timestampType === "CreateTime") ||
    timestampTypeOf(header.attributes) === "LogAppendTime";

  let out = records.subarray(0, size);
  let recompressed = false;
  if (mustDecode) {
    const batch = decodeRecordBatch(out, 0, { verifyCrc: false });
    validateRecords(batch.header, batch.records, topicPartition, settings, nowMs);
    const offsetsInOrder = batch.records.every((r, i) => r.offsetDelta === i);
    if (target !== source || (source !== "none" && !offsetsInOrder)) {
      out = rebuild(batch.header, batch.records, target);
      recompressed = true;
      if (out.length > settings.maxMessageBytes) {
        throw new KafkaError(
          ErrorCode.MESSAGE_TOO_LARGE,
          `Message batch size is ${out.length} bytes in append to partition ${topicPartition} which exceeds the maximum configured size of ${settings.maxMessageBytes}.`,
        );
      }
    }
  }
  if (out.length > settings.segmentBytes) {
    throw new KafkaError(
      ErrorCode.RECORD_LIST_TOO_LARGE,
      `Message batch size is ${out.length} bytes in append to partition ${topicPartition}, which exceeds the maximum configured segment size of ${settings.segmentBytes}.`,
    );
  }
  setPartitionLeaderEpoch(out, 0, LEADER_EPOCH);
  return {
    records: out,
    recompressed,
    ...(settings.timestampType === "LogAppendTime" && { logAppendTimeMs: nowMs }),
  };
}

/** LogValidator.validateBatch for a client's v2 batch. */
function validateBatchHeader(header: RecordBatchHeader, topicPartition: string): void {
  const countFromOffsets = header.lastOffsetDelta + 1;
  if (countFromOffsets <= 0) {
    throw invalidRecord(`Batch has an invalid offset range: [0, ${header.lastOffsetDelta}] in topic partition ${topicPartition}`);
  }
  if (header.recordsCount <= 0) {
    throw invalidRecord(`Invalid reported count for record batch: ${header.recordsCount} in topic partition ${topicPartition}`);
  }
  if (countFromOffsets !== header.recordsCount) {
    throw invalidRecord(
      `Inconsistent batch offset range [0, ${header.lastOffsetDelta}] and count of records ${header.recordsCount} in topic partition ${topicPartition}`,
    );
  }
  if (isControlBatch(header.attributes)) {
    throw invalidRecord(`Clients are not allowed to write control records in topic partition ${topicPartition}`);
  }
  if (header.producerId >= 0n && header.baseSequence < 0) {
    throw invalidRecord(
      `Invalid sequence number ${header.baseSequence} in record batch with producerId ${header.producerId} in topic partition ${topicPartition}`,
    );
  }
}

/** LogValidator.validateRecord for each record; all failures are reported together. */
function validateRecords(
  header: RecordBatchHeader,
  records: readonly KafkaRecord[],
  topicPartition: string,
  settings: ProduceTopicSettings,
  nowMs: number,
): void {
  const errors: { code: number; error: RecordError }[] = [];
  const now = BigInt(nowMs);
  const batchClaimsLogAppendTime = timestampTypeOf(header.attributes) === "LogAppendTime";
  records.forEach((record, index) => {
    if (settings.compacted && record.key === null) {
      const message = `Compacted topic cannot accept message without key in topic partition ${topicPartition}`;
      errors.push({ code: ErrorCode.INVALID_RECORD, error: { batchIndex: index, message } });
      return;
    }
    const timestamp = recordTimestamp(header, record);
    if (settings.timestampType === "CreateTime" && timestamp !== -1n) {
      const diff = now - timestamp;
      if (diff > settings.timestampBeforeMaxMs || -diff > settings.timestampAfterMaxMs) {
        const low = now - settings.timestampBeforeMaxMs;
        const high = now + settings.timestampAfterMaxMs;
        const message = `Timestamp ${timestamp} of message with offset ${record.offsetDelta} is out of range. The timestamp should be within [${low}, ${high}]`;
        errors.push({ code: ErrorCode.INVALID_TIMESTAMP, error: { batchIndex: index, message } });
      }
    } else if (batchClaimsLogAppendTime) {
      const message = "Invalid timestamp type in message. Producer should not set timestamp type to LogAppendTime.";
      errors.push({ code: ErrorCode.INVALID_TIMESTAMP, error: { batchIndex: index, message } });
    }
  });
  if (errors.length === 0) return;
  const recordErrors = errors.map((e) => e.error);
  if (errors.some((e) => e.code === ErrorCode.INVALID_TIMESTAMP)) {
    throw new RecordValidationError(ErrorCode.INVALID_TIMESTAMP, "One or more records have been rejected due to invalid timestamp", recordErrors);
  }
  throw invalidRecords(recordErrors);
}

/** INVALID_RECORD for a batch with these record errors, in Kafka's wording. */
export function invalidRecords(recordErrors: readonly RecordError[]): RecordValidationError {
  const shown = recordErrors
    .slice(0, 3)
    .map((e) => `RecordError(batchIndex=${e.batchIndex}, message='${e.message}')`)
    .join(", ");
  return new RecordValidationError(
    ErrorCode.INVALID_RECORD,
    `One or more records have been rejected due to ${recordErrors.length} record errors in total, and only showing the first three errors at most: [${shown}]`,
    recordErrors,
  );
}

/** Kafka's buildRecordsAndAssignOffsets: the same records in a new batch with `compression`. */
function rebuild(header: RecordBatchHeader, records: readonly KafkaRecord[], compression: CompressionType): Buffer {
  return encodeRecordBatch({
    compression,
    isTransactional: isTransactional(header.attributes),
    producerId: header.producerId,
    producerEpoch: header.producerEpoch,
    baseSequence: header.baseSequence,
    records: records.map((r, i) => ({
      key: r.key,
      value: r.value,
      headers: r.headers,
      timestamp: recordTimestamp(header, r),
      offsetDelta: i,
      attributes: r.attributes,
    })),
  });
}

function firstEntry(records: Buffer): RecordsEntry | undefined {
  for (const entry of iterateBatches(records)) return entry;
  return undefined;
}

function invalidRecord(message: string): KafkaError {
  return new KafkaError(ErrorCode.INVALID_RECORD, message);
}
