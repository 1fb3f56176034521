// Growable big-endian writer for Kafka's wire primitives. One Writer builds one frame:
// reserve the size prefix with `int32(0)`, write header and body, then `patchInt32`.
// A splicing writer (for responses) does not copy large byte fields such as a Fetch
// response's records: it keeps a reference and `finishChunks` hands the socket the
// pieces in order, so the records read from a segment go out without another copy.

const INITIAL_SIZE = 256;
/** On a splicing writer, `raw` references byte fields at least this long instead of copying them. */
export const SPLICE_MIN_BYTES = 16 * 1024;

export class Writer {
  buf: Buffer;
  /** Position in `buf`: the bytes written here, not counting spliced ones (see `length`). */
  pos = 0;
  readonly #splicing: boolean;
  /** Referenced byte fields, each logically inserted at `buf` position `at`. */
  readonly #spliced: { at: number; bytes: Buffer }[] = [];
  #splicedBytes = 0;

  constructor(initialSize = INITIAL_SIZE, opts: { splice?: boolean } = {}) {
    this.buf = Buffer.allocUnsafe(initialSize);
    this.#splicing = opts.splice === true;
  }

  /** Everything written so far, spliced bytes included. */
  get length(): number {
    return this.pos + this.#splicedBytes;
  }

  #ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  /** The bytes written so far (a view, valid until the next write; a copy if anything was spliced). */
  finish(): Buffer {
    if (this.#spliced.length === 0) return this.buf.subarray(0, this.pos);
    return Buffer.concat(this.finishChunks(), this.length);
  }

  /** The bytes written so far as pieces in order: views of `buf` and the spliced fields. */
  finishChunks(): Buffer[] {
    const chunks: Buffer[] = [];
    let from = 0;
    for (const { at, bytes } of this.#spliced) {
      if (at > from) chunks.push(this.buf.subarray(from, at));
      chunks.push(bytes);
      from = at;
    }
    if (this.pos > from || chunks.length === 0) chunks.push(this.buf.subarray(from, this.pos));
    return chunks;
  }

  patchInt32(at: number, value: number): void {
    this.buf.writeInt32BE(value, at);
  }

  int8(v: number): void {
    this.#ensure(1);
    this.buf.writeInt8(v, this.pos);
    this.pos += 1;
  }

  uint8(v: number): void {
    this.#ensure(1);
    this.buf[this.pos++] = v & 0xff;
  }

  bool(v: boolean): void {
    this.uint8(v ? 1 : 0);
  }

  int16(v: number): void {
    this.#ensure(2);
    this.buf.writeInt16BE(v, this.pos);
    this.pos += 2;
  }

  uint16(v: number): void {
    this.#ensure(2);
    this.buf.writeUInt16BE(v, this.pos);
    this.pos += 2;
  }

  int32(v: number): void {
    this.#ensure(4);
    this.buf.writeInt32BE(v, this.pos);
    this.pos += 4;
  }

  uint32(v: number): void {
    this.#ensure(4);
    this.buf.writeUInt32BE(v >>> 0, this.pos);
    this.pos += 4;
  }

  int64(v: bigint): void {
    this.#ensure(8);
    this.buf.writeBigInt64BE(v, this.pos);
    this.pos += 8;
  }

  float64(v: number): void {
    this.#ensure(8);
    this.buf.writeDoubleBE(v, this.pos);
    this.pos += 8;
  }

  /** A UUID in Kafka's printed form (URL-safe base64, 22 characters). */
  uuid(v: string): void {
    const bytes = Buffer.from(v, "base64url");
    if (bytes.length !== 16) throw new RangeError(`not a UUID: ${v}`);
    this.raw(bytes);
  }

  unsignedVarint(v: number): void {
    this.#ensure(5);
    let n = v >>> 0;
    while (n >= 0x80) {
      this.buf[this.pos++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    this.buf[this.pos++] = n;
  }

  varint(v: number): void {
    this.unsignedVarint((v << 1) ^ (v >> 31));
  }

  /** Zig-zag varlong for safe integers (within ±(2^53 - 1)). */
  varlong(v: number): void {
    if (!Number.isSafeInteger(v)) throw new RangeError(`varlong ${v} is not a safe integer`);
    this.#ensure(10);
    // zig-zag n = 2m + sign with m = v or -v - 1; n itself can pass 2^53 and lose its
    // low bit as a double, so the first 7-bit group is built from m and the sign,
    // and the rest of n is m / 64
    const m = v >= 0 ? v : -v - 1;
    let first = (m % 64) * 2 + (v < 0 ? 1 : 0);
    let rest = Math.floor(m / 64);
    if (rest > 0) first |= 0x80;
    this.buf[this.pos++] = first;
    while (rest >= 0x80) {
      this.buf[this.pos++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    if (rest > 0) this.buf[this.pos++] = rest;
  }

  raw(bytes: Uint8Array): void {
    if (this.#splicing && bytes.length >= SPLICE_MIN_BYTES) {
      // The caller's Buffer itself: a pool recognizes its buffers by identity.
      this.#spliced.push({ at: this.pos, bytes: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) });
      this.#splicedBytes += bytes.length;
      return;
    }
    this.#ensure(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }

  #utf8(v: string, len: number): void {
    this.#ensure(len);
    this.buf.write(v, this.pos, len, "utf8");
    this.pos += len;
  }

  string(v: string): void {
    const len = Buffer.byteLength(v);
    if (len > 0x7fff) throw new RangeError(`string of ${len} bytes is longer than int16 allows`);
    this.int16(len);
    this.#utf8(v, len);
  }

  nullableString(v: string | null): void {
    if (v === null) this.int16(-1);
    else this.string(v);
  }

  compactString(v: string): void {
    const len = Buffer.byteLength(v);
    this.unsignedVarint(len + 1);
    this.#utf8(v, len);
  }

  compactNullableString(v: string | null): void {
    if (v === null) this.unsignedVarint(0);
    else this.compactString(v);
  }

  bytes(v: Uint8Array): void {
    this.int32(v.length);
    this.raw(v);
  }

  nullableBytes(v: Uint8Array | null): void {
    if (v === null) this.int32(-1);
    else this.bytes(v);
  }

  compactBytes(v: Uint8Array): void {
    this.unsignedVarint(v.length + 1);
    this.raw(v);
  }

  compactNullableBytes(v: Uint8Array | null): void {
    if (v === null) this.unsignedVarint(0);
    else this.compactBytes(v);
  }

  arrayLength(n: number): void {
    this.int32(n);
  }

  compactArrayLength(n: number): void {
    this.unsignedVarint(n + 1);
  }
}

/** Bytes an unsigned varint takes. */
export function sizeOfUnsignedVarint(v: number): number {
  let n = v >>> 0;
  let bytes = 1;
  while (n >= 0x80) {
    n >>>= 7;
    bytes++;
  }
  return bytes;
}
