// What the group coordinator needs from the broker's storage, and nothing more: the
// partitions of __consumer_offsets, a durable append (answered only once fsynced, as
// acks=-1), and a replay of a partition at start-up. The broker implements it over its
// logs; unit tests use an in-memory one.

export const GROUP_METADATA_TOPIC_NAME = "__consumer_offsets";

export interface CoordinatorRecordToWrite {
  key: Buffer;
  /** null writes a tombstone. */
  value: Buffer | null;
  /**
   * Set by replay on a record of a transaction with no marker yet (TxnOffsetCommit's offsets
   * whose transaction is still open): it is pending for that producer, not committed.
   */
  producerId?: bigint;
}

/** The producer a transactional write belongs to (TxnOffsetCommit). */
export interface TransactionalProducer {
  producerId: bigint;
  producerEpoch: number;
}

export interface CoordinatorStorage {
  /** Partitions of __consumer_offsets: the existing topic's, else offsets.topic.num.partitions. */
  partitionCount(): number;
  /** Creates __consumer_offsets when it does not exist yet (FindCoordinator, first write). */
  ensureTopic(): void;
  /**
   * Appends the records as one batch and resolves once they are on disk. With `transactional`
   * the batch belongs to that producer's transaction and counts only once a COMMIT marker follows.
   */
  write(partition: number, records: readonly CoordinatorRecordToWrite[], timestampMs: number, transactional?: TransactionalProducer): Promise<void>;
  /**
   * Every record of the partition, oldest first (empty when the topic does not exist); a
   * transaction's records come at its COMMIT marker, aborted ones never, open ones at the end
   * with their `producerId`.
   */
  replay(partition: number): Iterable<CoordinatorRecordToWrite>;
  /** Whether a topic partition exists (commits to unknown ones are refused). */
  partitionExists(topic: string, partition: number): boolean;
}

/** Java's String.hashCode over UTF-16 code units, as Kafka's partitionFor uses it. */
export function javaStringHashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** Utils.abs(groupId.hashCode) % partitions (Utils.abs maps Integer.MIN_VALUE to 0). */
export function partitionForGroup(groupId: string, partitions: number): number {
  const h = javaStringHashCode(groupId);
  return (h === -2147483648 ? 0 : Math.abs(h)) % partitions;
}

/** An in-memory CoordinatorStorage (unit tests; also documents the contract). */
export class MemoryCoordinatorStorage implements CoordinatorStorage {
  readonly partitions: CoordinatorRecordToWrite[][];
  topicCreated = false;
  readonly #known: Set<string>;
  /** When set, writes fail with it (to test error paths). */
  failWith: Error | undefined;

  constructor(partitions = 3, knownPartitions: readonly string[] = []) {
    this.partitions = Array.from({ length: partitions }, () => []);
    this.#known = new Set(knownPartitions);
  }

  partitionCount(): number {
    return this.partitions.length;
  }

  ensureTopic(): void {
    this.topicCreated = true;
  }

  write(partition: number, records: readonly CoordinatorRecordToWrite[], _timestampMs?: number, transactional?: TransactionalProducer): Promise<void> {
    if (this.failWith !== undefined) return Promise.reject(this.failWith);
    this.topicCreated = true;
    // No markers here: transactional records stay pending on replay.
    this.partitions[partition]?.push(...records.map((r) => (transactional === undefined ? r : { ...r, producerId: transactional.producerId })));
    return Promise.resolve();
  }

  replay(partition: number): Iterable<CoordinatorRecordToWrite> {
    return this.partitions[partition] ?? [];
  }

  partitionExists(topic: string, partition: number): boolean {
    return this.#known.has(`${topic}-${partition}`);
  }
}
