// The named types visible to one schema (its own and those of every file it imports),
// with protoc's scoping rule for resolving a type name written inside a message:
// try the innermost enclosing scope first and walk outwards (Confluent's diff Context).

import type { FieldElement, ProtoFile, TypeElement } from "./protobuf-model.js";

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

/** A field of an `extend` block: a custom option when it extends a descriptor message. */
export interface ExtensionInfo {
  readonly field: FieldElement;
  /** Package and message path where the extension is declared, to resolve its type. */
  readonly scope: readonly string[];
}

export class TypeTable {
  readonly #types = new Map<string, TypeInfo>();
  readonly #extensions = new Map<string, ExtensionInfo>();

  /** Dependencies first, the schema itself last, as Confluent collects them. */
  constructor(main: ProtoFile, dependencies: ReadonlyMap<string, ProtoFile>) {
    for (const [path, file] of dependencies) this.#collect(file, path);
    this.#collect(main, "");
  }

  #collect(file: ProtoFile, path: string): void {
    const packageName = file.packageName ?? "";
    const qualify = (name: string): string => packageName ? `${packageName}.${name}` : name;
    const addExtensions = (blocks: ProtoFile["extends"], prefix: string): void => {
      for (const block of blocks) {
        for (const field of block.fields) {
          const scope = qualify(prefix).split(".").filter((s) => s !== "");
          this.#extensions.set(qualify(prefix ? `${prefix}.${field.name}` : field.name), { field, scope });
        }
      }
    };
    const walk = (types: readonly TypeElement[], prefix: string): void => {
      for (const element of types) {
        const name = prefix ? `${prefix}.${element.name}` : element.name;
        this.#types.set(qualify(name), { packageName, element, file: path });
        if (element.kind === "message") {
          addExtensions(element.extends, name);
          walk(element.nested, name);
        }
      }
    };
    addExtensions(file.extends, "");
    walk(file.types, "");
  }

  get(fullName: string): TypeInfo | undefined {
    return this.#types.get(fullName.replace(/^\./, ""));
  }

  extension(fullName: string): ExtensionInfo | undefined {
    return this.#extensions.get(fullName);
  }

  /** The full name (no leading dot) `name` denotes inside `scope` (package + message path). */
  resolve(name: string, scope: readonly string[], among: ReadonlyMap<string, unknown> = this.#types): string | undefined {
    if (name.startsWith(".")) return among.has(name.slice(1)) ? name.slice(1) : undefined;
    const prefix = [...scope];
    while (prefix.length > 0) {
      const candidate = `${prefix.join(".")}.${name}`;
      if (among.has(candidate)) return candidate;
      prefix.pop();
    }
    return among.has(name) ? name : undefined;
  }

  /** Like resolve, for the name of a custom option (an extension field). */
  resolveExtension(name: string, scope: readonly string[]): string | undefined {
    return this.resolve(name, scope, this.#extensions);
  }
}

export function scopeOf(packageName: string | undefined, path: readonly string[]): string[] {
  return [...(packageName ? packageName.split(".") : []), ...path];
}
