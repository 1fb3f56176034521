// TEST-ONLY helpers for the producer-state tests. Not part of the storage API.
import { encodeRecordBatch } from "../../protocol/records/record-batch.js";

/** An uncompressed idempotent batch of `records` records from producer `pid`. */
export function idempotentBatch(pid: bigint, epoch: number, baseSequence: number, records = 1, timestamp = 1_700_000_000_000n): Buffer {
  return encodeRecordBatch({
    producerId: pid,
    producerEpoch: epoch,
    baseSequence,
    records: Array.from({ length: records }, (_, i) => ({ value: Buffer.from(`v${baseSequence}-${i}`), timestamp })),
  });
}
