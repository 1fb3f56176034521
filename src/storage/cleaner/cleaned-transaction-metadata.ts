// What a cleaning pass knows about transactions while it walks batches in offset order
// (Kafka's CleanedTransactionMetadata). Fed with the aborted transactions of the range
// (Log.collectAbortedTransactions), it tells for each batch:
//
//  - data batch: whether it belongs to an aborted transaction — its records are dropped
//    and, when building the offset map, its keys are not mapped (an aborted value must
//    never shadow a committed one);
//  - control batch: whether the marker may go. An ABORT marker stays while the pass still
//    saw data of its transaction (the cleaned segment's `.txnindex` keeps the entry); a
//    COMMIT marker stays while the pass saw data of its transaction. A marker that may go
//    first gets a delete horizon (KIP-534) and is dropped by a cleaning after it, so a
//    consumer that read the data before the cleaning still sees the marker.
import type { RecordBatchHeader } from "../../protocol/records/batch-header.js";
import { isTransactional } from "../../protocol/records/batch-header.js";
import type { AbortedTxn, TransactionIndex } from "../transaction-index.js";

interface AbortedTxnState {
  readonly txn: AbortedTxn;
  lastObservedBatchOffset: bigint | undefined;
}

export class CleanedTransactionMetadata {
  readonly #cleanedIndex: TransactionIndex | undefined;
  /** Not yet reached, by first offset. */
  #pending: AbortedTxn[] = [];
  readonly #ongoingCommitted = new Set<bigint>();
  readonly #ongoingAborted = new Map<bigint, AbortedTxnState>();

  constructor(cleanedIndex?: TransactionIndex) {
    this.#cleanedIndex = cleanedIndex;
  }

  addAbortedTransactions(txns: readonly AbortedTxn[]): void {
    this.#pending = [...this.#pending, ...txns].sort((a, b) => (a.firstOffset < b.firstOffset ? -1 : a.firstOffset > b.firstOffset ? 1 : 0));
  }

  /** A data batch: true when it belongs to an aborted transaction. */
  onBatchRead(header: RecordBatchHeader, lastOffset: bigint): boolean {
    this.#consumeAbortedTxnsUpTo(lastOffset);
    if (!isTransactional(header.attributes)) return false;
    const aborted = this.#ongoingAborted.get(header.producerId);
    if (aborted !== undefined) {
      aborted.lastObservedBatchOffset = lastOffset;
      return true;
    }
    this.#ongoingCommitted.add(header.producerId);
    return false;
  }

  /**
   * A control batch with its marker type (undefined for an empty batch or another control
   * type): true when the marker may be discarded (once its delete horizon has passed).
   */
  onControlBatchRead(header: RecordBatchHeader, lastOffset: bigint, marker: "COMMIT" | "ABORT" | "EMPTY" | undefined): boolean {
    this.#consumeAbortedTxnsUpTo(lastOffset);
    if (marker === "EMPTY") return true; // already cleaned down to its header
    if (marker === "ABORT") {
      const aborted = this.#ongoingAborted.get(header.producerId);
      this.#ongoingAborted.delete(header.producerId);
      if (aborted?.lastObservedBatchOffset !== undefined) {
        this.#cleanedIndex?.append(aborted.txn);
        return false;
      }
      return true;
    }
    if (marker === "COMMIT") return !this.#ongoingCommitted.delete(header.producerId);
    return false;
  }

  #consumeAbortedTxnsUpTo(offset: bigint): void {
    while (this.#pending[0] !== undefined && this.#pending[0].firstOffset <= offset) {
      const txn = this.#pending.shift()!;
      if (!this.#ongoingAborted.has(txn.producerId)) this.#ongoingAborted.set(txn.producerId, { txn, lastObservedBatchOffset: undefined });
    }
  }
}
