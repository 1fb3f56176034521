// The two lookups that need individual records, not just batch headers: ListOffsets by
// timestamp ("the first record whose timestamp >= t") and MAX_TIMESTAMP (KIP-734, "the
// record carrying the max timestamp"). Kafka decodes (and decompresses) the candidate
// batch for these, and so does this — nowhere else does storage look inside a batch.
// The bytes come from our own recovered segments, so the CRC is not checked again.
import { decodeRecordBatch, recordOffset, recordTimestamp } from "../protocol/records/record-batch.js";

export interface TimestampAndOffset {
  timestamp: bigint;
  offset: bigint;
}

/** The first record of `batch` (one whole v2 batch) with timestamp >= target and offset >= startingOffset. */
export function findRecordByTimestamp(batch: Buffer, targetTimestamp: bigint, startingOffset: bigint): TimestampAndOffset | undefined {
  const { header, records } = decodeRecordBatch(batch, 0, { verifyCrc: false });
  for (const record of records) {
    const timestamp = recordTimestamp(header, record);
    const offset = recordOffset(header, record);
    if (timestamp >= targetTimestamp && offset >= startingOffset) return { timestamp, offset };
  }
  return undefined;
}

/** The first record of `batch` whose timestamp is the batch's max timestamp. */
export function findMaxTimestampRecord(batch: Buffer): TimestampAndOffset | undefined {
  const { header, records } = decodeRecordBatch(batch, 0, { verifyCrc: false });
  for (const record of records) {
    if (recordTimestamp(header, record) === header.maxTimestamp) {
      return { timestamp: header.maxTimestamp, offset: recordOffset(header, record) };
    }
  }
  return undefined;
}
