// One transactional id's state (Kafka's TransactionMetadata): the producer id and epoch the
// id currently owns, the previous ones (KIP-360 retries), the transaction's partitions and
// timestamps. Changes are made on a copy, persisted, and only then applied, so memory
// never shows what __transaction_state does not hold.
import type { TopicPartition } from "../group/offset-store.js";
import type { TransactionLogValue } from "./records/transaction-log-record.js";
import type { TransactionState } from "./transaction-state.js";

export class TransactionMetadata {
  readonly transactionalId: string;
  producerId: bigint;
  lastProducerId = -1n;
  producerEpoch: number;
  lastProducerEpoch = -1;
  transactionTimeoutMs: number;
  state: TransactionState;
  /** topic → partitions of the transaction in progress. */
  readonly partitions = new Map<string, Set<number>>();
  startTimestampMs = -1;
  lastUpdateTimestampMs: number;

  constructor(transactionalId: string, producerId: bigint, producerEpoch: number, timeoutMs: number, state: TransactionState, nowMs: number) {
    this.transactionalId = transactionalId;
    this.producerId = producerId;
    this.producerEpoch = producerEpoch;
    this.transactionTimeoutMs = timeoutMs;
    this.state = state;
    this.lastUpdateTimestampMs = nowMs;
  }

  static fromLogValue(transactionalId: string, v: TransactionLogValue): TransactionMetadata {
    const m = new TransactionMetadata(transactionalId, v.producerId, v.producerEpoch, v.transactionTimeoutMs, v.state, Number(v.lastUpdateTimestampMs));
    m.lastProducerId = v.previousProducerId;
    m.startTimestampMs = Number(v.startTimestampMs);
    for (const t of v.partitions) m.partitions.set(t.topic, new Set(t.partitions));
    return m;
  }

  copy(): TransactionMetadata {
    const m = new TransactionMetadata(this.transactionalId, this.producerId, this.producerEpoch, this.transactionTimeoutMs, this.state, this.lastUpdateTimestampMs);
    m.lastProducerId = this.lastProducerId;
    m.lastProducerEpoch = this.lastProducerEpoch;
    m.startTimestampMs = this.startTimestampMs;
    for (const [t, ps] of this.partitions) m.partitions.set(t, new Set(ps));
    return m;
  }

  /** Takes over every field of `other` (after it was persisted). */
  assign(other: TransactionMetadata): void {
    this.producerId = other.producerId;
    this.lastProducerId = other.lastProducerId;
    this.producerEpoch = other.producerEpoch;
    this.lastProducerEpoch = other.lastProducerEpoch;
    this.transactionTimeoutMs = other.transactionTimeoutMs;
    this.state = other.state;
    this.startTimestampMs = other.startTimestampMs;
    this.lastUpdateTimestampMs = other.lastUpdateTimestampMs;
    this.partitions.clear();
    for (const [t, ps] of other.partitions) this.partitions.set(t, new Set(ps));
  }

  hasPartition(topic: string, partition: number): boolean {
    return this.partitions.get(topic)?.has(partition) ?? false;
  }

  addPartitions(tps: readonly TopicPartition[]): void {
    for (const { topic, partition } of tps) {
      let set = this.partitions.get(topic);
      if (set === undefined) this.partitions.set(topic, (set = new Set()));
      set.add(partition);
    }
  }

  topicPartitions(): TopicPartition[] {
    return [...this.partitions].flatMap(([topic, ps]) => [...ps].sort((a, b) => a - b).map((partition) => ({ topic, partition })));
  }

  toLogValue(): TransactionLogValue {
    return {
      producerId: this.producerId,
      previousProducerId: this.lastProducerId,
      nextProducerId: -1n,
      producerEpoch: this.producerEpoch,
      transactionTimeoutMs: this.transactionTimeoutMs,
      state: this.state,
      partitions: [...this.partitions].map(([topic, ps]) => ({ topic, partitions: [...ps].sort((a, b) => a - b) })),
      lastUpdateTimestampMs: BigInt(this.lastUpdateTimestampMs),
      startTimestampMs: BigInt(this.startTimestampMs),
    };
  }
}
