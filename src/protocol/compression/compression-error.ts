// Errors of the compression codecs. The record-batch decoder turns them into Kafka
// error codes (CORRUPT_MESSAGE for unreadable data, MESSAGE_TOO_LARGE past the limit).
import type { CompressionType } from "../records/batch-header.js";

/** Compressed data that cannot be read (bad framing, checksum, or block data). */
export class CompressionError extends Error {
  override name = "CompressionError";
  readonly codec: CompressionType;

  constructor(codec: CompressionType, message: string, options?: ErrorOptions) {
    super(`${codec}: ${message}`, options);
    this.codec = codec;
  }
}

/** Decompression stopped because the output would pass `maxOutputBytes` (a bomb guard). */
export class DecompressionLimitError extends CompressionError {
  override name = "DecompressionLimitError";
  readonly maxOutputBytes: number;

  constructor(codec: CompressionType, maxOutputBytes: number) {
    super(codec, `decompressed data exceeds the limit of ${maxOutputBytes} bytes`);
    this.maxOutputBytes = maxOutputBytes;
  }
}
