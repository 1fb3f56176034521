// Parsing of the path and query values Confluent's resources share.
import { Errors } from "../errors.js";
import type { SchemaReference, SchemaType } from "../formats/schema-format.js";
import { SCHEMA_TYPES } from "../formats/schema-format.js";
import type { JsonObject } from "../schema-records.js";
import type { RegisterRequest, VersionSpec } from "../schema-registry.js";

/** "latest", -1 or 1..2^31-1 (Confluent's VersionId); anything else is 42202. */
export function parseVersion(text: string): VersionSpec {
  if (text === "latest" || text === "-1") return "latest";
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 2 ** 31 - 1) throw Errors.invalidVersion(text);
  return n;
}

export function flag(value: unknown): boolean {
  return value === "true" || value === true;
}

export type Query = Record<string, string | undefined>;

function isObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The body of register, lookup and compatibility requests (RegisterSchemaRequest). */
export function parseRegisterRequest(body: unknown): RegisterRequest {
  if (!isObject(body)) throw Errors.invalidSchema("Empty schema");
  const schema = body["schema"];
  if (typeof schema !== "string" || schema.trim() === "") throw Errors.invalidSchema("Empty schema");
  const type = body["schemaType"];
  let schemaType: SchemaType | undefined;
  if (type !== undefined && type !== null) {
    if (typeof type !== "string" || !(SCHEMA_TYPES as readonly string[]).includes(type.toUpperCase())) {
      throw Errors.invalidSchema(`Invalid schema type ${typeof type === "string" ? type : JSON.stringify(type)}: unsupported schema type`);
    }
    schemaType = type.toUpperCase() as SchemaType;
  }
  const references: SchemaReference[] = [];
  if (Array.isArray(body["references"])) {
    for (const r of body["references"] as unknown[]) {
      if (!isObject(r) || typeof r["name"] !== "string" || typeof r["subject"] !== "string" || typeof r["version"] !== "number") {
        throw Errors.invalidSchema("Invalid schema reference: name, subject and version are required");
      }
      references.push({ name: r["name"], subject: r["subject"], version: r["version"] });
    }
  }
  return {
    schema,
    ...(schemaType === undefined ? {} : { schemaType }),
    references,
    ...(typeof body["id"] === "number" ? { id: body["id"] } : {}),
    ...(typeof body["version"] === "number" ? { version: body["version"] } : {}),
    ...(isObject(body["metadata"]) ? { metadata: body["metadata"] } : {}),
    ...(isObject(body["ruleSet"]) ? { ruleSet: body["ruleSet"] } : {}),
  };
}
