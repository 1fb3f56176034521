// The committed src/protocol/generated/ must be exactly what the generator makes now
// (DESIGN.md: a test checks the committed output). Fix a failure with `npm run gen:protocol`.

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { GENERATED_DIR, generate } from "./generate.js";
import { specDir } from "./spec.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

void test("src/protocol/generated equals fresh generator output", (t) => {
  const dir = specDir(root);
  if (!existsSync(dir)) {
    t.skip(`no Kafka message specs at ${dir} (set CAREBUS_KAFKA_PROTOCOL_DIR); cannot regenerate`);
    return;
  }
  const fresh = generate(dir);
  const outDir = join(root, GENERATED_DIR);
  const committed = readdirSync(outDir).sort();
  assert.deepStrictEqual(committed, [...fresh.keys()], "file list differs: run `npm run gen:protocol`");
  for (const [name, content] of fresh) {
    assert.ok(readFileSync(join(outDir, name), "utf8") === content, `${name} is stale: run \`npm run gen:protocol\``);
  }
});

void test("generation is deterministic", (t) => {
  const dir = specDir(root);
  if (!existsSync(dir)) {
    t.skip(`no Kafka message specs at ${dir}`);
    return;
  }
  assert.deepStrictEqual(generate(dir), generate(dir));
});
