// `npm run gen:protocol`: regenerates src/protocol/generated/ from Kafka's message specs
// (../shared/kafka-protocol/messages, or $CAREBUS_KAFKA_PROTOCOL_DIR). Files that are no
// longer generated are removed, so the folder always equals the generator's output.

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { GENERATED_DIR, generate } from "./generate.js";
import { specDir } from "./spec.js";

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const started = performance.now();
const dir = specDir(root);
const files = generate(dir);
const outDir = join(root, GENERATED_DIR);
mkdirSync(outDir, { recursive: true });
let written = 0;
let lines = 0;
for (const [name, content] of files) {
  lines += content.split("\n").length - 1;
  let current: string | undefined;
  try {
    current = readFileSync(join(outDir, name), "utf8");
  } catch {
    current = undefined;
  }
  if (current !== content) {
    writeFileSync(join(outDir, name), content);
    written++;
  }
}
for (const name of readdirSync(outDir)) {
  if (!files.has(name)) rmSync(join(outDir, name));
}
const ms = Math.round(performance.now() - started);
console.log(`gen:protocol: ${files.size} files, ${lines} lines from ${dir} (${written} changed) in ${ms} ms`);
