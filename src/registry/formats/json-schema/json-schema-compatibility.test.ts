// Confluent's JSON Schema compatibility, one schema pair per change kind, checked both
// ways: `backward` lists the error types of new.isBackwardCompatible(old) (BACKWARD),
// `forward` those of old.isBackwardCompatible(new) (FORWARD); FULL needs both empty.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { jsonSchemaFormat } from "./json-schema-format.js";

interface Case {
  readonly change: string;
  readonly old: object;
  readonly new: object;
  readonly backward: readonly string[];
  readonly forward: readonly string[];
}

const obj = (properties: object, extra: object = {}): object => ({ type: "object", properties, ...extra });
const DRAFT_2020 = "https://json-schema.org/draft/2020-12/schema";
const DRAFT_04 = "http://json-schema.org/draft-04/schema#";
const S = { type: "string" };
const N = { type: "number" };

const CASES: readonly Case[] = [
  { change: "optional property added to an open content model", old: obj({ a: S }), new: obj({ a: S, b: S }),
    backward: ["OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL"], forward: [] },
  { change: "optional property added to a closed content model", old: obj({ a: S }, { additionalProperties: false }), new: obj({ a: S, b: S }, { additionalProperties: false }),
    backward: [], forward: ["PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL"] },
  { change: "required property added to a closed content model", old: obj({ a: S }, { additionalProperties: false }), new: obj({ a: S, b: S }, { additionalProperties: false, required: ["b"] }),
    backward: ["REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL"], forward: ["PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL"] },
  { change: "required property with a default added to a closed content model", old: obj({ a: S }, { additionalProperties: false }), new: obj({ a: S, b: { ...S, default: "x" } }, { additionalProperties: false, required: ["b"] }),
    backward: [], forward: ["PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL"] },
  { change: "required property added to an open content model", old: obj({ a: S }), new: obj({ a: S, b: S }, { required: ["b"] }),
    backward: ["REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL"], forward: [] },
  { change: "property added within a partially open content model", old: obj({ a: S }, { additionalProperties: S }), new: obj({ a: S, b: N }, { additionalProperties: S }),
    backward: ["TYPE_CHANGED", "PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL"], forward: ["TYPE_CHANGED", "PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL"] },
  { change: "existing property made required", old: obj({ a: S }), new: obj({ a: S }, { required: ["a"] }),
    backward: ["REQUIRED_ATTRIBUTE_ADDED"], forward: [] },
  { change: "additionalProperties true to false", old: obj({ a: S }, { additionalProperties: true }), new: obj({ a: S }, { additionalProperties: false }),
    backward: ["ADDITIONAL_PROPERTIES_REMOVED"], forward: [] },
  { change: "additionalProperties narrowed to a schema", old: obj({ a: S }), new: obj({ a: S }, { additionalProperties: S }),
    backward: ["ADDITIONAL_PROPERTIES_NARROWED"], forward: [] },
  { change: "property type changed", old: obj({ a: S }), new: obj({ a: N }),
    backward: ["TYPE_CHANGED"], forward: ["TYPE_CHANGED"] },
  { change: "integer widened to number", old: { type: "integer" }, new: N,
    backward: [], forward: ["TYPE_NARROWED"] },
  { change: "string made nullable", old: S, new: { type: ["string", "null"] },
    backward: [], forward: ["TYPE_CHANGED"] },
  { change: "enum extended", old: { enum: ["a", "b"] }, new: { enum: ["a", "b", "c"] },
    backward: [], forward: ["ENUM_ARRAY_NARROWED"] },
  { change: "enum changed", old: { enum: ["a", "b"] }, new: { enum: ["a", "c"] },
    backward: ["ENUM_ARRAY_CHANGED"], forward: ["ENUM_ARRAY_CHANGED"] },
  { change: "typed enum extended (a synthetic allOf of type and enum)", old: { type: "string", enum: ["a"] }, new: { type: "string", enum: ["a", "b"] },
    backward: [], forward: ["COMBINED_TYPE_SUBSCHEMAS_CHANGED"] },
  { change: "const changed", old: { const: "a" }, new: { const: "b" },
    backward: ["ENUM_ARRAY_CHANGED"], forward: ["ENUM_ARRAY_CHANGED"] },
  { change: "maxLength added", old: S, new: { ...S, maxLength: 5 },
    backward: ["MAX_LENGTH_ADDED"], forward: [] },
  { change: "maxLength decreased", old: { ...S, maxLength: 10 }, new: { ...S, maxLength: 5 },
    backward: ["MAX_LENGTH_DECREASED"], forward: [] },
  { change: "minLength increased", old: { ...S, minLength: 1 }, new: { ...S, minLength: 2 },
    backward: ["MIN_LENGTH_INCREASED"], forward: [] },
  { change: "pattern added", old: S, new: { ...S, pattern: "^[A-Z]" },
    backward: ["PATTERN_ADDED"], forward: [] },
  { change: "pattern changed", old: { ...S, pattern: "^[A-Z]" }, new: { ...S, pattern: "^[a-z]" },
    backward: ["PATTERN_CHANGED"], forward: ["PATTERN_CHANGED"] },
  { change: "maximum decreased", old: { ...N, maximum: 10 }, new: { ...N, maximum: 5 },
    backward: ["MAXIMUM_DECREASED"], forward: [] },
  { change: "minimum increased", old: { ...N, minimum: 0 }, new: { ...N, minimum: 1 },
    backward: ["MINIMUM_INCREASED"], forward: [] },
  { change: "exclusiveMinimum added", old: N, new: { ...N, exclusiveMinimum: 0 },
    backward: ["EXCLUSIVE_MINIMUM_ADDED"], forward: [] },
  { change: "multipleOf expanded", old: { ...N, multipleOf: 0.5 }, new: { ...N, multipleOf: 1.5 },
    backward: ["MULTIPLE_OF_EXPANDED"], forward: [] },
  { change: "multipleOf changed", old: { ...N, multipleOf: 2 }, new: { ...N, multipleOf: 3 },
    backward: ["MULTIPLE_OF_CHANGED"], forward: ["MULTIPLE_OF_CHANGED"] },
  { change: "maxProperties decreased", old: { type: "object", maxProperties: 5 }, new: { type: "object", maxProperties: 3 },
    backward: ["MAX_PROPERTIES_DECREASED"], forward: [] },
  { change: "minProperties added", old: { type: "object" }, new: { type: "object", minProperties: 1 },
    backward: ["MIN_PROPERTIES_ADDED"], forward: [] },
  { change: "dependency array added", old: obj({ a: S, b: S }), new: obj({ a: S, b: S }, { dependencies: { a: ["b"] } }),
    backward: ["DEPENDENCY_ARRAY_ADDED"], forward: [] },
  { change: "array items type changed", old: { type: "array", items: S }, new: { type: "array", items: N },
    backward: ["TYPE_CHANGED"], forward: ["TYPE_CHANGED"] },
  { change: "items schema added", old: { type: "array" }, new: { type: "array", items: S },
    backward: ["SCHEMA_ADDED"], forward: [] },
  { change: "maxItems decreased", old: { type: "array", maxItems: 10 }, new: { type: "array", maxItems: 5 },
    backward: ["MAX_ITEMS_DECREASED"], forward: [] },
  { change: "minItems increased", old: { type: "array", minItems: 0 }, new: { type: "array", minItems: 1 },
    backward: ["MIN_ITEMS_INCREASED"], forward: [] },
  { change: "uniqueItems added", old: { type: "array" }, new: { type: "array", uniqueItems: true },
    backward: ["UNIQUE_ITEMS_ADDED"], forward: [] },
  { change: "tuple item added to a closed content model", old: { type: "array", items: [S], additionalItems: false }, new: { type: "array", items: [S, N], additionalItems: false },
    backward: [], forward: ["ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL"] },
  { change: "tuple item added to an open content model", old: { type: "array", items: [S] }, new: { type: "array", items: [S, N] },
    backward: ["ITEM_ADDED_TO_OPEN_CONTENT_MODEL"], forward: [] },
  { change: "additionalItems true to false", old: { type: "array", items: [S], additionalItems: true }, new: { type: "array", items: [S], additionalItems: false },
    backward: ["ADDITIONAL_ITEMS_REMOVED"], forward: [] },
  { change: "oneOf narrowed", old: { oneOf: [S, N] }, new: { oneOf: [S] },
    backward: ["SUM_TYPE_NARROWED"], forward: [] },
  { change: "oneOf subschema changed", old: { oneOf: [S, { type: "boolean" }] }, new: { oneOf: [S, N] },
    backward: ["COMBINED_TYPE_SUBSCHEMAS_CHANGED"], forward: ["COMBINED_TYPE_SUBSCHEMAS_CHANGED"] },
  { change: "anyOf changed to allOf", old: { anyOf: [S, { maxLength: 3 }] }, new: { allOf: [S, { maxLength: 3 }] },
    backward: ["COMBINED_TYPE_CHANGED"], forward: [] },
  { change: "allOf extended", old: { allOf: [S] }, new: { allOf: [S, { maxLength: 3 }] },
    backward: ["PRODUCT_TYPE_EXTENDED"], forward: [] },
  { change: "not widened", old: { not: { type: "integer" } }, new: { not: N },
    backward: ["NOT_TYPE_EXTENDED"], forward: [] },
  { change: "$ref into definitions: the referenced type changed",
    old: { definitions: { code: S }, type: "object", properties: { c: { $ref: "#/definitions/code" } } },
    new: { definitions: { code: N }, type: "object", properties: { c: { $ref: "#/definitions/code" } } },
    backward: ["TYPE_CHANGED"], forward: ["TYPE_CHANGED"] },
  { change: "inline schema moved into definitions", old: obj({ c: S }), new: { definitions: { code: S }, type: "object", properties: { c: { $ref: "#/definitions/code" } } },
    backward: [], forward: [] },
  { change: "recursive $ref, changed inside the cycle",
    old: { $ref: "#/definitions/node", definitions: { node: obj({ v: S, next: { $ref: "#/definitions/node" } }) } },
    new: { $ref: "#/definitions/node", definitions: { node: obj({ v: N, next: { $ref: "#/definitions/node" } }) } },
    backward: ["TYPE_CHANGED"], forward: ["TYPE_CHANGED"] },
  { change: "2020-12: prefixItems item added to a closed tuple",
    old: { $schema: DRAFT_2020, type: "array", prefixItems: [S], items: false }, new: { $schema: DRAFT_2020, type: "array", prefixItems: [S, N], items: false },
    backward: [], forward: ["ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL"] },
  { change: "2020-12: property added under unevaluatedProperties false",
    old: { $schema: DRAFT_2020, ...obj({ a: S }, { unevaluatedProperties: false }) }, new: { $schema: DRAFT_2020, ...obj({ a: S, b: N }, { unevaluatedProperties: false }) },
    backward: [], forward: ["PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL"] },
  { change: "2020-12: unevaluatedProperties false added",
    old: { $schema: DRAFT_2020, ...obj({ a: S }) }, new: { $schema: DRAFT_2020, ...obj({ a: S }, { unevaluatedProperties: false }) },
    backward: ["UNEVALUATED_PROPERTIES_REMOVED"], forward: [] },
  { change: "draft-04: boolean exclusiveMaximum is not compared (as everit's draft-4 model)",
    old: { $schema: DRAFT_04, ...N, maximum: 10 }, new: { $schema: DRAFT_04, ...N, maximum: 10, exclusiveMaximum: true },
    backward: [], forward: [] },
];

function errorTypes(messages: readonly string[]): string[] {
  return messages.map((m) => /^\{errorType:"([A-Z_]+)"/.exec(m)?.[1] ?? m);
}

describe("JSON Schema compatibility matrix", () => {
  for (const c of CASES) {
    test(c.change, () => {
      const before = jsonSchemaFormat.parse(JSON.stringify(c.old), new Map());
      const after = jsonSchemaFormat.parse(JSON.stringify(c.new), new Map());
      assert.deepEqual(errorTypes(after.isBackwardCompatible(before)), c.backward, "BACKWARD");
      assert.deepEqual(errorTypes(before.isBackwardCompatible(after)), c.forward, "FORWARD");
    });
  }
});

describe("JSON Schema compatibility messages", () => {
  test("are Confluent's strings, with the new schema as reader", () => {
    const before = jsonSchemaFormat.parse(JSON.stringify(obj({ hr: { type: "number" } })), new Map());
    const after = jsonSchemaFormat.parse(JSON.stringify(obj({ hr: S, spo2: N }, { required: ["spo2"] })), new Map());
    assert.deepEqual(after.isBackwardCompatible(before), [
      `{errorType:"TYPE_CHANGED", description:"A type at path '#/properties/hr' is different between the new schema and the old schema'}`,
      `{errorType:"REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL", description:"The new schema has an open content model and has a property or item at path '#/properties/spo2' which is missing in the old schema'}`,
    ]);
  });

  test("swap roles when asked, as Confluent does for FORWARD", () => {
    const before = jsonSchemaFormat.parse(JSON.stringify({ ...S, maxLength: 5 }), new Map());
    const after = jsonSchemaFormat.parse(JSON.stringify(S), new Map());
    const forward = (before as unknown as { isBackwardCompatible(p: unknown, r: object): string[] })
      .isBackwardCompatible(after, { reader: "old", writer: "new" });
    assert.deepEqual(forward, [
      `{errorType:"MAX_LENGTH_ADDED", description:"The keyword at path '#/maxLength' in the old schema is not present in the new schema'}`,
    ]);
  });

  test("a different schema type is incompatible", () => {
    const json = jsonSchemaFormat.parse(`{"type":"string"}`, new Map());
    const other = { ...json, schemaType: "AVRO" as const };
    assert.deepEqual(json.isBackwardCompatible(other), ["Incompatible because of different schema type"]);
  });
});

describe("JSON Schema compatibility of the healthcare schemas", () => {
  const read = (name: string): string => readFileSync(new URL(`../../../../test/data/registry/json-schema/${name}`, import.meta.url), "utf8");

  test("vitals v2 widens value, adds a LOINC code and a longer unit: BACKWARD yes, FORWARD no", () => {
    const v1 = jsonSchemaFormat.parse(read("vitals-observation.v1.json"), new Map());
    const v2 = jsonSchemaFormat.parse(read("vitals-observation.v2.json"), new Map());
    assert.deepEqual(v2.isBackwardCompatible(v1), []);
    assert.deepEqual(errorTypes(v1.isBackwardCompatible(v2)).sort(), [
      "ENUM_ARRAY_NARROWED", "MAXIMUM_ADDED", "MAX_LENGTH_DECREASED", "MINIMUM_ADDED", "TYPE_NARROWED",
    ]);
  });

  test("patient admitted (closed content model): an optional ward code is BACKWARD compatible only", () => {
    const references = new Map([["address.json", read("address.json")]]);
    const text = read("patient-admitted.v1.json");
    const v1 = jsonSchemaFormat.parse(text, references);
    const v2 = jsonSchemaFormat.parse(text.replace(`"ward": {`, `"wardCode": { "type": "string" },\n    "ward": {`), references);
    assert.deepEqual(v2.isBackwardCompatible(v1), []);
    assert.deepEqual(errorTypes(v1.isBackwardCompatible(v2)), ["PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL"]);
    const narrowed = jsonSchemaFormat.parse(text.replace(`"emergency", `, ""), references);
    assert.deepEqual(errorTypes(narrowed.isBackwardCompatible(v1)), ["COMBINED_TYPE_SUBSCHEMAS_CHANGED"]);
  });
});
