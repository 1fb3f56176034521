import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { OffsetMap } from "./offset-map.js";

void describe("OffsetMap", () => {
  void test("keeps the latest offset per key and the highest offset seen", () => {
    const map = new OffsetMap(24 * 100);
    map.put(Buffer.from("a"), 3n);
    map.put(Buffer.from("b"), 4n);
    map.put(Buffer.from("a"), 7n);
    assert.equal(map.get(Buffer.from("a")), 7n);
    assert.equal(map.get(Buffer.from("b")), 4n);
    assert.equal(map.get(Buffer.from("c")), -1n);
    assert.equal(map.size, 2);
    assert.equal(map.latestOffset, 7n);
    map.updateLatestOffset(9n);
    assert.equal(map.latestOffset, 9n);
    map.clear();
    assert.deepEqual([map.size, map.latestOffset, map.get(Buffer.from("a"))], [0, -1n, -1n]);
  });

  void test("is sized like Kafka's SkimpyOffsetMap: 24 bytes a slot, filled to 90%", () => {
    const map = new OffsetMap(24 * 1000);
    assert.equal(map.slots, 1000);
    assert.equal(map.maxDesiredSize, 900);
    assert.throws(() => new OffsetMap(24), /cannot hold a single key/);
  });

  void test("keys of any length cost one entry, by digest", () => {
    const map = new OffsetMap(24 * 10);
    map.put(Buffer.alloc(100_000, 1), 1n);
    map.put(Buffer.alloc(100_000, 2), 2n);
    assert.equal(map.get(Buffer.alloc(100_000, 1)), 1n);
    assert.equal(map.size, 2);
  });
});
