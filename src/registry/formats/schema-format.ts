// The contract between the registry and each schema format (AVRO, JSON, PROTOBUF),
// after Confluent's ParsedSchema: the registry owns subjects, versions, ids, modes and
// compatibility levels; a format owns parsing, the stored text, equality and the
// pairwise "can the new schema read data written with the old one" check.

export type SchemaType = "AVRO" | "JSON" | "PROTOBUF";

export const SCHEMA_TYPES: readonly SchemaType[] = ["AVRO", "JSON", "PROTOBUF"];

/** A reference as registered: `name` is how the referring schema names it (an Avro
 *  full name, a JSON Schema $ref URL, a .proto import path). */
export interface SchemaReference {
  readonly name: string;
  readonly subject: string;
  readonly version: number;
}

/** Thrown by `parse` for text that is not a valid schema of the format; the registry
 *  answers 422 with error_code 42201 and this message. */
export class InvalidSchemaError extends Error {
  override readonly name = "InvalidSchemaError";
}

export interface ParsedSchema {
  readonly schemaType: SchemaType;
  /** The schema's name where the format has one (Avro full name, Protobuf first message). */
  readonly name: string | undefined;
  /** The text the registry stores and returns, as Confluent returns it for this format
   *  (Avro: compact JSON of the parsed schema; JSON: the JSON text re-serialised; Protobuf:
   *  the canonical .proto text). */
  canonicalString(): string;
  /** Confluent's `normalize=true` form (e.g. Avro: sorted/stripped of defaults where
   *  Confluent does; Protobuf: sorted options and imports). */
  normalize(): ParsedSchema;
  /** True if both describe the same schema for lookup/dedup (same canonical text and references). */
  deepEquals(other: ParsedSchema): boolean;
  /**
   * The reasons this (new) schema cannot read data written with `previous`; empty when
   * it can. Each reason is one of Confluent's strings for the format, e.g.
   * `{errorType:"READER_FIELD_MISSING_DEFAULT_VALUE", description:"The field 'x' at path
   * '/fields/1' in the new schema has no default value and is missing in the old schema",
   * additionalInfo:"x"}`. FORWARD is `previous.isBackwardCompatible(this)`; FULL is both.
   */
  isBackwardCompatible(previous: ParsedSchema): string[];
}

export interface SchemaFormat {
  readonly schemaType: SchemaType;
  /**
   * Parses schema text. `resolvedReferences` maps every reference name reachable from
   * this schema (transitively) to the referenced schema's text. Throws
   * InvalidSchemaError with a message a user can act on.
   */
  parse(schema: string, resolvedReferences: ReadonlyMap<string, string>): ParsedSchema;
}
