// Generated from DescribeClientQuotasResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readNullableArray, readNullableString, readString, readTaggedFields, writeArray, writeNullableArray, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** DescribeClientQuotasResponse (API key 48): versions 0-1, flexible 1+. */
export interface DescribeClientQuotasResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The error code, or `0` if the quota description succeeded. (v0+) */
  errorCode: number;
  /** The error message, or `null` if the quota description succeeded. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** A result entry. (v0+, nullable v0+) */
  entries: DescribeClientQuotasResponseEntryData[] | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeClientQuotasResponseEntryData {
  /** The quota entity description. (v0+) */
  entity: DescribeClientQuotasResponseEntityData[];
  /** The quota values for the entity. (v0+) */
  values: DescribeClientQuotasResponseValueData[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeClientQuotasResponseEntityData {
  /** The entity type. (v0+) */
  entityType: string;
  /** The entity name, or null if the default. (v0+, nullable v0+) */
  entityName: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeClientQuotasResponseValueData {
  /** The quota configuration key. (v0+) */
  key: string;
  /** The quota configuration value. (v0+) */
  value: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDescribeClientQuotasResponse(init?: Partial<DescribeClientQuotasResponse>): DescribeClientQuotasResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    entries: [],
    ...init,
  };
}

export function encodeDescribeClientQuotasResponse(w: Writer, v: DescribeClientQuotasResponse, version: number): void {
  checkVersion("DescribeClientQuotasResponse", version, 0, 1);
  const flexible = version >= 1;
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  writeNullableString(w, flexible, v.errorMessage);
  writeNullableArray(w, flexible, v.entries, (e) => encodeDescribeClientQuotasResponseEntryData(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeClientQuotasResponse(r: Reader, version: number): DescribeClientQuotasResponse {
  checkReadVersion(r, "DescribeClientQuotasResponse", version, 0, 1);
  const flexible = version >= 1;
  const v: DescribeClientQuotasResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: readNullableString(r, flexible),
    entries: readNullableArray(r, flexible, () => decodeDescribeClientQuotasResponseEntryData(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDescribeClientQuotasResponseEntryData(init?: Partial<DescribeClientQuotasResponseEntryData>): DescribeClientQuotasResponseEntryData {
  return {
    entity: [],
    values: [],
    ...init,
  };
}

export function encodeDescribeClientQuotasResponseEntryData(w: Writer, v: DescribeClientQuotasResponseEntryData, version: number): void {
  const flexible = version >= 1;
  writeArray(w, flexible, v.entity, (e) => encodeDescribeClientQuotasResponseEntityData(w, e, version));
  writeArray(w, flexible, v.values, (e) => encodeDescribeClientQuotasResponseValueData(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeClientQuotasResponseEntryData(r: Reader, version: number): DescribeClientQuotasResponseEntryData {
  const flexible = version >= 1;
  const v: DescribeClientQuotasResponseEntryData = {
    entity: readArray(r, flexible, () => decodeDescribeClientQuotasResponseEntityData(r, version)),
    values: readArray(r, flexible, () => decodeDescribeClientQuotasResponseValueData(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDescribeClientQuotasResponseEntityData(init?: Partial<DescribeClientQuotasResponseEntityData>): DescribeClientQuotasResponseEntityData {
  return {
    entityType: "",
    entityName: "",
    ...init,
  };
}

export function encodeDescribeClientQuotasResponseEntityData(w: Writer, v: DescribeClientQuotasResponseEntityData, version: number): void {
  const flexible = version >= 1;
  writeString(w, flexible, v.entityType);
  writeNullableString(w, flexible, v.entityName);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeClientQuotasResponseEntityData(r: Reader, version: number): DescribeClientQuotasResponseEntityData {
  const flexible = version >= 1;
  const v: DescribeClientQuotasResponseEntityData = {
    entityType: readString(r, flexible),
    entityName: readNullableString(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDescribeClientQuotasResponseValueData(init?: Partial<DescribeClientQuotasResponseValueData>): DescribeClientQuotasResponseValueData {
  return {
    key: "",
    value: 0,
    ...init,
  };
}

export function encodeDescribeClientQuotasResponseValueData(w: Writer, v: DescribeClientQuotasResponseValueData, version: number): void {
  const flexible = version >= 1;
  writeString(w, flexible, v.key);
  w.float64(v.value);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeClientQuotasResponseValueData(r: Reader, version: number): DescribeClientQuotasResponseValueData {
  const flexible = version >= 1;
  const v: DescribeClientQuotasResponseValueData = {
    key: readString(r, flexible),
    value: r.float64(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
