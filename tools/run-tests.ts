// Runs every *.test.ts under src/, test/ and tools/ with node:test (Node 20's --test
// does not expand globs, so the list is built here). Extra arguments filter by
// substring: `npm run test:unit -- record-batch`.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function collect(dir: string, out: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name === "node_modules" || name === "dist") continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (name.endsWith(".test.ts")) out.push(path);
  }
}

const filters = process.argv.slice(2);
const files: string[] = [];
collect("src", files);
collect("test", files);
collect("tools", files);
const selected = files.sort().filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)));
if (selected.length === 0) {
  console.error("no test files matched");
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ["--import", "tsx", "--test", "--test-concurrency=2", "--test-reporter=spec", ...selected],
  { stdio: "inherit" },
);
process.exit(result.status ?? 1);
