// Zstandard through `zstd-napi` (Node 20's zlib has no zstd; research/dependencies.md §2).
// The native module is loaded on first use, so a failed build disables zstd alone,
// not the whole protocol layer. Decompression streams into chunks no larger than
// the remaining budget, so a frame claiming gigabytes costs at most maxOutputBytes.
// Frames with a known content size that fits (librdkafka, zstd-napi) take one call.
import { createRequire } from "node:module";
import type * as ZstdBinding from "zstd-napi/binding.js";
import type * as ZstdIndex from "zstd-napi";
import { CompressionError, DecompressionLimitError } from "./compression-error.js";
import type { CompressionCodec } from "./index.js";
import { DEFAULT_MAX_OUTPUT_BYTES } from "./limits.js";

/** Kafka's default zstd level (CompressionType.ZSTD.defaultLevel()). */
const ZSTD_LEVEL = 3;

interface Zstd {
  binding: typeof ZstdBinding;
  compressor: InstanceType<typeof ZstdIndex.Compressor>;
  dctx: ZstdBinding.DCtx;
  chunkSize: number;
}

let loaded: Zstd | undefined;
let loadError: unknown;

function zstd(): Zstd {
  if (loaded !== undefined) return loaded;
  if (loadError === undefined) {
    try {
      const require = createRequire(import.meta.url);
      const binding = require("zstd-napi/binding") as typeof ZstdBinding;
      const index = require("zstd-napi") as typeof ZstdIndex;
      const compressor = new index.Compressor();
      compressor.setParameters({ compressionLevel: ZSTD_LEVEL });
      loaded = { binding, compressor, dctx: new binding.DCtx(), chunkSize: binding.dStreamOutSize() };
      return loaded;
    } catch (err) {
      loadError = err;
    }
  }
  throw new CompressionError("zstd", "the zstd-napi native module is not available", { cause: loadError });
}

function fail(message: string, cause?: unknown): never {
  throw new CompressionError("zstd", message, cause === undefined ? undefined : { cause });
}

/** One-call path: a single frame whose header states a size within the limit. */
function knownSize(z: Zstd, data: Buffer, maxOutputBytes: number): number | undefined {
  try {
    const size = z.binding.getFrameContentSize(data);
    if (size === null) return undefined;
    if (size > maxOutputBytes) throw new DecompressionLimitError("zstd", maxOutputBytes);
    return z.binding.findFrameCompressedSize(data) === data.length ? size : undefined;
  } catch (err) {
    if (err instanceof DecompressionLimitError) throw err;
    return undefined; // let the streaming path report the error with its context
  }
}

function decompressStreaming(z: Zstd, data: Buffer, maxOutputBytes: number): Buffer {
  const parts: Buffer[] = [];
  let total = 0;
  let input: Buffer = data;
  let hint = 0;
  const chunkSize = Math.max(z.chunkSize, data.length * 4);
  for (;;) {
    // one byte past the budget is enough to know the budget is exceeded
    const room = Math.min(chunkSize, maxOutputBytes - total + 1);
    const out = Buffer.allocUnsafe(room);
    let produced: number;
    let consumed: number;
    try {
      [hint, produced, consumed] = z.dctx.decompressStream(out, input);
    } catch (err) {
      return fail((err as Error).message, err);
    }
    input = input.subarray(consumed);
    total += produced;
    if (total > maxOutputBytes) throw new DecompressionLimitError("zstd", maxOutputBytes);
    if (produced > 0) parts.push(out.subarray(0, produced));
    if (input.length === 0 && produced < room) break;
    if (produced === 0 && consumed === 0) fail("decoder made no progress");
  }
  if (hint !== 0) fail("truncated frame");
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts, total);
}

export const zstdCodec: CompressionCodec = {
  name: "zstd",
  compress(data: Buffer): Buffer {
    return zstd().compressor.compress(data);
  },
  decompress(data: Buffer, maxOutputBytes = DEFAULT_MAX_OUTPUT_BYTES): Buffer {
    const z = zstd();
    if (data.length === 0) fail("empty input");
    z.dctx.reset(z.binding.ResetDirective.sessionOnly);
    const size = knownSize(z, data, maxOutputBytes);
    if (size !== undefined) {
      const out = Buffer.allocUnsafe(size);
      let written: number;
      try {
        written = z.dctx.decompress(out, data);
      } catch (err) {
        return fail((err as Error).message, err);
      }
      if (written !== size) fail(`frame announced ${size} bytes but held ${written}`);
      return out;
    }
    return decompressStreaming(z, data, maxOutputBytes);
  },
};
