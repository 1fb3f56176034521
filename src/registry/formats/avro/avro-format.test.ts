import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { InvalidSchemaError } from "../schema-format.js";
import { avroFormat } from "./avro-format.js";

const parse = (schema: unknown, refs: ReadonlyMap<string, string> = new Map()) =>
  avroFormat.parse(JSON.stringify(schema), refs);
const rec = (fields: unknown[], extra: Record<string, unknown> = {}) => ({ type: "record", name: "R", namespace: "ns", fields, ...extra });
const backward = (next: unknown, prev: unknown): string[] => parse(next).isBackwardCompatible(parse(prev));

describe("Avro canonical text (Java Avro's Schema.toString)", () => {
  test("primitives without attributes become bare strings; attribute order is Avro's", () => {
    assert.equal(parse({ type: "string" }).canonicalString(), '"string"');
    assert.equal(parse({ type: "long", logicalType: "timestamp-millis" }).canonicalString(), '{"type":"long","logicalType":"timestamp-millis"}');
    const s = parse({ fields: [{ default: 1, type: "int", name: "a", doc: "d" }], namespace: "ns", name: "R", type: "record", doc: "top" });
    assert.equal(s.canonicalString(), '{"type":"record","name":"R","namespace":"ns","doc":"top","fields":[{"name":"a","type":"int","doc":"d","default":1}]}');
  });

  test("a named type is written once, then by its name relative to the namespace", () => {
    const s = parse(rec([
      { name: "a", type: { type: "enum", name: "E", symbols: ["X"] } },
      { name: "b", type: "E" },
      { name: "c", type: { type: "fixed", name: "F", namespace: "other", size: 2 } },
      { name: "d", type: "other.F" },
    ]));
    assert.equal(
      s.canonicalString(),
      '{"type":"record","name":"R","namespace":"ns","fields":[{"name":"a","type":{"type":"enum","name":"E","symbols":["X"]}},{"name":"b","type":"E"},{"name":"c","type":{"type":"fixed","name":"F","namespace":"other","size":2}},{"name":"d","type":"other.F"}]}',
    );
    assert.equal(s.name, "ns.R");
  });

  test("referenced named types are known by name and not inlined", () => {
    const refs = new Map([["ns.Address", JSON.stringify({ type: "record", name: "Address", namespace: "ns", fields: [{ name: "city", type: "string" }] })]]);
    assert.equal(parse(rec([{ name: "home", type: "ns.Address" }]), refs).canonicalString(), '{"type":"record","name":"R","namespace":"ns","fields":[{"name":"home","type":"Address"}]}');
  });

  test("normalize() gives Confluent's normalized text: full names, name first, sorted props", () => {
    const a = parse({ type: "record", name: "R", namespace: "ns", fields: [{ name: "e", type: { type: "enum", name: "E", symbols: ["X"], zeta: 1, alpha: 2 } }, { name: "f", type: "E", doc: "d" }] });
    const expected =
      '{"name":"ns.R","type":"record","fields":[{"name":"e","type":{"name":"ns.E","type":"enum","symbols":["X"],"alpha":2,"zeta":1},"order":"ASCENDING"},{"name":"f","type":"ns.E","order":"ASCENDING","doc":"d"}]}';
    assert.equal(a.normalize().canonicalString(), expected);
    // Different spellings of one schema normalize to the same text.
    const b = parse({ name: "ns.R", type: "record", fields: [{ name: "e", type: { name: "E", type: "enum", alpha: 2, zeta: 1, symbols: ["X"] } }, { doc: "d", name: "f", type: "ns.E" }] });
    assert.notEqual(a.canonicalString(), b.canonicalString());
    assert.ok(a.normalize().deepEquals(b.normalize()));
    assert.equal(parse({ type: "long", logicalType: "timestamp-millis" }).normalize().canonicalString(), '{"type":"long","logicalType":"timestamp-millis"}');
  });

  test("invalid schemas throw InvalidSchemaError", () => {
    assert.throws(() => avroFormat.parse("{", new Map()), InvalidSchemaError);
    assert.throws(() => parse({ type: "record", name: "R" }), InvalidSchemaError);
    assert.throws(() => parse(rec([{ name: "a", type: "Missing" }])), InvalidSchemaError);
    assert.throws(() => parse(rec([{ name: "a", type: "int", default: "x" }])), InvalidSchemaError);
  });
});

describe("Avro compatibility (Avro SchemaCompatibility, Confluent's messages)", () => {
  test("adding a field needs a default; removing one is fine", () => {
    assert.deepEqual(backward(rec([{ name: "a", type: "int" }, { name: "b", type: "int", default: 0 }]), rec([{ name: "a", type: "int" }])), []);
    assert.deepEqual(backward(rec([]), rec([{ name: "a", type: "int" }])), []);
    assert.deepEqual(backward(rec([{ name: "a", type: "int" }, { name: "b", type: "int" }]), rec([{ name: "a", type: "int" }])), [
      "{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE', description:'The field 'b' at path '/fields/1' in the new schema has no default value and is missing in the old schema', additionalInfo:'b'}",
    ]);
  });

  test("type promotions follow Avro; others are TYPE_MISMATCH at the field's path", () => {
    assert.deepEqual(backward(rec([{ name: "a", type: "long" }]), rec([{ name: "a", type: "int" }])), []);
    assert.deepEqual(backward(rec([{ name: "a", type: "double" }]), rec([{ name: "a", type: "float" }])), []);
    assert.deepEqual(backward(rec([{ name: "a", type: "bytes" }]), rec([{ name: "a", type: "string" }])), []);
    assert.deepEqual(backward(rec([{ name: "a", type: "int" }]), rec([{ name: "a", type: "long" }])), [
      "{errorType:'TYPE_MISMATCH', description:'The type (path '/fields/0/type') of a field in the new schema does not match with the old schema', additionalInfo:'reader type: INT not compatible with writer type: LONG'}",
    ]);
  });

  test("enum symbols, record names, fixed sizes", () => {
    const en = (symbols: string[], extra: Record<string, unknown> = {}) => ({ type: "enum", name: "E", symbols, ...extra });
    assert.deepEqual(backward(en(["A"]), en(["A", "C", "B"])), [
      "{errorType:'MISSING_ENUM_SYMBOLS', description:'The new schema is missing enum symbols '[B, C]' at path '/symbols' in the old schema', additionalInfo:'[B, C]'}",
    ]);
    assert.deepEqual(backward(en(["A", "U"], { default: "U" }), en(["A", "B"])), []);
    const renamed = backward({ ...rec([]), name: "S" }, rec([]));
    assert.match(renamed[0] ?? "", /^\{errorType:'NAME_MISMATCH', description:'The name of the schema has changed \(path '\/name'\)', additionalInfo:'expected: ns.R'\}$/);
    assert.deepEqual(backward({ ...rec([]), name: "S", aliases: ["R"] }, rec([])), []);
    const fixed = (size: number) => ({ type: "fixed", name: "F", size });
    assert.match(backward(fixed(4), fixed(8))[0] ?? "", /FIXED_SIZE_MISMATCH.*path '\/size'.*expected: 8, found: 4/);
  });

  test("unions: every writer branch must be readable", () => {
    assert.deepEqual(backward(["null", "string", "int"], ["null", "string"]), []);
    assert.deepEqual(backward(["null", "long"], "int"), []);
    assert.deepEqual(backward(["null", "string"], ["null", "string", "int"]), [
      "{errorType:'MISSING_UNION_BRANCH', description:'The new schema is missing a type inside a union field at path '/2' in the old schema', additionalInfo:'reader union lacking writer type: INT'}",
    ]);
    assert.match(backward("string", ["null", "string"])[0] ?? "", /TYPE_MISMATCH.*reader type: STRING not compatible with writer type: NULL/);
  });

  test("recursive types terminate", () => {
    const list = (extra: unknown[]) => ({ type: "record", name: "Node", fields: [{ name: "next", type: ["null", "Node"] }, ...extra] });
    assert.deepEqual(backward(list([]), list([])), []);
    assert.match(backward(list([{ name: "v", type: "int" }]), list([])).join(), /READER_FIELD_MISSING_DEFAULT_VALUE/);
  });
});
