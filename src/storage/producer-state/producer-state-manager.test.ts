import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { silentLogger } from "../log-loader.js";
import { tempDir } from "../test-support.js";
import { listSnapshotOffsets, producerSnapshotPath, writeProducerSnapshot } from "./producer-snapshot-file.js";
import { ProducerStateManager } from "./producer-state-manager.js";

function withManager(offsets: bigint[], fn: (manager: ProducerStateManager, dir: string) => void): void {
  const { dir, cleanup } = tempDir();
  try {
    for (const offset of offsets) writeProducerSnapshot(producerSnapshotPath(dir, offset), []);
    fn(new ProducerStateManager(dir, "t-0", { producerIdExpirationMs: 1000 }, silentLogger), dir);
  } finally {
    cleanup();
  }
}

void describe("ProducerStateManager snapshots", () => {
  void test("stray snapshots go, except the newest one above every segment (a clean shutdown's)", () => {
    withManager([0n, 10n, 15n, 20n, 35n], (manager, dir) => {
      manager.removeStraySnapshots([0n, 20n]);
      assert.deepEqual(listSnapshotOffsets(dir), [0n, 20n, 35n]);
      assert.deepEqual(manager.snapshotOffsets, [0n, 20n, 35n]);
      manager.removeStraySnapshots([0n, 20n, 40n]);
      assert.deepEqual(listSnapshotOffsets(dir), [0n, 20n], "35 is below the segment at 40");
    });
  });

  void test("a snapshot is taken only when the state moved past the last one", () => {
    withManager([], (manager, dir) => {
      assert.equal(manager.takeSnapshot(), undefined, "nothing at offset 0");
      manager.updateMapEndOffset(12n);
      assert.equal(manager.takeSnapshot(), 12n);
      assert.ok(existsSync(producerSnapshotPath(dir, 12n)));
      assert.equal(manager.takeSnapshot(), undefined);
      manager.updateMapEndOffset(30n);
      manager.takeSnapshot();
      manager.deleteSnapshotsBefore(30n);
      assert.deepEqual(listSnapshotOffsets(dir), [30n]);
    });
  });

  void test("truncateAndReload drops snapshots above the log end and at or below the log start", () => {
    withManager([5n, 10n, 20n, 40n], (manager, dir) => {
      manager.truncateAndReload(5n, 30n, 0);
      assert.deepEqual(listSnapshotOffsets(dir), [10n, 20n]);
      assert.equal(manager.mapEndOffset, 20n, "state as of the latest remaining snapshot");
    });
  });
});
