// What the emitters need to know about one message beyond its spec: the TypeScript
// name of every struct, the versions in which each struct can occur (so conditions test
// only what is not already implied), and which runtime helpers the file imports.

import type { FieldSpec, MessageSpec, StructSpec } from "./spec.js";
import { Versions, versionCondition } from "./versions.js";

export interface StructInfo {
  spec: StructSpec;
  tsName: string;
  /** Versions of the message in which this struct can be encoded. */
  possible: Versions;
  isMessage: boolean;
}

export class MessageContext {
  readonly spec: MessageSpec;
  /** Structs in emission order: the message first, then nested structs depth-first. */
  readonly structs: StructInfo[] = [];
  readonly #byName = new Map<string, StructInfo>();
  /** Names imported from ../message-codec.js. */
  readonly codecImports = new Set<string>();
  usesZeroUuid = false;
  /** Structs (spec names) whose "is the default" test is called: emitted as isDefault<TsName>. */
  readonly defaultTests = new Set<string>();

  constructor(spec: MessageSpec) {
    this.spec = spec;
    const message: StructInfo = {
      spec: { name: spec.name, versions: spec.validVersions, fields: spec.fields },
      tsName: spec.name,
      possible: spec.validVersions,
      isMessage: true,
    };
    this.structs.push(message);
    this.#visit(message.spec.fields, message.possible);
    // Common structs that no field reaches still get types (Kafka generates them too).
    for (const s of spec.structs.values()) {
      const info = this.#info(s.name, Versions.NONE);
      if (info.possible.empty) info.possible = s.versions.intersect(spec.validVersions);
    }
    const names = new Set<string>();
    for (const s of this.structs) {
      if (names.has(s.tsName)) throw new Error(`${spec.file}: two structs are named ${s.tsName}`);
      names.add(s.tsName);
    }
  }

  struct(name: string): StructInfo {
    const s = this.#byName.get(name);
    if (s === undefined) throw new Error(`${this.spec.file}: unknown struct ${name}`);
    return s;
  }

  structOf(field: FieldSpec): StructInfo | null {
    const t = field.type.kind === "array" ? field.type.element : field.type;
    return t.kind === "struct" ? this.struct(t.name) : null;
  }

  use(name: string): string {
    this.codecImports.add(name);
    return name;
  }

  #info(name: string, possible: Versions): StructInfo {
    let info = this.#byName.get(name);
    if (info === undefined) {
      const spec = this.spec.structs.get(name);
      if (spec === undefined) throw new Error(`${this.spec.file}: unknown struct ${name}`);
      info = { spec, tsName: structTsName(this.spec.name, name), possible, isMessage: false };
      this.#byName.set(name, info);
      this.structs.push(info);
    } else {
      info.possible = info.possible.hull(possible);
    }
    return info;
  }

  #visit(fields: FieldSpec[], possible: Versions): void {
    for (const f of fields) {
      const t = f.type.kind === "array" ? f.type.element : f.type;
      if (t.kind !== "struct") continue;
      const reach = f.versions.intersect(possible);
      const info = this.#info(t.name, reach);
      this.#visit(info.spec.fields, reach);
    }
  }
}

/**
 * Nested structs are named `<Message><Struct>` so names are unique project-wide; a
 * struct already named after its message (MetadataRequestTopic) keeps its name.
 */
export function structTsName(message: string, struct: string): string {
  return struct.startsWith(message) ? struct : `${message}${struct}`;
}

export function fieldTsName(f: FieldSpec): string {
  return f.name.charAt(0).toLowerCase() + f.name.slice(1);
}

/** File name of a message: kebab-case of the spec name. */
export function moduleName(specName: string): string {
  return specName.replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/([A-Z])([A-Z][a-z])/g, "$1-$2").toLowerCase();
}

/** Per-function state: the struct being emitted and whether `flexible` was referenced. */
export class FunctionContext {
  readonly msg: MessageContext;
  readonly struct: StructInfo;
  usesFlexible = false;

  constructor(msg: MessageContext, struct: StructInfo) {
    this.msg = msg;
    this.struct = struct;
  }

  get possible(): Versions {
    return this.struct.possible;
  }

  /** Condition for the struct's own flexible versions (its tagged-field section). */
  structFlexible(): string {
    return this.#flex(this.msg.spec.flexibleVersions, this.possible);
  }

  /** Condition for the flexible encoding of a field in the versions where it is present. */
  fieldFlexible(f: FieldSpec, present: Versions): string {
    if (f.flexibleVersions !== null) return paren(versionCondition(f.flexibleVersions, present));
    return this.#flex(this.msg.spec.flexibleVersions, present);
  }

  /** The const `flexible` is declared when the struct's flexibility depends on the version. */
  flexibleDeclaration(): string {
    return versionCondition(this.msg.spec.flexibleVersions, this.possible);
  }

  #flex(flexible: Versions, present: Versions): string {
    const cond = versionCondition(flexible, present);
    if (cond === "true" || cond === "false") return cond;
    // present is within possible, so the struct's own `flexible` const answers for it.
    this.usesFlexible = true;
    return "flexible";
  }
}

function paren(cond: string): string {
  return cond === "true" || cond === "false" || !cond.includes(" && ") ? cond : `(${cond})`;
}

/** The negation of a condition made by versionCondition. */
export function negate(cond: string): string {
  if (cond === "true") return "false";
  if (cond === "false") return "true";
  let m = /^version >= (\d+)$/.exec(cond);
  if (m) return `version < ${m[1]}`;
  m = /^version <= (\d+)$/.exec(cond);
  if (m) return `version > ${m[1]}`;
  m = /^version === (\d+)$/.exec(cond);
  if (m) return `version !== ${m[1]}`;
  return `!(${cond})`;
}
