// The records of Confluent's `_schemas` topic (io.confluent.kafka.schemaregistry.storage
// SchemaKey/SchemaValue, ConfigKey/ConfigValue, ModeKey/ModeValue, DeleteSubjectKey/Value,
// ClearSubjectKey/Value, NOOP). Keys and values are JSON; a null value is a tombstone.
// Key property order is Confluent's (@JsonPropertyOrder keytype, subject, version, magic)
// and absent/null properties are left out (Jackson NON_EMPTY), so Carebus writes the same
// bytes as Confluent and compaction keeps one record per key across both implementations.
import type { SchemaReference, SchemaType } from "./formats/schema-format.js";

export type SchemaRecordKey =
  | { readonly keytype: "SCHEMA"; readonly subject: string; readonly version: number }
  | { readonly keytype: "CONFIG"; readonly subject: string | null }
  | { readonly keytype: "MODE"; readonly subject: string | null }
  | { readonly keytype: "DELETE_SUBJECT"; readonly subject: string }
  | { readonly keytype: "CLEAR_SUBJECT"; readonly subject: string }
  | { readonly keytype: "NOOP" };

/** Metadata and rule sets (data contracts) are kept as the client sent them. */
export type JsonObject = { readonly [key: string]: unknown };

export interface SchemaValue {
  readonly subject: string;
  readonly version: number;
  readonly id: number;
  readonly schemaType: SchemaType;
  readonly references: readonly SchemaReference[];
  readonly metadata?: JsonObject;
  readonly ruleSet?: JsonObject;
  readonly schema: string;
  readonly deleted: boolean;
  readonly ts?: number;
}

/** Confluent's ConfigValue: compatibilityLevel, normalize, defaultMetadata, ... kept whole. */
export type ConfigValue = JsonObject & { readonly compatibilityLevel?: string };

export interface ModeValue {
  readonly mode: string;
}

export interface DeleteSubjectValue {
  readonly subject: string;
  readonly version: number;
}

export type SchemaRecord =
  | { readonly key: Extract<SchemaRecordKey, { keytype: "SCHEMA" }>; readonly value: SchemaValue | null }
  | { readonly key: Extract<SchemaRecordKey, { keytype: "CONFIG" }>; readonly value: ConfigValue | null }
  | { readonly key: Extract<SchemaRecordKey, { keytype: "MODE" }>; readonly value: ModeValue | null }
  | { readonly key: Extract<SchemaRecordKey, { keytype: "DELETE_SUBJECT" }>; readonly value: DeleteSubjectValue | null }
  | { readonly key: Extract<SchemaRecordKey, { keytype: "CLEAR_SUBJECT" }>; readonly value: JsonObject | null }
  | { readonly key: Extract<SchemaRecordKey, { keytype: "NOOP" }>; readonly value: null };

// Confluent's magic byte per key type: SchemaKey 1, all others 0.
const MAGIC: Record<SchemaRecordKey["keytype"], number> = {
  SCHEMA: 1,
  CONFIG: 0,
  MODE: 0,
  DELETE_SUBJECT: 0,
  CLEAR_SUBJECT: 0,
  NOOP: 0,
};

export function encodeKey(key: SchemaRecordKey): string {
  const out: Record<string, unknown> = { keytype: key.keytype };
  if ("subject" in key && key.subject !== null) out["subject"] = key.subject;
  if (key.keytype === "SCHEMA") out["version"] = key.version;
  out["magic"] = MAGIC[key.keytype];
  return JSON.stringify(out);
}

export function encodeValue(record: SchemaRecord): string | null {
  if (record.value === null) return null;
  if (record.key.keytype !== "SCHEMA") {
    const subject = "subject" in record.key ? record.key.subject : null;
    // ConfigValue and ModeValue carry the subject since Confluent 7.4; older readers ignore it.
    return JSON.stringify(subject === null || "subject" in record.value ? record.value : { subject, ...record.value });
  }
  const v = record.value as SchemaValue;
  const out: Record<string, unknown> = { subject: v.subject, version: v.version, id: v.id };
  // Confluent leaves schemaType out for AVRO (the default) and empty lists out entirely.
  if (v.schemaType !== "AVRO") out["schemaType"] = v.schemaType;
  if (v.references.length > 0) out["references"] = v.references;
  if (v.metadata !== undefined) out["metadata"] = v.metadata;
  if (v.ruleSet !== undefined) out["ruleSet"] = v.ruleSet;
  out["schema"] = v.schema;
  out["deleted"] = v.deleted;
  if (v.ts !== undefined) out["ts"] = v.ts;
  return JSON.stringify(out);
}

/** Decodes one `_schemas` record; undefined for key types Carebus does not know (ASSOC,
 *  CONTEXT, ...), which are skipped like Confluent skips unknown types. Throws on bad JSON. */
export function decodeRecord(keyText: string, valueText: string | null): SchemaRecord | undefined {
  const k = JSON.parse(keyText) as Record<string, unknown>;
  const subject = typeof k["subject"] === "string" ? k["subject"] : null;
  const value = valueText === null ? null : (JSON.parse(valueText) as Record<string, unknown>);
  switch (k["keytype"]) {
    case "SCHEMA": {
      if (subject === null || typeof k["version"] !== "number") return undefined;
      const key = { keytype: "SCHEMA", subject, version: k["version"] } as const;
      return { key, value: value === null ? null : toSchemaValue(value, subject, k["version"]) };
    }
    case "CONFIG":
      return { key: { keytype: "CONFIG", subject }, value: value === null ? null : withoutSubject(value) };
    case "MODE":
      return { key: { keytype: "MODE", subject }, value: value === null ? null : { mode: String(value["mode"]) } };
    case "DELETE_SUBJECT":
      if (subject === null) return undefined;
      return {
        key: { keytype: "DELETE_SUBJECT", subject },
        value: value === null ? null : { subject, version: Number(value["version"]) },
      };
    case "CLEAR_SUBJECT":
      if (subject === null) return undefined;
      return { key: { keytype: "CLEAR_SUBJECT", subject }, value };
    case "NOOP":
      return { key: { keytype: "NOOP" }, value: null };
    default:
      return undefined;
  }
}

function withoutSubject(value: Record<string, unknown>): ConfigValue {
  const { subject: _subject, ...rest } = value;
  return rest;
}

function toSchemaValue(v: Record<string, unknown>, subject: string, version: number): SchemaValue {
  const schemaType = typeof v["schemaType"] === "string" ? (v["schemaType"] as SchemaType) : "AVRO";
  const refs = Array.isArray(v["references"]) ? (v["references"] as SchemaReference[]) : [];
  return {
    subject,
    version,
    id: Number(v["id"]),
    schemaType,
    references: refs.map((r) => ({ name: r.name, subject: r.subject, version: r.version })),
    ...(isObject(v["metadata"]) ? { metadata: v["metadata"] } : {}),
    ...(isObject(v["ruleSet"]) ? { ruleSet: v["ruleSet"] } : {}),
    schema: String(v["schema"]),
    deleted: v["deleted"] === true,
    ...(typeof v["ts"] === "number" ? { ts: v["ts"] } : {}),
  };
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
