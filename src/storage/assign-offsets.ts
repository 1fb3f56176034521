// The in-place rewrite an append does to the producer's batches (the part of Kafka's
// LogValidator that survives when the broker keeps batches as sent): each batch's base
// offset, outside the CRC; and for LogAppendTime topics the timestamp-type attribute and
// max timestamp, inside it, so the CRC is recomputed. Records are never touched.
import { crc32c } from "../protocol/crc32c.js";
import { ErrorCode, KafkaError } from "../protocol/errors.js";
import {
  ATTRIBUTES_OFFSET,
  CRC_OFFSET,
  CURRENT_MAGIC,
  LAST_OFFSET_DELTA_OFFSET,
  MAGIC_OFFSET,
  MAX_TIMESTAMP_OFFSET,
  RECORD_BATCH_OVERHEAD,
  RECORDS_COUNT_OFFSET,
  TIMESTAMP_TYPE_MASK,
  batchSizeAt,
  setBaseOffset,
} from "../protocol/records/batch-header.js";

export interface AssignedOffsets {
  lastOffset: bigint;
  maxTimestamp: bigint;
  /** Last offset of the first batch holding maxTimestamp (Kafka's shallowOffsetOfMaxTimestamp). */
  offsetOfMaxTimestamp: bigint;
  recordCount: number;
}

/**
 * Gives the batches in `records` consecutive offsets from `firstOffset`. Throws
 * CORRUPT_MESSAGE unless `records` is a whole number of v2 batches (the caller has
 * validated CRCs and records; this guards the log's framing).
 */
export function assignOffsets(records: Buffer, firstOffset: bigint, logAppendTimeMs?: number): AssignedOffsets {
  let nextOffset = firstOffset;
  let maxTimestamp = -1n;
  let offsetOfMaxTimestamp = -1n;
  let recordCount = 0;
  let position = 0;
  while (position < records.length) {
    if (records.length - position < RECORD_BATCH_OVERHEAD || records.readInt8(position + MAGIC_OFFSET) !== CURRENT_MAGIC) {
      throw new KafkaError(ErrorCode.CORRUPT_MESSAGE, `not a v2 batch at byte ${position} of the appended records`);
    }
    const size = batchSizeAt(records, position);
    const lastOffsetDelta = records.readInt32BE(position + LAST_OFFSET_DELTA_OFFSET);
    if (size < RECORD_BATCH_OVERHEAD || position + size > records.length || lastOffsetDelta < 0) {
      throw new KafkaError(ErrorCode.CORRUPT_MESSAGE, `batch at byte ${position} has a bad size or offset delta`);
    }
    setBaseOffset(records, position, nextOffset);
    if (logAppendTimeMs !== undefined) stampLogAppendTime(records.subarray(position, position + size), logAppendTimeMs);
    const batchMaxTimestamp = records.readBigInt64BE(position + MAX_TIMESTAMP_OFFSET);
    const lastOffset = nextOffset + BigInt(lastOffsetDelta);
    if (batchMaxTimestamp > maxTimestamp) {
      maxTimestamp = batchMaxTimestamp;
      offsetOfMaxTimestamp = lastOffset;
    }
    recordCount += records.readInt32BE(position + RECORDS_COUNT_OFFSET);
    nextOffset = lastOffset + 1n;
    position += size;
  }
  if (position === 0) throw new KafkaError(ErrorCode.CORRUPT_MESSAGE, "no record batch to append");
  return { lastOffset: nextOffset - 1n, maxTimestamp, offsetOfMaxTimestamp, recordCount };
}

/** Kafka's DefaultRecordBatch.setMaxTimestamp(LOG_APPEND_TIME, t): attribute bit, max timestamp, fresh CRC. */
function stampLogAppendTime(batch: Buffer, logAppendTimeMs: number): void {
  batch.writeInt16BE(batch.readInt16BE(ATTRIBUTES_OFFSET) | TIMESTAMP_TYPE_MASK, ATTRIBUTES_OFFSET);
  batch.writeBigInt64BE(BigInt(logAppendTimeMs), MAX_TIMESTAMP_OFFSET);
  batch.writeUInt32BE(crc32c(batch.subarray(ATTRIBUTES_OFFSET)), CRC_OFFSET);
}
