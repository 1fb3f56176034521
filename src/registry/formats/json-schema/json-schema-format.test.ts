import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { InvalidSchemaError } from "../schema-format.js";
import { jsonSchemaFormat } from "./json-schema-format.js";
import { bigDecimalString } from "./json-text.js";

const NONE = new Map<string, string>();
const data = (name: string): string => readFileSync(new URL(`../../../../test/data/registry/json-schema/${name}`, import.meta.url), "utf8");

function invalid(text: string, pattern: RegExp, references: ReadonlyMap<string, string> = NONE): void {
  assert.throws(() => jsonSchemaFormat.parse(text, references), (error: unknown) => {
    assert.ok(error instanceof InvalidSchemaError, String(error));
    assert.match(error.message, pattern);
    return true;
  });
}

describe("JSON Schema parse", () => {
  test("rejects text that is not JSON", () => {
    invalid(`{"type": "object",`, /^Invalid JSON schema: /);
  });

  test("rejects a root that is neither an object nor a boolean", () => {
    invalid(`[1, 2]`, /expected an object or boolean at the root, found ARRAY/);
    invalid(`"string"`, /found STRING/);
  });

  test("rejects a schema its draft's meta-schema refuses", () => {
    invalid(`{"type": "strin"}`, /^Invalid schema: .*type/);
    invalid(`{"$schema": "https://json-schema.org/draft/2020-12/schema", "minLength": -1}`, /^Invalid schema: /);
    invalid(`{"$schema": "http://json-schema.org/draft-04/schema#", "required": []}`, /^Invalid schema: .*required/);
  });

  test("accepts each supported draft, and boolean schemas", () => {
    for (const url of [
      "http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-06/schema#",
      "http://json-schema.org/draft-07/schema#", "https://json-schema.org/draft/2019-09/schema",
      "https://json-schema.org/draft/2020-12/schema",
    ]) {
      const schema = jsonSchemaFormat.parse(JSON.stringify({ $schema: url, type: "object", properties: { a: { type: "integer" } } }), NONE);
      assert.equal(schema.schemaType, "JSON");
      assert.equal(schema.name, undefined);
    }
    assert.equal(jsonSchemaFormat.parse("true", NONE).canonicalString(), "true");
  });

  test("the same $id parses again: the shared validator keeps no schema", () => {
    const text = `{"$id":"https://carebus.example.org/a.json","properties":{"a":{"$ref":"#/definitions/d"}},"definitions":{"d":{"type":"string"}}}`;
    assert.equal(jsonSchemaFormat.parse(text, NONE).canonicalString(), jsonSchemaFormat.parse(text, NONE).canonicalString());
    invalid(`{"$id":"https://carebus.example.org/b.json","type":"strin"}`, /^Invalid schema: /);
    assert.equal(jsonSchemaFormat.parse(`{"$id":"https://carebus.example.org/b.json","type":"string"}`, NONE).schemaType, "JSON");
  });

  test("an unresolvable $ref is an invalid schema", () => {
    invalid(`{"properties": {"a": {"$ref": "#/definitions/missing"}}}`, /^Invalid schema: can't resolve reference/);
    invalid(`{"properties": {"a": {"$ref": "coding.json"}}}`, /^Invalid schema: can't resolve reference coding.json/);
  });

  test("references resolve by name, also relative to the schema's $id", () => {
    const references = new Map([["address.json", data("address.json")]]);
    const schema = jsonSchemaFormat.parse(data("patient-admitted.v1.json"), references);
    assert.ok(schema.canonicalString().includes(`"address":{"$ref":"address.json"}`));
    assert.equal(schema.name, "PatientAdmitted", "Confluent names a JSON schema by its title");
    invalid(data("patient-admitted.v1.json"), /can't resolve reference address.json/);
    const plain = new Map([["coding.json", `{"type":"object","properties":{"code":{"type":"string"}}}`]]);
    jsonSchemaFormat.parse(`{"properties":{"c":{"$ref":"coding.json"}}}`, plain);
  });

  test("the compatibility check follows references into the referenced schema", () => {
    const v1 = jsonSchemaFormat.parse(data("patient-admitted.v1.json"), new Map([["address.json", data("address.json")]]));
    const narrowed = data("address.json").replace(`"type": "string" }`, `"type": "string", "maxLength": 40 }`);
    const v2 = jsonSchemaFormat.parse(data("patient-admitted.v1.json"), new Map([["address.json", narrowed]]));
    assert.deepEqual(v2.isBackwardCompatible(v1), [
      `{errorType:"MAX_LENGTH_ADDED", description:"The keyword at path '#/properties/address/properties/city/maxLength' in the new schema is not present in the old schema'}`,
    ]);
    assert.deepEqual(v1.isBackwardCompatible(v2), []);
  });
});

describe("JSON Schema canonical and normalized text", () => {
  test("canonical text is compact JSON in the document's key order", () => {
    const schema = jsonSchemaFormat.parse(`{
      "type" : "object",
      "properties" : { "z" : { "type" : "string" }, "a" : { "type" : "number", "maximum" : 1.50 } },
      "title" : "T\\u00e9st\\n"
    }`, NONE);
    assert.equal(schema.canonicalString(), `{"type":"object","properties":{"z":{"type":"string"},"a":{"type":"number","maximum":1.50}},"title":"Tést\\n"}`);
  });

  test("numbers are written as Jackson writes exact BigDecimals", () => {
    assert.equal(bigDecimalString("1.0"), "1.0");
    assert.equal(bigDecimalString("1e3"), "1E+3");
    assert.equal(bigDecimalString("1.5e-7"), "1.5E-7");
    assert.equal(bigDecimalString("0.000001"), "0.000001");
    assert.equal(bigDecimalString("0.0000001"), "1E-7");
    assert.equal(bigDecimalString("-2.50E+2"), "-250");
    assert.equal(bigDecimalString("12345678901234567890"), "12345678901234567890");
    const schema = jsonSchemaFormat.parse(`{"multipleOf": 1e-2, "maximum": -0, "const": 12345678901234567890}`, NONE);
    assert.equal(schema.canonicalString(), `{"multipleOf":0.01,"maximum":0,"const":12345678901234567890}`);
  });

  test("normalize sorts keys at every level and keeps values", () => {
    const schema = jsonSchemaFormat.parse(`{"type":"object","properties":{"z":{"type":"string","enum":["b","a"]},"a":{"maximum":2.0,"type":"number"}}}`, NONE);
    assert.equal(schema.normalize().canonicalString(), `{"properties":{"a":{"maximum":2.0,"type":"number"},"z":{"enum":["b","a"],"type":"string"}},"type":"object"}`);
    assert.ok(schema.normalize().deepEquals(jsonSchemaFormat.parse(`{"properties":{"a":{"type":"number","maximum":2.0},"z":{"enum":["b","a"],"type":"string"}},"type":"object"}`, NONE).normalize()));
  });

  test("deepEquals compares canonical text and references", () => {
    const a = jsonSchemaFormat.parse(`{ "type": "string" }`, NONE);
    assert.ok(a.deepEquals(jsonSchemaFormat.parse(`{"type":"string"}`, NONE)));
    assert.ok(!a.deepEquals(jsonSchemaFormat.parse(`{"type":"number"}`, NONE)));
    const withRef = (text: string): ReturnType<typeof jsonSchemaFormat.parse> =>
      jsonSchemaFormat.parse(`{"$ref":"c.json"}`, new Map([["c.json", text]]));
    assert.ok(!withRef(`{"type":"string"}`).deepEquals(withRef(`{"type":"number"}`)));
  });
});
