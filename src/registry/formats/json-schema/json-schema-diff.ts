// Confluent's JSON Schema diff (io.confluent.kafka.schemaregistry.json.diff.SchemaDiff
// and its per-type companions) over the everit-shaped model of json-schema-model.ts.
// `compareJsonSchemas(original, update)` lists every difference, compatible or not;
// the caller filters with JSON_COMPATIBLE_CHANGES. Pairs are memoised on node identity
// and a pair met again while still being compared (a recursive $ref) counts as
// compatible, as Confluent does; its extra fixpoint pass over such cycles is not done.

import { JSON_COMPATIBLE_CHANGES, type JsonDifference, type JsonDifferenceType } from "./json-schema-difference.js";
import type { ArrayNode, JsonSchemaNode, ObjectNode } from "./json-schema-model.js";

type Node = JsonSchemaNode;
type Of<K extends Node["kind"]> = Extract<Node, { kind: K }>;

class Context {
  readonly diffs: JsonDifference[] = [];
  readonly path: string[];
  readonly memo: Map<Node, Map<Node, JsonDifference[]>>;
  readonly inProgress: Set<string>;
  readonly ids: Map<Node, number>;

  constructor(path: string[] = [], memo = new Map<Node, Map<Node, JsonDifference[]>>(), inProgress = new Set<string>(), ids = new Map<Node, number>()) {
    this.path = path;
    this.memo = memo;
    this.inProgress = inProgress;
    this.ids = ids;
  }

  sub(): Context {
    return new Context([...this.path], this.memo, this.inProgress, this.ids);
  }

  fresh(): Context {
    return new Context([], this.memo, this.inProgress, this.ids);
  }

  add(type: JsonDifferenceType, attribute?: string): void {
    const path = attribute === undefined ? this.path : [...this.path, attribute];
    this.diffs.push({ type, path: "#/" + path.join("/") });
  }

  within<T>(segment: string, body: () => T): T {
    this.path.push(segment);
    try {
      return body();
    } finally {
      this.path.pop();
    }
  }

  addRebased(relative: readonly JsonDifference[]): void {
    const prefix = "#/" + this.path.join("/");
    for (const d of relative) {
      const path = this.path.length === 0 ? d.path : d.path.length <= 2 ? prefix : prefix + "/" + d.path.slice(2);
      this.diffs.push({ type: d.type, path });
    }
  }

  pairKey(a: Node, b: Node): string {
    const id = (n: Node): number => {
      let v = this.ids.get(n);
      if (v === undefined) this.ids.set(n, (v = this.ids.size));
      return v;
    };
    return `${id(a)}:${id(b)}`;
  }
}

export function isCompatible(diffs: readonly JsonDifference[]): boolean {
  return diffs.every((d) => JSON_COMPATIBLE_CHANGES.has(d.type));
}

export function compareJsonSchemas(original: Node, update: Node): JsonDifference[] {
  const ctx = new Context();
  compare(ctx, original, update);
  return ctx.diffs;
}

function deref(node: Node): Node {
  const seen = new Set<Node>();
  let current = node;
  while (current.kind === "ref" && !seen.has(current)) {
    seen.add(current);
    current = current.target() ?? { ...current, kind: "empty" };
  }
  return current;
}

function compare(ctx: Context, originalIn: Node | undefined, updateIn: Node | undefined): void {
  if (originalIn === undefined && updateIn === undefined) return;
  if (originalIn === undefined) return ctx.add("SCHEMA_ADDED");
  if (updateIn === undefined) return ctx.add("SCHEMA_REMOVED");
  const original = deref(originalIn);
  const update = deref(updateIn);
  let byUpdate = ctx.memo.get(original);
  const cached = byUpdate?.get(update);
  if (cached) return ctx.addRebased(cached);
  const key = ctx.pairKey(original, update);
  if (ctx.inProgress.has(key)) return;
  ctx.inProgress.add(key);
  try {
    const sub = ctx.fresh();
    compareTypes(sub, original, update);
    if (!byUpdate) ctx.memo.set(original, (byUpdate = new Map<Node, JsonDifference[]>()));
    byUpdate.set(update, sub.diffs);
    ctx.addRebased(sub.diffs);
  } finally {
    ctx.inProgress.delete(key);
  }
}

function isEmptyLike(node: Node): boolean {
  return node.kind === "empty" || node.kind === "true";
}

function compareTypes(ctx: Context, original: Node, update: Node): void {
  if (original.kind !== "combined" && update.kind === "combined") {
    if (update.subschemas.length === 1 && update.subschemas[0]) {
      const sub = ctx.sub();
      compare(sub, original, update.subschemas[0]);
      if (isCompatible(sub.diffs)) return void ctx.diffs.push(...sub.diffs);
    } else if (update.criterion !== "allOf") {
      for (const subschema of update.subschemas) {
        const sub = ctx.sub();
        compare(sub, original, subschema);
        if (isCompatible(sub.diffs)) {
          ctx.diffs.push(...sub.diffs);
          return ctx.add("SUM_TYPE_EXTENDED");
        }
      }
    }
  } else if (original.kind === "combined" && update.kind !== "combined") {
    if (original.subschemas.length === 1 && original.subschemas[0]) {
      const sub = ctx.sub();
      compare(sub, original.subschemas[0], update);
      if (isCompatible(sub.diffs)) return void ctx.diffs.push(...sub.diffs);
    } else if (original.criterion === "allOf") {
      for (const subschema of original.subschemas) {
        const sub = ctx.sub();
        compare(sub, subschema, update);
        if (isCompatible(sub.diffs)) {
          ctx.diffs.push(...sub.diffs);
          return ctx.add("PRODUCT_TYPE_NARROWED");
        }
      }
    }
  }

  if (original.kind !== update.kind) {
    // TrueSchema extends EmptySchema in everit: anything may become an empty schema.
    if (original.kind === "false" || isEmptyLike(update)) return;
    // Kafka Connect's JSON converter marks decimals as bytes either way.
    if (original.connectType === "bytes" && update.connectType === "bytes") return;
    return ctx.add("TYPE_CHANGED");
  }
  if (original.id !== update.id) ctx.add("ID_CHANGED");
  if (original.title !== update.title) ctx.add("TITLE_CHANGED");
  if (original.description !== update.description) ctx.add("DESCRIPTION_CHANGED");
  if (original.defaultValue !== update.defaultValue) ctx.add("DEFAULT_CHANGED");

  switch (original.kind) {
    case "string": return compareString(ctx, original, update as Of<"string">);
    case "number": return compareNumber(ctx, original, update as Of<"number">);
    case "const":
      if (original.value !== (update as Of<"const">).value) ctx.add("ENUM_ARRAY_CHANGED", "const");
      return;
    case "enum": return compareEnum(ctx, original, update as Of<"enum">);
    case "combined": return compareCombined(ctx, original, update as Of<"combined">);
    case "not": return compareNot(ctx, original, update as Of<"not">);
    case "object": return compareObject(ctx, original, update as ObjectNode & Node);
    case "array": return compareArray(ctx, original, update as ArrayNode & Node);
    default: return;
  }
}

type Bounds = readonly [added: JsonDifferenceType, removed: JsonDifferenceType, increased: JsonDifferenceType, decreased: JsonDifferenceType];

function compareLimit(ctx: Context, attribute: string, a: number | undefined, b: number | undefined, [added, removed, increased, decreased]: Bounds): void {
  if (a === b) return;
  if (a === undefined) ctx.add(added, attribute);
  else if (b === undefined) ctx.add(removed, attribute);
  else if (a < b) ctx.add(increased, attribute);
  else ctx.add(decreased, attribute);
}

function compareString(ctx: Context, a: Of<"string">, b: Of<"string">): void {
  compareLimit(ctx, "maxLength", a.maxLength, b.maxLength, ["MAX_LENGTH_ADDED", "MAX_LENGTH_REMOVED", "MAX_LENGTH_INCREASED", "MAX_LENGTH_DECREASED"]);
  compareLimit(ctx, "minLength", a.minLength, b.minLength, ["MIN_LENGTH_ADDED", "MIN_LENGTH_REMOVED", "MIN_LENGTH_INCREASED", "MIN_LENGTH_DECREASED"]);
  if (a.pattern === undefined && b.pattern !== undefined) ctx.add("PATTERN_ADDED", "pattern");
  else if (a.pattern !== undefined && b.pattern === undefined) ctx.add("PATTERN_REMOVED", "pattern");
  else if (a.pattern !== b.pattern) ctx.add("PATTERN_CHANGED", "pattern");
}

function compareNumber(ctx: Context, a: Of<"number">, b: Of<"number">): void {
  compareLimit(ctx, "maximum", a.maximum, b.maximum, ["MAXIMUM_ADDED", "MAXIMUM_REMOVED", "MAXIMUM_INCREASED", "MAXIMUM_DECREASED"]);
  compareLimit(ctx, "minimum", a.minimum, b.minimum, ["MINIMUM_ADDED", "MINIMUM_REMOVED", "MINIMUM_INCREASED", "MINIMUM_DECREASED"]);
  compareLimit(ctx, "exclusiveMaximum", a.exclusiveMaximum, b.exclusiveMaximum, ["EXCLUSIVE_MAXIMUM_ADDED", "EXCLUSIVE_MAXIMUM_REMOVED", "EXCLUSIVE_MAXIMUM_INCREASED", "EXCLUSIVE_MAXIMUM_DECREASED"]);
  compareLimit(ctx, "exclusiveMinimum", a.exclusiveMinimum, b.exclusiveMinimum, ["EXCLUSIVE_MINIMUM_ADDED", "EXCLUSIVE_MINIMUM_REMOVED", "EXCLUSIVE_MINIMUM_INCREASED", "EXCLUSIVE_MINIMUM_DECREASED"]);
  const x = a.multipleOf;
  const y = b.multipleOf;
  if (x !== y) {
    if (x === undefined) ctx.add("MULTIPLE_OF_ADDED", "multipleOf");
    else if (y === undefined) ctx.add("MULTIPLE_OF_REMOVED", "multipleOf");
    else if (x !== 0 && isMultiple(y, x)) ctx.add("MULTIPLE_OF_EXPANDED", "multipleOf");
    else if (y !== 0 && isMultiple(x, y)) ctx.add("MULTIPLE_OF_REDUCED", "multipleOf");
    else ctx.add("MULTIPLE_OF_CHANGED", "multipleOf");
  }
  if (a.requiresInteger !== b.requiresInteger) ctx.add(a.requiresInteger ? "TYPE_EXTENDED" : "TYPE_NARROWED");
}

/** Exact decimal remainder (Confluent uses BigDecimal): scale both to integers first. */
function isMultiple(value: number, of: number): boolean {
  const decimals = (n: number): number => (String(n).split(/e/i)[0]?.split(".")[1] ?? "").length + Math.max(0, -Number(String(n).split(/e/i)[1] ?? 0));
  const scale = 10 ** Math.max(decimals(value), decimals(of));
  return Math.round(value * scale) % Math.round(of * scale) === 0;
}

function compareEnum(ctx: Context, a: Of<"enum">, b: Of<"enum">): void {
  const containsAll = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => [...y].every((v) => x.has(v));
  if (a.values.size === b.values.size && containsAll(a.values, b.values)) return;
  if (containsAll(b.values, a.values)) ctx.add("ENUM_ARRAY_EXTENDED", "enum");
  else if (containsAll(a.values, b.values)) ctx.add("ENUM_ARRAY_NARROWED", "enum");
  else ctx.add("ENUM_ARRAY_CHANGED", "enum");
}

function compareNot(ctx: Context, a: Of<"not">, b: Of<"not">): void {
  ctx.within("not", () => {
    const sub = ctx.sub();
    compare(sub, b.mustNotMatch, a.mustNotMatch);
    ctx.add(isCompatible(sub.diffs) ? "NOT_TYPE_NARROWED" : "NOT_TYPE_EXTENDED");
  });
}

/** A structural key, so duplicate subschemas collapse as Confluent's Set<JsonSchema> does. */
function fingerprint(node: Node): string {
  return JSON.stringify(node, (key, value: unknown) => {
    if (key === "target" && typeof value === "function") return undefined;
    if (value instanceof Map) return [...(value as Map<string, unknown>).entries()];
    if (value instanceof Set) return [...(value as Set<string>)].sort();
    return value;
  });
}

function distinct(nodes: readonly Node[]): Node[] {
  const seen = new Map<string, Node>();
  for (const n of nodes) if (!seen.has(fingerprint(n))) seen.set(fingerprint(n), n);
  return [...seen.values()];
}

function compareCombined(ctx: Context, a: Of<"combined">, b: Of<"combined">): void {
  const single = (n: Of<"combined">): boolean => n.subschemas.length === 1;
  if (a.criterion !== b.criterion) {
    const extended = b.criterion === "anyOf" || (single(a) && single(b)) || (single(a) && b.criterion === "oneOf") || (single(b) && a.criterion === "allOf");
    if (!extended) return ctx.add("COMBINED_TYPE_CHANGED");
    ctx.add("COMBINED_TYPE_EXTENDED");
  }
  const originals = distinct(a.subschemas);
  const updates = distinct(b.subschemas);
  if (originals.length < updates.length) ctx.add(b.criterion === "allOf" ? "PRODUCT_TYPE_EXTENDED" : "SUM_TYPE_EXTENDED");
  else if (originals.length > updates.length) ctx.add(a.criterion === "allOf" ? "PRODUCT_TYPE_NARROWED" : "SUM_TYPE_NARROWED");
  // Compatible (original, update) edges, then a maximum bipartite matching over them.
  const edges = originals.map((o, i) => ctx.within(`${a.criterion}/${i}`, () => updates.map((u) => {
    const sub = ctx.sub();
    compare(sub, o, u);
    return isCompatible(sub.diffs) ? sub.diffs : undefined;
  })));
  const matchOfUpdate = new Array<number>(updates.length).fill(-1);
  const augment = (i: number, visited: boolean[]): boolean => {
    for (let j = 0; j < updates.length; j++) {
      if (edges[i]?.[j] === undefined || visited[j]) continue;
      visited[j] = true;
      const holder = matchOfUpdate[j] ?? -1;
      if (holder < 0 || augment(holder, visited)) {
        matchOfUpdate[j] = i;
        return true;
      }
    }
    return false;
  };
  let matched = 0;
  for (let i = 0; i < originals.length; i++) if (augment(i, [])) matched++;
  matchOfUpdate.forEach((i, j) => {
    if (i >= 0) ctx.diffs.push(...(edges[i]?.[j] ?? []));
  });
  if (matched < Math.min(originals.length, updates.length)) ctx.add("COMBINED_TYPE_SUBSCHEMAS_CHANGED");
}

function isOpenObject(node: ObjectNode): boolean {
  if (!node.permitsAdditionalProperties || node.additionalProperties !== undefined || node.patternProperties.size > 0) return false;
  return node.unevaluatedProperties === undefined || isEmptyLike(node.unevaluatedProperties);
}

function partialObjectSchema(node: ObjectNode, property: string): Node | undefined {
  for (const [pattern, schema] of node.patternProperties) {
    try {
      if (new RegExp(pattern, "u").test(property)) return schema;
    } catch {
      // A pattern JavaScript cannot compile matches nothing here.
    }
  }
  if (node.additionalProperties) return node.additionalProperties;
  const uneval = node.unevaluatedProperties;
  if (node.permitsAdditionalProperties && uneval && uneval.kind !== "false" && !isEmptyLike(uneval)) return uneval;
  return undefined;
}

function compareObject(ctx: Context, a: ObjectNode, b: ObjectNode): void {
  ctx.within("required", () => {
    for (const key of a.properties.keys()) {
      if (!b.properties.has(key)) continue;
      const was = a.required.includes(key);
      const is = b.required.includes(key);
      if (was && !is) ctx.add("REQUIRED_ATTRIBUTE_REMOVED", key);
      else if (!was && is) ctx.add(hasDefault(b.properties.get(key)) ? "REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED" : "REQUIRED_ATTRIBUTE_ADDED", key);
    }
  });
  ctx.within("properties", () => {
    for (const key of new Set([...a.properties.keys(), ...b.properties.keys()])) {
      ctx.within(key, () => compareProperty(ctx, a, b, key));
    }
  });
  ctx.within("dependencies", () => {
    for (const key of new Set([...a.propertyDependencies.keys(), ...b.propertyDependencies.keys()])) {
      const x = a.propertyDependencies.get(key);
      const y = b.propertyDependencies.get(key);
      if (y === undefined) ctx.add("DEPENDENCY_ARRAY_REMOVED", key);
      else if (x === undefined) ctx.add("DEPENDENCY_ARRAY_ADDED", key);
      else {
        const xs = new Set(x);
        const ys = new Set(y);
        const yHasAllX = [...xs].every((v) => ys.has(v));
        const xHasAllY = [...ys].every((v) => xs.has(v));
        if (yHasAllX && xHasAllY) continue;
        ctx.add(yHasAllX ? "DEPENDENCY_ARRAY_EXTENDED" : xHasAllY ? "DEPENDENCY_ARRAY_NARROWED" : "DEPENDENCY_ARRAY_CHANGED", key);
      }
    }
    for (const key of new Set([...a.schemaDependencies.keys(), ...b.schemaDependencies.keys()])) {
      const x = a.schemaDependencies.get(key);
      const y = b.schemaDependencies.get(key);
      if (y === undefined) ctx.add("DEPENDENCY_SCHEMA_REMOVED", key);
      else if (x === undefined) ctx.add("DEPENDENCY_SCHEMA_ADDED", key);
      else ctx.within(key, () => compare(ctx, x, y));
    }
  });
  ctx.within("additionalProperties", () => {
    if (a.permitsAdditionalProperties !== b.permitsAdditionalProperties) ctx.add(b.permitsAdditionalProperties ? "ADDITIONAL_PROPERTIES_ADDED" : "ADDITIONAL_PROPERTIES_REMOVED");
    else if (!a.additionalProperties && b.additionalProperties) ctx.add("ADDITIONAL_PROPERTIES_NARROWED");
    else if (a.additionalProperties && !b.additionalProperties) ctx.add("ADDITIONAL_PROPERTIES_EXTENDED");
    else compare(ctx, a.additionalProperties, b.additionalProperties);
  });
  compareUnevaluated(ctx, "unevaluatedProperties", a.unevaluatedProperties, b.unevaluatedProperties, "PROPERTIES");
  compareLimit(ctx, "maxProperties", a.maxProperties, b.maxProperties, ["MAX_PROPERTIES_ADDED", "MAX_PROPERTIES_REMOVED", "MAX_PROPERTIES_INCREASED", "MAX_PROPERTIES_DECREASED"]);
  compareLimit(ctx, "minProperties", a.minProperties, b.minProperties, ["MIN_PROPERTIES_ADDED", "MIN_PROPERTIES_REMOVED", "MIN_PROPERTIES_INCREASED", "MIN_PROPERTIES_DECREASED"]);
}

function hasDefault(node: Node | undefined): boolean {
  return node?.defaultValue !== undefined;
}

function compareProperty(ctx: Context, a: ObjectNode, b: ObjectNode, key: string): void {
  const x = a.properties.get(key);
  const y = b.properties.get(key);
  if (x && y) return compare(ctx, x, y);
  if (x) {
    // Only the update's content model decides whether dropping a property is safe.
    if (isOpenObject(b)) return ctx.add("PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL");
    const partial = partialObjectSchema(b, key);
    if (partial) {
      const sub = ctx.sub();
      compare(sub, x, partial);
      ctx.diffs.push(...sub.diffs);
      return ctx.add(isCompatible(sub.diffs) ? "PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL" : "PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL");
    }
    return ctx.add(x.kind === "false" ? "PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL" : "PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL");
  }
  if (!y) return;
  const required = b.required.includes(key);
  if (isOpenObject(a)) {
    if (isEmptyLike(y)) return ctx.add("PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL");
    if (required) return ctx.add(hasDefault(y) ? "REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL" : "REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL");
    return ctx.add("OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL");
  }
  const partial = partialObjectSchema(a, key);
  if (partial) {
    const sub = ctx.sub();
    compare(sub, partial, y);
    ctx.diffs.push(...sub.diffs);
    ctx.add(isCompatible(sub.diffs) ? "PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL" : "PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL");
  }
  if (required) ctx.add(hasDefault(y) ? "REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL" : "REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL");
  else ctx.add("OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL");
}

function compareUnevaluated(ctx: Context, keyword: string, x: Node | undefined, y: Node | undefined, what: "PROPERTIES" | "ITEMS"): void {
  if (!x && !y) return;
  const t = (change: "ADDED" | "REMOVED" | "EXTENDED" | "NARROWED"): JsonDifferenceType => `UNEVALUATED_${what}_${change}`;
  ctx.within(keyword, () => {
    if (!x) ctx.add(y?.kind === "false" ? t("REMOVED") : t("NARROWED"));
    else if (!y) ctx.add(x.kind === "false" ? t("ADDED") : t("EXTENDED"));
    else if (x.kind === "false" && y.kind !== "false") ctx.add(t("ADDED"));
    else if (x.kind !== "false" && y.kind === "false") ctx.add(t("REMOVED"));
    else if (x.kind === "empty" && y.kind !== "empty") ctx.add(t("NARROWED"));
    else if (x.kind !== "empty" && y.kind === "empty") ctx.add(t("EXTENDED"));
    else compare(ctx, x, y);
  });
}

function isOpenArray(node: ArrayNode): boolean {
  if (!node.permitsAdditionalItems || node.additionalItems !== undefined) return false;
  return node.unevaluatedItems === undefined || isEmptyLike(node.unevaluatedItems);
}

function partialArraySchema(node: ArrayNode): Node | undefined {
  if (node.additionalItems) return node.additionalItems;
  const uneval = node.unevaluatedItems;
  if (node.permitsAdditionalItems && uneval && uneval.kind !== "false" && !isEmptyLike(uneval)) return uneval;
  return undefined;
}

function compareArray(ctx: Context, a: ArrayNode, b: ArrayNode): void {
  ctx.within("items", () => compare(ctx, a.allItems, b.allItems));
  const xs = a.itemList ?? [];
  const ys = b.itemList ?? [];
  for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
    const x = xs[i];
    const y = ys[i];
    ctx.within(`items/${i}`, () => {
      if (x && y) return compare(ctx, x, y);
      if (x) {
        if (isOpenArray(b)) return ctx.add("ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL");
        const partial = partialArraySchema(b);
        if (partial) {
          const sub = ctx.sub();
          compare(sub, x, partial);
          ctx.diffs.push(...sub.diffs);
          return ctx.add(isCompatible(sub.diffs) ? "ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL" : "ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL");
        }
        return ctx.add(x.kind === "false" ? "ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL" : "ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL");
      }
      if (!y) return;
      if (isOpenArray(a)) return ctx.add(isEmptyLike(y) ? "ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL" : "ITEM_ADDED_TO_OPEN_CONTENT_MODEL");
      const partial = partialArraySchema(a);
      if (!partial) return ctx.add("ITEM_ADDED_TO_CLOSED_CONTENT_MODEL");
      const sub = ctx.sub();
      compare(sub, partial, y);
      ctx.diffs.push(...sub.diffs);
      ctx.add(isCompatible(sub.diffs) ? "ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL" : "ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL");
    });
  }
  ctx.within("additionalItems", () => {
    if (a.permitsAdditionalItems !== b.permitsAdditionalItems) ctx.add(a.permitsAdditionalItems ? "ADDITIONAL_ITEMS_REMOVED" : "ADDITIONAL_ITEMS_ADDED");
    else if (!a.additionalItems && b.additionalItems) ctx.add("ADDITIONAL_ITEMS_NARROWED");
    else if (a.additionalItems && !b.additionalItems) ctx.add("ADDITIONAL_ITEMS_EXTENDED");
    else compare(ctx, a.additionalItems, b.additionalItems);
  });
  compareUnevaluated(ctx, "unevaluatedItems", a.unevaluatedItems, b.unevaluatedItems, "ITEMS");
  compareLimit(ctx, "maxItems", a.maxItems, b.maxItems, ["MAX_ITEMS_ADDED", "MAX_ITEMS_REMOVED", "MAX_ITEMS_INCREASED", "MAX_ITEMS_DECREASED"]);
  compareLimit(ctx, "minItems", a.minItems, b.minItems, ["MIN_ITEMS_ADDED", "MIN_ITEMS_REMOVED", "MIN_ITEMS_INCREASED", "MIN_ITEMS_DECREASED"]);
  if (a.uniqueItems !== b.uniqueItems) ctx.add(a.uniqueItems ? "UNIQUE_ITEMS_REMOVED" : "UNIQUE_ITEMS_ADDED", "uniqueItems");
  compareLimit(ctx, "maxContains", a.maxContains, b.maxContains, ["MAX_CONTAINS_ADDED", "MAX_CONTAINS_REMOVED", "MAX_CONTAINS_INCREASED", "MAX_CONTAINS_DECREASED"]);
  compareLimit(ctx, "minContains", a.minContains, b.minContains, ["MIN_CONTAINS_ADDED", "MIN_CONTAINS_REMOVED", "MIN_CONTAINS_INCREASED", "MIN_CONTAINS_DECREASED"]);
}
