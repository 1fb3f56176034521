// Confluent's ObjectSchemaDiff and ArraySchemaDiff: properties and tuple items judged by
// the content model of the side that must absorb them (open: anything goes; closed:
// nothing else may appear; partially open: what appears must fit additionalProperties,
// patternProperties, additionalItems or unevaluated*), then the object and array keywords.

import { type Compare, type Context, compareLimit, isCompatible, isEmptyLike } from "./json-schema-diff-context.js";
import type { JsonDifferenceType } from "./json-schema-difference.js";
import type { ArrayNode, JsonSchemaNode, ObjectNode } from "./json-schema-model.js";

type Node = JsonSchemaNode;

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

export function compareObject(ctx: Context, a: ObjectNode, b: ObjectNode, compare: Compare): void {
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
      ctx.within(key, () => compareProperty(ctx, a, b, key, compare));
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
  compareUnevaluated(ctx, "unevaluatedProperties", a.unevaluatedProperties, b.unevaluatedProperties, "PROPERTIES", compare);
  compareLimit(ctx, "maxProperties", a.maxProperties, b.maxProperties, ["MAX_PROPERTIES_ADDED", "MAX_PROPERTIES_REMOVED", "MAX_PROPERTIES_INCREASED", "MAX_PROPERTIES_DECREASED"]);
  compareLimit(ctx, "minProperties", a.minProperties, b.minProperties, ["MIN_PROPERTIES_ADDED", "MIN_PROPERTIES_REMOVED", "MIN_PROPERTIES_INCREASED", "MIN_PROPERTIES_DECREASED"]);
}

function hasDefault(node: Node | undefined): boolean {
  return node?.defaultValue !== undefined;
}

function compareProperty(ctx: Context, a: ObjectNode, b: ObjectNode, key: string, compare: Compare): void {
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

function compareUnevaluated(ctx: Context, keyword: string, x: Node | undefined, y: Node | undefined, what: "PROPERTIES" | "ITEMS", compare: Compare): void {
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

export function compareArray(ctx: Context, a: ArrayNode, b: ArrayNode, compare: Compare): void {
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
  compareUnevaluated(ctx, "unevaluatedItems", a.unevaluatedItems, b.unevaluatedItems, "ITEMS", compare);
  compareLimit(ctx, "maxItems", a.maxItems, b.maxItems, ["MAX_ITEMS_ADDED", "MAX_ITEMS_REMOVED", "MAX_ITEMS_INCREASED", "MAX_ITEMS_DECREASED"]);
  compareLimit(ctx, "minItems", a.minItems, b.minItems, ["MIN_ITEMS_ADDED", "MIN_ITEMS_REMOVED", "MIN_ITEMS_INCREASED", "MIN_ITEMS_DECREASED"]);
  if (a.uniqueItems !== b.uniqueItems) ctx.add(a.uniqueItems ? "UNIQUE_ITEMS_REMOVED" : "UNIQUE_ITEMS_ADDED", "uniqueItems");
  compareLimit(ctx, "maxContains", a.maxContains, b.maxContains, ["MAX_CONTAINS_ADDED", "MAX_CONTAINS_REMOVED", "MAX_CONTAINS_INCREASED", "MAX_CONTAINS_DECREASED"]);
  compareLimit(ctx, "minContains", a.minContains, b.minContains, ["MIN_CONTAINS_ADDED", "MIN_CONTAINS_REMOVED", "MIN_CONTAINS_INCREASED", "MIN_CONTAINS_DECREASED"]);
}
