// TEST-ONLY: the batches of a partition as a raw Fetch (read_uncommitted) returns them,
// summarised for transaction tests: data batches with their values, control batches with
// their marker (COMMIT/ABORT), both with the producer id, epoch and transactional flag.
import type { TopicInfo } from "../../src/broker/metadata/topic-store.js";
import { isControlBatch, isTransactional } from "../../src/protocol/records/batch-header.js";
import { decodeEndTransactionMarker } from "../../src/protocol/records/control-record.js";
import { decodeRecordBatch } from "../../src/protocol/records/record-batch.js";
import { iterateBatches } from "../../src/protocol/records/records-iterator.js";
import { fetch, onlyPartition } from "./data-path.js";
import type { RawClient } from "./raw-client.js";

export interface BatchSummary {
  baseOffset: bigint;
  producerId: bigint;
  producerEpoch: number;
  transactional: boolean;
  /** COMMIT or ABORT for a control batch, undefined for data. */
  marker: "COMMIT" | "ABORT" | undefined;
  values: string[];
}

export async function partitionBatches(raw: RawClient, topic: TopicInfo, partition: number): Promise<BatchSummary[]> {
  const { records } = onlyPartition(await fetch(raw, 12, topic, [{ partition, fetchOffset: 0n }]));
  if (records === null) return [];
  const out: BatchSummary[] = [];
  for (const entry of iterateBatches(records)) {
    if (entry.kind !== "batch") throw new Error(`unexpected ${entry.kind} entry`);
    const batch = decodeRecordBatch(records, entry.offset);
    const control = isControlBatch(batch.header.attributes);
    const first = batch.records[0];
    out.push({
      baseOffset: batch.header.baseOffset,
      producerId: batch.header.producerId,
      producerEpoch: batch.header.producerEpoch,
      transactional: isTransactional(batch.header.attributes),
      marker: control && first !== undefined ? decodeEndTransactionMarker(first.key, first.value).type : undefined,
      values: control ? [] : batch.records.map((r) => r.value?.toString() ?? ""),
    });
  }
  return out;
}
