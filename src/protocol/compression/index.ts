// The compression codecs of record batches, one per CompressionType (attributes bits
// 0-2), behind one interface so a native or WASM implementation is swapped in one
// place. All are synchronous: the broker decompresses while validating a produce
// request, and the batch is small. Every `decompress` stops at `maxOutputBytes`
// (default DEFAULT_MAX_OUTPUT_BYTES) with a DecompressionLimitError.
import type { CompressionType } from "../records/batch-header.js";
import { gzipCodec } from "./gzip.js";
import { lz4Codec } from "./lz4.js";
import { snappyCodec } from "./snappy.js";
import { zstdCodec } from "./zstd.js";

export { CompressionError, DecompressionLimitError } from "./compression-error.js";
export { DEFAULT_MAX_OUTPUT_BYTES } from "./limits.js";

export interface CompressionCodec {
  readonly name: CompressionType;
  compress(data: Buffer): Buffer;
  decompress(data: Buffer, maxOutputBytes?: number): Buffer;
}

const noneCodec: CompressionCodec = {
  name: "none",
  compress: (data) => data,
  decompress: (data) => data,
};

const CODECS: Readonly<Record<CompressionType, CompressionCodec>> = {
  none: noneCodec,
  gzip: gzipCodec,
  snappy: snappyCodec,
  lz4: lz4Codec,
  zstd: zstdCodec,
};

export function codecFor(type: CompressionType): CompressionCodec {
  return CODECS[type];
}
