// The small runtime that the generated message codecs (src/protocol/generated/) call:
// version-switched string/bytes/array encodings (int16/int32 lengths in old versions,
// unsigned-varint N+1 in flexible ones, KIP-482), nullable struct markers, and the
// tagged-field section that ends every struct in a flexible version. Readers never
// throw: they latch failures on the Reader (sticky error) and the frame is checked once.

import type { Reader } from "./primitives/reader.js";
import { Writer } from "./primitives/writer.js";

/** A tagged field this code has no definition for, kept as bytes so it round-trips. */
export interface TaggedField {
  tag: number;
  data: Buffer;
}

/** A known tagged field to write: its tag and a writer for its payload. */
export type TaggedFieldWrite = readonly [tag: number, write: (w: Writer) => void];

/**
 * A value cannot be written at the requested version (Kafka's UnsupportedVersionException):
 * a non-default, non-ignorable field the version lacks, a null where the version does not
 * allow one, tagged fields in a non-flexible version, or a version the message lacks.
 */
export class UnsupportedVersionError extends Error {
  override name = "UnsupportedVersionError";
}

export const EMPTY_BYTES: Buffer = Buffer.alloc(0);

export function checkVersion(message: string, version: number, min: number, max: number): void {
  if (!(version >= min && version <= max)) {
    throw new UnsupportedVersionError(`${message} has no version ${version} (valid: ${min}-${max})`);
  }
}

export function checkReadVersion(r: Reader, message: string, version: number, min: number, max: number): void {
  if (!(version >= min && version <= max)) r.fail(`${message} has no version ${version} (valid: ${min}-${max})`);
}

export function fieldVersionError(field: string, version: number): never {
  throw new UnsupportedVersionError(`attempted to write a non-default ${field} at version ${version}`);
}

export function notNull<T>(value: T | null, field: string, version: number): T {
  if (value === null) throw new UnsupportedVersionError(`${field} is null, but version ${version} does not allow null`);
  return value;
}

export function readString(r: Reader, flexible: boolean): string {
  return flexible ? r.compactString() : r.string();
}

export function readNullableString(r: Reader, flexible: boolean): string | null {
  return flexible ? r.compactNullableString() : r.nullableString();
}

export function readBytes(r: Reader, flexible: boolean): Buffer {
  return flexible ? r.compactBytes() : r.bytes();
}

export function readNullableBytes(r: Reader, flexible: boolean): Buffer | null {
  return flexible ? r.compactNullableBytes() : r.nullableBytes();
}

export function readArray<T>(r: Reader, flexible: boolean, read: () => T): T[] {
  const n = flexible ? r.compactArrayLength() : r.arrayLength();
  if (n < 0) r.fail("non-nullable array was serialized as null");
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(read());
  return out;
}

export function readNullableArray<T>(r: Reader, flexible: boolean, read: () => T): T[] | null {
  const n = flexible ? r.compactArrayLength() : r.arrayLength();
  if (n < 0) return null;
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(read());
  return out;
}

/** A nullable struct is preceded by an int8 marker: -1 null, 1 present. */
export function readNullableStruct<T>(r: Reader, read: () => T): T | null {
  return r.int8() < 0 ? null : read();
}

/** Inside a tagged field the marker is an unsigned varint (Kafka's generateStructReader). */
export function readTaggedNullableStruct<T>(r: Reader, read: () => T): T | null {
  return r.unsignedVarint() === 0 ? null : read();
}

export function writeString(w: Writer, flexible: boolean, v: string): void {
  if (flexible) w.compactString(v);
  else w.string(v);
}

export function writeNullableString(w: Writer, flexible: boolean, v: string | null): void {
  if (flexible) w.compactNullableString(v);
  else w.nullableString(v);
}

export function writeBytes(w: Writer, flexible: boolean, v: Uint8Array): void {
  if (flexible) w.compactBytes(v);
  else w.bytes(v);
}

export function writeNullableBytes(w: Writer, flexible: boolean, v: Uint8Array | null): void {
  if (flexible) w.compactNullableBytes(v);
  else w.nullableBytes(v);
}

export function writeArray<T>(w: Writer, flexible: boolean, v: readonly T[], write: (e: T) => void): void {
  if (flexible) w.compactArrayLength(v.length);
  else w.arrayLength(v.length);
  for (const e of v) write(e);
}

export function writeNullableArray<T>(w: Writer, flexible: boolean, v: readonly T[] | null, write: (e: T) => void): void {
  if (v !== null) writeArray(w, flexible, v, write);
  else if (flexible) w.compactArrayLength(-1);
  else w.arrayLength(-1);
}

export function writeNullableStruct<T>(w: Writer, v: T | null, write: (s: T) => void): void {
  if (v === null) {
    w.int8(-1);
  } else {
    w.int8(1);
    write(v);
  }
}

export function writeTaggedNullableStruct<T>(w: Writer, v: T | null, write: (s: T) => void): void {
  if (v === null) {
    w.unsignedVarint(0);
  } else {
    w.unsignedVarint(1);
    write(v);
  }
}

/**
 * Reads a tagged-field section (KIP-482). `read` decodes the tags it knows and returns
 * false for the others, which are kept in `_unknownTaggedFields` so they round-trip.
 */
export function readTaggedFields(
  r: Reader,
  target: { _unknownTaggedFields?: TaggedField[] },
  read?: (tag: number) => boolean,
): void {
  const count = r.unsignedVarint();
  // Each tagged field takes at least two bytes (tag and size); a larger count is a lie.
  if (count > r.remaining) {
    r.fail(`${count} tagged fields cannot fit in ${r.remaining} bytes`);
    return;
  }
  let unknown: TaggedField[] | undefined;
  for (let i = 0; i < count && r.ok; i++) {
    const tag = r.unsignedVarint();
    const size = r.unsignedVarint();
    if (size > r.remaining) {
      r.fail(`tagged field ${tag} of ${size} bytes exceeds the ${r.remaining} bytes left`);
      return;
    }
    const start = r.pos;
    if (read !== undefined && read(tag)) {
      if (r.pos - start !== size) r.fail(`tagged field ${tag} took ${r.pos - start} bytes, but its size is ${size}`);
    } else {
      (unknown ??= []).push({ tag, data: r.raw(size) });
    }
  }
  if (unknown !== undefined) target._unknownTaggedFields = unknown;
}

/**
 * Writes a tagged-field section: known fields (already in ascending tag order) merged with
 * the unknown ones by tag. In a non-flexible version there is no section, and carrying
 * unknown tagged fields there is an error, as in Kafka.
 */
export function writeTaggedFields(
  w: Writer,
  flexible: boolean,
  unknown: readonly TaggedField[] | undefined,
  known: readonly TaggedFieldWrite[] = [],
): void {
  const raw = unknown === undefined || unknown.length === 0 ? [] : [...unknown].sort((a, b) => a.tag - b.tag);
  if (!flexible) {
    if (raw.length > 0) throw new UnsupportedVersionError("tagged fields were set, but this version is not flexible");
    return;
  }
  w.unsignedVarint(known.length + raw.length);
  let i = 0;
  for (const [tag, write] of known) {
    for (let e = raw[i]; e !== undefined && e.tag <= tag; e = raw[++i]) {
      if (e.tag === tag) throw new UnsupportedVersionError(`unknown tagged field ${tag} duplicates a known field`);
      writeRaw(w, raw, i);
    }
    const payload = new Writer(64);
    write(payload);
    w.unsignedVarint(tag);
    w.unsignedVarint(payload.pos);
    w.raw(payload.finish());
  }
  for (; i < raw.length; i++) writeRaw(w, raw, i);
}

function writeRaw(w: Writer, sorted: readonly TaggedField[], i: number): void {
  const e = sorted[i]!;
  if (i > 0 && sorted[i - 1]!.tag === e.tag) throw new UnsupportedVersionError(`tagged field ${e.tag} appears twice`);
  w.unsignedVarint(e.tag);
  w.unsignedVarint(e.data.length);
  w.raw(e.data);
}
