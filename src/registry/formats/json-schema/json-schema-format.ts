// The JSON Schema format (schemaType "JSON"), after Confluent's JsonSchema: the draft
// comes from `$schema` (draft-07 when absent), ajv compiles the schema to prove it
// valid with its references registered by name, the stored text is the JSON
// re-serialised compactly in key order (json-text.ts), normalize() sorts keys, and
// compatibility is Confluent's SchemaDiff under its STRICT policy (json-schema-diff.ts).

import { createRequire } from "node:module";
import type { AnySchema, AnySchemaObject, Ajv as AjvCore } from "ajv";
import {
  InvalidSchemaError,
  type ParsedSchema,
  type SchemaFormat,
} from "../schema-format.js";
import { compareJsonSchemas } from "./json-schema-diff.js";
import { JSON_COMPATIBLE_CHANGES, formatJsonDifference } from "./json-schema-difference.js";
import { JsonSchemaLoader, draftOf, type Json, type JsonDraft, type JsonSchemaNode, type RefResolver } from "./json-schema-model.js";
import { canonicalJsonText, sortedJsonText } from "./json-text.js";

// ajv and its plugins are CommonJS with `exports.default`; require keeps their types simple.
const require = createRequire(import.meta.url);
type AjvClass = new (options: Record<string, unknown>) => AjvCore;
const Ajv07 = (require("ajv") as { default: AjvClass }).default;
const Ajv2019 = (require("ajv/dist/2019") as { default: AjvClass }).default;
const Ajv2020 = (require("ajv/dist/2020") as { default: AjvClass }).default;
const AjvDraft04 = (require("ajv-draft-04") as { default: AjvClass }).default;
const addFormats = (require("ajv-formats") as { default: (ajv: AjvCore) => AjvCore }).default;
const draft06MetaSchema = require("ajv/dist/refs/json-schema-draft-06.json") as AnySchemaObject;

/** Who reads and who wrote, for the `%s` slots of Confluent's messages. */
export interface CompatibilityRoles {
  readonly reader: string;
  readonly writer: string;
}

const BACKWARD_ROLES: CompatibilityRoles = { reader: "new", writer: "old" };

/** A fresh ajv for `draft`, configured as the registry validates schemas (also used by the broker's payload checks). */
export function newAjv(draft: JsonDraft): AjvCore {
  // strict off: registered schemas carry vendor keywords (connect.type, javaType, ...)
  // that everit ignores too; logger off keeps unknown formats quiet.
  const options = { strict: false, logger: false, allErrors: false, validateFormats: true };
  let ajv: AjvCore;
  switch (draft) {
    case "draft-04": ajv = new AjvDraft04(options); break;
    case "2019-09": ajv = new Ajv2019(options); break;
    case "2020-12": ajv = new Ajv2020(options); break;
    case "draft-06": ajv = new Ajv07(options); ajv.addMetaSchema(draft06MetaSchema); break;
    default: ajv = new Ajv07(options);
  }
  addFormats(ajv);
  return ajv;
}

const SHARED_AJV: Partial<Record<JsonDraft, AjvCore>> = {};

function parseJson(text: string, what: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    throw new InvalidSchemaError(`Invalid JSON ${what}: ${(error as Error).message}`);
  }
}

function idOf(json: Json, draft: JsonDraft): string | undefined {
  if (json === null || typeof json !== "object" || Array.isArray(json)) return undefined;
  const id = json[draft === "draft-04" ? "id" : "$id"];
  return typeof id === "string" ? id : undefined;
}

function resolveUrl(ref: string, base: string | undefined): string {
  try {
    return base ? new URL(ref, base).href : ref;
  } catch {
    return ref;
  }
}

function pointer(json: Json, fragment: string): Json | undefined {
  if (fragment === "" || fragment === "/") return json;
  let current: Json | undefined = json;
  for (const raw of fragment.replace(/^\//, "").split("/")) {
    const token = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (current === null || typeof current !== "object") return undefined;
    current = Array.isArray(current) ? current[Number(token)] : current[token];
  }
  return current;
}

class JsonSchema implements ParsedSchema {
  readonly schemaType = "JSON" as const;
  /** Confluent's JsonSchema.name(): the root `title`. */
  readonly name: string | undefined;
  readonly #text: string;
  readonly #canonical: string;
  readonly #references: ReadonlyMap<string, string>;
  readonly #root: Json;
  readonly #draft: JsonDraft;
  #node: JsonSchemaNode | undefined;

  constructor(text: string, canonical: string, root: Json, references: ReadonlyMap<string, string>) {
    this.#text = text;
    this.#canonical = canonical;
    this.#root = root;
    this.#draft = draftOf(root);
    this.#references = references;
    const title = root !== null && typeof root === "object" && !Array.isArray(root) ? root.title : undefined;
    this.name = typeof title === "string" ? title : undefined;
  }

  canonicalString(): string {
    return this.#canonical;
  }

  normalize(): ParsedSchema {
    const sorted = sortedJsonText(this.#text);
    return new JsonSchema(sorted, sorted, this.#root, this.#references);
  }

  deepEquals(other: ParsedSchema): boolean {
    if (!(other instanceof JsonSchema) || other.#canonical !== this.#canonical) return false;
    if (other.#references.size !== this.#references.size) return false;
    return [...this.#references].every(([name, text]) => other.#references.get(name) === text);
  }

  isBackwardCompatible(previous: ParsedSchema, roles: CompatibilityRoles = BACKWARD_ROLES): string[] {
    if (!(previous instanceof JsonSchema)) return ["Incompatible because of different schema type"];
    return compareJsonSchemas(previous.model(), this.model())
      .filter((d) => !JSON_COMPATIBLE_CHANGES.has(d.type))
      .map((d) => formatJsonDifference(d, roles.reader, roles.writer));
  }

  /** The schema in the shape Confluent's diff walks; built once, on first use. */
  model(): JsonSchemaNode {
    this.#node ??= new JsonSchemaLoader(this.#draft, this.#resolver()).load(this.#root, this.#root);
    return this.#node;
  }

  #resolver(): RefResolver {
    const documents = new Map<string, Json>();
    const rootId = idOf(this.#root, this.#draft);
    if (rootId) documents.set(rootId.replace(/#$/, ""), this.#root);
    for (const [name, text] of this.#references) {
      const json = JSON.parse(text) as Json;
      documents.set(name, json);
      documents.set(resolveUrl(name, rootId), json);
      const id = idOf(json, this.#draft);
      if (id) documents.set(id.replace(/#$/, ""), json);
    }
    const baseOf = (document: Json): string | undefined => {
      const id = idOf(document, this.#draft);
      if (id) return id;
      for (const [name, json] of documents) if (json === document) return name;
      return undefined;
    };
    return (ref, document) => {
      const hash = ref.indexOf("#");
      const address = hash < 0 ? ref : ref.slice(0, hash);
      const fragment = hash < 0 ? "" : ref.slice(hash + 1);
      let target: Json | undefined = document;
      if (address !== "") {
        target = documents.get(address) ?? documents.get(resolveUrl(address, baseOf(document)));
      }
      if (target === undefined) return undefined;
      const json = pointer(target, fragment);
      return json === undefined ? undefined : { json, document: target };
    };
  }
}

export const jsonSchemaFormat: SchemaFormat = {
  schemaType: "JSON",
  parse(schema: string, resolvedReferences: ReadonlyMap<string, string>): ParsedSchema {
    const root = parseJson(schema, "schema");
    if (root === null || (typeof root !== "object" && typeof root !== "boolean") || Array.isArray(root)) {
      const found = root === null ? "NULL" : Array.isArray(root) ? "ARRAY" : typeof root === "string" ? "STRING" : "NUMBER";
      throw new InvalidSchemaError(`Invalid JSON schema: expected an object or boolean at the root, found ${found}`);
    }
    const draft = draftOf(root);
    // Building an ajv compiles its meta-schema, the bulk of a parse: reuse one per draft
    // for schemas without references, dropping the compiled schema afterwards.
    const shared = resolvedReferences.size === 0;
    const ajv = shared ? (SHARED_AJV[draft] ??= newAjv(draft)) : newAjv(draft);
    const rootId = idOf(root, draft);
    const added = new Set<string>();
    try {
      for (const [name, text] of resolvedReferences) {
        const referenced = parseJson(text, `reference '${name}'`);
        const keys = new Set([name, resolveUrl(name, rootId)]);
        const id = idOf(referenced, draft);
        // ajv registers a schema under its own $id too; a second key for it would clash.
        if (id) keys.delete(resolveUrl(id, undefined));
        for (const key of keys) {
          if (!added.has(key)) ajv.addSchema(referenced as AnySchema, key);
          added.add(key);
        }
      }
      ajv.compile(root);
    } catch (error) {
      if (shared) delete SHARED_AJV[draft];
      if (error instanceof InvalidSchemaError) throw error;
      throw new InvalidSchemaError(`Invalid schema: ${(error as Error).message}`);
    } finally {
      if (shared && typeof root === "object") SHARED_AJV[draft]?.removeSchema(root);
    }
    return new JsonSchema(schema, canonicalJsonText(schema), root, resolvedReferences);
  },
};
