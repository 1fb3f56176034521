// A bounded LZ4 block decoder in TypeScript. The WASM decoder is faster but returns
// the whole output at once; this one writes into a caller-sized buffer and stops at
// its limit, so a frame whose declared sizes could exceed maxOutputBytes is decoded
// here without ever holding more than the limit. Block format: a sequence of
// [token (literal length hi nibble, match length lo nibble), literal length extension
// bytes, literals, offset uint16 LE, match length extension bytes]; the last
// sequence has literals only.

export class Lz4BlockError extends Error {
  override name = "Lz4BlockError";
}

/** Thrown when the output would pass `limit`; the caller decides what that means. */
export class Lz4OutputLimitError extends Error {
  override name = "Lz4OutputLimitError";
}

/**
 * Decodes the block `src[srcStart, srcEnd)` into `dst` from `dstStart`, never writing
 * at or past `limit`. Matches may reach back to `windowStart` (the block start for
 * independent blocks, the frame start for linked ones). Returns the new output position.
 */
export function decodeLz4Block(
  src: Uint8Array,
  srcStart: number,
  srcEnd: number,
  dst: Uint8Array,
  dstStart: number,
  limit: number,
  windowStart: number,
): number {
  let s = srcStart;
  let d = dstStart;
  if (s >= srcEnd) throw new Lz4BlockError("empty block");
  for (;;) {
    const token = src[s++]!;
    let literals = token >>> 4;
    if (literals === 15) {
      let b: number;
      do {
        if (s >= srcEnd) throw new Lz4BlockError("truncated literal length");
        b = src[s++]!;
        literals += b;
      } while (b === 255);
    }
    if (literals > srcEnd - s) throw new Lz4BlockError("literals run past the block");
    if (literals > limit - d) throw new Lz4OutputLimitError();
    dst.set(src.subarray(s, s + literals), d);
    s += literals;
    d += literals;
    if (s === srcEnd) return d;

    if (srcEnd - s < 2) throw new Lz4BlockError("truncated match offset");
    const offset = src[s]! | (src[s + 1]! << 8);
    s += 2;
    if (offset === 0 || d - offset < windowStart) throw new Lz4BlockError(`match offset ${offset} out of range`);
    let match = (token & 15) + 4;
    if ((token & 15) === 15) {
      let b: number;
      do {
        if (s >= srcEnd) throw new Lz4BlockError("truncated match length");
        b = src[s++]!;
        match += b;
      } while (b === 255);
    }
    if (match > limit - d) throw new Lz4OutputLimitError();
    let from = d - offset;
    if (offset >= match) {
      dst.copyWithin(d, from, from + match);
      d += match;
    } else {
      // overlapping match: a run that repeats the last `offset` bytes
      const end = d + match;
      while (d < end) dst[d++] = dst[from++]!;
    }
  }
}
