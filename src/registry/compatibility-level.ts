// Compatibility levels (Confluent's CompatibilityLevel) and the check of a new schema
// against earlier versions of its subject: BACKWARD = the new schema reads data written
// with the old, FORWARD = the old reads the new, FULL = both; *_TRANSITIVE against every
// earlier version (newest first, stopping at the first that fails, like Confluent's
// SchemaValidatorBuilder.validateAll), otherwise against the latest only.
import type { ParsedSchema } from "./formats/schema-format.js";

export const COMPATIBILITY_LEVELS = [
  "NONE",
  "BACKWARD",
  "BACKWARD_TRANSITIVE",
  "FORWARD",
  "FORWARD_TRANSITIVE",
  "FULL",
  "FULL_TRANSITIVE",
] as const;

export type CompatibilityLevel = (typeof COMPATIBILITY_LEVELS)[number];

export const DEFAULT_COMPATIBILITY: CompatibilityLevel = "BACKWARD";

export function parseCompatibilityLevel(value: unknown): CompatibilityLevel | undefined {
  if (typeof value !== "string") return undefined;
  const upper = value.toUpperCase();
  return (COMPATIBILITY_LEVELS as readonly string[]).includes(upper) ? (upper as CompatibilityLevel) : undefined;
}

export interface PreviousSchema {
  readonly version: number;
  readonly schema: ParsedSchema;
}

// The formats phrase reasons with the new schema as reader; with the old one reading
// (FORWARD) Confluent fills the same templates the other way round.
function swapReaderWriter(message: string): string {
  return message.replace(/\b(new|old) schema\b/g, (_m, w: string) => (w === "new" ? "old schema" : "new schema"));
}

function reasons(level: CompatibilityLevel, schema: ParsedSchema, previous: ParsedSchema): string[] {
  if (schema.schemaType !== previous.schemaType) return ["Incompatible because of different schema type"];
  const backward = (): string[] => schema.isBackwardCompatible(previous);
  const forward = (): string[] => previous.isBackwardCompatible(schema).map(swapReaderWriter);
  switch (level) {
    case "NONE":
      return [];
    case "BACKWARD":
    case "BACKWARD_TRANSITIVE":
      return backward();
    case "FORWARD":
    case "FORWARD_TRANSITIVE":
      return forward();
    case "FULL":
    case "FULL_TRANSITIVE":
      return [...backward(), ...forward()];
  }
}

/** Confluent's messages for an incompatible schema (empty when compatible): the reasons,
 *  then `{oldSchemaVersion: n}`, `{oldSchema: '...'}` of the version that failed.
 *  `previous` is in ascending version order. */
export function compatibilityMessages(level: CompatibilityLevel, schema: ParsedSchema, previous: readonly PreviousSchema[]): string[] {
  if (level === "NONE" || previous.length === 0) return [];
  const against = level.endsWith("_TRANSITIVE") ? [...previous].reverse() : previous.slice(-1);
  for (const p of against) {
    const found = reasons(level, schema, p.schema);
    if (found.length > 0) return [...found, `{oldSchemaVersion: ${p.version}}`, `{oldSchema: '${p.schema.canonicalString()}'}`];
  }
  return [];
}
