// The broker's side of the group coordinator's CoordinatorStorage: __consumer_offsets
// as an ordinary compacted topic of this broker. Writes go through Broker.appendRecords
// (so fetches of the topic wake) and are answered after Log.flush(), i.e. with acks=-1
// durability; start-up replays each partition batch by batch.
import {
  GROUP_METADATA_TOPIC_NAME,
  type CoordinatorRecordToWrite,
  type CoordinatorStorage,
  type TransactionalProducer,
} from "../coordinator/group/coordinator-storage.js";
import { ErrorCode, KafkaError } from "../protocol/errors.js";
import { isControlBatch, isTransactional } from "../protocol/records/batch-header.js";
import { decodeEndTransactionMarker } from "../protocol/records/control-record.js";
import { decodeRecordBatch, encodeRecordBatch } from "../protocol/records/record-batch.js";
import { iterateBatches } from "../protocol/records/records-iterator.js";
import type { Broker } from "./broker.js";

const REPLAY_READ_BYTES = 1 << 20;

/** Which internal topic a storage serves (the transaction coordinator uses __transaction_state). */
export interface InternalTopicSpec {
  name: string;
  /** Partitions to create it with (offsets.topic.num.partitions, ...). */
  partitions: number;
  segmentBytes: number;
}

export class OffsetsTopicStorage implements CoordinatorStorage {
  readonly #broker: Broker;
  readonly #spec: InternalTopicSpec;

  constructor(broker: Broker, spec?: InternalTopicSpec) {
    this.#broker = broker;
    this.#spec = spec ?? {
      name: GROUP_METADATA_TOPIC_NAME,
      partitions: broker.config.get("offsets.topic.num.partitions"),
      segmentBytes: broker.config.get("offsets.topic.segment.bytes"),
    };
  }

  partitionCount(): number {
    return this.#broker.topics.get(this.#spec.name)?.partitions ?? this.#spec.partitions;
  }

  ensureTopic(): void {
    const broker = this.#broker;
    if (broker.topics.get(this.#spec.name) !== undefined) return;
    broker.createTopic(this.#spec.name, this.#spec.partitions, {
      "cleanup.policy": "compact",
      "compression.type": "producer",
      "segment.bytes": String(this.#spec.segmentBytes),
    });
  }

  async write(partition: number, records: readonly CoordinatorRecordToWrite[], timestampMs: number, transactional?: TransactionalProducer): Promise<void> {
    const log = this.#broker.getLog(this.#spec.name, partition);
    if (log === undefined) throw new KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `${this.#spec.name}-${partition} does not exist`);
    const timestamp = BigInt(timestampMs);
    const batch = encodeRecordBatch({
      records: records.map((r) => ({ key: r.key, value: r.value, timestamp })),
      ...(transactional === undefined ? {} : { ...transactional, isTransactional: true }),
    });
    // A coordinator's transactional batch has no sequence (Kafka's AppendOrigin.COORDINATOR).
    this.#broker.appendRecords(log, batch, transactional === undefined ? {} : { origin: "coordinator" });
    await log.flush();
  }

  *replay(partition: number): Generator<CoordinatorRecordToWrite> {
    const log = this.#broker.getLog(this.#spec.name, partition);
    if (log === undefined) return;
    let next = log.logStartOffset;
    const end = log.logEndOffset;
    // Records of transactional batches wait for their producer's marker.
    const open = new Map<bigint, CoordinatorRecordToWrite[]>();
    while (next < end) {
      const { records } = log.read(next, REPLAY_READ_BYTES, { minOneBatch: true, maxOffset: end });
      if (records.length === 0) break;
      let advanced = false;
      for (const entry of iterateBatches(records)) {
        if (entry.kind !== "batch") break;
        const lastOffset = entry.header.baseOffset + BigInt(entry.header.lastOffsetDelta);
        if (lastOffset < next) continue;
        const batch = decodeRecordBatch(records, entry.offset, { verifyCrc: false });
        const { producerId } = entry.header;
        if (isControlBatch(entry.header.attributes)) {
          const first = batch.records[0];
          const marker = first === undefined ? undefined : decodeEndTransactionMarker(first.key, first.value).type;
          if (marker === "COMMIT") yield* open.get(producerId) ?? [];
          open.delete(producerId);
        } else {
          const pending = isTransactional(entry.header.attributes) ? (open.get(producerId) ?? []) : undefined;
          if (pending !== undefined) open.set(producerId, pending);
          for (const r of batch.records) {
            if (entry.header.baseOffset + BigInt(r.offsetDelta) < next || r.key === null) continue;
            if (pending === undefined) yield { key: r.key, value: r.value };
            else pending.push({ key: r.key, value: r.value });
          }
        }
        next = lastOffset + 1n;
        advanced = true;
      }
      if (!advanced) break;
    }
    for (const [producerId, pending] of open) for (const r of pending) yield { ...r, producerId };
  }

  partitionExists(topic: string, partition: number): boolean {
    const info = this.#broker.topics.get(topic);
    return info !== undefined && partition >= 0 && partition < info.partitions && !this.#broker.isBeingDeleted(topic);
  }
}
