// Confluent's Protobuf diff (io.confluent.kafka.schemaregistry.protobuf.diff): messages
// and enums matched by name, fields by tag; a field's kind (scalar, message, map) and
// its wire-compatible scalar group decide, oneof membership changes that make
// independent fields exclusive are caught. Lists every difference; the caller keeps
// those outside PROTOBUF_COMPATIBLE_CHANGES.

import type { ProtobufDifference, ProtobufDifferenceType } from "./protobuf-difference.js";
import { PROTOBUF_COMPATIBLE_CHANGES } from "./protobuf-difference.js";
import type { EnumElement, FieldElement, MessageElement, ProtoFile, TypeElement } from "./protobuf-model.js";
import { SCALAR_TYPES, scopeOf, type TypeInfo, type TypeTable } from "./protobuf-types.js";

export interface DiffSide {
  readonly file: ProtoFile;
  readonly table: TypeTable;
  /** Import path -> text of every dependency, to tell whether an imported type changed. */
  readonly dependencies: ReadonlyMap<string, string>;
}

class Context {
  readonly diffs: ProtobufDifference[] = [];
  readonly path: string[];
  readonly names: string[];
  readonly inProgress: Set<MessageElement>;
  readonly packages: { original: string; update: string };
  readonly original: DiffSide;
  readonly update: DiffSide;

  constructor(original: DiffSide, update: DiffSide, inProgress = new Set<MessageElement>(), path: string[] = [], names: string[] = []) {
    this.original = original;
    this.update = update;
    this.inProgress = inProgress;
    this.path = path;
    this.names = names;
    this.packages = { original: original.file.packageName ?? "", update: update.file.packageName ?? "" };
  }

  add(type: ProtobufDifferenceType): void {
    this.diffs.push({ type, path: "#/" + this.path.join("/") });
  }

  at(segments: readonly string[], body: () => void, named = false): void {
    this.path.push(...segments);
    if (named) this.names.push(...segments);
    try {
      body();
    } finally {
      this.path.length -= segments.length;
      if (named) this.names.length -= segments.length;
    }
  }

  resolve(name: string, isOriginal: boolean): string | undefined {
    const table = isOriginal ? this.original.table : this.update.table;
    return table.resolve(name, scopeOf(isOriginal ? this.packages.original : this.packages.update, this.names));
  }

  type(name: string, isOriginal: boolean): TypeInfo | undefined {
    const full = this.resolve(name, isOriginal);
    return full === undefined ? undefined : (isOriginal ? this.original.table : this.update.table).get(full);
  }
}

export function compareProtobufSchemas(original: DiffSide, update: DiffSide): ProtobufDifference[] {
  const ctx = new Context(original, update);
  if ((original.file.packageName ?? "") !== (update.file.packageName ?? "")) ctx.add("PACKAGE_CHANGED");
  compareTypeElements(ctx, original.file.types, update.file.types);
  return ctx.diffs;
}

function compareTypeElements(ctx: Context, original: readonly TypeElement[], update: readonly TypeElement[]): void {
  const index = (types: readonly TypeElement[]): { messages: Map<string, [MessageElement, number]>; enums: Map<string, EnumElement> } => {
    const messages = new Map<string, [MessageElement, number]>();
    const enums = new Map<string, EnumElement>();
    for (const t of types) {
      if (t.kind === "message") messages.set(t.name, [t, messages.size]);
      else enums.set(t.name, t);
    }
    return { messages, enums };
  };
  const a = index(original);
  const b = index(update);
  for (const name of new Set([...a.messages.keys(), ...b.messages.keys()])) {
    ctx.at([name], () => {
      const x = a.messages.get(name);
      const y = b.messages.get(name);
      if (!y) ctx.add("MESSAGE_REMOVED");
      else if (!x) ctx.add("MESSAGE_ADDED");
      else {
        compareMessages(ctx, x[0], y[0]);
        if (x[1] !== y[1]) ctx.add("MESSAGE_MOVED");
      }
    }, true);
  }
  for (const name of new Set([...a.enums.keys(), ...b.enums.keys()])) {
    ctx.at([name], () => {
      const x = a.enums.get(name);
      const y = b.enums.get(name);
      if (!y) ctx.add("ENUM_REMOVED");
      else if (!x) ctx.add("ENUM_ADDED");
      else compareEnums(ctx, x, y);
    }, true);
  }
}

function compareEnums(ctx: Context, a: EnumElement, b: EnumElement): void {
  const x = new Map(a.constants.map((c) => [c.tag, c.name]));
  const y = new Map(b.constants.map((c) => [c.tag, c.name]));
  for (const tag of new Set([...x.keys(), ...y.keys()])) {
    ctx.at([String(tag)], () => {
      if (!y.has(tag)) ctx.add("ENUM_CONST_REMOVED");
      else if (!x.has(tag)) ctx.add("ENUM_CONST_ADDED");
      else if (x.get(tag) !== y.get(tag)) ctx.add("ENUM_CONST_CHANGED");
    });
  }
}

interface Fields {
  readonly byTag: Map<number, FieldElement>;
  readonly oneOfOf: Map<number, string>;
  readonly oneOfs: Map<string, readonly FieldElement[]>;
}

function collect(m: MessageElement): Fields {
  const byTag = new Map<number, FieldElement>();
  const oneOfOf = new Map<number, string>();
  const oneOfs = new Map<string, readonly FieldElement[]>();
  for (const f of m.fields) byTag.set(f.tag, f);
  for (const o of m.oneOfs) {
    oneOfs.set(o.name, o.fields);
    for (const f of o.fields) {
      byTag.set(f.tag, f);
      oneOfOf.set(f.tag, o.name);
    }
  }
  return { byTag, oneOfOf, oneOfs };
}

function compareMessages(ctx: Context, original: MessageElement, update: MessageElement): void {
  if (!ctx.inProgress.has(original)) {
    ctx.inProgress.add(original);
    try {
      compareFields(ctx, original, update);
    } finally {
      ctx.inProgress.delete(original);
    }
  }
  compareTypeElements(ctx, original.nested, update.nested);
}

function compareFields(ctx: Context, original: MessageElement, update: MessageElement): void {
  const a = collect(original);
  const b = collect(update);
  // A oneof gone with none of its members surviving anywhere is a clean deletion.
  const deletedOneOfs = new Set([...a.oneOfs].filter(([name, fields]) => !b.oneOfs.has(name) && !fields.some((f) => b.byTag.has(f.tag))).map(([name]) => name));
  for (const o of update.oneOfs) {
    ctx.at([o.name], () => {
      const groups = new Set<string>();
      let movedIn = 0;
      for (const f of o.fields) {
        const from = a.oneOfOf.get(f.tag);
        if (from !== undefined) groups.add(`oneof:${from}`);
        else if (a.byTag.has(f.tag)) {
          groups.add(`field:${f.tag}`);
          movedIn++;
        }
      }
      if (groups.size > 1) ctx.add(movedIn > 1 ? "MULTIPLE_FIELDS_MOVED_TO_ONEOF" : "FIELD_MOVED_TO_EXISTING_ONEOF");
    });
  }
  for (const name of [...new Set([...a.oneOfs.keys(), ...b.oneOfs.keys()])].sort()) {
    ctx.at([name], () => {
      if (!b.oneOfs.has(name)) ctx.add("ONEOF_REMOVED");
      else if (!a.oneOfs.has(name)) ctx.add("ONEOF_ADDED");
    });
  }
  for (const tag of [...new Set([...a.byTag.keys(), ...b.byTag.keys()])].sort((x, y) => x - y)) {
    const x = a.byTag.get(tag);
    const y = b.byTag.get(tag);
    const xOneOf = a.oneOfOf.get(tag);
    const yOneOf = b.oneOfOf.get(tag);
    if (x && !y) {
      if (xOneOf !== undefined) {
        if (!deletedOneOfs.has(xOneOf)) ctx.at([xOneOf, String(tag)], () => ctx.add("ONEOF_FIELD_REMOVED"));
      } else {
        ctx.at([String(tag)], () => ctx.add(x.label === "required" ? "REQUIRED_FIELD_REMOVED" : "FIELD_REMOVED"));
      }
    } else if (!x && y) {
      if (yOneOf !== undefined) ctx.at([yOneOf, String(tag)], () => ctx.add("ONEOF_FIELD_ADDED"));
      else ctx.at([String(tag)], () => ctx.add(y.label === "required" ? "REQUIRED_FIELD_ADDED" : "FIELD_ADDED"));
    } else if (x && y) {
      if (xOneOf !== undefined && yOneOf === undefined) ctx.at([String(tag)], () => ctx.add("ONEOF_FIELD_MOVED_TO_TOP_LEVEL"));
      ctx.at(yOneOf !== undefined ? [yOneOf, String(tag)] : [String(tag)], () => compareField(ctx, x, y));
    }
  }
}

function compareField(ctx: Context, a: FieldElement, b: FieldElement): void {
  if (a.name !== b.name) ctx.add("FIELD_NAME_CHANGED");
  compareLabelsAndTypes(ctx, a.label, b.label, a.type, b.type);
}

type Kind = "SCALAR" | "MAP" | "MESSAGE";
const MAP = /^map<\s*([\w.]+)\s*,\s*([\w.]+)\s*>$/;

function kind(ctx: Context, type: string, isOriginal: boolean): Kind {
  if (SCALAR_TYPES.has(type)) return "SCALAR";
  if (MAP.test(type)) return "MAP";
  return ctx.type(type, isOriginal)?.element.kind === "enum" ? "SCALAR" : "MESSAGE";
}

function compareLabelsAndTypes(ctx: Context, aLabel: string | undefined, bLabel: string | undefined, aType: string, bType: string): void {
  const aKind = kind(ctx, aType, true);
  const bKind = kind(ctx, bType, false);
  if (aKind !== bKind) return ctx.add("FIELD_KIND_CHANGED");
  if (aKind === "SCALAR") {
    const x = scalarKind(ctx, aType, true);
    const y = scalarKind(ctx, bType, false);
    if (x !== y) return ctx.add("FIELD_SCALAR_KIND_CHANGED");
    if (aLabel !== undefined && bLabel !== undefined && aLabel !== bLabel) {
      if (x === "STRING_OR_BYTES") ctx.add("FIELD_STRING_OR_BYTES_LABEL_CHANGED");
      else ctx.add("FIELD_NUMERIC_LABEL_CHANGED");
    }
  } else if (aKind === "MESSAGE") {
    compareMessageTypes(ctx, aType, bType);
  } else {
    const [, aKey = "", aValue = ""] = MAP.exec(aType) ?? [];
    const [, bKey = "", bValue = ""] = MAP.exec(bType) ?? [];
    compareLabelsAndTypes(ctx, undefined, undefined, aKey, bKey);
    compareLabelsAndTypes(ctx, undefined, undefined, aValue, bValue);
  }
}

/** Wire-compatible scalar groups, after protobuf's "Updating A Message Type" rules. */
function scalarKind(ctx: Context, type: string, isOriginal: boolean): string {
  if (ctx.type(type, isOriginal)?.element.kind === "enum") return "GENERAL_NUMBER";
  switch (type) {
    case "int32": case "int64": case "uint32": case "uint64": case "bool": return "GENERAL_NUMBER";
    case "sint32": case "sint64": return "SIGNED_NUMBER";
    case "string": case "bytes": return "STRING_OR_BYTES";
    case "fixed32": case "sfixed32": return "FIXED32";
    case "fixed64": case "sfixed64": return "FIXED64";
    case "float": return "FLOAT";
    case "double": return "DOUBLE";
    default: return `UNKNOWN:${type}`;
  }
}

function compareMessageTypes(ctx: Context, aType: string, bType: string): void {
  const aFull = ctx.resolve(aType, true);
  const bFull = ctx.resolve(bType, false);
  const aInfo = aFull === undefined ? undefined : ctx.original.table.get(aFull);
  const bInfo = bFull === undefined ? undefined : ctx.update.table.get(bFull);
  if (aFull === undefined || bFull === undefined || !aInfo || !bInfo) {
    if (aType !== bType) ctx.add("FIELD_NAMED_TYPE_CHANGED");
    return;
  }
  const local = (full: string, info: TypeInfo): string => full.startsWith(info.packageName + ".") ? full.slice(info.packageName.length + 1) : full;
  const aLocal = local(aFull, aInfo);
  if (aLocal !== local(bFull, bInfo)) return ctx.add("FIELD_NAMED_TYPE_CHANGED");
  // Types of the schema itself are compared where they are declared; an imported type
  // only when the import's text changed (Confluent: a different subject or version).
  const sameImport = aInfo.file !== "" && aInfo.file === bInfo.file
    && ctx.original.dependencies.get(aInfo.file) === ctx.update.dependencies.get(bInfo.file);
  if ((aInfo.file === "" && bInfo.file === "") || sameImport) return;
  if (aInfo.element.kind !== "message" || bInfo.element.kind !== "message") return;
  const sub = new Context(ctx.original, ctx.update, ctx.inProgress, aLocal.split("."), aLocal.split("."));
  sub.packages.original = aInfo.packageName;
  sub.packages.update = bInfo.packageName;
  compareMessages(sub, aInfo.element, bInfo.element);
  ctx.diffs.push(...sub.diffs);
  if (!sub.diffs.every((d) => PROTOBUF_COMPATIBLE_CHANGES.has(d.type))) ctx.add("FIELD_NAMED_TYPE_CHANGED");
}
