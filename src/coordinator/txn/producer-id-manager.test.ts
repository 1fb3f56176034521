import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../../storage/test-support.js";
import { PRODUCER_IDS_FILE, ProducerIdManager } from "./producer-id-manager.js";

void describe("ProducerIdManager", () => {
  void test("hands out consecutive ids and persists the end of the reserved block before the first", () => {
    const { dir, cleanup } = tempDir();
    try {
      const manager = ProducerIdManager.open(dir, 10n);
      assert.deepEqual([0, 1, 2].map(() => manager.generateProducerId()), [0n, 1n, 2n]);
      assert.deepEqual(JSON.parse(readFileSync(join(dir, PRODUCER_IDS_FILE), "utf8")), { version: 1, nextBlockStartId: "10" });
      for (let i = 3; i < 10; i++) manager.generateProducerId();
      assert.equal(manager.generateProducerId(), 10n, "the next block starts where the last ended");
      assert.deepEqual(JSON.parse(readFileSync(join(dir, PRODUCER_IDS_FILE), "utf8")), { version: 1, nextBlockStartId: "20" });
    } finally {
      cleanup();
    }
  });

  void test("never reuses an id after a restart: the rest of the block is skipped", () => {
    const { dir, cleanup } = tempDir();
    try {
      const first = ProducerIdManager.open(dir);
      const given = [first.generateProducerId(), first.generateProducerId()];
      const second = ProducerIdManager.open(dir);
      const next = second.generateProducerId();
      assert.equal(next, 1000n);
      assert.ok(!given.includes(next));
    } finally {
      cleanup();
    }
  });

  void test("a file it does not understand stops the start instead of risking reuse", () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, PRODUCER_IDS_FILE), '{"version":1,"nextBlockStartId":-5}');
      assert.throws(() => ProducerIdManager.open(dir), /producer id reservation/);
    } finally {
      cleanup();
    }
  });
});
