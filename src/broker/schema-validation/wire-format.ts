// Confluent's wire format, the framing every Confluent serializer writes before the
// payload of a key or value:
//
//   byte 0      magic byte, always 0
//   bytes 1-4   schema id, big-endian int32, as the registry assigned it
//   (Protobuf only) message indexes: a zigzag varint count followed by that many zigzag
//               varint indexes, the path to the message type within the .proto file
//               (first index among top-level messages, then nested ones); the common
//               case [0] is written as a single 0 byte (count 0).
//   rest        the serialized payload
//
// Parsing never throws: a malformed frame is a reason string the broker returns as a
// record error.

export const MAGIC_BYTE = 0;
export const FRAME_HEADER_BYTES = 5;

export interface ConfluentFrame {
  readonly schemaId: number;
  /** Where the bytes after the schema id start. */
  readonly bodyOffset: number;
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** Reads the magic byte and schema id of a key or value (null is "no bytes"). */
export function parseConfluentFrame(bytes: Buffer | null): Parsed<ConfluentFrame> {
  if (bytes === null) return { ok: false, reason: "is null and carries no schema id" };
  if (bytes.length < FRAME_HEADER_BYTES) {
    return { ok: false, reason: `is ${bytes.length} bytes, too short for the magic byte and a 4-byte schema id` };
  }
  if (bytes[0] !== MAGIC_BYTE) return { ok: false, reason: `does not start with magic byte 0 (found ${bytes[0]})` };
  return { ok: true, value: { schemaId: bytes.readInt32BE(1), bodyOffset: FRAME_HEADER_BYTES } };
}

export interface MessageIndexes {
  readonly indexes: readonly number[];
  /** Where the Protobuf payload starts. */
  readonly payloadOffset: number;
}

const MAX_INDEXES = 100;

/** Reads the Protobuf message-index array that follows the schema id. */
export function parseMessageIndexes(bytes: Buffer, offset: number): Parsed<MessageIndexes> {
  const count = readZigZagVarint(bytes, offset);
  if (count === undefined) return { ok: false, reason: "has a truncated Protobuf message-index count" };
  if (count.value === 0) return { ok: true, value: { indexes: [0], payloadOffset: count.next } };
  if (count.value < 0 || count.value > MAX_INDEXES) return { ok: false, reason: `has an invalid Protobuf message-index count ${count.value}` };
  const indexes: number[] = [];
  let at = count.next;
  for (let i = 0; i < count.value; i++) {
    const index = readZigZagVarint(bytes, at);
    if (index === undefined) return { ok: false, reason: "has a truncated Protobuf message-index array" };
    if (index.value < 0) return { ok: false, reason: `has a negative Protobuf message index ${index.value}` };
    indexes.push(index.value);
    at = index.next;
  }
  return { ok: true, value: { indexes, payloadOffset: at } };
}

/** A zigzag-encoded varint of up to 32 bits (Java's ByteUtils.readVarint). */
export function readZigZagVarint(bytes: Buffer, offset: number): { value: number; next: number } | undefined {
  let raw = 0;
  for (let i = 0; i < 5; i++) {
    const b = bytes[offset + i];
    if (b === undefined) return undefined;
    raw |= (b & 0x7f) << (7 * i);
    if ((b & 0x80) === 0) return { value: (raw >>> 1) ^ -(raw & 1), next: offset + i + 1 };
  }
  return undefined;
}

/** Frames `payload` as a Confluent serializer does (used by tests and tools). */
export function frameConfluent(schemaId: number, payload: Buffer, messageIndexes?: readonly number[]): Buffer {
  const header = Buffer.alloc(FRAME_HEADER_BYTES);
  header.writeInt32BE(schemaId, 1);
  if (messageIndexes === undefined) return Buffer.concat([header, payload]);
  const indexBytes =
    messageIndexes.length === 1 && messageIndexes[0] === 0 ? [0] : [messageIndexes.length, ...messageIndexes].flatMap(zigZagVarint);
  return Buffer.concat([header, Buffer.from(indexBytes), payload]);
}

function zigZagVarint(n: number): number[] {
  let v = ((n << 1) ^ (n >> 31)) >>> 0;
  const out: number[] = [];
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
  return out;
}
