import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { snappyCompress } from "@platformatic/wasm-utils";
import { CompressionError, DecompressionLimitError } from "./compression-error.js";
import { rawSnappyLength, snappyCodec } from "./snappy.js";

const XERIAL_HEADER = Buffer.from("82534e41505059000000000100000001", "hex");
const data = Buffer.from("Patient MRN-0042 admitted to ward 7. ".repeat(3000));

function xerial(...blocks: Buffer[]): Buffer {
  const parts: Buffer[] = [XERIAL_HEADER];
  for (const b of blocks) {
    const length = Buffer.alloc(4);
    length.writeInt32BE(b.length);
    parts.push(length, b);
  }
  return Buffer.concat(parts);
}

void describe("snappy", () => {
  void test("writes snappy-java's framing: magic, version 1, compatible 1, 32 KiB chunks", () => {
    const out = snappyCodec.compress(data);
    assert.deepEqual(out.subarray(0, 16), XERIAL_HEADER);
    let pos = 16;
    let chunks = 0;
    let total = 0;
    while (pos < out.length) {
      const length = out.readInt32BE(pos);
      const raw = out.subarray(pos + 4, pos + 4 + length);
      const size = rawSnappyLength(raw);
      assert.ok(size <= 32 * 1024);
      total += size;
      chunks++;
      pos += 4 + length;
    }
    assert.equal(pos, out.length);
    assert.equal(total, data.length);
    assert.equal(chunks, Math.ceil(data.length / (32 * 1024)));
  });

  void test("reads plain raw snappy, as librdkafka may write it", () => {
    assert.deepEqual(snappyCodec.decompress(snappyCompress(data)), data);
  });

  void test("reads a hand-made raw block (spec: length varint, literal tag)", () => {
    // length 5, literal of 5 bytes: tag (5 - 1) << 2
    assert.deepEqual(snappyCodec.decompress(Buffer.from([0x05, 0x10, 0x68, 0x65, 0x6c, 0x6c, 0x6f])), Buffer.from("hello"));
    // "abcd" then a copy of 8 bytes at offset 4 (1-byte-offset copy: tag 0b01 | (len - 4) << 2)
    const copy = Buffer.from([0x0c, 0x0c, 0x61, 0x62, 0x63, 0x64, 0x01 | ((8 - 4) << 2), 0x04]);
    assert.deepEqual(snappyCodec.decompress(copy), Buffer.from("abcdabcdabcd"));
  });

  void test("reads xerial framing with chunks of any size and concatenated streams", () => {
    const a = data.subarray(0, 1000);
    const b = data.subarray(1000, 70_000);
    assert.deepEqual(snappyCodec.decompress(xerial(snappyCompress(a), snappyCompress(b))), data.subarray(0, 70_000));
    const twoStreams = Buffer.concat([xerial(snappyCompress(a)), xerial(snappyCompress(b))]);
    assert.deepEqual(snappyCodec.decompress(twoStreams), data.subarray(0, 70_000));
    assert.deepEqual(snappyCodec.decompress(XERIAL_HEADER), Buffer.alloc(0));
  });

  void test("a chunk length past the end or negative is a CompressionError", () => {
    const bad = xerial(snappyCompress(data.subarray(0, 100)));
    bad.writeInt32BE(1_000_000, 16);
    assert.throws(() => snappyCodec.decompress(bad), /exceeds/);
    bad.writeInt32BE(-1, 16);
    assert.throws(() => snappyCodec.decompress(bad), CompressionError);
  });

  void test("a block claiming 4 GiB is refused from its preamble, before decompressing", () => {
    const claim = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x00]);
    assert.equal(rawSnappyLength(claim), 0xffffffff);
    assert.throws(() => snappyCodec.decompress(claim), DecompressionLimitError);
    assert.throws(() => snappyCodec.decompress(xerial(claim)), DecompressionLimitError);
  });

  void test("the limit counts all chunks together", () => {
    const framed = snappyCodec.compress(data);
    assert.throws(() => snappyCodec.decompress(framed, 40_000), DecompressionLimitError);
  });
});
