// The Protobuf format (schemaType "PROTOBUF"), after Confluent's ProtobufSchema:
// protobufjs parses the .proto text and every import (from the references, or the
// Google well-known types it bundles) and must resolve every type name; the stored text
// is the canonical layout of protobuf-printer.ts; compatibility is Confluent's wire
// rules (protobuf-diff.ts). The schema's name is its first message's full name.

import { createRequire } from "node:module";
import protobuf from "protobufjs";
import { InvalidSchemaError, type ParsedSchema, type SchemaFormat } from "../schema-format.js";
import { compareProtobufSchemas, type DiffSide } from "./protobuf-diff.js";
import { PROTOBUF_COMPATIBLE_CHANGES, formatProtobufDifference } from "./protobuf-difference.js";
import { toProtoFile, type ProtoFile } from "./protobuf-model.js";
import { printProtoFile } from "./protobuf-printer.js";
import { TypeTable } from "./protobuf-types.js";
import { WELL_KNOWN_SOURCES } from "./protobuf-well-known.js";

const require = createRequire(import.meta.url);

/** Who reads and who wrote, for the `%s` slots of Confluent's messages. */
export interface CompatibilityRoles {
  readonly reader: string;
  readonly writer: string;
}

const BACKWARD_ROLES: CompatibilityRoles = { reader: "new", writer: "old" };

const DESCRIPTOR = "google/protobuf/descriptor.proto";

type Descriptor = { nested?: Record<string, protobuf.AnyNestedObject> };

/** Well-known files protobufjs ships as JSON descriptors, by import path. */
function bundled(path: string): Descriptor | undefined {
  const common = protobuf.common.get(path) as Descriptor | null | undefined;
  if (common) return common;
  if (path === DESCRIPTOR) return require("protobufjs/google/protobuf/descriptor.json") as Descriptor;
  return undefined;
}

function parseText(text: string, what: string, root?: protobuf.Root): protobuf.IParserResult {
  try {
    return root ? protobuf.parse(text, root, { keepCase: true }) : protobuf.parse(text, { keepCase: true });
  } catch (error) {
    throw new InvalidSchemaError(`Invalid Protobuf schema${what}: ${(error as Error).message}`);
  }
}

interface Loaded {
  readonly files: Map<string, ProtoFile>;
  readonly texts: Map<string, string>;
}

/** Loads every import reachable from `file` into `root` and the model maps, once each. */
function loadImports(file: ProtoFile, references: ReadonlyMap<string, string>, root: protobuf.Root, loaded: Loaded): void {
  for (const path of [...file.imports, ...file.publicImports]) {
    if (loaded.files.has(path)) continue;
    const text = references.get(path) ?? WELL_KNOWN_SOURCES.get(path);
    if (text !== undefined) {
      const dependency = toProtoFile(text, parseText(text, ` '${path}'`));
      loaded.files.set(path, dependency);
      loaded.texts.set(path, text);
      parseText(text, ` '${path}'`, root);
      loadImports(dependency, references, root, loaded);
      continue;
    }
    const descriptor = bundled(path);
    if (!descriptor) throw new InvalidSchemaError(`Invalid Protobuf schema: import '${path}' is not among the schema's references`);
    loadBundled(path, descriptor, loaded);
    root.addJSON(descriptor.nested ?? {});
  }
}

function loadBundled(path: string, descriptor: Descriptor, loaded: Loaded): void {
  const own = protobuf.Root.fromJSON(descriptor);
  const packageName = path.startsWith("google/protobuf/") ? "google.protobuf" : undefined;
  loaded.files.set(path, toProtoFile(`syntax = "proto3";`, { package: packageName, imports: [], weakImports: [], root: own }));
  loaded.texts.set(path, JSON.stringify(descriptor));
}

class ProtobufSchema implements ParsedSchema {
  readonly schemaType = "PROTOBUF" as const;
  readonly name: string | undefined;
  readonly #file: ProtoFile;
  readonly #table: TypeTable;
  readonly #dependencies: ReadonlyMap<string, string>;
  readonly #normalized: boolean;
  readonly #canonical: string;

  constructor(file: ProtoFile, table: TypeTable, dependencies: ReadonlyMap<string, string>, normalized: boolean) {
    this.#file = file;
    this.#table = table;
    this.#dependencies = dependencies;
    this.#normalized = normalized;
    this.#canonical = printProtoFile(file, table, normalized);
    const first = file.types.find((t) => t.kind === "message");
    this.name = first ? (file.packageName ? `${file.packageName}.${first.name}` : first.name) : undefined;
  }

  canonicalString(): string {
    return this.#canonical;
  }

  normalize(): ParsedSchema {
    return this.#normalized ? this : new ProtobufSchema(this.#file, this.#table, this.#dependencies, true);
  }

  deepEquals(other: ParsedSchema): boolean {
    if (!(other instanceof ProtobufSchema) || other.#canonical !== this.#canonical) return false;
    if (other.#dependencies.size !== this.#dependencies.size) return false;
    return [...this.#dependencies].every(([path, text]) => other.#dependencies.get(path) === text);
  }

  isBackwardCompatible(previous: ParsedSchema, roles: CompatibilityRoles = BACKWARD_ROLES): string[] {
    if (!(previous instanceof ProtobufSchema)) return ["Incompatible because of different schema type"];
    return compareProtobufSchemas(previous.side(), this.side())
      .filter((d) => !PROTOBUF_COMPATIBLE_CHANGES.has(d.type))
      .map((d) => formatProtobufDifference(d, roles.reader, roles.writer));
  }

  side(): DiffSide {
    return { file: this.#file, table: this.#table, dependencies: this.#dependencies };
  }
}

export const protobufFormat: SchemaFormat = {
  schemaType: "PROTOBUF",
  parse(schema: string, resolvedReferences: ReadonlyMap<string, string>): ParsedSchema {
    const file = toProtoFile(schema, parseText(schema, ""));
    const root = new protobuf.Root();
    const loaded: Loaded = { files: new Map(), texts: new Map() };
    loadImports(file, resolvedReferences, root, loaded);
    // Confluent resolves descriptor.proto's option messages even when not imported.
    const descriptor = bundled(DESCRIPTOR);
    if (!loaded.files.has(DESCRIPTOR) && descriptor) {
      loadBundled(DESCRIPTOR, descriptor, loaded);
      root.addJSON(descriptor.nested ?? {});
    }
    parseText(schema, "", root);
    try {
      root.resolveAll();
    } catch (error) {
      throw new InvalidSchemaError(`Invalid Protobuf schema: ${(error as Error).message}`);
    }
    const references = new Map([...loaded.texts].filter(([path]) => resolvedReferences.has(path)));
    return new ProtobufSchema(file, new TypeTable(file, loaded.files), references, false);
  },
};
