// Reading producer fields out of batches that are about to be appended or are being
// replayed (Kafka's UnifiedLog.analyzeAndValidateProducerState and updateProducers).
// Works on batch headers only; a control batch's one record is decoded for its marker.
import {
  CURRENT_MAGIC,
  MAGIC_OFFSET,
  NO_PRODUCER_ID,
  PRODUCER_ID_OFFSET,
  RECORD_BATCH_OVERHEAD,
  batchSizeAt,
  isControlBatch,
  isTransactional,
  readBatchHeader,
  type RecordBatchHeader,
} from "../../protocol/records/batch-header.js";
import { decodeEndTransactionMarker } from "../../protocol/records/control-record.js";
import { decodeRecordBatch } from "../../protocol/records/record-batch.js";
import { incrementSequence, type BatchMetadata } from "./batch-metadata.js";
import type { AppendOrigin, ProducerAppendInfo } from "./producer-append-info.js";
import type { ProducerStateManager } from "./producer-state-manager.js";

export interface ProducerStateAnalysis {
  /** Per producer, the state to apply once the append succeeded. */
  readonly updates: ReadonlyMap<bigint, ProducerAppendInfo>;
  /** Set when the append is a retry of a retained batch: nothing is appended. */
  readonly duplicate?: BatchMetadata;
  /** First offsets of the transactions that markers in this append end. */
  readonly completedTxns: readonly bigint[];
}

/**
 * Validates the producer fields of `records` (whole v2 batches, offsets already assigned)
 * against `manager`; throws KafkaError (OUT_OF_ORDER_SEQUENCE_NUMBER, INVALID_PRODUCER_EPOCH,
 * INVALID_TXN_STATE) when the append must be refused. Changes nothing in `manager`.
 */
export function analyzeProducerBatches(manager: ProducerStateManager, records: Buffer, origin: AppendOrigin): ProducerStateAnalysis {
  const updates = new Map<bigint, ProducerAppendInfo>();
  const completedTxns: bigint[] = [];
  for (let at = 0; at + RECORD_BATCH_OVERHEAD <= records.length && records.readInt8(at + MAGIC_OFFSET) === CURRENT_MAGIC; at += batchSizeAt(records, at)) {
    if (records.readBigInt64BE(at + PRODUCER_ID_OFFSET) === NO_PRODUCER_ID) continue; // the common case, without decoding the header
    const header = readBatchHeader(records, at);
    if (origin === "client") {
      // Up to five requests are in flight per producer, so a retry is one of the last five.
      const duplicate = manager.lastEntry(header.producerId)?.findDuplicateBatch(header.producerEpoch, header.baseSequence, lastSequenceOf(header));
      if (duplicate !== undefined) return { updates: new Map(), duplicate, completedTxns: [] };
    }
    // TEMPORARY (transaction coordinator branch): client transactional batches are accepted
    // without KIP-890 verification against the coordinator; the storage work on transactions
    // replaces this with the real check.
    const completed = applyBatch(manager, updates, header, origin, () => records.subarray(at, at + batchSizeAt(records, at)));
    if (completed !== undefined) completedTxns.push(completed);
  }
  return { updates, completedTxns };
}

/**
 * Adds one batch to its producer's pending update (creating it from `manager`). Returns
 * the first offset of the transaction a marker ended. `bytes` gives the whole batch, read
 * only for control batches.
 */
export function applyBatch(
  manager: ProducerStateManager,
  updates: Map<bigint, ProducerAppendInfo>,
  header: RecordBatchHeader,
  origin: AppendOrigin,
  bytes: () => Buffer,
): bigint | undefined {
  let info = updates.get(header.producerId);
  if (info === undefined) {
    info = manager.prepareUpdate(header.producerId, origin);
    updates.set(header.producerId, info);
  }
  const lastOffset = header.baseOffset + BigInt(header.lastOffsetDelta);
  if (isControlBatch(header.attributes)) {
    const batch = decodeRecordBatch(bytes());
    const record = batch.records[0];
    // An empty control batch: the cleaner removed the whole transaction; nothing to end.
    if (record === undefined) return undefined;
    const marker = decodeEndTransactionMarker(record.key, record.value);
    return info.appendEndTxnMarker(header.producerEpoch, marker.coordinatorEpoch, header.baseOffset, header.maxTimestamp);
  }
  info.appendDataBatch({
    producerEpoch: header.producerEpoch,
    firstSeq: header.baseSequence,
    lastSeq: lastSequenceOf(header),
    firstOffset: header.baseOffset,
    lastOffset,
    maxTimestamp: header.maxTimestamp,
    isTransactional: isTransactional(header.attributes),
  });
  return undefined;
}

/** DefaultRecordBatch.lastSequence: base sequence + last offset delta, wrapping at Int32.MAX. */
export function lastSequenceOf(header: RecordBatchHeader): number {
  return header.baseSequence < 0 ? header.baseSequence : incrementSequence(header.baseSequence, header.lastOffsetDelta);
}
