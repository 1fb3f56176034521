// Filtering one stored batch during cleaning (Kafka's MemoryRecords.filterTo with the
// cleaner's RecordFilter). Batches keep their structure: a batch whose records all stay
// and that needs no delete horizon is copied byte for byte; otherwise it is re-encoded
// with the same base offset, last offset delta (so the producer's last sequence
// survives), producer id/epoch/base sequence, leader epoch, timestamp type and codec,
// and a fresh CRC. Offsets are never renumbered: each kept record keeps its offset delta.
//
// KIP-534 delete horizon: the first cleaning that keeps a tombstone writes its batch with
// the delete-horizon attribute bit (0x40) set and BaseTimestamp = now + delete.retention.ms
// (record timestamp deltas are rebased so record timestamps do not change). A later
// cleaning after that time drops the tombstones. Transaction markers whose transaction has
// no data left get a horizon the same way (the filter asks for it) and go after it.
//
// A batch left with no records is dropped unless `checkBatchRetention` says to keep its
// header (recordsCount 0, uncompressed, base timestamp -1): the last batch of each producer
// (its sequence numbers) and the last batch of the cleaning round (the offset it ends at).
import {
  DELETE_HORIZON_FLAG_MASK,
  LAST_OFFSET_DELTA_OFFSET,
  ATTRIBUTES_OFFSET,
  NO_TIMESTAMP,
  compressionOf,
  isControlBatch,
  isTransactional,
  readBatchHeader,
  timestampTypeOf,
  writeBatchCrc,
  type RecordBatchHeader,
} from "../../protocol/records/batch-header.js";
import { decodeRecordBatch, encodeRecordBatch, recordTimestamp, type RecordToEncode } from "../../protocol/records/record-batch.js";
import type { KafkaRecord } from "../../protocol/records/record.js";

/** Kafka's BatchRetention: what happens to a batch whose records were all removed. */
export type BatchRetention = "delete" | "retain-empty" | "delete-empty";

export interface RecordFilter {
  nowMs: number;
  deleteRetentionMs: number;
  checkBatchRetention(header: RecordBatchHeader, lastOffset: bigint): BatchRetention;
  shouldRetainRecord(header: RecordBatchHeader, record: KafkaRecord, offset: bigint): boolean;
  /** A kept batch that needs a delete horizon even without tombstones (a removable transaction marker). */
  needsDeleteHorizon?(header: RecordBatchHeader): boolean;
}

export interface FilteredBatch {
  /** What to write to the cleaned segment; undefined when the batch goes away. */
  output: Buffer | undefined;
  recordsRead: number;
  recordsRetained: number;
  /** Max timestamp of the output batch (for the cleaned segment's time index). */
  maxTimestamp: bigint;
}

export function hasDeleteHorizon(header: RecordBatchHeader): boolean {
  return (header.attributes & DELETE_HORIZON_FLAG_MASK) !== 0;
}

/** The delete horizon of the batch (KIP-534), or undefined when it has none. */
export function deleteHorizonMs(header: RecordBatchHeader): bigint | undefined {
  return hasDeleteHorizon(header) ? header.baseTimestamp : undefined;
}

/** Filters the whole batch `bytes` (CRC checked; compressed records are decompressed). */
export function filterBatch(bytes: Buffer, filter: RecordFilter): FilteredBatch {
  const header = readBatchHeader(bytes);
  const lastOffset = header.baseOffset + BigInt(header.lastOffsetDelta);
  const retention = filter.checkBatchRetention(header, lastOffset);
  const dropped: FilteredBatch = { output: undefined, recordsRead: header.recordsCount, recordsRetained: 0, maxTimestamp: NO_TIMESTAMP };
  if (retention === "delete") return dropped;

  const { records } = decodeRecordBatch(bytes);
  const retained = records.filter((r) => filter.shouldRetainRecord(header, r, header.baseOffset + BigInt(r.offsetDelta)));
  const result = (output: Buffer): FilteredBatch => ({
    output,
    recordsRead: records.length,
    recordsRetained: retained.length,
    maxTimestamp: readBatchHeader(output).maxTimestamp,
  });
  if (retained.length === 0) return retention === "retain-empty" ? result(emptyBatch(header)) : { ...dropped, recordsRead: records.length };

  const needsHorizon = !hasDeleteHorizon(header) && (retained.some((r) => r.value === null) || filter.needsDeleteHorizon?.(header) === true);
  if (retained.length === records.length && !needsHorizon) return result(bytes);
  const horizon = needsHorizon ? BigInt(filter.nowMs + filter.deleteRetentionMs) : deleteHorizonMs(header);
  return result(rebuild(header, retained, horizon));
}

/** The kept records as a batch shaped like the original (see the header comment). */
function rebuild(header: RecordBatchHeader, records: readonly KafkaRecord[], horizon: bigint | undefined): Buffer {
  const logAppendTime = timestampTypeOf(header.attributes) === "LogAppendTime";
  const out = encodeRecordBatch({
    baseOffset: header.baseOffset,
    partitionLeaderEpoch: header.partitionLeaderEpoch,
    compression: compressionOf(header.attributes),
    timestampType: timestampTypeOf(header.attributes),
    isTransactional: isTransactional(header.attributes),
    isControl: isControlBatch(header.attributes),
    producerId: header.producerId,
    producerEpoch: header.producerEpoch,
    baseSequence: header.baseSequence,
    ...(horizon !== undefined && { baseTimestamp: horizon }),
    ...(logAppendTime && { maxTimestamp: header.maxTimestamp }),
    records: records.map(
      (r): RecordToEncode => ({
        key: r.key,
        value: r.value,
        headers: r.headers,
        attributes: r.attributes,
        offsetDelta: r.offsetDelta,
        timestamp: recordTimestamp(header, r),
      }),
    ),
  });
  return patchHeader(out, header.lastOffsetDelta, horizon !== undefined);
}

/** Kafka's DefaultRecordBatch.writeEmptyHeader: no records, the original offsets and producer fields. */
function emptyBatch(header: RecordBatchHeader): Buffer {
  const out = encodeRecordBatch({
    baseOffset: header.baseOffset,
    partitionLeaderEpoch: header.partitionLeaderEpoch,
    compression: "none",
    timestampType: timestampTypeOf(header.attributes),
    isTransactional: isTransactional(header.attributes),
    isControl: isControlBatch(header.attributes),
    producerId: header.producerId,
    producerEpoch: header.producerEpoch,
    baseSequence: header.baseSequence,
    baseTimestamp: NO_TIMESTAMP,
    maxTimestamp: header.maxTimestamp,
    records: [],
  });
  return patchHeader(out, header.lastOffsetDelta, false);
}

/** The encoder derives LastOffsetDelta from the records and knows no delete-horizon bit; both are set here. */
function patchHeader(batch: Buffer, lastOffsetDelta: number, deleteHorizon: boolean): Buffer {
  batch.writeInt32BE(lastOffsetDelta, LAST_OFFSET_DELTA_OFFSET);
  if (deleteHorizon) batch.writeInt16BE(batch.readInt16BE(ATTRIBUTES_OFFSET) | DELETE_HORIZON_FLAG_MASK, ATTRIBUTES_OFFSET);
  writeBatchCrc(batch);
  return batch;
}
