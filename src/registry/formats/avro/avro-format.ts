// The AVRO schema format: parsing with references (named types of referenced schemas are
// known by name), Confluent's stored text, and its compatibility check.
import avro from "avsc";
import { InvalidSchemaError, type ParsedSchema, type SchemaFormat } from "../schema-format.js";
import { checkAvroCompatibility, describeIncompatibility } from "./avro-compatibility.js";
import { normalizedAvro } from "./avro-normalized.js";
import { walkAvro, type AvroNode, type NamedTypes } from "./avro-schema-model.js";

class AvroParsedSchema implements ParsedSchema {
  readonly schemaType = "AVRO" as const;
  readonly #canonical: string;
  readonly #json: unknown;
  readonly #references: ReadonlyMap<string, string>;
  readonly #normalized: boolean;
  readonly node: AvroNode;

  constructor(json: unknown, references: ReadonlyMap<string, string>, normalized: boolean) {
    this.#json = json;
    this.#references = references;
    this.#normalized = normalized;
    const names: NamedTypes = new Map();
    for (const [name, text] of references) {
      try {
        walkAvro(JSON.parse(text), names, new Set());
      } catch (err) {
        throw new InvalidSchemaError(`Invalid schema reference ${name}: ${(err as Error).message}`);
      }
    }
    const known = new Set(names.keys());
    const result = walkAvro(json, names, known);
    this.node = result.node;
    this.#canonical = normalized ? normalizedAvro(json, known) : result.canonical;
  }

  get name(): string | undefined {
    return "fullName" in this.node ? this.node.fullName : undefined;
  }

  canonicalString(): string {
    return this.#canonical;
  }

  normalize(): ParsedSchema {
    return this.#normalized ? this : new AvroParsedSchema(this.#json, this.#references, true);
  }

  deepEquals(other: ParsedSchema): boolean {
    return other.schemaType === "AVRO" && other.canonicalString() === this.#canonical;
  }

  isBackwardCompatible(previous: ParsedSchema): string[] {
    if (!(previous instanceof AvroParsedSchema)) return ["Incompatible because of different schema type"];
    return checkAvroCompatibility(this.node, previous.node).map(describeIncompatibility);
  }
}

function validateWithAvsc(json: unknown, references: ReadonlyMap<string, string>): void {
  const registry: Record<string, avro.Type> = {};
  for (const text of references.values()) avro.Type.forSchema(JSON.parse(text) as avro.Schema, { registry });
  avro.Type.forSchema(json as avro.Schema, { registry });
}

export const avroFormat: SchemaFormat = {
  schemaType: "AVRO",
  parse(schema: string, resolvedReferences: ReadonlyMap<string, string>): ParsedSchema {
    let json: unknown;
    try {
      json = JSON.parse(schema);
    } catch (err) {
      throw new InvalidSchemaError((err as Error).message);
    }
    try {
      validateWithAvsc(json, resolvedReferences);
      return new AvroParsedSchema(json, resolvedReferences, false);
    } catch (err) {
      if (err instanceof InvalidSchemaError) throw err;
      throw new InvalidSchemaError((err as Error).message);
    }
  },
};
