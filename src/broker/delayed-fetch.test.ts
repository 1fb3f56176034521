import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { ManualClock } from "../storage/clock.js";
import type { AppendInfo, Log } from "../storage/log.js";
import type { AppendListener } from "./broker.js";
import { FetchPurgatory } from "./delayed-fetch.js";

/** The broker side the purgatory sees: appends announced by topic-partition. */
function fakeBroker() {
  const clock = new ManualClock();
  const listeners = new Set<AppendListener>();
  return {
    clock,
    onAppend(listener: AppendListener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    append(topic: string, partition: number, bytes: number) {
      for (const l of listeners) l({ topic, partition } as Log, {} as AppendInfo, bytes);
    },
    get listeners() {
      return listeners.size;
    },
    all: listeners,
  };
}

/** Tracks whether a promise has settled, without waiting for it. */
function track(p: Promise<void>): { done: boolean } {
  const state = { done: false };
  void p.then(() => (state.done = true));
  return state;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("FetchPurgatory", () => {
  test("a parked fetch completes once appends to its partitions bring minBytes", async () => {
    const broker = fakeBroker();
    const purgatory = new FetchPurgatory(broker);
    const waiting = track(purgatory.wait([{ topic: "vitals", partition: 0, bytes: 10, maxBytes: 1000 }], 100, 60_000));
    broker.append("vitals", 1, 500); // another partition: not watched
    broker.append("labs", 0, 500);
    await tick();
    assert.equal(waiting.done, false);
    assert.equal(purgatory.size, 1);
    broker.append("vitals", 0, 90);
    await tick();
    assert.equal(waiting.done, true);
    assert.equal(purgatory.size, 0);
  });

  test("a partition counts at most its partition maxBytes towards minBytes", async () => {
    const broker = fakeBroker();
    const purgatory = new FetchPurgatory(broker);
    const waiting = track(
      purgatory.wait(
        [
          { topic: "a", partition: 0, bytes: 0, maxBytes: 50 },
          { topic: "b", partition: 0, bytes: 0, maxBytes: 50 },
        ],
        80,
        60_000,
      ),
    );
    broker.append("a", 0, 1000);
    await tick();
    assert.equal(waiting.done, false);
    broker.append("b", 0, 30);
    await tick();
    assert.equal(waiting.done, true);
  });

  test("a parked fetch completes at maxWaitMs without data", async () => {
    const broker = fakeBroker();
    const purgatory = new FetchPurgatory(broker);
    const waiting = track(purgatory.wait([{ topic: "a", partition: 0, bytes: 0, maxBytes: 100 }], 1, 500));
    broker.clock.advance(499);
    await tick();
    assert.equal(waiting.done, false);
    broker.clock.advance(1);
    await tick();
    assert.equal(waiting.done, true);
    assert.equal(broker.clock.pendingTimers, 0);
  });

  test("close completes every parked fetch and stops listening", async () => {
    const broker = fakeBroker();
    const purgatory = new FetchPurgatory(broker);
    const waiting = track(purgatory.wait([{ topic: "a", partition: 0, bytes: 0, maxBytes: 100 }], 1, 60_000));
    purgatory.close();
    await tick();
    assert.equal(waiting.done, true);
    assert.equal(broker.listeners, 0);
  });

  test("READ_COMMITTED: appends inside an open transaction do not count; non-transactional appends count their bytes; a marker completes", async () => {
    const broker = fakeBroker();
    const purgatory = new FetchPurgatory(broker);
    // The log as the purgatory sees it: LSO and the append's offsets.
    let lastStableOffset = 5n;
    const append = (firstOffset: bigint, lastOffset: bigint, lso: bigint, bytes: number) => {
      lastStableOffset = lso;
      const log = { topic: "orders", partition: 0, get lastStableOffset() { return lastStableOffset; } } as unknown as Log;
      for (const l of [...broker.all]) l(log, { firstOffset, lastOffset } as AppendInfo, bytes);
    };
    const waiting = track(purgatory.wait([{ topic: "orders", partition: 0, bytes: 0, maxBytes: 1000, lastStableOffset: 5n }], 100, 60_000));
    append(5n, 5n, 5n, 500); // a transactional batch: the LSO stays at 5
    await tick();
    assert.equal(waiting.done, false);
    append(6n, 6n, 5n, 60); // a marker of another (empty) transaction: LSO still held
    await tick();
    assert.equal(waiting.done, false);
    append(7n, 7n, 8n, 80); // COMMIT of the transaction at 5: the LSO jumps over data appended earlier
    await tick();
    assert.equal(waiting.done, true);

    // Without an open transaction, each append moves the LSO by exactly itself: its bytes count.
    const second = track(purgatory.wait([{ topic: "orders", partition: 0, bytes: 0, maxBytes: 1000, lastStableOffset: 8n }], 100, 60_000));
    append(8n, 8n, 9n, 60);
    await tick();
    assert.equal(second.done, false);
    append(9n, 9n, 10n, 60);
    await tick();
    assert.equal(second.done, true);
  });
});

