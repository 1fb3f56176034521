import { describe, test } from "node:test";
import assert from "node:assert/strict";
import avro from "avsc";
import { avroFormat } from "../../registry/formats/avro/avro-format.js";
import { CATALOG_EXAMPLES } from "./catalog-examples.js";
import { EVENT_CATALOG } from "./index.js";

void describe("healthcare event catalog", () => {
  void test("topics follow <domain>.<entity>.<event> and subjects are <topic>-value", () => {
    assert.equal(EVENT_CATALOG.length, 9);
    for (const { topic, subject } of EVENT_CATALOG) {
      assert.match(topic, /^[a-z]+\.[a-z]+\.[a-z]+$/);
      assert.equal(subject, `${topic}-value`);
    }
    assert.equal(new Set(EVENT_CATALOG.map((e) => e.schema.name)).size, EVENT_CATALOG.length);
  });

  for (const { topic, schema } of EVENT_CATALOG) {
    void test(`${schema.name}: its example round-trips through avsc and the registry parses the schema`, () => {
      const type = avro.Type.forSchema(schema);
      const example = CATALOG_EXAMPLES[topic];
      assert.ok(example, `no example for ${topic}`);
      const errors: string[] = [];
      assert.ok(type.isValid(example, { errorHook: (path) => errors.push(path.join(".")) }), `invalid at ${errors.join(", ")}`);
      const decoded: unknown = type.fromBuffer(type.toBuffer(example));
      // Same fields, no more: a TS field missing from the schema would be dropped here.
      assert.deepEqual(JSON.parse(JSON.stringify(decoded)), JSON.parse(JSON.stringify(example)));
      const parsed = avroFormat.parse(JSON.stringify(schema), new Map());
      assert.equal(parsed.name, `${schema.namespace}.${schema.name}`);
    });
  }
});
