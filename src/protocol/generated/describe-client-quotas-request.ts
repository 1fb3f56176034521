// Generated from DescribeClientQuotasRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readNullableString, readString, readTaggedFields, writeArray, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** DescribeClientQuotasRequest (API key 48): versions 0-1, flexible 1+. */
export interface DescribeClientQuotasRequest {
  /** Filter components to apply to quota entities. (v0+) */
  components: DescribeClientQuotasRequestComponentData[];
  /** Whether the match is strict, i.e. should exclude entities with unspecified entity types. (v0+) */
  strict: boolean;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeClientQuotasRequestComponentData {
  /** The entity type that the filter component applies to. (v0+) */
  entityType: string;
  /** How to match the entity {0 = exact name, 1 = default name, 2 = any specified name}. (v0+) */
  matchType: number;
  /** The string to match against, or null if unused for the match type. (v0+, nullable v0+) */
  match: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDescribeClientQuotasRequest(init?: Partial<DescribeClientQuotasRequest>): DescribeClientQuotasRequest {
  return {
    components: [],
    strict: false,
    ...init,
  };
}

export function encodeDescribeClientQuotasRequest(w: Writer, v: DescribeClientQuotasRequest, version: number): void {
  checkVersion("DescribeClientQuotasRequest", version, 0, 1);
  const flexible = version >= 1;
  writeArray(w, flexible, v.components, (e) => encodeDescribeClientQuotasRequestComponentData(w, e, version));
  w.bool(v.strict);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeClientQuotasRequest(r: Reader, version: number): DescribeClientQuotasRequest {
  checkReadVersion(r, "DescribeClientQuotasRequest", version, 0, 1);
  const flexible = version >= 1;
  const v: DescribeClientQuotasRequest = {
    components: readArray(r, flexible, () => decodeDescribeClientQuotasRequestComponentData(r, version)),
    strict: r.bool(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDescribeClientQuotasRequestComponentData(init?: Partial<DescribeClientQuotasRequestComponentData>): DescribeClientQuotasRequestComponentData {
  return {
    entityType: "",
    matchType: 0,
    match: "",
    ...init,
  };
}

export function encodeDescribeClientQuotasRequestComponentData(w: Writer, v: DescribeClientQuotasRequestComponentData, version: number): void {
  const flexible = version >= 1;
  writeString(w, flexible, v.entityType);
  w.int8(v.matchType);
  writeNullableString(w, flexible, v.match);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeClientQuotasRequestComponentData(r: Reader, version: number): DescribeClientQuotasRequestComponentData {
  const flexible = version >= 1;
  const v: DescribeClientQuotasRequestComponentData = {
    entityType: readString(r, flexible),
    matchType: r.int8(),
    match: readNullableString(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
