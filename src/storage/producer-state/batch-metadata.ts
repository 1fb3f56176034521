// What a partition remembers of one appended idempotent batch (Kafka's BatchMetadata):
// enough to recognise a retry of it and answer with the offsets it got the first time.
// Sequences are int32 and wrap from Int32.MAX to 0 (DefaultRecordBatch.incrementSequence),
// so the first sequence is derived from the last one and the offset delta, never stored.

export const INT32_MAX = 0x7fffffff;

export interface BatchMetadata {
  readonly lastSeq: number;
  readonly lastOffset: bigint;
  /** lastOffset - firstOffset, which is also lastSeq - firstSeq (modulo the wrap). */
  readonly offsetDelta: number;
  /** The batch's max timestamp (the broker's time for LogAppendTime topics). */
  readonly timestamp: bigint;
}

export function firstSeqOf(batch: BatchMetadata): number {
  return decrementSequence(batch.lastSeq, batch.offsetDelta);
}

export function firstOffsetOf(batch: BatchMetadata): bigint {
  return batch.lastOffset - BigInt(batch.offsetDelta);
}

/** `sequence + increment`, wrapping past Int32.MAX to 0. */
export function incrementSequence(sequence: number, increment: number): number {
  return sequence > INT32_MAX - increment ? increment - (INT32_MAX - sequence) - 1 : sequence + increment;
}

/** `sequence - decrement`, wrapping below 0 to Int32.MAX. */
export function decrementSequence(sequence: number, decrement: number): number {
  return sequence < decrement ? INT32_MAX - (decrement - sequence) + 1 : sequence - decrement;
}

/** Whether `nextSeq` directly follows `lastSeq` (Kafka's ProducerAppendInfo.inSequence). */
export function inSequence(lastSeq: number, nextSeq: number): boolean {
  return nextSeq === lastSeq + 1 || (nextSeq === 0 && lastSeq === INT32_MAX);
}
