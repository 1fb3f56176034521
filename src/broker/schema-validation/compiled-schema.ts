// A registered schema made ready for the broker's checks: its record name (for the
// record-name subject strategies) and, for `carebus.value.schema.validation=full`, a
// decoder that proves a payload is a valid instance — Avro with avsc (the whole body must
// be consumed), JSON Schema with ajv (the registry's draft handling), Protobuf with
// protobufjs (the message the indexes select; proto3 decoding accepts unknown fields, as
// Confluent's deserializer does). References arrive resolved: name -> schema text.
import avro from "avsc";
import protobuf from "protobufjs";
import { newAjv } from "../../registry/formats/json-schema/json-schema-format.js";
import { draftOf, type Json } from "../../registry/formats/json-schema/json-schema-model.js";
import { WELL_KNOWN_SOURCES } from "../../registry/formats/protobuf/protobuf-well-known.js";
import type { SchemaType } from "../../registry/formats/schema-format.js";

export interface CompiledSchema {
  readonly schemaType: SchemaType;
  /** The record's full name; for Protobuf, of the message the indexes select. */
  recordName(messageIndexes: readonly number[] | undefined): string | undefined;
  /** Why `body` is not an instance of the schema, or undefined when it is. */
  validatePayload(body: Buffer, messageIndexes: readonly number[] | undefined): string | undefined;
}

/** Compiles `schema`; throws with a readable message if the stored text does not parse. */
export function compileSchema(schemaType: SchemaType, schema: string, references: ReadonlyMap<string, string>): CompiledSchema {
  switch (schemaType) {
    case "AVRO":
      return compileAvro(schema, references);
    case "JSON":
      return compileJson(schema, references);
    case "PROTOBUF":
      return compileProtobuf(schema, references);
  }
}

function compileAvro(schema: string, references: ReadonlyMap<string, string>): CompiledSchema {
  const registry: Record<string, avro.Type> = {};
  for (const text of references.values()) avro.Type.forSchema(JSON.parse(text) as avro.Schema, { registry });
  const type = avro.Type.forSchema(JSON.parse(schema) as avro.Schema, { registry });
  return {
    schemaType: "AVRO",
    recordName: () => type.name,
    validatePayload(body) {
      try {
        const { offset } = type.decode(body, 0);
        if (offset < 0) return "is truncated for its Avro schema";
        if (offset !== body.length) return `has ${body.length - offset} bytes left over after its Avro value`;
        return undefined;
      } catch (err) {
        return `is not valid Avro for schema ${type.name ?? type.typeName}: ${(err as Error).message}`;
      }
    },
  };
}

function compileJson(schema: string, references: ReadonlyMap<string, string>): CompiledSchema {
  const root = JSON.parse(schema) as Json;
  const ajv = newAjv(draftOf(root));
  for (const [name, text] of references) ajv.addSchema(JSON.parse(text) as object, name);
  const validate = ajv.compile(root as object);
  const title = typeof root === "object" && root !== null && !Array.isArray(root) ? root.title : undefined;
  return {
    schemaType: "JSON",
    recordName: () => (typeof title === "string" ? title : undefined),
    validatePayload(body) {
      let value: unknown;
      try {
        value = JSON.parse(body.toString("utf8"));
      } catch (err) {
        return `is not JSON: ${(err as Error).message}`;
      }
      if (validate(value)) return undefined;
      const first = validate.errors?.[0];
      return `does not match its JSON Schema: ${first ? `${first.instancePath || "/"} ${first.message ?? "is invalid"}` : "invalid"}`;
    },
  };
}

function compileProtobuf(schema: string, references: ReadonlyMap<string, string>): CompiledSchema {
  const root = new protobuf.Root();
  const loaded = new Set<string>();
  const load = (text: string): protobuf.IParserResult => {
    const parsed = protobuf.parse(text, root, { keepCase: true });
    for (const path of [...(parsed.imports ?? []), ...(parsed.weakImports ?? [])]) {
      if (loaded.has(path)) continue;
      loaded.add(path);
      const source = references.get(path) ?? WELL_KNOWN_SOURCES.get(path);
      if (source !== undefined) {
        load(source);
        continue;
      }
      const bundled = protobuf.common.get(path);
      if (bundled?.nested) root.addJSON(bundled.nested);
    }
    return parsed;
  };
  const main = load(schema);
  root.resolveAll();
  // The top-level messages of this file, in declaration order (a fresh parse, so types
  // from references in the same package are not counted).
  const own = protobuf.parse(schema, { keepCase: true });
  const pkg = own.package ?? main.package;
  const ownScope = pkg ? own.root.lookup(pkg) : own.root;
  const topLevel = ownScope instanceof protobuf.Namespace ? ownScope.nestedArray.filter((n) => n instanceof protobuf.Type).map((t) => t.name) : [];

  const messageAt = (indexes: readonly number[] | undefined): protobuf.Type | undefined => {
    const path = indexes ?? [0];
    const firstName = topLevel[path[0] ?? 0];
    if (firstName === undefined) return undefined;
    let type: protobuf.Type;
    try {
      type = root.lookupType(pkg ? `${pkg}.${firstName}` : firstName);
    } catch {
      return undefined;
    }
    for (const index of path.slice(1)) {
      const nested: protobuf.Type | undefined = type.nestedArray.filter((n): n is protobuf.Type => n instanceof protobuf.Type)[index];
      if (nested === undefined) return undefined;
      type = nested;
    }
    return type;
  };
  return {
    schemaType: "PROTOBUF",
    recordName: (indexes) => messageAt(indexes)?.fullName.replace(/^\./, ""),
    validatePayload(body, indexes) {
      const type = messageAt(indexes);
      if (type === undefined) return `has Protobuf message indexes [${(indexes ?? [0]).join(", ")}] that select no message of its schema`;
      try {
        type.decode(body);
        return undefined;
      } catch (err) {
        return `is not a valid Protobuf ${type.fullName.replace(/^\./, "")}: ${(err as Error).message}`;
      }
    },
  };
}
