// Group commit: many producers waiting on acks=-1 share fsyncs. At most one sync runs
// at a time; it covers everything appended before it started. A caller whose data is
// already covered by the running sync joins it; a caller with newer data waits for the
// next sync, which all such callers share — so N concurrent flushes cost at most two
// syncs, and the fsync rate adapts to the disk's latency instead of the request rate.

export class GroupCommit {
  readonly #endOffset: () => bigint;
  readonly #flushedOffset: () => bigint;
  readonly #syncUpTo: (target: bigint) => Promise<void>;
  #inFlight: Promise<void> | undefined;
  #inFlightTarget = -1n;
  #next: Promise<void> | undefined;

  /**
   * @param endOffset the offset after the last appended record (now)
   * @param flushedOffset the offset below which everything is durable
   * @param syncUpTo makes everything below `target` durable
   */
  constructor(endOffset: () => bigint, flushedOffset: () => bigint, syncUpTo: (target: bigint) => Promise<void>) {
    this.#endOffset = endOffset;
    this.#flushedOffset = flushedOffset;
    this.#syncUpTo = syncUpTo;
  }

  /** Resolves once everything appended before this call is durable. */
  flush(): Promise<void> {
    const target = this.#endOffset();
    if (this.#inFlight === undefined) {
      if (target <= this.#flushedOffset()) return Promise.resolve();
      const sync = this.#syncUpTo(target).finally(() => {
        if (this.#inFlight === sync) this.#inFlight = undefined;
      });
      this.#inFlight = sync;
      this.#inFlightTarget = target;
      return sync;
    }
    if (target <= this.#inFlightTarget) return this.#inFlight;
    // The running sync may have started before our data reached the file: wait for it,
    // then ask again (which starts, or joins, the sync that covers us).
    this.#next ??= this.#inFlight.then(
      () => this.#again(),
      () => this.#again(),
    );
    return this.#next;
  }

  /** Settles when no sync is running (for close). */
  async idle(): Promise<void> {
    while (this.#inFlight !== undefined || this.#next !== undefined) {
      await Promise.allSettled([this.#inFlight, this.#next]);
    }
  }

  #again(): Promise<void> {
    this.#next = undefined;
    return this.flush();
  }
}
