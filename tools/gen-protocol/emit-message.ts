// Emits one generated file per message: header, imports, interfaces, then the factory,
// encoder and decoder of each struct (message first, nested structs depth-first).

import { MessageContext, moduleName } from "./emit-context.js";
import { emitDefaultTest } from "./emit-fields.js";
import { emitDecoder, emitEncoder, emitFactory, emitInterface } from "./emit-struct.js";
import type { MessageSpec } from "./spec.js";

export const GENERATED_HEADER = (source: string) =>
  `// Generated from ${source} (Apache Kafka's message spec) by \`npm run gen:protocol\`. DO NOT EDIT.`;

export interface GeneratedFile {
  name: string;
  content: string;
}

export function emitMessage(spec: MessageSpec): GeneratedFile {
  const msg = new MessageContext(spec);
  const sections: string[] = [];
  for (const s of msg.structs) sections.push(emitInterface(msg, s));
  for (const s of msg.structs) sections.push(emitFactory(msg, s), emitEncoder(msg, s), emitDecoder(msg, s));
  // Default tests can call each other (a struct field inside a struct): emit until closed.
  const tested = new Set<string>();
  for (let pending = [...msg.defaultTests]; pending.length > 0; pending = [...msg.defaultTests].filter((n) => !tested.has(n))) {
    for (const name of pending.sort()) {
      tested.add(name);
      sections.push(emitDefaultTest(msg, name));
    }
  }

  const imports: string[] = [];
  imports.push(
    msg.usesZeroUuid
      ? `import { type Reader, ZERO_UUID } from "../primitives/reader.js";`
      : `import type { Reader } from "../primitives/reader.js";`,
  );
  imports.push(`import type { Writer } from "../primitives/writer.js";`);
  const types = new Set(["TaggedField", "TaggedFieldWrite"]);
  const names = [...msg.codecImports].sort();
  imports.push(`import { ${names.map((n) => (types.has(n) ? `type ${n}` : n)).join(", ")} } from "../message-codec.js";`);

  const content = [GENERATED_HEADER(spec.file), "", ...imports, "", sections.join("\n\n"), ""].join("\n");
  return { name: `${moduleName(spec.name)}.ts`, content };
}
