// Properties every codec must have: exact round trips, a bomb guard, and clean
// CompressionErrors (never a crash or a foreign exception) on garbage and truncation.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { COMPRESSION_TYPES } from "../records/batch-header.js";
import { codecFor, CompressionError, DecompressionLimitError } from "./index.js";
import { seededRandom } from "../../util/seeded-random.js";

const prng = seededRandom;

function randomBytes(seed: number, length: number): Buffer {
  const random = prng(seed);
  const out = Buffer.allocUnsafe(length);
  for (let i = 0; i < length; i++) out[i] = Math.floor(random() * 256);
  return out;
}

/** JSON-ish text: compressible like real healthcare events. */
function textBytes(seed: number, length: number): Buffer {
  const random = prng(seed);
  const words = ["patient", "admitted", "\"eventId\":", "MRN-", "2024-05-01T10:00:00Z", "ward", "{", "}", ",", " "];
  let s = "";
  while (s.length < length) s += words[Math.floor(random() * words.length)]! + String(Math.floor(random() * 100));
  return Buffer.from(s.slice(0, length));
}

const CODECS = COMPRESSION_TYPES.filter((t) => t !== "none");

void describe("compression codecs", () => {
  void test("codecFor returns the codec named by each CompressionType", () => {
    for (const type of COMPRESSION_TYPES) assert.equal(codecFor(type).name, type);
    const data = Buffer.from("unchanged");
    assert.equal(codecFor("none").compress(data), data);
    assert.equal(codecFor("none").decompress(data), data);
  });

  for (const type of CODECS) {
    const codec = codecFor(type);
    void describe(type, () => {
      void test("round-trips empty, tiny, block-boundary and large inputs, random and compressible", () => {
        const sizes = [0, 1, 100, 32 * 1024 - 1, 32 * 1024, 32 * 1024 + 1, 65535, 65536, 65537, 1 << 20];
        for (const [i, size] of sizes.entries()) {
          for (const data of [randomBytes(i + 1, size), textBytes(i + 1, size)]) {
            const compressed = codec.compress(data);
            assert.deepEqual(codec.decompress(compressed), data, `${type} size ${size}`);
          }
        }
      });

      void test("compresses compressible data", () => {
        const data = textBytes(9, 256 * 1024);
        assert.ok(codec.compress(data).length < data.length / 2);
      });

      void test("decompresses within an exact limit and refuses one byte less", () => {
        const data = textBytes(3, 200_000);
        const compressed = codec.compress(data);
        assert.deepEqual(codec.decompress(compressed, data.length), data);
        assert.throws(() => codec.decompress(compressed, data.length - 1), DecompressionLimitError);
      });

      void test("stops a bomb: 64 MiB of zeros against a 1 MiB limit", () => {
        const compressed = codec.compress(Buffer.alloc(64 * 1024 * 1024));
        assert.ok(compressed.length < 4 * 1024 * 1024, `${type} bomb is ${compressed.length} bytes`);
        assert.throws(
          () => codec.decompress(compressed, 1024 * 1024),
          (err: unknown) => err instanceof DecompressionLimitError && err.maxOutputBytes === 1024 * 1024,
        );
      });

      void test("garbage input is a CompressionError", () => {
        for (let seed = 1; seed <= 40; seed++) {
          const garbage = randomBytes(seed, 1 + (seed * 37) % 300);
          assert.throws(() => codec.decompress(garbage), CompressionError, `${type} garbage seed ${seed}`);
        }
        assert.throws(() => codec.decompress(Buffer.alloc(0)), CompressionError);
      });

      void test("truncation at every cut is a CompressionError (or, for snappy, a chunk-aligned prefix)", () => {
        const data = textBytes(5, 40_000);
        const compressed = codec.compress(data);
        const step = Math.max(1, Math.floor(compressed.length / 400));
        for (let cut = 0; cut < compressed.length; cut += step) {
          let out: Buffer | undefined;
          try {
            out = codec.decompress(compressed.subarray(0, cut));
          } catch (err) {
            assert.ok(err instanceof CompressionError, `${type} cut ${cut}: ${String(err)}`);
            continue;
          }
          assert.equal(type, "snappy", `${type} accepted a cut at ${cut}`);
          assert.ok(out.length < data.length && data.subarray(0, out.length).equals(out), `cut ${cut}`);
        }
      });

      void test("a flipped byte never escapes as anything but a CompressionError", () => {
        const data = textBytes(11, 20_000);
        const compressed = codec.compress(data);
        const random = prng(77);
        for (let i = 0; i < 200; i++) {
          const damaged = Buffer.from(compressed);
          const at = Math.floor(random() * damaged.length);
          damaged[at] = damaged[at]! ^ (1 + Math.floor(random() * 255));
          try {
            codec.decompress(damaged, 1 << 20);
          } catch (err) {
            assert.ok(err instanceof CompressionError, `${type} byte ${at}: ${String(err)}`);
          }
        }
      });
    });
  }
});
