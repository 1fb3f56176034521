// Version ranges as Kafka's message specs write them ("3+", "0-2", "5", "none"),
// following generator/.../Versions.java: a closed range where "N+" ends at the int16
// maximum, and "none" is the empty range.

export const MAX_VERSION = 0x7fff;

export class Versions {
  static readonly NONE = new Versions(1, 0);
  static readonly ALL = new Versions(0, MAX_VERSION);

  readonly lowest: number;
  readonly highest: number;

  constructor(lowest: number, highest: number) {
    this.lowest = lowest;
    this.highest = highest;
  }

  static parse(text: string | undefined, fallback: Versions | null = null): Versions {
    if (text === undefined) {
      if (fallback === null) throw new Error("missing version range");
      return fallback;
    }
    const s = text.trim();
    if (s === "none") return Versions.NONE;
    let m = /^(\d+)\+$/.exec(s);
    if (m) return new Versions(Number(m[1]), MAX_VERSION);
    m = /^(\d+)-(\d+)$/.exec(s);
    if (m) {
      const v = new Versions(Number(m[1]), Number(m[2]));
      if (v.empty) throw new Error(`invalid version range "${text}"`);
      return v;
    }
    m = /^(\d+)$/.exec(s);
    if (m) return new Versions(Number(m[1]), Number(m[1]));
    throw new Error(`invalid version range "${text}"`);
  }

  get empty(): boolean {
    return this.lowest > this.highest;
  }

  contains(version: number): boolean {
    return version >= this.lowest && version <= this.highest;
  }

  /** True when every version of `other` is in this range (the empty range is in every range). */
  covers(other: Versions): boolean {
    return other.empty || (!this.empty && this.lowest <= other.lowest && this.highest >= other.highest);
  }

  intersect(other: Versions): Versions {
    const v = new Versions(Math.max(this.lowest, other.lowest), Math.min(this.highest, other.highest));
    return v.empty ? Versions.NONE : v;
  }

  /** Smallest range holding both (specs never need a non-contiguous union). */
  hull(other: Versions): Versions {
    if (this.empty) return other;
    if (other.empty) return this;
    return new Versions(Math.min(this.lowest, other.lowest), Math.max(this.highest, other.highest));
  }

  equals(other: Versions): boolean {
    return (this.empty && other.empty) || (this.lowest === other.lowest && this.highest === other.highest);
  }

  toString(): string {
    if (this.empty) return "none";
    if (this.highest === MAX_VERSION) return `${this.lowest}+`;
    if (this.lowest === this.highest) return `${this.lowest}`;
    return `${this.lowest}-${this.highest}`;
  }
}

/**
 * The TypeScript condition under which `version` is in `range`, knowing it is already
 * in `possible` (Kafka's VersionConditional): "true", "false", or an expression such as
 * `version >= 3` that tests only the bounds `possible` does not already imply.
 */
export function versionCondition(range: Versions, possible: Versions): string {
  const inter = range.intersect(possible);
  if (inter.empty) return "false";
  const parts: string[] = [];
  const low = inter.lowest > possible.lowest;
  const high = inter.highest < possible.highest;
  if (low && high && inter.lowest === inter.highest) return `version === ${inter.lowest}`;
  if (low) parts.push(`version >= ${inter.lowest}`);
  if (high) parts.push(`version <= ${inter.highest}`);
  return parts.length === 0 ? "true" : parts.join(" && ");
}
