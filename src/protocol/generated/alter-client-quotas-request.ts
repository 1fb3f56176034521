// Generated from AlterClientQuotasRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readNullableString, readString, readTaggedFields, writeArray, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** AlterClientQuotasRequest (API key 49): versions 0-1, flexible 1+. */
export interface AlterClientQuotasRequest {
  /** The quota configuration entries to alter. (v0+) */
  entries: AlterClientQuotasRequestEntryData[];
  /** Whether the alteration should be validated, but not performed. (v0+) */
  validateOnly: boolean;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterClientQuotasRequestEntryData {
  /** The quota entity to alter. (v0+) */
  entity: AlterClientQuotasRequestEntityData[];
  /** An individual quota configuration entry to alter. (v0+) */
  ops: AlterClientQuotasRequestOpData[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterClientQuotasRequestEntityData {
  /** The entity type. (v0+) */
  entityType: string;
  /** The name of the entity, or null if the default. (v0+, nullable v0+) */
  entityName: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterClientQuotasRequestOpData {
  /** The quota configuration key. (v0+) */
  key: string;
  /** The value to set, otherwise ignored if the value is to be removed. (v0+) */
  value: number;
  /** Whether the quota configuration value should be removed, otherwise set. (v0+) */
  remove: boolean;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeAlterClientQuotasRequest(init?: Partial<AlterClientQuotasRequest>): AlterClientQuotasRequest {
  return {
    entries: [],
    validateOnly: false,
    ...init,
  };
}

export function encodeAlterClientQuotasRequest(w: Writer, v: AlterClientQuotasRequest, version: number): void {
  checkVersion("AlterClientQuotasRequest", version, 0, 1);
  const flexible = version >= 1;
  writeArray(w, flexible, v.entries, (e) => encodeAlterClientQuotasRequestEntryData(w, e, version));
  w.bool(v.validateOnly);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAlterClientQuotasRequest(r: Reader, version: number): AlterClientQuotasRequest {
  checkReadVersion(r, "AlterClientQuotasRequest", version, 0, 1);
  const flexible = version >= 1;
  const v: AlterClientQuotasRequest = {
    entries: readArray(r, flexible, () => decodeAlterClientQuotasRequestEntryData(r, version)),
    validateOnly: r.bool(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeAlterClientQuotasRequestEntryData(init?: Partial<AlterClientQuotasRequestEntryData>): AlterClientQuotasRequestEntryData {
  return {
    entity: [],
    ops: [],
    ...init,
  };
}

export function encodeAlterClientQuotasRequestEntryData(w: Writer, v: AlterClientQuotasRequestEntryData, version: number): void {
  const flexible = version >= 1;
  writeArray(w, flexible, v.entity, (e) => encodeAlterClientQuotasRequestEntityData(w, e, version));
  writeArray(w, flexible, v.ops, (e) => encodeAlterClientQuotasRequestOpData(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAlterClientQuotasRequestEntryData(r: Reader, version: number): AlterClientQuotasRequestEntryData {
  const flexible = version >= 1;
  const v: AlterClientQuotasRequestEntryData = {
    entity: readArray(r, flexible, () => decodeAlterClientQuotasRequestEntityData(r, version)),
    ops: readArray(r, flexible, () => decodeAlterClientQuotasRequestOpData(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeAlterClientQuotasRequestEntityData(init?: Partial<AlterClientQuotasRequestEntityData>): AlterClientQuotasRequestEntityData {
  return {
    entityType: "",
    entityName: "",
    ...init,
  };
}

export function encodeAlterClientQuotasRequestEntityData(w: Writer, v: AlterClientQuotasRequestEntityData, version: number): void {
  const flexible = version >= 1;
  writeString(w, flexible, v.entityType);
  writeNullableString(w, flexible, v.entityName);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAlterClientQuotasRequestEntityData(r: Reader, version: number): AlterClientQuotasRequestEntityData {
  const flexible = version >= 1;
  const v: AlterClientQuotasRequestEntityData = {
    entityType: readString(r, flexible),
    entityName: readNullableString(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeAlterClientQuotasRequestOpData(init?: Partial<AlterClientQuotasRequestOpData>): AlterClientQuotasRequestOpData {
  return {
    key: "",
    value: 0,
    remove: false,
    ...init,
  };
}

export function encodeAlterClientQuotasRequestOpData(w: Writer, v: AlterClientQuotasRequestOpData, version: number): void {
  const flexible = version >= 1;
  writeString(w, flexible, v.key);
  w.float64(v.value);
  w.bool(v.remove);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAlterClientQuotasRequestOpData(r: Reader, version: number): AlterClientQuotasRequestOpData {
  const flexible = version >= 1;
  const v: AlterClientQuotasRequestOpData = {
    key: readString(r, flexible),
    value: r.float64(),
    remove: r.bool(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
