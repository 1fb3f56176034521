// A JSON Schema loaded into the typed shape Confluent's compatibility check walks (the
// everit-json-schema model: StringSchema, ObjectSchema, CombinedSchema, ...). The shape
// matters because Confluent's verdicts follow from it: `{"type":"string","enum":[..]}`
// is a synthetic allOf of an EnumSchema and a StringSchema, `"type":[a,b]` is an anyOf,
// a `$ref` hides its siblings, keywords without a `type` are sniffed into a schema
// that does not require its type. Loading is lazy so that recursive `$ref`s end in the
// same node object (the diff breaks cycles on node identity).

export type JsonDraft = "draft-04" | "draft-06" | "draft-07" | "2019-09" | "2020-12";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type { Json };

interface Common {
  readonly id: string | undefined;
  readonly title: string | undefined;
  readonly description: string | undefined;
  /** Canonical JSON of `default`, undefined when absent. */
  readonly defaultValue: string | undefined;
  readonly connectType: string | undefined;
}

export type JsonSchemaNode = Common & (
  | { readonly kind: "empty" | "true" | "false" | "boolean" | "null" | "conditional" }
  | { readonly kind: "ref"; readonly ref: string; readonly target: () => JsonSchemaNode | undefined }
  | { readonly kind: "string"; readonly minLength?: number; readonly maxLength?: number; readonly pattern?: string }
  | {
    readonly kind: "number"; readonly requiresInteger: boolean;
    readonly minimum?: number; readonly maximum?: number;
    readonly exclusiveMinimum?: number; readonly exclusiveMaximum?: number; readonly multipleOf?: number;
  }
  | { readonly kind: "enum"; readonly values: ReadonlySet<string> }
  | { readonly kind: "const"; readonly value: string }
  | { readonly kind: "not"; readonly mustNotMatch: JsonSchemaNode }
  | { readonly kind: "combined"; readonly criterion: "allOf" | "anyOf" | "oneOf"; readonly subschemas: readonly JsonSchemaNode[] }
  | ObjectNode
  | ArrayNode
);

export interface ObjectNode {
  readonly kind: "object";
  readonly properties: ReadonlyMap<string, JsonSchemaNode>;
  readonly required: readonly string[];
  readonly permitsAdditionalProperties: boolean;
  readonly additionalProperties: JsonSchemaNode | undefined;
  readonly patternProperties: ReadonlyMap<string, JsonSchemaNode>;
  readonly propertyDependencies: ReadonlyMap<string, readonly string[]>;
  readonly schemaDependencies: ReadonlyMap<string, JsonSchemaNode>;
  readonly unevaluatedProperties: JsonSchemaNode | undefined;
  readonly minProperties?: number;
  readonly maxProperties?: number;
}

export interface ArrayNode {
  readonly kind: "array";
  readonly allItems: JsonSchemaNode | undefined;
  readonly itemList: readonly JsonSchemaNode[] | undefined;
  readonly permitsAdditionalItems: boolean;
  readonly additionalItems: JsonSchemaNode | undefined;
  readonly unevaluatedItems: JsonSchemaNode | undefined;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems: boolean;
  readonly minContains?: number;
  readonly maxContains?: number;
}

const DRAFT_URLS: Readonly<Record<string, JsonDraft>> = {
  "json-schema.org/draft-04/schema": "draft-04",
  "json-schema.org/draft-06/schema": "draft-06",
  "json-schema.org/draft-07/schema": "draft-07",
  "json-schema.org/draft/2019-09/schema": "2019-09",
  "json-schema.org/draft/2020-12/schema": "2020-12",
};

/** The draft named by `$schema`; draft-07 when absent or unknown, as Confluent does. */
export function draftOf(root: Json): JsonDraft {
  if (root === null || typeof root !== "object" || Array.isArray(root)) return "draft-07";
  const url = root.$schema;
  if (typeof url !== "string") return "draft-07";
  const key = url.replace(/^https?:\/\//, "").replace(/#$/, "");
  return DRAFT_URLS[key] ?? "draft-07";
}

const NUMBER_KEYWORDS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"];
const STRING_KEYWORDS = ["minLength", "maxLength", "pattern", "format"];
const OBJECT_KEYWORDS_V4 = ["properties", "required", "minProperties", "maxProperties", "dependencies", "patternProperties", "additionalProperties"];
const ARRAY_KEYWORDS_V4 = ["items", "additionalItems", "minItems", "maxItems", "uniqueItems"];

/** Resolves a `$ref` seen in `document` to the referenced JSON and the document it lives in. */
export type RefResolver = (ref: string, document: Json) => { json: Json; document: Json } | undefined;

export function canonicalJson(value: Json | undefined): string | undefined {
  return value === undefined ? undefined : JSON.stringify(value);
}

function isObject(value: Json | undefined): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function num(value: Json | undefined): number | undefined {
  return typeof value === "number" ? value : undefined;
}

export class JsonSchemaLoader {
  readonly #draft: JsonDraft;
  readonly #resolve: RefResolver;
  readonly #cache = new Map<Json, JsonSchemaNode>();

  constructor(draft: JsonDraft, resolve: RefResolver) {
    this.#draft = draft;
    this.#resolve = resolve;
  }

  get #modern(): boolean {
    return this.#draft === "2019-09" || this.#draft === "2020-12";
  }

  get #objectKeywords(): string[] {
    const base = this.#draft === "draft-04" ? OBJECT_KEYWORDS_V4 : [...OBJECT_KEYWORDS_V4, "propertyNames"];
    return this.#modern ? [...base, "dependentRequired", "dependentSchemas", "unevaluatedProperties"] : base;
  }

  get #arrayKeywords(): string[] {
    const base = this.#draft === "draft-04" ? ARRAY_KEYWORDS_V4 : [...ARRAY_KEYWORDS_V4, "contains"];
    return this.#modern ? [...base, "prefixItems", "unevaluatedItems"] : base;
  }

  load(json: Json, document: Json): JsonSchemaNode {
    if (typeof json === "object" && json !== null) {
      const cached = this.#cache.get(json);
      if (cached) return cached;
    }
    const node = this.#load(json, document);
    if (typeof json === "object" && json !== null) this.#cache.set(json, node);
    return node;
  }

  #load(json: Json, document: Json): JsonSchemaNode {
    const none: Common = { id: undefined, title: undefined, description: undefined, defaultValue: undefined, connectType: undefined };
    if (json === true) return { ...none, kind: "true" };
    if (json === false) return { ...none, kind: "false" };
    if (!isObject(json)) return { ...none, kind: "empty" };
    const idKey = this.#draft === "draft-04" ? "id" : "$id";
    const common: Common = {
      id: typeof json[idKey] === "string" ? json[idKey] : undefined,
      title: typeof json.title === "string" ? json.title : undefined,
      description: typeof json.description === "string" ? json.description : undefined,
      defaultValue: canonicalJson(json.default),
      connectType: typeof json["connect.type"] === "string" ? json["connect.type"] : undefined,
    };
    const ref = json.$ref;
    if (typeof ref === "string") {
      let target: JsonSchemaNode | undefined | null = null;
      return {
        ...common, kind: "ref", ref, target: () => {
          if (target === null) {
            const found = this.#resolve(ref, document);
            target = found ? this.load(found.json, found.document) : undefined;
          }
          return target;
        },
      };
    }
    const remaining = new Set(Object.keys(json));
    const consume = (keys: readonly string[]): void => keys.forEach((k) => remaining.delete(k));
    const has = (keys: readonly string[]): boolean => keys.some((k) => remaining.has(k));
    const parts: JsonSchemaNode[] = [];
    const child = (value: Json): JsonSchemaNode => this.load(value, document);

    if (remaining.has("enum") && Array.isArray(json.enum)) {
      consume(["enum"]);
      parts.push({ ...none, kind: "enum", values: new Set(json.enum.map((v) => JSON.stringify(v))) });
    }
    // Java's HashSet visits these three keywords in this order.
    for (const criterion of ["allOf", "oneOf", "anyOf"] as const) {
      const list = json[criterion];
      if (remaining.has(criterion) && Array.isArray(list)) {
        consume([criterion]);
        parts.push({ ...none, kind: "combined", criterion, subschemas: list.map(child) });
      }
    }
    if (remaining.has("not")) {
      consume(["not"]);
      parts.push({ ...none, kind: "not", mustNotMatch: child(json.not ?? {}) });
    }
    if (this.#draft !== "draft-04" && remaining.has("const")) {
      consume(["const"]);
      parts.push({ ...none, kind: "const", value: JSON.stringify(json.const) });
    }
    const forType = (type: string): JsonSchemaNode => {
      switch (type) {
        case "string": consume(STRING_KEYWORDS); return this.#string(json, none);
        case "integer": consume(NUMBER_KEYWORDS); return this.#number(json, none, true);
        case "number": consume(NUMBER_KEYWORDS); return this.#number(json, none, false);
        case "boolean": return { ...none, kind: "boolean" };
        case "null": return { ...none, kind: "null" };
        case "array": consume(this.#arrayKeywords); return this.#array(json, none, child);
        case "object": consume(this.#objectKeywords); return this.#object(json, none, child);
        default: return { ...none, kind: "empty" };
      }
    };
    if (remaining.has("type")) {
      consume(["type"]);
      const type = json.type;
      if (Array.isArray(type)) {
        parts.push({ ...none, kind: "combined", criterion: "anyOf", subschemas: type.map((t) => forType(typeof t === "string" ? t : "")) });
      } else if (typeof type === "string") {
        parts.push(forType(type));
      }
    }
    // Keywords left without a `type` describe a schema that does not require its type.
    if (has(this.#arrayKeywords)) parts.push(forType("array"));
    if (has(this.#objectKeywords)) parts.push(forType("object"));
    if (has(NUMBER_KEYWORDS)) parts.push(forType("number"));
    if (has(STRING_KEYWORDS)) parts.push(forType("string"));
    if (this.#draft !== "draft-04" && this.#draft !== "draft-06" && has(["if", "then", "else"])) {
      consume(["if", "then", "else"]);
      parts.push({ ...none, kind: "conditional" });
    }

    const [only] = parts;
    if (parts.length === 0) return { ...common, kind: "empty" };
    if (parts.length === 1 && only) return { ...only, ...common };
    return { ...common, kind: "combined", criterion: "allOf", subschemas: parts };
  }

  #string(json: JsonObject, common: Common): JsonSchemaNode {
    const node: { -readonly [K in keyof Extract<JsonSchemaNode, { kind: "string" }>]: Extract<JsonSchemaNode, { kind: "string" }>[K] } = { ...common, kind: "string" };
    const minLength = num(json.minLength);
    const maxLength = num(json.maxLength);
    if (minLength !== undefined) node.minLength = minLength;
    if (maxLength !== undefined) node.maxLength = maxLength;
    if (typeof json.pattern === "string") node.pattern = json.pattern;
    return node;
  }

  #number(json: JsonObject, common: Common, requiresInteger: boolean): JsonSchemaNode {
    const limits: Record<string, number> = {};
    for (const key of ["minimum", "maximum", "multipleOf"]) {
      const value = num(json[key]);
      if (value !== undefined) limits[key] = value;
    }
    // Draft 4 spells exclusive limits as booleans on minimum/maximum; everit keeps them
    // out of the numeric exclusive limits Confluent compares.
    if (this.#draft !== "draft-04") {
      for (const key of ["exclusiveMinimum", "exclusiveMaximum"]) {
        const value = num(json[key]);
        if (value !== undefined) limits[key] = value;
      }
    }
    return { ...common, kind: "number", requiresInteger, ...limits };
  }

  #object(json: JsonObject, common: Common, child: (v: Json) => JsonSchemaNode): ObjectNode & Common {
    const properties = new Map<string, JsonSchemaNode>();
    if (isObject(json.properties)) for (const [k, v] of Object.entries(json.properties)) properties.set(k, child(v));
    const patternProperties = new Map<string, JsonSchemaNode>();
    if (isObject(json.patternProperties)) for (const [k, v] of Object.entries(json.patternProperties)) patternProperties.set(k, child(v));
    const propertyDependencies = new Map<string, readonly string[]>();
    const schemaDependencies = new Map<string, JsonSchemaNode>();
    const addDependencies = (deps: Json | undefined): void => {
      if (!isObject(deps)) return;
      for (const [k, v] of Object.entries(deps)) {
        if (Array.isArray(v)) propertyDependencies.set(k, v.map(String));
        else schemaDependencies.set(k, child(v));
      }
    };
    addDependencies(json.dependencies);
    if (this.#modern) {
      addDependencies(json.dependentRequired);
      addDependencies(json.dependentSchemas);
    }
    const additional = json.additionalProperties;
    const node: { -readonly [K in keyof ObjectNode]: ObjectNode[K] } & Common = {
      ...common, kind: "object", properties,
      required: Array.isArray(json.required) ? json.required.map(String) : [],
      permitsAdditionalProperties: additional !== false,
      additionalProperties: additional === undefined || typeof additional === "boolean" ? undefined : child(additional),
      patternProperties, propertyDependencies, schemaDependencies,
      unevaluatedProperties: this.#modern && json.unevaluatedProperties !== undefined ? child(json.unevaluatedProperties) : undefined,
    };
    const minProperties = num(json.minProperties);
    const maxProperties = num(json.maxProperties);
    if (minProperties !== undefined) node.minProperties = minProperties;
    if (maxProperties !== undefined) node.maxProperties = maxProperties;
    return node;
  }

  #array(json: JsonObject, common: Common, child: (v: Json) => JsonSchemaNode): ArrayNode & Common {
    let allItems: JsonSchemaNode | undefined;
    let itemList: JsonSchemaNode[] | undefined;
    let additional: Json | undefined = json.additionalItems;
    const items = json.items;
    if (this.#draft === "2020-12") {
      // prefixItems takes draft-7's array form of items; items then plays additionalItems.
      if (Array.isArray(json.prefixItems)) {
        itemList = json.prefixItems.map(child);
        additional = items;
      } else if (typeof items === "boolean") {
        additional = items;
      } else if (items !== undefined) {
        allItems = child(items);
      }
    } else if (Array.isArray(items)) {
      itemList = items.map(child);
    } else if (items !== undefined) {
      allItems = child(items);
    }
    const node: { -readonly [K in keyof ArrayNode]: ArrayNode[K] } & Common = {
      ...common, kind: "array", allItems, itemList,
      permitsAdditionalItems: additional !== false,
      additionalItems: additional === undefined || typeof additional === "boolean" ? undefined : child(additional),
      unevaluatedItems: this.#modern && json.unevaluatedItems !== undefined ? child(json.unevaluatedItems) : undefined,
      uniqueItems: json.uniqueItems === true,
    };
    for (const key of ["minItems", "maxItems", "minContains", "maxContains"] as const) {
      const value = num(json[key]);
      if (value !== undefined) node[key] = value;
    }
    return node;
  }
}
