// Group commit: many producers waiting on acks=-1 share fsyncs. At most one sync runs
// at a time; it covers everything appended before it started. A caller whose data is
// already covered by the running sync joins it; any other caller joins the one queued
// sync, which starts a macrotask after the running one ends and covers all of them.
// So N concurrent flushes cost at most two syncs, and the fsync rate follows the
// disk's latency rather than the request rate.

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
    if (target <= this.#flushedOffset()) return Promise.resolve();
    if (this.#inFlight !== undefined && target <= this.#inFlightTarget) return this.#inFlight;
    // A queued sync reads the end offset when it starts, so it covers this caller too.
    if (this.#next !== undefined) return this.#next;
    this.#next =
      this.#inFlight === undefined
        ? this.#startQueued()
        : this.#inFlight.then(
            () => this.#startQueued(),
            () => this.#startQueued(),
          );
    return this.#next;
  }

  /** Settles when no sync is running (for close). */
  async idle(): Promise<void> {
    while (this.#inFlight !== undefined || this.#next !== undefined) {
      await Promise.allSettled([this.#inFlight, this.#next]);
    }
  }

  #startQueued(): Promise<void> {
    // One macrotask's grace before the sync starts: producers released by the previous
    // sync (or arriving in the same burst) append their batches and join this one.
    return new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      this.#next = undefined;
      const target = this.#endOffset();
      if (target <= this.#flushedOffset()) return;
      const sync = this.#syncUpTo(target).finally(() => {
        if (this.#inFlight === sync) this.#inFlight = undefined;
      });
      this.#inFlight = sync;
      this.#inFlightTarget = target;
      return sync;
    });
  }
}
