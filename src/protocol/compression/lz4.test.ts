import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { CompressionError, DecompressionLimitError } from "./compression-error.js";
import { lz4Codec } from "./lz4.js";
import { xxhash32 } from "./xxhash32.js";

const data = Buffer.from("Observation: heart rate 72 bpm, SpO2 98%. ".repeat(5000));

/** Builds a frame around raw blocks (the high bit of a size marks a stored block). */
function frame(flg: number, bd: number, blocks: Buffer[], extra: { contentSize?: number; contentChecksum?: number } = {}): Buffer {
  const descriptor = [flg, bd];
  if (extra.contentSize !== undefined) {
    const size = Buffer.alloc(8);
    size.writeBigUInt64LE(BigInt(extra.contentSize));
    descriptor.push(...size);
  }
  const desc = Buffer.from(descriptor);
  const hc = (xxhash32(desc) >>> 8) & 0xff;
  const parts: Buffer[] = [Buffer.from([0x04, 0x22, 0x4d, 0x18]), desc, Buffer.from([hc])];
  for (const b of blocks) {
    const size = Buffer.alloc(4);
    size.writeUInt32LE((0x80000000 | b.length) >>> 0);
    parts.push(size, b);
  }
  parts.push(Buffer.alloc(4));
  if (extra.contentChecksum !== undefined) {
    const cc = Buffer.alloc(4);
    cc.writeUInt32LE(extra.contentChecksum);
    parts.push(cc);
  }
  return Buffer.concat(parts);
}

void describe("xxhash32", () => {
  void test("reference vectors", () => {
    assert.equal(xxhash32(Buffer.alloc(0)), 0x02cc5d05);
    assert.equal(xxhash32(Buffer.from("abc")), 0x32d153ff);
    assert.equal(xxhash32(Buffer.from("Nobody inspects the spammish repetition")), 0xe2293b2f);
  });

  void test("a sub-range hashes like a copy of it", () => {
    const buf = Buffer.from("0123456789abcdefghijklmnopqrstuvwxyz");
    assert.equal(xxhash32(buf, 3, 30), xxhash32(Buffer.from(buf.subarray(3, 30))));
  });
});

void describe("lz4 frames", () => {
  void test("writes Kafka's framing: FLG 0x60 (v1, independent blocks), BD 64 KiB, correct header checksum", () => {
    const out = lz4Codec.compress(data);
    assert.equal(out.readUInt32LE(0), 0x184d2204);
    assert.equal(out[4], 0x60);
    assert.equal(out[5], 0x40);
    assert.equal(out[6], (xxhash32(out, 4, 6) >>> 8) & 0xff);
    let pos = 7;
    let blocks = 0;
    for (;;) {
      const field = out.readUInt32LE(pos);
      pos += 4;
      if (field === 0) break;
      assert.ok((field & 0x7fffffff) <= 65536);
      pos += field & 0x7fffffff;
      blocks++;
    }
    assert.equal(pos, out.length);
    assert.equal(blocks, Math.ceil(data.length / 65536));
  });

  void test("stored (uncompressed) blocks, content size and content checksum are read", () => {
    const a = Buffer.from("stored block one");
    const b = Buffer.from("and two");
    const whole = Buffer.concat([a, b]);
    const f = frame(0x60 | 0x08 | 0x04, 0x40, [a, b], { contentSize: whole.length, contentChecksum: xxhash32(whole) });
    assert.deepEqual(lz4Codec.decompress(f), whole);
    assert.deepEqual(lz4Codec.decompress(f, whole.length), whole); // bounded path
  });

  void test("a wrong content checksum is refused on both paths", () => {
    const a = Buffer.from("stored");
    const f = frame(0x60 | 0x04, 0x40, [a], { contentChecksum: (xxhash32(a) ^ 1) >>> 0 });
    assert.throws(() => lz4Codec.decompress(f), /content checksum/);
    assert.throws(() => lz4Codec.decompress(f, a.length), /content checksum/);
  });

  void test("a wrong header checksum is refused (magic v0's broken checksum is not accepted for v2)", () => {
    const f = lz4Codec.compress(data);
    f[6] = f[6]! ^ 0xff;
    assert.throws(() => lz4Codec.decompress(f), /descriptor checksum/);
    // Kafka's old writers hashed the magic bytes too
    const broken = lz4Codec.compress(data);
    broken[6] = (xxhash32(broken, 0, 6) >>> 8) & 0xff;
    assert.throws(() => lz4Codec.decompress(broken), CompressionError);
  });

  void test("malformed descriptors are named", () => {
    assert.throws(() => lz4Codec.decompress(frame(0x80 | 0x20, 0x40, [])), /version/);
    assert.throws(() => lz4Codec.decompress(frame(0x61, 0x40, [])), /dictionary/);
    assert.throws(() => lz4Codec.decompress(frame(0x60, 0x30, [])), /block size id/);
    assert.throws(() => lz4Codec.decompress(Buffer.from("0422", "hex")), /truncated/);
    assert.throws(() => lz4Codec.decompress(Buffer.from("not an lz4 frame")), /magic/);
  });

  void test("a block larger than the frame's maximum is refused", () => {
    assert.throws(() => lz4Codec.decompress(frame(0x60, 0x40, [Buffer.alloc(65537)])), /exceeds the frame's maximum/);
  });

  void test("an empty frame decodes to nothing; skippable frames are skipped", () => {
    assert.deepEqual(lz4Codec.decompress(frame(0x60, 0x40, [])), Buffer.alloc(0));
    const skippable = Buffer.from([0x50, 0x2a, 0x4d, 0x18, 3, 0, 0, 0, 1, 2, 3]);
    const payload = Buffer.from("after skip");
    assert.deepEqual(lz4Codec.decompress(Buffer.concat([skippable, frame(0x60, 0x40, [payload])])), payload);
  });

  void test("concatenated frames decode to the concatenation", () => {
    const a = lz4Codec.compress(data.subarray(0, 1000));
    const b = lz4Codec.compress(data.subarray(1000, 3000));
    assert.deepEqual(lz4Codec.decompress(Buffer.concat([a, b])), data.subarray(0, 3000));
  });

  void test("the bounded decoder stops at the limit and matches the fast path below it", () => {
    const f = lz4Codec.compress(data);
    assert.deepEqual(lz4Codec.decompress(f, data.length), data);
    assert.throws(() => lz4Codec.decompress(f, data.length - 1), DecompressionLimitError);
    assert.throws(() => lz4Codec.decompress(f, 1000), DecompressionLimitError);
  });
});
