// Generation without I/O on the output side: specs in, file name -> content out, so
// main.ts writes it and the up-to-date test compares it with the committed files.

import { emitApiMessages } from "./emit-api-messages.js";
import { emitMessage } from "./emit-message.js";
import { loadSpecs, selectGenerated } from "./spec.js";

export const GENERATED_DIR = "src/protocol/generated";

/** Every generated file, sorted by name. */
export function generate(specDirectory: string): Map<string, string> {
  const all = loadSpecs(specDirectory);
  const selected = selectGenerated(all);
  const files = selected.map(emitMessage);
  files.push(emitApiMessages(all, selected));
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out = new Map<string, string>();
  for (const f of files) {
    if (out.has(f.name)) throw new Error(`two messages generate ${f.name}`);
    out.set(f.name, f.content);
  }
  return out;
}
