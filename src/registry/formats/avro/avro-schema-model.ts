// Avro schema JSON -> (a) the text Confluent stores and returns, which is Java Avro's
// Schema.toString(knownReferencedTypes, false): compact JSON, attributes in Avro's order
// (type, name, namespace, doc, fields|symbols|size|items|values, default, props, aliases),
// "namespace" only where it differs from the enclosing one, a named type written in full
// once and by name afterwards, a primitive without attributes as a bare string; and
// (b) the resolved type graph the compatibility checker walks (recursion by identity).
// Validity (defaults, duplicate names, bad unions) is checked separately with avsc.

export const PRIMITIVES = new Set(["null", "boolean", "int", "long", "float", "double", "bytes", "string"]);

export type AvroNode =
  | { readonly kind: "primitive"; readonly type: string }
  | AvroRecord
  | { readonly kind: "enum"; readonly name: string; readonly fullName: string; readonly aliases: readonly string[]; readonly symbols: readonly string[]; readonly enumDefault: string | undefined }
  | { readonly kind: "fixed"; readonly name: string; readonly fullName: string; readonly aliases: readonly string[]; readonly size: number }
  | { readonly kind: "array"; readonly items: AvroNode }
  | { readonly kind: "map"; readonly values: AvroNode }
  | { readonly kind: "union"; readonly branches: readonly AvroNode[] };

export interface AvroRecord {
  readonly kind: "record";
  readonly name: string;
  readonly fullName: string;
  readonly aliases: readonly string[];
  readonly fields: AvroField[];
}

export interface AvroField {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly type: AvroNode;
  readonly hasDefault: boolean;
  readonly pos: number;
}

export type NamedTypes = Map<string, AvroNode>;

interface WalkState {
  readonly names: NamedTypes;
  /** Named types already written in full in this output (Avro's `Names` during toJson). */
  readonly written: Set<string>;
}

export interface AvroWalkResult {
  readonly node: AvroNode;
  readonly canonical: string;
}

/** Walks `json` (already JSON.parse'd). `names` holds named types defined so far (those of
 *  referenced schemas first) and gains this schema's; `known` are names to write as refs. */
export function walkAvro(json: unknown, names: NamedTypes, known: ReadonlySet<string>): AvroWalkResult {
  const state: WalkState = { names, written: new Set(known) };
  const parts: string[] = [];
  const node = walk(json, null, state, parts);
  return { node, canonical: parts.join("") };
}

function fail(message: string): never {
  throw new Error(message);
}

function fullNameOf(name: string, namespace: string | null): { full: string; space: string | null; simple: string } {
  const dot = name.lastIndexOf(".");
  if (dot >= 0) return { full: name, space: name.slice(0, dot), simple: name.slice(dot + 1) };
  return { full: namespace ? `${namespace}.${name}` : name, space: namespace, simple: name };
}

function qualified(full: string, space: string | null): string {
  const dot = full.lastIndexOf(".");
  const typeSpace = dot >= 0 ? full.slice(0, dot) : null;
  return typeSpace !== null && typeSpace === space ? full.slice(dot + 1) : full;
}

function walk(json: unknown, space: string | null, st: WalkState, out: string[]): AvroNode {
  if (typeof json === "string") {
    if (PRIMITIVES.has(json)) {
      out.push(JSON.stringify(json));
      return { kind: "primitive", type: json };
    }
    const candidates = json.includes(".") || space === null ? [json] : [`${space}.${json}`, json];
    for (const c of candidates) {
      const found = st.names.get(c);
      if (found !== undefined) {
        out.push(JSON.stringify(qualified(c, space)));
        return found;
      }
    }
    return fail(`"${json}" is not a defined name. The type of the field must be a defined name or a {"type": ...} expression.`);
  }
  if (Array.isArray(json)) {
    out.push("[");
    const branches: AvroNode[] = [];
    json.forEach((b, i) => {
      if (i > 0) out.push(",");
      branches.push(walk(b, space, st, out));
    });
    out.push("]");
    return { kind: "union", branches };
  }
  if (typeof json !== "object" || json === null) return fail(`Not a valid Avro schema: ${JSON.stringify(json)}`);
  const obj = json as Record<string, unknown>;
  const type = obj["type"];
  if (typeof type !== "string") {
    if (type === undefined) return fail(`No type: ${JSON.stringify(json)}`);
    return walk(type, space, st, out);
  }
  switch (type) {
    case "record":
    case "error":
      return walkRecord(obj, type, space, st, out);
    case "enum":
    case "fixed":
      return walkEnumOrFixed(obj, type, space, st, out);
    case "array":
    case "map": {
      const childKey = type === "array" ? "items" : "values";
      out.push(`{"type":${JSON.stringify(type)},${JSON.stringify(childKey)}:`);
      if (obj[childKey] === undefined) fail(`${type} has no ${childKey}: ${JSON.stringify(json)}`);
      const child = walk(obj[childKey], space, st, out);
      writeProps(obj, ["type", childKey], out);
      out.push("}");
      return type === "array" ? { kind: "array", items: child } : { kind: "map", values: child };
    }
    default: {
      if (PRIMITIVES.has(type)) {
        const props = propKeys(obj, ["type"]);
        if (props.length === 0) out.push(JSON.stringify(type));
        else {
          out.push(`{"type":${JSON.stringify(type)}`);
          writeProps(obj, ["type"], out);
          out.push("}");
        }
        return { kind: "primitive", type };
      }
      // {"type": "com.example.Named"}: a reference written as an object.
      return walk(type, space, st, out);
    }
  }
}

function propKeys(obj: Record<string, unknown>, reserved: readonly string[]): string[] {
  return Object.keys(obj).filter((k) => !reserved.includes(k));
}

function writeProps(obj: Record<string, unknown>, reserved: readonly string[], out: string[]): void {
  for (const k of propKeys(obj, reserved)) out.push(`,${JSON.stringify(k)}:${JSON.stringify(obj[k])}`);
}

function declareName(
  obj: Record<string, unknown>,
  space: string | null,
  st: WalkState,
  out: string[],
): { full: string; space: string | null; simple: string; aliases: string[] } {
  const name = obj["name"];
  if (typeof name !== "string" || name === "") fail(`No name in schema: ${JSON.stringify(obj)}`);
  const ns = typeof obj["namespace"] === "string" ? (obj["namespace"] === "" ? null : obj["namespace"]) : space;
  const n = fullNameOf(name, ns);
  if (st.names.has(n.full) || PRIMITIVES.has(n.full)) fail(`Can't redefine: ${n.full}`);
  out.push(`,"name":${JSON.stringify(n.simple)}`);
  if (n.space !== null) {
    if (n.space !== space) out.push(`,"namespace":${JSON.stringify(n.space)}`);
  } else if (space !== null) {
    out.push(`,"namespace":""`);
  }
  if (typeof obj["doc"] === "string") out.push(`,"doc":${JSON.stringify(obj["doc"])}`);
  const aliases = Array.isArray(obj["aliases"])
    ? (obj["aliases"] as unknown[]).filter((a): a is string => typeof a === "string").map((a) => fullNameOf(a, n.space).full)
    : [];
  st.written.add(n.full);
  return { ...n, aliases };
}

// Avro writes a type's aliases relative to the type's own namespace (Name.getQualified).
function writeAliases(aliases: readonly string[], space: string | null, out: string[]): void {
  if (aliases.length > 0) out.push(`,"aliases":${JSON.stringify(aliases.map((a) => qualified(a, space)))}`);
}

function walkRecord(obj: Record<string, unknown>, type: string, space: string | null, st: WalkState, out: string[]): AvroNode {
  out.push(`{"type":${JSON.stringify(type)}`);
  const n = declareName(obj, space, st, out);
  const record: AvroRecord = { kind: "record", name: n.simple, fullName: n.full, aliases: n.aliases, fields: [] };
  st.names.set(n.full, record);
  const fields = obj["fields"];
  if (!Array.isArray(fields)) fail(`Record has no fields: ${JSON.stringify(obj)}`);
  out.push(`,"fields":[`);
  fields.forEach((f: unknown, pos) => {
    if (typeof f !== "object" || f === null) fail(`Not a field: ${JSON.stringify(f)}`);
    const field = f as Record<string, unknown>;
    const fname = field["name"];
    if (typeof fname !== "string") fail(`No field name: ${JSON.stringify(f)}`);
    if (pos > 0) out.push(",");
    out.push(`{"name":${JSON.stringify(fname)},"type":`);
    if (field["type"] === undefined) fail(`No field type: ${JSON.stringify(f)}`);
    const ftype = walk(field["type"], n.space, st, out);
    if (typeof field["doc"] === "string") out.push(`,"doc":${JSON.stringify(field["doc"])}`);
    const hasDefault = "default" in field;
    if (hasDefault) out.push(`,"default":${JSON.stringify(field["default"])}`);
    if (typeof field["order"] === "string" && field["order"] !== "ascending") out.push(`,"order":${JSON.stringify(field["order"])}`);
    const aliases = Array.isArray(field["aliases"]) ? (field["aliases"] as unknown[]).filter((a): a is string => typeof a === "string") : [];
    if (Array.isArray(field["aliases"])) out.push(`,"aliases":${JSON.stringify(field["aliases"])}`);
    writeProps(field, ["name", "type", "doc", "default", "order", "aliases"], out);
    out.push("}");
    record.fields.push({ name: fname, aliases, type: ftype, hasDefault, pos });
  });
  out.push("]");
  writeProps(obj, ["type", "name", "namespace", "doc", "fields", "aliases"], out);
  writeAliases(n.aliases, n.space, out);
  out.push("}");
  return record;
}

function walkEnumOrFixed(obj: Record<string, unknown>, type: "enum" | "fixed", space: string | null, st: WalkState, out: string[]): AvroNode {
  out.push(`{"type":"${type}"`);
  const n = declareName(obj, space, st, out);
  let node: AvroNode;
  if (type === "enum") {
    const symbols = obj["symbols"];
    if (!Array.isArray(symbols)) fail(`Enum symbols must be an array: ${JSON.stringify(obj)}`);
    out.push(`,"symbols":${JSON.stringify(symbols)}`);
    const enumDefault = typeof obj["default"] === "string" ? obj["default"] : undefined;
    if (enumDefault !== undefined) out.push(`,"default":${JSON.stringify(enumDefault)}`);
    node = { kind: "enum", name: n.simple, fullName: n.full, aliases: n.aliases, symbols: symbols.map(String), enumDefault };
    writeProps(obj, ["type", "name", "namespace", "doc", "symbols", "default", "aliases"], out);
  } else {
    const size = obj["size"];
    if (typeof size !== "number") fail(`Invalid or no size: ${JSON.stringify(obj)}`);
    out.push(`,"size":${size}`);
    node = { kind: "fixed", name: n.simple, fullName: n.full, aliases: n.aliases, size };
    writeProps(obj, ["type", "name", "namespace", "doc", "size", "aliases"], out);
  }
  st.names.set(n.full, node);
  writeAliases(n.aliases, n.space, out);
  out.push("}");
  return node;
}
