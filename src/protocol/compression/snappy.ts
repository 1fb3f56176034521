// Snappy as Kafka clients write it. The Java client wraps raw snappy in snappy-java's
// "xerial" stream framing:
//
//   header: magic \x82 S N A P P Y \0 (8 bytes) | version int32 BE (1) | compatible version int32 BE (1)
//   then:   [chunk length int32 BE | raw snappy block of one <= 32 KiB input chunk]*
//
// (a concatenation of such streams repeats the header between chunks), while librdkafka
// writes either that framing or one plain raw snappy block. Decompression accepts both;
// compression writes the xerial framing, like Java. Raw snappy starts with the
// uncompressed length as an unsigned varint, which lets the bomb guard refuse a block
// before decompressing it. The raw codec is @platformatic/wasm-utils (research/dependencies.md §2).
import { snappyCompress, snappyDecompress } from "@platformatic/wasm-utils";
import { CompressionError, DecompressionLimitError } from "./compression-error.js";
import type { CompressionCodec } from "./index.js";
import { DEFAULT_MAX_OUTPUT_BYTES } from "./limits.js";

const XERIAL_MAGIC = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00]);
const XERIAL_HEADER_SIZE = 16;
const XERIAL_VERSION = 1;
const XERIAL_COMPATIBLE_VERSION = 1;
/** snappy-java's SnappyOutputStream default block size, which Kafka's Java client uses. */
const XERIAL_BLOCK_SIZE = 32 * 1024;
/** Raw snappy of empty input: just the varint length 0. */
const EMPTY_RAW = Buffer.from([0]);

function fail(message: string, cause?: unknown): never {
  throw new CompressionError("snappy", message, cause === undefined ? undefined : { cause });
}

function isXerialHeaderAt(data: Buffer, pos: number): boolean {
  return data.length - pos >= XERIAL_HEADER_SIZE && data.compare(XERIAL_MAGIC, 0, 8, pos, pos + 8) === 0;
}

/** The uncompressed length a raw snappy block announces (unsigned varint, at most 32 bits). */
export function rawSnappyLength(block: Uint8Array): number {
  let value = 0;
  for (let i = 0; i < 5 && i < block.length; i++) {
    const b = block[i]!;
    value += (b & 0x7f) * 2 ** (7 * i);
    if ((b & 0x80) === 0) return value;
  }
  return fail("raw block has no valid length preamble");
}

function rawCompress(data: Buffer): Buffer {
  return data.length === 0 ? Buffer.from(EMPTY_RAW) : snappyCompress(data);
}

function rawDecompress(block: Buffer, budget: number, maxOutputBytes: number): Buffer {
  const length = rawSnappyLength(block);
  if (length > budget) throw new DecompressionLimitError("snappy", maxOutputBytes);
  if (length === 0 && block.length === 1) return Buffer.alloc(0);
  let out: Buffer;
  try {
    out = snappyDecompress(block);
  } catch (err) {
    return fail("corrupt block data", err);
  }
  if (out.length !== length) fail(`block announced ${length} bytes but held ${out.length}`);
  return out;
}

export const snappyCodec: CompressionCodec = {
  name: "snappy",
  compress(data: Buffer): Buffer {
    const parts: Buffer[] = [];
    const header = Buffer.alloc(XERIAL_HEADER_SIZE);
    XERIAL_MAGIC.copy(header, 0);
    header.writeInt32BE(XERIAL_VERSION, 8);
    header.writeInt32BE(XERIAL_COMPATIBLE_VERSION, 12);
    parts.push(header);
    for (let pos = 0; pos < data.length; pos += XERIAL_BLOCK_SIZE) {
      const block = rawCompress(data.subarray(pos, pos + XERIAL_BLOCK_SIZE));
      const length = Buffer.allocUnsafe(4);
      length.writeInt32BE(block.length, 0);
      parts.push(length, block);
    }
    return Buffer.concat(parts);
  },
  decompress(data: Buffer, maxOutputBytes = DEFAULT_MAX_OUTPUT_BYTES): Buffer {
    if (data.length === 0) fail("empty input");
    if (!isXerialHeaderAt(data, 0)) return rawDecompress(data, maxOutputBytes, maxOutputBytes);
    const parts: Buffer[] = [];
    let total = 0;
    let pos = 0;
    while (pos < data.length) {
      if (isXerialHeaderAt(data, pos)) {
        pos += XERIAL_HEADER_SIZE;
        continue;
      }
      if (data.length - pos < 4) fail(`truncated chunk length at byte ${pos}`);
      const length = data.readInt32BE(pos);
      pos += 4;
      if (length < 0 || length > data.length - pos) {
        fail(`chunk length ${length} at byte ${pos - 4} exceeds the ${data.length - pos} bytes left`);
      }
      if (length === 0) continue;
      const out = rawDecompress(data.subarray(pos, pos + length), maxOutputBytes - total, maxOutputBytes);
      pos += length;
      total += out.length;
      parts.push(out);
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts, total);
  },
};
