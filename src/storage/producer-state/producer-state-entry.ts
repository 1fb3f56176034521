// One producer's state in one partition (Kafka's ProducerStateEntry): its epoch, the
// metadata of its last NUM_BATCHES_TO_RETAIN appended batches (oldest first; a producer
// has at most 5 requests in flight, so a retry is always one of these), and the
// transaction fields the transaction coordinator's markers will drive
// (coordinatorEpoch, currentTxnFirstOffset).
import { NO_PRODUCER_EPOCH, NO_SEQUENCE, NO_TIMESTAMP } from "../../protocol/records/batch-header.js";
import { firstOffsetOf, firstSeqOf, type BatchMetadata } from "./batch-metadata.js";

export const NUM_BATCHES_TO_RETAIN = 5;

export class ProducerStateEntry {
  readonly producerId: bigint;
  producerEpoch: number;
  coordinatorEpoch: number;
  lastTimestamp: bigint;
  /** First offset of the producer's open transaction; undefined when none is open. */
  currentTxnFirstOffset: bigint | undefined;
  readonly #batches: BatchMetadata[] = [];

  constructor(
    producerId: bigint,
    init: { producerEpoch?: number; coordinatorEpoch?: number; lastTimestamp?: bigint; currentTxnFirstOffset?: bigint; batch?: BatchMetadata } = {},
  ) {
    this.producerId = producerId;
    this.producerEpoch = init.producerEpoch ?? NO_PRODUCER_EPOCH;
    this.coordinatorEpoch = init.coordinatorEpoch ?? -1;
    this.lastTimestamp = init.lastTimestamp ?? NO_TIMESTAMP;
    this.currentTxnFirstOffset = init.currentTxnFirstOffset;
    if (init.batch !== undefined) this.#batches.push(init.batch);
  }

  /** A copy with the same epoch and transaction fields and no batches (what an append starts from). */
  withoutBatches(): ProducerStateEntry {
    const copy = new ProducerStateEntry(this.producerId, {
      producerEpoch: this.producerEpoch,
      coordinatorEpoch: this.coordinatorEpoch,
      lastTimestamp: this.lastTimestamp,
    });
    copy.currentTxnFirstOffset = this.currentTxnFirstOffset;
    return copy;
  }

  get batches(): readonly BatchMetadata[] {
    return this.#batches;
  }
  get isEmpty(): boolean {
    return this.#batches.length === 0;
  }
  get firstSeq(): number {
    const first = this.#batches[0];
    return first === undefined ? NO_SEQUENCE : firstSeqOf(first);
  }
  get lastSeq(): number {
    return this.#batches.at(-1)?.lastSeq ?? NO_SEQUENCE;
  }
  get firstDataOffset(): bigint {
    const first = this.#batches[0];
    return first === undefined ? -1n : firstOffsetOf(first);
  }
  get lastDataOffset(): bigint {
    return this.#batches.at(-1)?.lastOffset ?? -1n;
  }
  get lastOffsetDelta(): number {
    return this.#batches.at(-1)?.offsetDelta ?? 0;
  }

  addBatch(producerEpoch: number, batch: BatchMetadata): void {
    this.maybeUpdateProducerEpoch(producerEpoch);
    if (this.#batches.length === NUM_BATCHES_TO_RETAIN) this.#batches.shift();
    this.#batches.push(batch);
    this.lastTimestamp = batch.timestamp;
  }

  /** A new epoch forgets the old epoch's batches: their sequences restart at 0. */
  maybeUpdateProducerEpoch(producerEpoch: number): boolean {
    if (this.producerEpoch === producerEpoch) return false;
    this.#batches.length = 0;
    this.producerEpoch = producerEpoch;
    return true;
  }

  /** Takes over what an append built on top of this entry (Kafka's update(nextEntry)). */
  update(next: ProducerStateEntry): void {
    this.maybeUpdateProducerEpoch(next.producerEpoch);
    for (const batch of next.#batches) {
      if (this.#batches.length === NUM_BATCHES_TO_RETAIN) this.#batches.shift();
      this.#batches.push(batch);
    }
    this.coordinatorEpoch = next.coordinatorEpoch;
    this.currentTxnFirstOffset = next.currentTxnFirstOffset;
    this.lastTimestamp = next.lastTimestamp;
  }

  /** The retained batch with exactly this epoch and sequence range: the batch is a retry of it. */
  findDuplicateBatch(producerEpoch: number, firstSeq: number, lastSeq: number): BatchMetadata | undefined {
    if (producerEpoch !== this.producerEpoch) return undefined;
    return this.#batches.find((b) => firstSeqOf(b) === firstSeq && b.lastSeq === lastSeq);
  }
}
