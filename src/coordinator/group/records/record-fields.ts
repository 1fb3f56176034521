// Field helpers shared by the __consumer_offsets record codecs. Kafka's generated
// record classes switch to compact strings and tagged fields at their first flexible
// version (KIP-915 made v4 the first for both value types); Carebus writes the older,
// non-flexible versions but must read whatever a Kafka log holds.
import type { Reader } from "../../../protocol/primitives/reader.js";

export function readString(r: Reader, flexible: boolean): string {
  return flexible ? r.compactString() : r.string();
}

export function readNullableString(r: Reader, flexible: boolean): string | null {
  return flexible ? r.compactNullableString() : r.nullableString();
}

export function readBytes(r: Reader, flexible: boolean): Buffer {
  return flexible ? r.compactBytes() : r.bytes();
}

export function readArrayLength(r: Reader, flexible: boolean): number {
  return flexible ? r.compactArrayLength() : r.arrayLength();
}

/** Skips a tagged-field section: none of the tags Kafka defines matter to the coordinator. */
export function skipTaggedFields(r: Reader): void {
  const count = r.unsignedVarint();
  for (let i = 0; i < count && r.ok; i++) {
    r.unsignedVarint();
    r.skip(r.unsignedVarint());
  }
}
