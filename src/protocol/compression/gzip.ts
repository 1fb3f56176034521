// gzip through node:zlib. Kafka's Java client writes a standard gzip stream at the
// default level; `maxOutputLength` makes zlib itself stop a bomb mid-stream.
import { gunzipSync, gzipSync } from "node:zlib";
import { CompressionError, DecompressionLimitError } from "./compression-error.js";
import type { CompressionCodec } from "./index.js";
import { DEFAULT_MAX_OUTPUT_BYTES } from "./limits.js";

export const gzipCodec: CompressionCodec = {
  name: "gzip",
  compress(data: Buffer): Buffer {
    return gzipSync(data);
  },
  decompress(data: Buffer, maxOutputBytes = DEFAULT_MAX_OUTPUT_BYTES): Buffer {
    let out: Buffer;
    try {
      out = gunzipSync(data, { maxOutputLength: Math.max(1, maxOutputBytes) });
    } catch (err) {
      if ((err as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE") {
        throw new DecompressionLimitError("gzip", maxOutputBytes);
      }
      throw new CompressionError("gzip", (err as Error).message, { cause: err });
    }
    if (out.length > maxOutputBytes) throw new DecompressionLimitError("gzip", maxOutputBytes);
    return out;
  },
};
