// The fetch purgatory (Kafka's DelayedFetch in a DelayedOperationPurgatory keyed by
// topic-partition). A Fetch that found fewer than minBytes parks here; it completes when
// appends to its partitions bring the bytes available to minBytes, or when maxWaitMs
// passes. Like Kafka, a partition counts at most its partition maxBytes towards minBytes.
// The purgatory only decides *when*: the waiting handler then reads the logs again and
// answers with whatever is there.
//
// READ_COMMITTED fetches watch the last stable offset instead: an append counts only once
// the LSO moves past it, and a marker that releases a transaction (LSO jumps over data
// appended earlier, whose size is not tracked) completes the fetch at once — its
// re-read then finds the released data.
//
// Appends reach it through Broker.onAppend. A parked fetch whose client disconnects still
// completes at its deadline; its answer is dropped by the closed connection.
import type { Clock, Timer } from "../storage/clock.js";
import type { AppendInfo, Log } from "../storage/log.js";
import type { AppendListener } from "./broker.js";

/** A partition a parked fetch waits on, and what it already found there. */
export interface WatchedPartition {
  readonly topic: string;
  readonly partition: number;
  /** Bytes already readable at the fetch offset. */
  readonly bytes: number;
  /** The request's partition maxBytes: the most this partition may contribute. */
  readonly maxBytes: number;
  /** READ_COMMITTED: the partition's last stable offset when the fetch read it. */
  readonly lastStableOffset?: bigint;
}

interface Contribution {
  bytes: number;
  maxBytes: number;
  lastStableOffset: bigint | undefined;
}

interface DelayedFetch {
  readonly keys: string[];
  readonly contributed: Map<string, Contribution>;
  readonly minBytes: number;
  total: number;
  timer: Timer | undefined;
  readonly complete: () => void;
}

/** The part of the Broker the purgatory needs. */
export interface AppendSource {
  onAppend(listener: AppendListener): () => void;
  readonly clock: Clock;
}

export class FetchPurgatory {
  readonly #watchers = new Map<string, Set<DelayedFetch>>();
  readonly #clock: Clock;
  readonly #unsubscribe: () => void;

  constructor(source: AppendSource) {
    this.#clock = source.clock;
    this.#unsubscribe = source.onAppend((log, info, bytes) => this.#onAppend(log, info, bytes));
  }

  /** Number of fetches parked (for tests and metrics). */
  get size(): number {
    const all = new Set<DelayedFetch>();
    for (const set of this.#watchers.values()) for (const op of set) all.add(op);
    return all.size;
  }

  /** Resolves when `minBytes` are available across `partitions`, or after `maxWaitMs`. */
  wait(partitions: readonly WatchedPartition[], minBytes: number, maxWaitMs: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const op: DelayedFetch = {
        keys: [],
        contributed: new Map(),
        minBytes,
        total: 0,
        timer: undefined,
        complete: () => {
          op.timer?.cancel();
          for (const key of op.keys) {
            const set = this.#watchers.get(key);
            set?.delete(op);
            if (set?.size === 0) this.#watchers.delete(key);
          }
          resolve();
        },
      };
      for (const p of partitions) {
        const key = `${p.topic}-${p.partition}`;
        const bytes = Math.min(p.bytes, p.maxBytes);
        op.contributed.set(key, { bytes, maxBytes: p.maxBytes, lastStableOffset: p.lastStableOffset });
        op.total += bytes;
        op.keys.push(key);
      }
      if (op.total >= minBytes) {
        resolve();
        return;
      }
      for (const key of op.keys) {
        let set = this.#watchers.get(key);
        if (set === undefined) this.#watchers.set(key, (set = new Set()));
        set.add(op);
      }
      op.timer = this.#clock.schedule(maxWaitMs, op.complete);
    });
  }

  /** Completes every parked fetch now (broker shutdown) and stops listening. */
  close(): void {
    this.#unsubscribe();
    const all = new Set<DelayedFetch>();
    for (const set of this.#watchers.values()) for (const op of set) all.add(op);
    for (const op of all) op.complete();
  }

  #onAppend(log: Log, info: AppendInfo, bytes: number): void {
    const key = `${log.topic}-${log.partition}`;
    const parked = this.#watchers.get(key);
    if (parked === undefined) return;
    for (const op of [...parked]) {
      const c = op.contributed.get(key);
      if (c === undefined) continue;
      if (c.lastStableOffset !== undefined) {
        const lastStableOffset = log.lastStableOffset;
        if (lastStableOffset <= c.lastStableOffset) continue; // appended inside an open transaction
        const onlyThisAppend = c.lastStableOffset === info.firstOffset && lastStableOffset === info.lastOffset + 1n;
        c.lastStableOffset = lastStableOffset;
        if (!onlyThisAppend) {
          op.complete();
          continue;
        }
      }
      const added = Math.min(c.maxBytes - c.bytes, bytes);
      if (added <= 0) continue;
      c.bytes += added;
      op.total += added;
      if (op.total >= op.minBytes) op.complete();
    }
  }
}
