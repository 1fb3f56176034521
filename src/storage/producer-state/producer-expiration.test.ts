import { test } from "node:test";
import assert from "node:assert/strict";
import { ManualClock } from "../clock.js";
import { LogManager } from "../log-manager.js";
import { tempDir } from "../test-support.js";
import { idempotentBatch } from "./test-support.js";

test("the LogManager drops producers idle past producer.id.expiration.ms at each check interval", async () => {
  const { dir, cleanup } = tempDir();
  const clock = new ManualClock(1_000_000);
  const manager = LogManager.open({ logDir: dir, clock, producerIdExpirationMs: 5_000, producerIdExpirationCheckIntervalMs: 1_000 });
  try {
    const log = manager.getOrCreateLog("t", 0);
    log.append(idempotentBatch(1n, 0, 0, 1, 1_000_000n));
    log.append(idempotentBatch(2n, 0, 0, 1, 1_003_000n));
    clock.advance(4_000);
    assert.deepEqual([...log.producerStateManager.activeProducers.keys()].sort(), [1n, 2n], "none idle for 5 s at t+4 s");
    clock.advance(1_000);
    assert.deepEqual([...log.producerStateManager.activeProducers.keys()], [2n]);
    clock.advance(3_000);
    assert.equal(log.producerStateManager.activeProducers.size, 0);
  } finally {
    await manager.close();
    cleanup();
  }
});
