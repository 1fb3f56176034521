// The checks one producer's batches pass before they are appended (Kafka's
// ProducerAppendInfo), building the producer's next state on a copy that is applied only
// once the append succeeded. Rules for an append from a client:
//
//   epoch below the known one                  → INVALID_PRODUCER_EPOCH (Kafka ≥ 2.7 answers this
//                                                instead of PRODUCER_FENCED, KIP-588, so the client
//                                                can abort and retry rather than die)
//   epoch above the known one                  → the sequence must restart at 0, else
//                                                OUT_OF_ORDER_SEQUENCE_NUMBER
//   same epoch                                 → first sequence = last sequence + 1 (Int32.MAX
//                                                wraps to 0), else OUT_OF_ORDER_SEQUENCE_NUMBER
//   unknown producer (no state, or state lost  → any epoch and sequence is accepted (KIP-360:
//   to retention, DeleteRecords or expiry)       brokers stopped answering UNKNOWN_PRODUCER_ID)
//
// Retries of one of the last five batches never reach these rules: the caller looks for
// them first (ProducerStateEntry.findDuplicateBatch) and answers with the first append's
// offsets. Replayed batches (log recovery) are applied without checks; the coordinator's
// own appends (transaction markers) skip the sequence check. A producer's first
// transactional batch opens its transaction in the partition (currentTxnFirstOffset); a
// COMMIT/ABORT marker from the coordinator closes it (CompletedTxn), and a marker whose
// epoch is below the producer's is refused with INVALID_PRODUCER_EPOCH, as any write.
import { ErrorCode, KafkaError } from "../../protocol/errors.js";
import { NO_PRODUCER_EPOCH, NO_SEQUENCE } from "../../protocol/records/batch-header.js";
import { inSequence, type BatchMetadata } from "./batch-metadata.js";
import type { ProducerStateEntry } from "./producer-state-entry.js";

/** Who is appending (Kafka's AppendOrigin): it decides how much is checked. */
export type AppendOrigin = "client" | "coordinator" | "replication";

/** A transaction a marker ended (Kafka's CompletedTxn): lastOffset is the marker's offset. */
export interface CompletedTxn {
  readonly producerId: bigint;
  readonly firstOffset: bigint;
  readonly lastOffset: bigint;
  readonly isAborted: boolean;
}

/** One data batch's producer fields, read from its header after offsets were assigned. */
export interface ProducerBatch {
  readonly producerEpoch: number;
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly firstOffset: bigint;
  readonly lastOffset: bigint;
  readonly maxTimestamp: bigint;
  readonly isTransactional: boolean;
}

/** A transaction this append opened (Kafka's TxnMetadata); the coordinator's markers close it. */
export interface StartedTxn {
  readonly producerId: bigint;
  readonly firstOffset: bigint;
}

export class ProducerAppendInfo {
  readonly producerId: bigint;
  readonly topicPartition: string;
  readonly origin: AppendOrigin;
  readonly #current: ProducerStateEntry;
  readonly #updated: ProducerStateEntry;
  readonly startedTransactions: StartedTxn[] = [];

  constructor(topicPartition: string, producerId: bigint, current: ProducerStateEntry, origin: AppendOrigin) {
    this.topicPartition = topicPartition;
    this.producerId = producerId;
    this.origin = origin;
    this.#current = current;
    this.#updated = current.withoutBatches();
  }

  /** The producer's state as it will be after this append (the batches of this append only). */
  toEntry(): ProducerStateEntry {
    return this.#updated;
  }

  appendDataBatch(batch: ProducerBatch): void {
    this.#checkProducerEpoch(batch.producerEpoch, batch.firstOffset);
    if (this.origin === "client") this.#checkSequence(batch.producerEpoch, batch.firstSeq, batch.firstOffset);
    const metadata: BatchMetadata = {
      lastSeq: batch.lastSeq,
      lastOffset: batch.lastOffset,
      offsetDelta: Number(batch.lastOffset - batch.firstOffset),
      timestamp: batch.maxTimestamp,
    };
    this.#updated.addBatch(batch.producerEpoch, metadata);
    const inTxn = this.#updated.currentTxnFirstOffset !== undefined;
    if (inTxn && !batch.isTransactional) {
      throw new KafkaError(
        ErrorCode.INVALID_TXN_STATE,
        `Expected transactional write from producer ${this.producerId} at offset ${batch.firstOffset} in partition ${this.topicPartition}`,
      );
    }
    if (!inTxn && batch.isTransactional) {
      this.#updated.currentTxnFirstOffset = batch.firstOffset;
      this.startedTransactions.push({ producerId: this.producerId, firstOffset: batch.firstOffset });
    }
  }

  /**
   * A COMMIT/ABORT marker: ends the open transaction and records the coordinator epoch.
   * Returns the transaction it ended (undefined when none was open in this partition).
   */
  appendEndTxnMarker(type: "COMMIT" | "ABORT", producerEpoch: number, coordinatorEpoch: number, offset: bigint, timestamp: bigint): CompletedTxn | undefined {
    this.#checkProducerEpoch(producerEpoch, offset);
    if (this.#updated.coordinatorEpoch > coordinatorEpoch && this.origin !== "replication") {
      throw new KafkaError(
        ErrorCode.TRANSACTION_COORDINATOR_FENCED,
        `Invalid coordinator epoch for producerId ${this.producerId} at offset ${offset} in partition ${this.topicPartition}: ${coordinatorEpoch} (zombie), ${this.#updated.coordinatorEpoch} (current)`,
      );
    }
    const firstOffset = this.#updated.currentTxnFirstOffset;
    this.#updated.maybeUpdateProducerEpoch(producerEpoch);
    this.#updated.coordinatorEpoch = coordinatorEpoch;
    this.#updated.currentTxnFirstOffset = undefined;
    this.#updated.lastTimestamp = timestamp;
    if (firstOffset === undefined) return undefined;
    return { producerId: this.producerId, firstOffset, lastOffset: offset, isAborted: type === "ABORT" };
  }

  #checkProducerEpoch(producerEpoch: number, offset: bigint): void {
    if (producerEpoch >= this.#updated.producerEpoch || this.origin === "replication") return;
    throw new KafkaError(
      ErrorCode.INVALID_PRODUCER_EPOCH,
      `Epoch of producer ${this.producerId} at offset ${offset} in ${this.topicPartition} is ${producerEpoch}, which is smaller than the last seen epoch ${this.#updated.producerEpoch}`,
    );
  }

  #checkSequence(producerEpoch: number, firstSeq: number, offset: bigint): void {
    const updated = this.#updated;
    if (producerEpoch !== updated.producerEpoch) {
      if (firstSeq !== 0 && updated.producerEpoch !== NO_PRODUCER_EPOCH) {
        throw new KafkaError(
          ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
          `Invalid sequence number for new epoch of producer ${this.producerId} at offset ${offset} in partition ${this.topicPartition}: ${producerEpoch} (request epoch), ${firstSeq} (seq. number), ${updated.producerEpoch} (current producer epoch)`,
        );
      }
      return;
    }
    let lastSeq: number;
    if (!updated.isEmpty) lastSeq = updated.lastSeq;
    else if (producerEpoch === this.#current.producerEpoch) lastSeq = this.#current.lastSeq;
    else lastSeq = NO_SEQUENCE;
    // With no known epoch (the producer's records were deleted) any sequence is accepted.
    if (this.#current.producerEpoch === NO_PRODUCER_EPOCH || inSequence(lastSeq, firstSeq)) return;
    throw new KafkaError(
      ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
      `Out of order sequence number for producer ${this.producerId} at offset ${offset} in partition ${this.topicPartition}: ${firstSeq} (incoming seq. number), ${lastSeq} (current end sequence number)`,
    );
  }
}
