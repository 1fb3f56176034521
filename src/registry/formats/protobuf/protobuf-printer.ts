// The .proto text the registry stores and returns, laid out as Confluent's
// ProtobufSchemaUtils.toString prints a ProtoFileElement: syntax, package, imports,
// options, then messages before enums (each in declaration order, which message
// indexes depend on), services last; two-space indents, including on the blank lines
// between blocks of a nested message (Confluent indents every line it nests).
// `normalize` is Confluent's normalized form: proto2's syntax line dropped, imports and
// options sorted, fields, oneofs, reserved ranges and enum constants in tag order, and
// type names fully qualified with a leading dot.

import { isMapValue } from "./protobuf-model.js";
import type {
  EnumElement, ExtendElement, FieldElement, MessageElement, OneOfElement, OptionValue, ProtoFile,
  ProtoOption, Reserved, RpcElement, ServiceElement,
} from "./protobuf-model.js";
import { SCALAR_TYPES, scopeOf, type TypeTable } from "./protobuf-types.js";

const MAX_TAG = 536870911;

interface Printer {
  readonly normalize: boolean;
  readonly table: TypeTable;
  readonly packageName: string | undefined;
  /** Message names enclosing what is being printed. */
  readonly path: string[];
}

export function printProtoFile(file: ProtoFile, table: TypeTable, normalize: boolean): string {
  const p: Printer = { normalize, table, packageName: file.packageName, path: [] };
  let out = "";
  if (file.syntax && (!normalize || file.syntax === "proto3")) out += `syntax = "${file.syntax}";\n`;
  else if (file.edition && !file.syntax) out += `edition = "${file.edition}";\n`;
  if (file.packageName) out += `package ${file.packageName};\n`;
  if (file.imports.length > 0 || file.publicImports.length > 0) {
    out += "\n";
    const sorted = (list: readonly string[]): readonly string[] => normalize ? [...new Set(list)].sort() : list;
    for (const path of sorted(file.imports)) out += `import "${path}";\n`;
    for (const path of sorted(file.publicImports)) out += `import public "${path}";\n`;
  }
  const options = sortOptions(p, file.options);
  if (options.length > 0) out += "\n" + options.map((o) => optionStatement(p, o)).join("");
  if (file.types.length > 0) out += "\n" + types(p, file.types, false);
  if (file.extends.length > 0) out += "\n" + extendBlocks(p, file.extends).join("");
  if (file.services.length > 0) out += "\n" + file.services.map((s) => service(p, s)).join("");
  return out;
}

function types(p: Printer, list: readonly (MessageElement | EnumElement)[], nested: boolean): string {
  let out = "";
  const emit = (text: string): void => void (out += nested ? indent(text) : text);
  for (const t of list) if (t.kind === "message") within(p, t.name, () => emit(message(p, t)));
  for (const t of list) if (t.kind === "enum") within(p, t.name, () => emit(enumeration(p, t)));
  return out;
}

function within(p: Printer, name: string, body: () => void): void {
  p.path.push(name);
  try {
    body();
  } finally {
    p.path.pop();
  }
}

/** Java's split("\n") drops trailing empty strings; every kept line gets two spaces. */
function indent(text: string): string {
  const lines = text.split("\n");
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.map((line) => `  ${line}\n`).join("");
}

function message(p: Printer, m: MessageElement): string {
  let out = `message ${m.name} {`;
  if (m.reserveds.length > 0) out += "\n" + ranges(p, "reserved", m.reserveds).map((r) => indent(r)).join("");
  const options = sortOptions(p, m.options);
  if (options.length > 0) out += "\n" + options.map((o) => indent(optionStatement(p, o))).join("");
  if (m.fields.length > 0) out += "\n" + byTag(p, m.fields).map((f) => indent(field(p, f))).join("");
  let oneOfs: readonly OneOfElement[] = m.oneOfs;
  if (p.normalize) {
    oneOfs = oneOfs.filter((o) => o.fields.length > 0)
      .map((o) => ({ ...o, fields: byTag(p, o.fields) }))
      .sort((a, b) => (a.fields[0]?.tag ?? 0) - (b.fields[0]?.tag ?? 0));
  }
  if (oneOfs.length > 0) out += "\n" + oneOfs.map((o) => indent(oneOf(p, o))).join("");
  if (m.extensions.length > 0) out += "\n" + ranges(p, "extensions", m.extensions).map((r) => indent(r)).join("");
  if (m.extends.length > 0) out += "\n" + extendBlocks(p, m.extends).map((e) => indent(e)).join("");
  if (m.nested.length > 0) out += "\n" + types(p, m.nested, true);
  return out + "}\n";
}

/** Normalized, blocks extending the same message merge under its full name. */
function extendBlocks(p: Printer, blocks: readonly ExtendElement[]): string[] {
  let list = blocks;
  if (p.normalize) {
    const merged = new Map<string, FieldElement[]>();
    for (const block of blocks) {
      const resolved = p.table.resolve(block.name, scopeOf(p.packageName, p.path));
      const name = resolved ? "." + resolved : block.name;
      merged.set(name, [...(merged.get(name) ?? []), ...block.fields]);
    }
    list = [...merged].map(([name, fields]) => ({ name, fields }));
  }
  return list.map((e) => `extend ${e.name} {` + (e.fields.length > 0 ? "\n" + byTag(p, e.fields).map((f) => indent(field(p, f))).join("") : "") + "}\n");
}

function byTag<T extends { readonly tag: number }>(p: Printer, list: readonly T[]): readonly T[] {
  return p.normalize ? [...list].sort((a, b) => a.tag - b.tag) : list;
}

/** `a to b` as written; normalized, a one-value range is just the value. */
function range(p: Printer, start: number, end: number): string {
  if (p.normalize && start === end) return String(start);
  return `${start} to ${end >= MAX_TAG ? "max" : end}`;
}

/** One statement per group as written; normalized, one per value in tag order, names last. */
function ranges(p: Printer, keyword: string, groups: readonly (readonly Reserved[])[]): string[] {
  const text = (r: Reserved): string => typeof r === "string" ? `"${r}"` : typeof r === "number" ? String(r) : range(p, r[0], r[1]);
  if (!p.normalize) return groups.map((g) => `${keyword} ${g.map(text).join(", ")};\n`);
  const start = (r: Reserved): number => typeof r === "string" ? Number.MAX_SAFE_INTEGER : typeof r === "number" ? r : r[0];
  return groups.flat()
    .sort((a, b) => start(a) - start(b) || (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0))
    .map((r) => `${keyword} ${text(r)};\n`);
}

function oneOf(p: Printer, o: OneOfElement): string {
  let out = `oneof ${o.name} {`;
  const options = sortOptions(p, o.options);
  if (options.length > 0) out += "\n" + options.map((x) => indent(optionStatement(p, x))).join("");
  if (o.fields.length > 0) out += "\n" + o.fields.map((f) => indent(field(p, f))).join("");
  return out + "}\n";
}

function field(p: Printer, f: FieldElement): string {
  let label = f.label;
  let type = f.type;
  const scope = scopeOf(p.packageName, p.path);
  const map = /^map<\s*([\w.]+)\s*,\s*([\w.]+)\s*>$/.exec(type);
  if (p.normalize) {
    if (map) {
      const value = map[2] ?? "";
      const resolved = SCALAR_TYPES.has(value) ? undefined : p.table.resolve(value, scope);
      type = `map<${map[1] ?? ""}, ${resolved ? "." + resolved : value}>`;
      label = undefined;
    } else if (!SCALAR_TYPES.has(type)) {
      const resolved = p.table.resolve(type, scope);
      if (resolved) type = "." + resolved;
    }
  }
  let out = `${label ? label + " " : ""}${type} ${f.name} = ${f.tag}`;
  const options: ProtoOption[] = [...f.options];
  if (f.defaultValue !== undefined) options.push({ name: "default", parenthesized: false, value: f.defaultValue });
  if (f.jsonName !== undefined) options.push({ name: "json_name", parenthesized: false, value: f.jsonName });
  const sorted = sortOptions(p, options);
  if (sorted.length > 0) out += " " + optionList(p, sorted);
  return out + ";\n";
}

function enumeration(p: Printer, e: EnumElement): string {
  let out = `enum ${e.name} {`;
  if (e.reserveds.length > 0) out += "\n" + ranges(p, "reserved", e.reserveds).map((r) => indent(r)).join("");
  if (e.reserveds.length === 0 && (e.options.length > 0 || e.constants.length > 0)) out += "\n";
  out += sortOptions(p, e.options).map((o) => indent(optionStatement(p, o))).join("");
  const constants = p.normalize
    ? [...e.constants].sort((a, b) => a.tag - b.tag || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    : e.constants;
  for (const c of constants) {
    const options = sortOptions(p, c.options);
    out += indent(`${c.name} = ${c.tag}${options.length > 0 ? " " + optionList(p, options) : ""};\n`);
  }
  return out + "}\n";
}

function service(p: Printer, s: ServiceElement): string {
  let out = `service ${s.name} {`;
  const options = sortOptions(p, s.options);
  if (options.length > 0) out += "\n" + options.map((o) => indent(optionStatement(p, o))).join("");
  if (s.rpcs.length > 0) out += "\n" + s.rpcs.map((r) => indent(rpc(p, r))).join("");
  return out + "}\n";
}

function rpc(p: Printer, r: RpcElement): string {
  const qualify = (type: string): string => {
    if (!p.normalize) return type;
    const resolved = p.table.resolve(type, scopeOf(p.packageName, []));
    return resolved ? "." + resolved : type;
  };
  let out = `rpc ${r.name} (${r.requestStreaming ? "stream " : ""}${qualify(r.requestType)}) returns (${r.responseStreaming ? "stream " : ""}${qualify(r.responseType)})`;
  const options = sortOptions(p, r.options);
  if (options.length > 0) out += " {\n" + options.map((o) => indent(optionStatement(p, o))).join("") + "}";
  return out + ";\n";
}

/**
 * Normalized: custom option names fully qualified, `(x).a.b = v` rewritten as
 * `(x) = { a: { b: v } }`, options sorted by name, and the statements of one
 * non-repeated option merged into one map (repeated members collecting into lists).
 */
function sortOptions(p: Printer, options: readonly ProtoOption[]): readonly ProtoOption[] {
  if (!p.normalize) return options;
  const scope = scopeOf(p.packageName, p.path);
  const rewritten = options.map((o): ProtoOption => {
    if (!o.parenthesized) return o;
    const name = p.table.resolveExtension(o.name, scope) ?? o.name;
    const value = [...(o.path ?? [])].reverse().reduce<OptionValue>((v, key) => ({ kind: "map", entries: [[key, v]] }), o.value);
    return { name, parenthesized: true, value };
  });
  const sorted = rewritten.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const merged: ProtoOption[] = [];
  for (const o of sorted) {
    const last = merged[merged.length - 1];
    const extension = o.parenthesized ? p.table.extension(o.name) : undefined;
    if (last && last.name === o.name && extension && extension.field.label !== "repeated" && isMapValue(last.value) && isMapValue(o.value)) {
      merged[merged.length - 1] = { ...last, value: mergeMaps(p, last.value, o.value, extension.field.type, extension.scope) };
    } else {
      merged.push(o);
    }
  }
  return merged;
}

type MapValue = Extract<OptionValue, { kind: "map" }>;

function mergeMaps(p: Printer, a: MapValue, b: MapValue, type: string, scope: readonly string[]): MapValue {
  const full = p.table.resolve(type, scope);
  const info = full === undefined ? undefined : p.table.get(full);
  const message = info?.element.kind === "message" ? info.element : undefined;
  const entries = new Map<string, OptionValue>(a.entries);
  for (const [key, value] of b.entries) {
    const existing = entries.get(key);
    const member = message?.fields.find((f) => f.name === key);
    if (existing === undefined) entries.set(key, value);
    else if (member?.label === "repeated") entries.set(key, [...asList(existing), ...asList(value)]);
    else if (member && isMapValue(existing) && isMapValue(value)) entries.set(key, mergeMaps(p, existing, value, member.type, scopeOf(info?.packageName, [])));
    else entries.set(key, value);
  }
  return { kind: "map", entries: [...entries] };
}

function asList(v: OptionValue): readonly OptionValue[] {
  return isList(v) ? v : [v];
}

function isList(v: OptionValue): v is readonly OptionValue[] {
  return Array.isArray(v);
}

function optionStatement(p: Printer, o: ProtoOption): string {
  return `option ${option(p, o)};\n`;
}

function option(p: Printer, o: ProtoOption): string {
  const name = (o.parenthesized ? `(${o.name})` : o.name) + (o.path ?? []).map((f) => `.${f}`).join("");
  const v = o.value;
  if (isList(v)) return `${name} = ${optionList(p, v)}`;
  if (typeof v === "object" && v.kind === "map") return `${name} = {\n${optionMap(p, v.entries)}}`;
  return `${name} = ${value(p, v)}`;
}

/** Confluent's appendOptions: one item inline, several one per line. */
function optionList(p: Printer, items: readonly (ProtoOption | OptionValue)[]): string {
  const text = (item: ProtoOption | OptionValue): string =>
    typeof item === "object" && item !== null && !Array.isArray(item) && "parenthesized" in item ? option(p, item) : value(p, item);
  if (items.length === 1 && items[0] !== undefined) return `[${text(items[0])}]`;
  return "[\n" + items.map((item, i) => indent(text(item) + (i < items.length - 1 ? "," : ""))).join("") + "]";
}

function optionMap(p: Printer, entries: ReadonlyArray<readonly [string, OptionValue]>): string {
  let list = entries;
  if (p.normalize) {
    list = entries.filter(([, v]) => !Array.isArray(v) || v.length > 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
  return list.map(([k, v], i) => indent(`${k}: ${value(p, v)}${i < list.length - 1 ? "," : ""}`)).join("");
}

function value(p: Printer, v: OptionValue): string {
  if (typeof v === "string") return `"${escape(v)}"`;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (isList(v)) {
    if (p.normalize && v.length === 1 && v[0] !== undefined) return value(p, v[0]);
    return "[\n" + v.map((x: OptionValue, i) => indent(value(p, x) + (i < v.length - 1 ? "," : ""))).join("") + "]";
  }
  return v.kind === "map" ? `{\n${optionMap(p, v.entries)}}` : v.value;
}

const ESCAPES: Readonly<Record<string, string>> = {
  "\x07": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v",
  "\\": "\\\\", "'": "\\'", '"': '\\"',
};

function escape(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x07\b\f\n\r\t\v\\'"]/g, (c) => ESCAPES[c] ?? c);
}
