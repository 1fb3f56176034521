// The committed offsets of one group (Kafka keeps them in GroupMetadata.offsets): the
// last value written to __consumer_offsets for each (topic, partition), and the
// expiration rule of KIP-211.
import type { OffsetCommitValue } from "./records/offset-commit-record.js";

export interface TopicPartition {
  topic: string;
  partition: number;
}

export type OffsetAndMetadata = OffsetCommitValue;

function keyOf(topic: string, partition: number): string {
  return `${partition}:${topic}`;
}

export class OffsetStore {
  readonly #offsets = new Map<string, { tp: TopicPartition; value: OffsetAndMetadata }>();

  get size(): number {
    return this.#offsets.size;
  }

  get(topic: string, partition: number): OffsetAndMetadata | undefined {
    return this.#offsets.get(keyOf(topic, partition))?.value;
  }

  put(topic: string, partition: number, value: OffsetAndMetadata): void {
    this.#offsets.set(keyOf(topic, partition), { tp: { topic, partition }, value });
  }

  delete(topic: string, partition: number): boolean {
    return this.#offsets.delete(keyOf(topic, partition));
  }

  has(topic: string, partition: number): boolean {
    return this.#offsets.has(keyOf(topic, partition));
  }

  *entries(): Generator<[TopicPartition, OffsetAndMetadata]> {
    for (const { tp, value } of this.#offsets.values()) yield [tp, value];
  }

  topics(): Set<string> {
    return new Set([...this.#offsets.values()].map((e) => e.tp.topic));
  }

  /**
   * KIP-211: an offset with an explicit expire timestamp expires then; otherwise it
   * expires `retentionMs` after `baseTimestampMs(offset)`, which the group chooses (the
   * moment it became empty, or the commit time for standalone commits).
   */
  expired(nowMs: number, retentionMs: number, baseTimestampMs: (o: OffsetAndMetadata, tp: TopicPartition) => number | undefined): TopicPartition[] {
    const out: TopicPartition[] = [];
    for (const { tp, value } of this.#offsets.values()) {
      if (value.expireTimestampMs >= 0n) {
        if (BigInt(nowMs) >= value.expireTimestampMs) out.push(tp);
        continue;
      }
      const base = baseTimestampMs(value, tp);
      if (base !== undefined && nowMs - base >= retentionMs) out.push(tp);
    }
    return out;
  }
}
