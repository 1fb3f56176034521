// Confluent's JSON Schema diff (io.confluent.kafka.schemaregistry.json.diff.SchemaDiff
// and its per-type companions) over the everit-shaped model of json-schema-model.ts.
// `compareJsonSchemas(original, update)` lists every difference, compatible or not;
// the caller filters with JSON_COMPATIBLE_CHANGES. Pairs are memoised on node identity
// and a pair met again while still being compared (a recursive $ref) counts as
// compatible, as Confluent does; its extra fixpoint pass over such cycles is not done.

import { compareArray, compareObject } from "./json-schema-content-diff.js";
import { Context, compareLimit, isCompatible, isEmptyLike } from "./json-schema-diff-context.js";
import type { JsonDifference } from "./json-schema-difference.js";
import type { ArrayNode, JsonSchemaNode, ObjectNode } from "./json-schema-model.js";

type Node = JsonSchemaNode;
type Of<K extends Node["kind"]> = Extract<Node, { kind: K }>;

export { isCompatible };

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
    case "object": return compareObject(ctx, original, update as ObjectNode & Node, compare);
    case "array": return compareArray(ctx, original, update as ArrayNode & Node, compare);
    default: return;
  }
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

