// CRC-32C (Castagnoli), the checksum of record batches (magic v2). The native
// `@node-rs/crc32` is about 7x faster than TypeScript on 16 KiB batches
// (research/dependencies.md §3); the slicing-by-8 fallback keeps the broker running
// where the prebuilt module cannot load. Both are incremental: pass the previous
// result as `initial` to continue a checksum over the next bytes.
import { createRequire } from "node:module";

export type Crc32cFunction = (buf: Uint8Array, initial?: number) => number;

// Reflected form of the Castagnoli polynomial 0x1EDC6F41.
const POLY = 0x82f63b78;
const TABLES = buildTables();

function buildTables(): Int32Array {
  const t = new Int32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1;
    t[n] = c;
  }
  // Table k advances a byte through k further zero bytes, so eight bytes fold at once.
  for (let k = 1; k < 8; k++) {
    for (let n = 0; n < 256; n++) {
      const prev = t[(k - 1) * 256 + n]!;
      t[k * 256 + n] = (prev >>> 8) ^ t[prev & 0xff]!;
    }
  }
  return t;
}

/** Pure-TypeScript CRC-32C, slicing-by-8. */
export function crc32cSoftware(buf: Uint8Array, initial = 0): number {
  const t = TABLES;
  let crc = ~initial;
  let i = 0;
  const end8 = buf.length - 7;
  for (; i < end8; i += 8) {
    const a = crc ^ (buf[i]! | (buf[i + 1]! << 8) | (buf[i + 2]! << 16) | (buf[i + 3]! << 24));
    crc =
      t[1792 + (a & 0xff)]! ^
      t[1536 + ((a >>> 8) & 0xff)]! ^
      t[1280 + ((a >>> 16) & 0xff)]! ^
      t[1024 + (a >>> 24)]! ^
      t[768 + buf[i + 4]!]! ^
      t[512 + buf[i + 5]!]! ^
      t[256 + buf[i + 6]!]! ^
      t[buf[i + 7]!]!;
  }
  for (; i < buf.length; i++) crc = t[(crc ^ buf[i]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}

function loadNative(): Crc32cFunction | undefined {
  try {
    const mod = createRequire(import.meta.url)("@node-rs/crc32") as { crc32c?: unknown };
    if (typeof mod.crc32c !== "function") return undefined;
    const native = mod.crc32c as (input: Uint8Array, initialState?: number) => number;
    return (buf, initial = 0) => native(buf, initial) >>> 0;
  } catch {
    return undefined;
  }
}

/** The native implementation, or undefined when `@node-rs/crc32` did not load. */
export const crc32cNative: Crc32cFunction | undefined = loadNative();

/** Which implementation `crc32c` uses. */
export const crc32cImplementation: "native" | "software" = crc32cNative === undefined ? "software" : "native";

/** CRC-32C of `buf` (unsigned), continuing from `initial` (a previous result). */
export const crc32c: Crc32cFunction = crc32cNative ?? crc32cSoftware;
