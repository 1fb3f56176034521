// LZ4 as record batches (magic v2) carry it: the standard LZ4 frame format
// (https://github.com/lz4/lz4/blob/dev/doc/lz4_Frame_format.md), as Kafka's
// Lz4BlockOutputStream writes it:
//
//   magic 0x184D2204 (uint32 LE) | FLG | BD | [content size uint64 LE] | HC
//   [block size uint32 LE (high bit = stored uncompressed) | block | [block checksum]]*
//   end mark 0x00000000 | [content checksum]
//
// HC is byte 1 of XXH32 over FLG..content size. Kafka's magic v0/v1 writers hashed the
// magic too (KafkaLZ4BlockInputStream's "ignoreFlagDescriptorChecksum"); magic v2, the
// only format here, uses the correct checksum, so it is enforced.
//
// @platformatic/wasm-utils compresses and decompresses whole frames. Every frame is first
// walked here (structure, header checksum, block sizes) to bound its output; within
// maxOutputBytes the WASM decoder runs, past it the TypeScript block decoder does, which
// stops at the limit. Compression re-frames WASM output into 64 KiB independent blocks
// without checksums, Kafka's Java framing, whatever block size WASM picked.
import { lz4Compress, lz4Decompress } from "@platformatic/wasm-utils";
import { CompressionError, DecompressionLimitError } from "./compression-error.js";
import type { CompressionCodec } from "./index.js";
import { DEFAULT_MAX_OUTPUT_BYTES } from "./limits.js";
import { decodeLz4Block, Lz4BlockError, Lz4OutputLimitError } from "./lz4-block.js";
import { xxhash32 } from "./xxhash32.js";

const MAGIC = 0x184d2204;
const SKIPPABLE_MAGIC = 0x184d2a50; // 0x184D2A50..0x184D2A5F, low nibble masked
const FLG_VERSION_MASK = 0xc0;
const FLG_VERSION_01 = 0x40;
const FLG_BLOCK_INDEPENDENCE = 0x20;
const FLG_BLOCK_CHECKSUM = 0x10;
const FLG_CONTENT_SIZE = 0x08;
const FLG_CONTENT_CHECKSUM = 0x04;
const FLG_DICT_ID = 0x01;
const UNCOMPRESSED_BIT = 0x80000000;
const BLOCK_64KB = 64 * 1024;
/** FLG: version 01, independent blocks, no checksums. BD: 64 KiB maximum block size. */
const KAFKA_FLG = FLG_VERSION_01 | FLG_BLOCK_INDEPENDENCE;
const KAFKA_BD = 4 << 4;
const EMPTY = Buffer.alloc(0);
/** Worst-case LZ4 expansion per compressed byte (a 255 length-extension byte). */
const MAX_RATIO = 256;

function fail(message: string, cause?: unknown): never {
  throw new CompressionError("lz4", message, cause === undefined ? undefined : { cause });
}

interface Lz4Block {
  start: number;
  size: number;
  uncompressed: boolean;
}

interface Lz4Frame {
  /** Byte range of the frame in the input. */
  start: number;
  end: number;
  flg: number;
  maxBlockSize: number;
  contentSize: number | undefined;
  blocks: Lz4Block[];
  contentChecksum: number | undefined;
  /** Largest output the blocks can produce. */
  bound: number;
}

function headerChecksum(data: Buffer, from: number, to: number): number {
  return (xxhash32(data, from, to) >>> 8) & 0xff;
}

/** Walks one frame at `pos`; returns it and the position after it. */
function readFrame(data: Buffer, pos: number): { frame: Lz4Frame; end: number } {
  if (data.length - pos < 7) fail(`truncated frame header at byte ${pos}`);
  if (data.readUInt32LE(pos) !== MAGIC) fail(`bad frame magic at byte ${pos}`);
  const descriptorStart = pos + 4;
  const flg = data[descriptorStart]!;
  const bd = data[descriptorStart + 1]!;
  if ((flg & FLG_VERSION_MASK) !== FLG_VERSION_01) fail(`unsupported frame version in FLG 0x${flg.toString(16)}`);
  if ((flg & 0x02) !== 0 || (bd & 0x8f) !== 0) fail("reserved frame descriptor bits are set");
  if ((flg & FLG_DICT_ID) !== 0) fail("dictionary frames are not supported");
  const blockSizeId = (bd >>> 4) & 7;
  if (blockSizeId < 4) fail(`invalid block size id ${blockSizeId}`);
  const maxBlockSize = 1 << (2 * blockSizeId + 8);
  let p = descriptorStart + 2;
  let contentSize: number | undefined;
  if ((flg & FLG_CONTENT_SIZE) !== 0) {
    if (data.length - p < 9) fail("truncated content size");
    contentSize = Number(data.readBigUInt64LE(p));
    p += 8;
  }
  if (data[p] !== headerChecksum(data, descriptorStart, p)) fail("frame descriptor checksum mismatch");
  p += 1;

  const blocks: Lz4Block[] = [];
  const checksumSize = (flg & FLG_BLOCK_CHECKSUM) !== 0 ? 4 : 0;
  let bound = 0;
  for (;;) {
    if (data.length - p < 4) fail(`truncated block size at byte ${p}`);
    const field = data.readUInt32LE(p);
    p += 4;
    if (field === 0) break;
    const size = field & 0x7fffffff;
    const uncompressed = (field & UNCOMPRESSED_BIT) !== 0;
    if (size > maxBlockSize) fail(`block size ${size} exceeds the frame's maximum ${maxBlockSize}`);
    if (data.length - p < size + checksumSize) fail(`truncated block at byte ${p}`);
    blocks.push({ start: p, size, uncompressed });
    bound += uncompressed ? size : Math.min(maxBlockSize, size * MAX_RATIO);
    p += size + checksumSize;
  }
  let contentChecksum: number | undefined;
  if ((flg & FLG_CONTENT_CHECKSUM) !== 0) {
    if (data.length - p < 4) fail("truncated content checksum");
    contentChecksum = data.readUInt32LE(p);
    p += 4;
  }
  return { frame: { start: pos, end: p, flg, maxBlockSize, contentSize, blocks, contentChecksum, bound }, end: p };
}

function readFrames(data: Buffer): Lz4Frame[] {
  const frames: Lz4Frame[] = [];
  let pos = 0;
  if (data.length === 0) fail("empty input");
  while (pos < data.length) {
    if (data.length - pos >= 8 && (data.readUInt32LE(pos) & 0xfffffff0) === SKIPPABLE_MAGIC) {
      const size = data.readUInt32LE(pos + 4);
      if (size > data.length - pos - 8) fail(`truncated skippable frame at byte ${pos}`);
      pos += 8 + size;
      continue;
    }
    const { frame, end } = readFrame(data, pos);
    frames.push(frame);
    pos = end;
  }
  return frames;
}

/** Decodes frames block by block into a buffer of at most `maxOutputBytes`. */
function decompressBounded(data: Buffer, frames: Lz4Frame[], maxOutputBytes: number): Buffer {
  const out = Buffer.allocUnsafe(Math.min(maxOutputBytes, frames.reduce((n, f) => n + f.bound, 0)));
  let d = 0;
  for (const frame of frames) {
    const frameStart = d;
    const hasBlockChecksum = (frame.flg & FLG_BLOCK_CHECKSUM) !== 0;
    for (const block of frame.blocks) {
      const end = block.start + block.size;
      if (hasBlockChecksum && xxhash32(data, block.start, end) !== data.readUInt32LE(end)) {
        fail("block checksum mismatch");
      }
      const blockLimit = Math.min(d + frame.maxBlockSize, out.length);
      if (block.uncompressed) {
        if (block.size > out.length - d) throw new DecompressionLimitError("lz4", maxOutputBytes);
        data.copy(out, d, block.start, end);
        d += block.size;
        continue;
      }
      const windowStart = (frame.flg & FLG_BLOCK_INDEPENDENCE) !== 0 ? d : frameStart;
      try {
        d = decodeLz4Block(data, block.start, end, out, d, blockLimit, windowStart);
      } catch (err) {
        if (err instanceof Lz4OutputLimitError) {
          if (blockLimit === d + frame.maxBlockSize) fail("block decodes past the frame's maximum block size");
          throw new DecompressionLimitError("lz4", maxOutputBytes);
        }
        if (err instanceof Lz4BlockError) fail(`corrupt block data: ${err.message}`, err);
        throw err;
      }
    }
    if (frame.contentSize !== undefined && d - frameStart !== frame.contentSize) {
      fail(`frame announced ${frame.contentSize} bytes but held ${d - frameStart}`);
    }
    if (frame.contentChecksum !== undefined && xxhash32(out, frameStart, d) !== frame.contentChecksum) {
      fail("content checksum mismatch");
    }
  }
  return out.subarray(0, d);
}

/** Splits `data` into 64 KiB chunks, compresses each with WASM, and frames the blocks. */
function compressFrame(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  const header = Buffer.alloc(7);
  header.writeUInt32LE(MAGIC, 0);
  header[4] = KAFKA_FLG;
  header[5] = KAFKA_BD;
  header[6] = headerChecksum(header, 4, 6);
  parts.push(header);
  for (let pos = 0; pos < data.length; pos += BLOCK_64KB) {
    const chunk = data.subarray(pos, pos + BLOCK_64KB);
    const frame = lz4Compress(chunk);
    // WASM's frame for a chunk of <= 64 KiB holds its blocks without checksums; copy
    // each block (size field and data) and drop WASM's header and end mark.
    const { frame: parsed } = readFrame(frame, 0);
    for (const block of parsed.blocks) parts.push(frame.subarray(block.start - 4, block.start + block.size));
  }
  parts.push(Buffer.alloc(4));
  return Buffer.concat(parts);
}

export const lz4Codec: CompressionCodec = {
  name: "lz4",
  compress(data: Buffer): Buffer {
    return compressFrame(data);
  },
  decompress(data: Buffer, maxOutputBytes = DEFAULT_MAX_OUTPUT_BYTES): Buffer {
    const frames = readFrames(data);
    for (const frame of frames) {
      if (frame.contentSize !== undefined && frame.contentSize > maxOutputBytes) {
        throw new DecompressionLimitError("lz4", maxOutputBytes);
      }
    }
    const bound = frames.reduce((n, f) => n + f.bound, 0);
    if (bound > maxOutputBytes) return decompressBounded(data, frames, maxOutputBytes);
    try {
      // WASM decodes the first frame of its input only, so each frame goes alone
      const parts = frames.map((f) => (f.blocks.length === 0 ? EMPTY : lz4Decompress(data.subarray(f.start, f.end))));
      return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    } catch {
      // WASM traps without a reason; the TypeScript decoder names what is wrong
      return decompressBounded(data, frames, maxOutputBytes);
    }
  },
};
