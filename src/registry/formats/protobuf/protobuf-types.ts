// The named types visible to one schema (its own and those of every file it imports),
// with protoc's scoping rule for resolving a type name written inside a message:
// try the innermost enclosing scope first and walk outwards (Confluent's diff Context).

import type { ProtoFile, TypeElement } from "./protobuf-model.js";

export interface TypeInfo {
  readonly packageName: string;
  readonly element: TypeElement;
  /** The import path of the file declaring the type; "" for the schema itself. */
  readonly file: string;
}

export const SCALAR_TYPES: ReadonlySet<string> = new Set([
  "double", "float", "int32", "int64", "uint32", "uint64", "sint32", "sint64",
  "fixed32", "fixed64", "sfixed32", "sfixed64", "bool", "string", "bytes",
]);

export class TypeTable {
  readonly #types = new Map<string, TypeInfo>();

  /** Dependencies first, the schema itself last, as Confluent collects them. */
  constructor(main: ProtoFile, dependencies: ReadonlyMap<string, ProtoFile>) {
    for (const [path, file] of dependencies) this.#collect(file, path);
    this.#collect(main, "");
  }

  #collect(file: ProtoFile, path: string): void {
    const packageName = file.packageName ?? "";
    const walk = (types: readonly TypeElement[], prefix: string): void => {
      for (const element of types) {
        const name = prefix ? `${prefix}.${element.name}` : element.name;
        this.#types.set(packageName ? `${packageName}.${name}` : name, { packageName, element, file: path });
        if (element.kind === "message") walk(element.nested, name);
      }
    };
    walk(file.types, "");
  }

  get(fullName: string): TypeInfo | undefined {
    return this.#types.get(fullName.replace(/^\./, ""));
  }

  /** The full name (no leading dot) `name` denotes inside `scope` (package + message path). */
  resolve(name: string, scope: readonly string[]): string | undefined {
    if (name.startsWith(".")) return this.#types.has(name.slice(1)) ? name.slice(1) : undefined;
    const prefix = [...scope];
    while (prefix.length > 0) {
      const candidate = `${prefix.join(".")}.${name}`;
      if (this.#types.has(candidate)) return candidate;
      prefix.pop();
    }
    return this.#types.has(name) ? name : undefined;
  }
}

export function scopeOf(packageName: string | undefined, path: readonly string[]): string[] {
  return [...(packageName ? packageName.split(".") : []), ...path];
}
