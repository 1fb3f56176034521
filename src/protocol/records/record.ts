// One record of a v2 batch (Kafka's DefaultRecord.java):
//
//   Length varint | Attributes int8 (unused) | TimestampDelta varlong | OffsetDelta varint
//   KeyLength varint (-1 = null) | Key | ValueLength varint (-1 = null, a tombstone) | Value
//   HeadersCount varint | [HeaderKeyLength varint | HeaderKey utf8 | HeaderValueLength varint (-1 = null) | HeaderValue]*
//
// Deltas are relative to the batch's BaseOffset and BaseTimestamp. Decoded keys, values
// and header values are views of the batch (or decompressed) buffer, not copies.
// A malformed record is Kafka's InvalidRecordException, i.e. INVALID_RECORD.
import { ErrorCode, KafkaError } from "../errors.js";
import { Reader } from "../primitives/reader.js";
import { sizeOfUnsignedVarint, type Writer } from "../primitives/writer.js";

export interface RecordHeader {
  key: string;
  value: Buffer | null;
}

/** A v2 record as on the wire (named KafkaRecord so it does not shadow TypeScript's Record). */
export interface KafkaRecord {
  attributes: number;
  timestampDelta: number;
  offsetDelta: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: RecordHeader[];
}

/** What the encoder needs: a KafkaRecord whose headers may be read-only. */
export type RecordToWrite = Omit<KafkaRecord, "headers"> & { headers: readonly RecordHeader[] };

/** Smallest encoded record: a one-byte varint for each field and an attributes byte. */
export const MIN_RECORD_SIZE = 7;

export function sizeOfVarint(v: number): number {
  return sizeOfUnsignedVarint((v << 1) ^ (v >> 31));
}

export function sizeOfVarlong(v: number): number {
  // zig-zag n = 2m + sign needs ceil(bits(n) / 7) bytes; bits(n) = bits(m) + 1
  let m = v >= 0 ? v : -v - 1;
  let bytes = 1;
  m = Math.floor(m / 64);
  while (m > 0) {
    m = Math.floor(m / 128);
    bytes++;
  }
  return bytes;
}

function sizeOfNullableBytes(b: Uint8Array | null): number {
  return b === null ? 1 : sizeOfVarint(b.length) + b.length;
}

/** Bytes after the Length varint. */
export function recordBodySize(record: RecordToWrite): number {
  let size =
    1 +
    sizeOfVarlong(record.timestampDelta) +
    sizeOfVarint(record.offsetDelta) +
    sizeOfNullableBytes(record.key) +
    sizeOfNullableBytes(record.value) +
    sizeOfVarint(record.headers.length);
  for (const h of record.headers) {
    const keyBytes = Buffer.byteLength(h.key);
    size += sizeOfVarint(keyBytes) + keyBytes + sizeOfNullableBytes(h.value);
  }
  return size;
}

/** Whole encoded size, Length varint included. */
export function recordSize(record: RecordToWrite): number {
  const body = recordBodySize(record);
  return sizeOfVarint(body) + body;
}

function writeNullableBytes(w: Writer, b: Uint8Array | null): void {
  if (b === null) {
    w.varint(-1);
    return;
  }
  w.varint(b.length);
  w.raw(b);
}

/** Writes one record; `bodySize` saves recomputing it when the caller sized the batch. */
export function writeRecord(w: Writer, record: RecordToWrite, bodySize = recordBodySize(record)): void {
  w.varint(bodySize);
  w.int8(record.attributes);
  w.varlong(record.timestampDelta);
  w.varint(record.offsetDelta);
  writeNullableBytes(w, record.key);
  writeNullableBytes(w, record.value);
  w.varint(record.headers.length);
  for (const h of record.headers) {
    writeNullableBytes(w, Buffer.from(h.key, "utf8"));
    writeNullableBytes(w, h.value);
  }
}

function readNullableBytes(r: Reader, what: string): Buffer | null {
  const len = r.varint();
  if (len === -1) return null;
  if (len < -1) {
    r.fail(`invalid ${what} length ${len}`);
    return null;
  }
  return r.raw(len);
}

/**
 * Reads the record at `reader.pos` and moves past it. The record is checked against
 * its own Length: every field must lie inside it and fill it exactly.
 */
export function readRecord(reader: Reader): KafkaRecord {
  const start = reader.pos;
  const bodySize = reader.varint();
  if (reader.ok && (bodySize < 0 || bodySize > reader.remaining)) {
    reader.fail(`record length ${bodySize} does not fit the ${reader.remaining} bytes left`);
  }
  if (!reader.ok) throw new KafkaError(ErrorCode.INVALID_RECORD, `invalid record: ${reader.error}`);

  const body = new Reader(reader.buf, reader.pos, reader.pos + bodySize);
  reader.skip(bodySize);
  const attributes = body.int8();
  const timestampDelta = body.varlong();
  const offsetDelta = body.varint();
  const key = readNullableBytes(body, "key");
  const value = readNullableBytes(body, "value");
  const headerCount = body.varint();
  if (body.ok && (headerCount < 0 || headerCount > body.remaining)) {
    body.fail(`invalid header count ${headerCount}`);
  }
  const headers: RecordHeader[] = [];
  for (let i = 0; i < headerCount && body.ok; i++) {
    const keyLength = body.varint();
    if (keyLength < 0) body.fail(`invalid header key length ${keyLength}`);
    const headerKey = body.raw(Math.max(0, keyLength)).toString("utf8");
    headers.push({ key: headerKey, value: readNullableBytes(body, "header value") });
  }
  if (body.ok && body.remaining !== 0) {
    body.fail(`record length ${bodySize} but its fields end ${body.remaining} bytes early`);
  }
  if (!body.ok) throw new KafkaError(ErrorCode.INVALID_RECORD, `invalid record at byte ${start}: ${body.error}`);
  return { attributes, timestampDelta, offsetDelta, key, value, headers };
}
