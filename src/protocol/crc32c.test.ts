import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { crc32c, crc32cNative, crc32cSoftware, type Crc32cFunction } from "./crc32c.js";

/** Deterministic bytes (mulberry32), so a failure reproduces. */
function randomBytes(seed: number, length: number): Buffer {
  let s = seed >>> 0;
  const out = Buffer.allocUnsafe(length);
  for (let i = 0; i < length; i++) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    out[i] = (t ^ (t >>> 14)) & 0xff;
  }
  return out;
}

const implementations: [string, Crc32cFunction][] = [["software", crc32cSoftware]];
if (crc32cNative !== undefined) implementations.push(["native", crc32cNative]);

void describe("crc32c", () => {
  void test("the native module loads here (the fallback is for platforms without it)", () => {
    assert.notEqual(crc32cNative, undefined);
  });

  for (const [name, fn] of implementations) {
    void test(`${name}: CRC-32C check value of "123456789" is 0xe3069283`, () => {
      assert.equal(fn(Buffer.from("123456789")), 0xe3069283);
    });

    void test(`${name}: Kafka's Crc32CTest vector, "Some String" = 608512271`, () => {
      assert.equal(fn(Buffer.from("Some String")), 608512271);
    });

    void test(`${name}: empty input is 0 and keeps the initial value`, () => {
      assert.equal(fn(Buffer.alloc(0)), 0);
      assert.equal(fn(Buffer.alloc(0), 0x12345678), 0x12345678);
    });

    void test(`${name}: incremental equals one-shot at every split of a buffer`, () => {
      const data = randomBytes(7, 67);
      const whole = fn(data);
      for (let split = 0; split <= data.length; split++) {
        assert.equal(fn(data.subarray(split), fn(data.subarray(0, split))), whole, `split at ${split}`);
      }
    });
  }

  void test("native equals software on random buffers of many sizes and alignments", () => {
    const sizes = [1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 63, 64, 65, 255, 256, 1000, 4096, 16384, 65537, 1 << 20];
    for (const [i, size] of sizes.entries()) {
      const data = randomBytes(i + 1, size + 3);
      for (const start of [0, 1, 3]) {
        const view = data.subarray(start, start + size);
        assert.equal(crc32c(view), crc32cSoftware(view), `size ${size} at offset ${start}`);
      }
    }
  });

  void test("results are unsigned 32-bit integers", () => {
    for (let seed = 1; seed < 50; seed++) {
      const value = crc32c(randomBytes(seed, 40));
      assert.ok(Number.isInteger(value) && value >= 0 && value <= 0xffffffff, String(value));
    }
  });
});
