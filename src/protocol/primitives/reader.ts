// Reader for Kafka's wire primitives with a sticky error (franz-go kbin's idea):
// decoders read field after field without checking each one; the first failure is
// latched, every later read returns a zero value, and the caller checks once at the
// end (`check()`). Lengths and counts are validated against the bytes actually left
// before anything is allocated, so a hostile frame claiming 2^31 elements costs nothing.

export class ProtocolDecodeError extends Error {
  override name = "ProtocolDecodeError";
}

const UUID_BYTES = 16;

export class Reader {
  readonly buf: Buffer;
  pos: number;
  readonly end: number;
  #error: string | undefined;

  constructor(buf: Buffer, offset = 0, end = buf.length) {
    this.buf = buf;
    this.pos = offset;
    this.end = end;
  }

  get error(): string | undefined {
    return this.#error;
  }

  get ok(): boolean {
    return this.#error === undefined;
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  /** Latches the first failure and makes every later read fail fast. */
  fail(message: string): void {
    if (this.#error === undefined) this.#error = `${message} at byte ${this.pos}`;
    this.pos = this.end;
  }

  /** Throws the latched failure, if any. */
  check(what = "message"): void {
    if (this.#error !== undefined) throw new ProtocolDecodeError(`cannot decode ${what}: ${this.#error}`);
  }

  #need(n: number): boolean {
    if (this.end - this.pos >= n) return true;
    this.fail(`need ${n} bytes, ${this.end - this.pos} left`);
    return false;
  }

  int8(): number {
    if (!this.#need(1)) return 0;
    return this.buf.readInt8(this.pos++);
  }

  uint8(): number {
    if (!this.#need(1)) return 0;
    return this.buf[this.pos++] ?? 0;
  }

  bool(): boolean {
    return this.int8() !== 0;
  }

  int16(): number {
    if (!this.#need(2)) return 0;
    const v = this.buf.readInt16BE(this.pos);
    this.pos += 2;
    return v;
  }

  uint16(): number {
    if (!this.#need(2)) return 0;
    const v = this.buf.readUInt16BE(this.pos);
    this.pos += 2;
    return v;
  }

  int32(): number {
    if (!this.#need(4)) return 0;
    const v = this.buf.readInt32BE(this.pos);
    this.pos += 4;
    return v;
  }

  uint32(): number {
    if (!this.#need(4)) return 0;
    const v = this.buf.readUInt32BE(this.pos);
    this.pos += 4;
    return v;
  }

  int64(): bigint {
    if (!this.#need(8)) return 0n;
    const v = this.buf.readBigInt64BE(this.pos);
    this.pos += 8;
    return v;
  }

  float64(): number {
    if (!this.#need(8)) return 0;
    const v = this.buf.readDoubleBE(this.pos);
    this.pos += 8;
    return v;
  }

  /** A UUID as Kafka prints it: URL-safe base64 without padding (22 characters). */
  uuid(): string {
    if (!this.#need(UUID_BYTES)) return ZERO_UUID;
    const v = this.buf.toString("base64url", this.pos, this.pos + UUID_BYTES);
    this.pos += UUID_BYTES;
    return v;
  }

  /** Unsigned LEB128 varint up to 32 bits (Kafka's ByteUtils.readUnsignedVarint). */
  unsignedVarint(): number {
    let value = 0;
    for (let shift = 0; shift <= 28; shift += 7) {
      if (!this.#need(1)) return 0;
      const b = this.buf[this.pos++] ?? 0;
      value |= (b & 0x7f) << shift;
      if ((b & 0x80) === 0) return value >>> 0;
    }
    this.fail("varint longer than 5 bytes");
    return 0;
  }

  /** Zig-zag signed varint (int32). */
  varint(): number {
    const raw = this.unsignedVarint();
    return (raw >>> 1) ^ -(raw & 1);
  }

  /** Zig-zag signed varlong, exact within ±2^53 (timestamps and offsets deltas). */
  varlong(): number {
    let lo = 0;
    let hi = 0;
    let shift = 0;
    for (let i = 0; i < 10; i++) {
      if (!this.#need(1)) return 0;
      const b = this.buf[this.pos++] ?? 0;
      if (shift < 28) lo |= (b & 0x7f) << shift;
      else if (shift === 28) {
        lo |= (b & 0x0f) << 28;
        hi = (b & 0x7f) >>> 4;
      } else hi |= (b & 0x7f) << (shift - 32);
      if ((b & 0x80) === 0) {
        // zig-zag decode, (n >>> 1) ^ -(n & 1), on the two 32-bit halves: forming n
        // itself as a double would drop its low (sign) bit past 2^53
        const half = (hi >>> 1) * 4294967296 + ((((hi & 1) << 31) | (lo >>> 1)) >>> 0);
        const value = (lo & 1) === 0 ? half : -half - 1;
        if (!Number.isSafeInteger(value)) {
          this.fail("varlong outside ±(2^53 - 1)");
          return 0;
        }
        return value;
      }
      shift += 7;
    }
    this.fail("varlong longer than 10 bytes");
    return 0;
  }

  #checkLength(len: number, what: string): boolean {
    if (len < 0) {
      this.fail(`negative ${what} length ${len}`);
      return false;
    }
    if (len > this.end - this.pos) {
      this.fail(`${what} length ${len} exceeds the ${this.end - this.pos} bytes left`);
      return false;
    }
    return true;
  }

  #utf8(len: number): string {
    if (!this.#checkLength(len, "string")) return "";
    const v = this.buf.toString("utf8", this.pos, this.pos + len);
    this.pos += len;
    return v;
  }

  #slice(len: number): Buffer {
    if (!this.#checkLength(len, "bytes")) return EMPTY;
    const v = this.buf.subarray(this.pos, this.pos + len);
    this.pos += len;
    return v;
  }

  string(): string {
    return this.#utf8(this.int16());
  }

  nullableString(): string | null {
    const len = this.int16();
    return len === -1 ? null : this.#utf8(len);
  }

  compactString(): string {
    return this.#utf8(this.unsignedVarint() - 1);
  }

  compactNullableString(): string | null {
    const len = this.unsignedVarint() - 1;
    return len === -1 ? null : this.#utf8(len);
  }

  /** Bytes are returned as a view of the frame (no copy). */
  bytes(): Buffer {
    return this.#slice(this.int32());
  }

  nullableBytes(): Buffer | null {
    const len = this.int32();
    return len === -1 ? null : this.#slice(len);
  }

  compactBytes(): Buffer {
    return this.#slice(this.unsignedVarint() - 1);
  }

  compactNullableBytes(): Buffer | null {
    const len = this.unsignedVarint() - 1;
    return len === -1 ? null : this.#slice(len);
  }

  /** Raw bytes of a known length (tagged field payloads, record bodies). */
  raw(len: number): Buffer {
    return this.#slice(len);
  }

  skip(len: number): void {
    if (this.#checkLength(len, "skipped")) this.pos += len;
  }

  /**
   * An int32 array count; -1 is null. A count larger than the bytes left cannot be
   * honest (every element takes at least one byte in any version that has arrays of
   * non-empty structs) and is rejected before allocating, as Kafka's generated code does.
   */
  arrayLength(): number {
    return this.#count(this.int32());
  }

  /** A compact (unsigned varint, N+1) array count; -1 is null. */
  compactArrayLength(): number {
    return this.#count(this.unsignedVarint() - 1);
  }

  #count(n: number): number {
    if (n < -1) {
      this.fail(`negative array length ${n}`);
      return 0;
    }
    if (n > this.end - this.pos) {
      this.fail(`array length ${n} exceeds the ${this.end - this.pos} bytes left`);
      return 0;
    }
    return n;
  }
}

export const ZERO_UUID = "AAAAAAAAAAAAAAAAAAAAAA";
const EMPTY = Buffer.alloc(0);
