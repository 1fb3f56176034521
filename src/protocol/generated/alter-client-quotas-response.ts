// Generated from AlterClientQuotasResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readNullableString, readString, readTaggedFields, writeArray, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** AlterClientQuotasResponse (API key 49): versions 0-1, flexible 1+. */
export interface AlterClientQuotasResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The quota configuration entries to alter. (v0+) */
  entries: AlterClientQuotasResponseEntryData[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterClientQuotasResponseEntryData {
  /** The error code, or `0` if the quota alteration succeeded. (v0+) */
  errorCode: number;
  /** The error message, or `null` if the quota alteration succeeded. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** The quota entity to alter. (v0+) */
  entity: AlterClientQuotasResponseEntityData[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterClientQuotasResponseEntityData {
  /** The entity type. (v0+) */
  entityType: string;
  /** The name of the entity, or null if the default. (v0+, nullable v0+) */
  entityName: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeAlterClientQuotasResponse(init?: Partial<AlterClientQuotasResponse>): AlterClientQuotasResponse {
  return {
    throttleTimeMs: 0,
    entries: [],
    ...init,
  };
}

export function encodeAlterClientQuotasResponse(w: Writer, v: AlterClientQuotasResponse, version: number): void {
  checkVersion("AlterClientQuotasResponse", version, 0, 1);
  const flexible = version >= 1;
  w.int32(v.throttleTimeMs);
  writeArray(w, flexible, v.entries, (e) => encodeAlterClientQuotasResponseEntryData(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAlterClientQuotasResponse(r: Reader, version: number): AlterClientQuotasResponse {
  checkReadVersion(r, "AlterClientQuotasResponse", version, 0, 1);
  const flexible = version >= 1;
  const v: AlterClientQuotasResponse = {
    throttleTimeMs: r.int32(),
    entries: readArray(r, flexible, () => decodeAlterClientQuotasResponseEntryData(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeAlterClientQuotasResponseEntryData(init?: Partial<AlterClientQuotasResponseEntryData>): AlterClientQuotasResponseEntryData {
  return {
    errorCode: 0,
    errorMessage: "",
    entity: [],
    ...init,
  };
}

export function encodeAlterClientQuotasResponseEntryData(w: Writer, v: AlterClientQuotasResponseEntryData, version: number): void {
  const flexible = version >= 1;
  w.int16(v.errorCode);
  writeNullableString(w, flexible, v.errorMessage);
  writeArray(w, flexible, v.entity, (e) => encodeAlterClientQuotasResponseEntityData(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAlterClientQuotasResponseEntryData(r: Reader, version: number): AlterClientQuotasResponseEntryData {
  const flexible = version >= 1;
  const v: AlterClientQuotasResponseEntryData = {
    errorCode: r.int16(),
    errorMessage: readNullableString(r, flexible),
    entity: readArray(r, flexible, () => decodeAlterClientQuotasResponseEntityData(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeAlterClientQuotasResponseEntityData(init?: Partial<AlterClientQuotasResponseEntityData>): AlterClientQuotasResponseEntityData {
  return {
    entityType: "",
    entityName: "",
    ...init,
  };
}

export function encodeAlterClientQuotasResponseEntityData(w: Writer, v: AlterClientQuotasResponseEntityData, version: number): void {
  const flexible = version >= 1;
  writeString(w, flexible, v.entityType);
  writeNullableString(w, flexible, v.entityName);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAlterClientQuotasResponseEntityData(r: Reader, version: number): AlterClientQuotasResponseEntityData {
  const flexible = version >= 1;
  const v: AlterClientQuotasResponseEntityData = {
    entityType: readString(r, flexible),
    entityName: readNullableString(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
