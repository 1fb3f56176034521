// Per-field code fragments: TypeScript type, default value, "is not the default" test,
// and the read expression / write statement for the versions where the field is present.
// Semantics follow Kafka's MessageDataGenerator and FieldSpec (defaults, non-default
// checks, nullable markers, compact encodings in flexible versions).

import { type FunctionContext, type MessageContext, fieldTsName } from "./emit-context.js";
import type { FieldSpec, PrimitiveTypeName } from "./spec.js";
import { type Versions, versionCondition } from "./versions.js";

const NUMBER_TYPES = new Set<PrimitiveTypeName>(["int8", "int16", "uint16", "int32", "uint32", "float64"]);
const INT_RANGES: Partial<Record<PrimitiveTypeName, [number, number]>> = {
  int8: [-0x80, 0x7f],
  int16: [-0x8000, 0x7fff],
  uint16: [0, 0xffff],
  int32: [-0x80000000, 0x7fffffff],
  uint32: [0, 0xffffffff],
};

function primitiveTsType(name: PrimitiveTypeName): string {
  if (NUMBER_TYPES.has(name)) return "number";
  switch (name) {
    case "int64":
      return "bigint";
    case "bool":
      return "boolean";
    case "string":
    case "uuid":
      return "string";
    case "bytes":
      return "Buffer";
    case "records":
      return "Buffer | null";
    default:
      throw new Error(`no TypeScript type for ${name}`);
  }
}

/** Nullable in some version where the field exists: the type then includes null. */
export function isNullableType(f: FieldSpec): boolean {
  return !f.nullableVersions.intersect(f.versions).empty || (f.type.kind === "primitive" && f.type.name === "records");
}

export function tsType(msg: MessageContext, f: FieldSpec): string {
  let base: string;
  if (f.type.kind === "primitive") {
    if (f.type.name === "records") return "Buffer | null";
    base = primitiveTsType(f.type.name);
  } else if (f.type.kind === "struct") {
    base = msg.struct(f.type.name).tsName;
  } else {
    const e = f.type.element;
    base = `${e.kind === "struct" ? msg.struct(e.name).tsName : primitiveTsType(e.name)}[]`;
  }
  return isNullableType(f) ? `${base} | null` : base;
}

function where(msg: MessageContext, owner: string, f: FieldSpec): string {
  return `${msg.spec.file}: ${owner}.${f.name}`;
}

/** The default as a TypeScript expression (FieldSpec.fieldDefault). */
export function defaultExpr(msg: MessageContext, owner: string, f: FieldSpec): string {
  const d = f.defaultValue;
  if (d === "null") {
    if (!f.nullableVersions.covers(f.versions)) {
      throw new Error(`${where(msg, owner, f)}: null default, but not nullable in all versions`);
    }
    return "null";
  }
  if (f.type.kind === "array") {
    if (d !== "") throw new Error(`${where(msg, owner, f)}: an array default must be empty or null`);
    return "[]";
  }
  if (f.type.kind === "struct") {
    if (d !== "") throw new Error(`${where(msg, owner, f)}: a struct default must be empty or null`);
    return `make${msg.struct(f.type.name).tsName}()`;
  }
  const t = f.type.name;
  switch (t) {
    case "bool":
      if (d === "" || d.toLowerCase() === "false") return "false";
      if (d.toLowerCase() === "true") return "true";
      break;
    case "int64": {
      if (d === "") return "0n";
      const m = /^(-?)(0x[0-9a-fA-F]+|\d+)$/.exec(d);
      if (m) {
        const n = BigInt(m[2]!) * (m[1] === "-" ? -1n : 1n);
        if (n >= -(1n << 63n) && n < 1n << 63n) return `${n}n`;
      }
      break;
    }
    case "float64": {
      if (d === "") return "0";
      const n = Number(d);
      if (d.trim() !== "" && Number.isFinite(n)) return String(n);
      break;
    }
    case "string":
      return JSON.stringify(d);
    case "uuid":
      if (d === "") {
        msg.usesZeroUuid = true;
        return "ZERO_UUID";
      }
      if (Buffer.from(d, "base64url").length === 16) return JSON.stringify(d);
      break;
    case "bytes":
      if (d === "") return msg.use("EMPTY_BYTES");
      break;
    case "records":
      return "null";
    default: {
      const range = INT_RANGES[t];
      if (range === undefined) break;
      if (d === "") return "0";
      const m = /^(-?)(0x[0-9a-fA-F]+|\d+)$/.exec(d);
      if (m) {
        const n = Number(m[2]) * (m[1] === "-" ? -1 : 1);
        if (n >= range[0] && n <= range[1]) return String(n);
      }
    }
  }
  throw new Error(`${where(msg, owner, f)}: invalid default ${JSON.stringify(d)} for ${t}`);
}

/** Conditions for `value` being / not being the field's default (FieldSpec.generateNonDefaultValueCheck). */
function defaultTests(msg: MessageContext, owner: string, f: FieldSpec, value: string): [isDefault: string, nonDefault: string] {
  const d = defaultExpr(msg, owner, f);
  if (d === "null") return [`${value} === null`, `${value} !== null`];
  const empty = (): [string, string] =>
    isNullableType(f)
      ? [`${value} !== null && ${value}.length === 0`, `${value} === null || ${value}.length !== 0`]
      : [`${value}.length === 0`, `${value}.length !== 0`];
  if (f.type.kind === "array") return empty();
  if (f.type.kind === "struct") {
    msg.defaultTests.add(f.type.name);
    const test = `isDefault${msg.struct(f.type.name).tsName}(${value})`;
    return [test, `!${test}`];
  }
  switch (f.type.name) {
    case "bytes":
      return empty();
    case "bool":
      return d === "true" ? [value, `!${value}`] : [`!${value}`, value];
    default:
      return [`${value} === ${d}`, `${value} !== ${d}`];
  }
}

export function nonDefaultExpr(msg: MessageContext, owner: string, f: FieldSpec, value: string): string {
  return defaultTests(msg, owner, f, value)[1];
}

function primitiveRead(name: PrimitiveTypeName): string {
  if (name === "string" || name === "bytes" || name === "records") throw new Error(`${name} is variable-length`);
  return `r.${name}()`;
}

function variableRead(fc: FunctionContext, kind: "String" | "Bytes", flex: string, nullable: boolean): string {
  const n = nullable ? "Nullable" : "";
  if (flex === "true") return `r.compact${n}${kind}()`;
  if (flex === "false") return `r.${nullable ? `nullable${kind}` : kind.toLowerCase()}()`;
  return `${fc.msg.use(`read${n}${kind}`)}(r, ${flex})`;
}

function elementRead(fc: FunctionContext, f: FieldSpec, flex: string): string {
  if (f.type.kind !== "array") throw new Error("not an array");
  const e = f.type.element;
  if (e.kind === "struct") return `decode${fc.msg.struct(e.name).tsName}(r, version)`;
  if (e.name === "string") return variableRead(fc, "String", flex, false);
  if (e.name === "bytes") return variableRead(fc, "Bytes", flex, false);
  return primitiveRead(e.name);
}

/** Reads the field in the versions `present`; `tagged` selects the tagged-field encodings. */
export function readExpr(fc: FunctionContext, f: FieldSpec, present: Versions, tagged: boolean): string {
  const flex = tagged ? "true" : fc.fieldFlexible(f, present);
  const nullCond = versionCondition(f.nullableVersions, present);
  const pick = (make: (nullable: boolean) => string): string => {
    if (nullCond === "true") return make(true);
    if (nullCond === "false") return make(false);
    return `(${nullCond} ? ${make(true)} : ${make(false)})`;
  };
  const t = f.type;
  if (t.kind === "array") {
    const elem = elementRead(fc, f, flex);
    return pick((n) => `${fc.msg.use(n ? "readNullableArray" : "readArray")}(r, ${flex}, () => ${elem})`);
  }
  if (t.kind === "struct") {
    const decode = `decode${fc.msg.struct(t.name).tsName}(r, version)`;
    const helper = tagged ? "readTaggedNullableStruct" : "readNullableStruct";
    return pick((n) => (n ? `${fc.msg.use(helper)}(r, () => ${decode})` : decode));
  }
  if (t.name === "string") return pick((n) => variableRead(fc, "String", flex, n));
  if (t.name === "bytes" || t.name === "records") return pick((n) => variableRead(fc, "Bytes", flex, n));
  return primitiveRead(t.name);
}

function variableWrite(fc: FunctionContext, w: string, kind: "String" | "Bytes", flex: string, nullable: boolean, value: string): string {
  const n = nullable ? "Nullable" : "";
  if (flex === "true") return `${w}.compact${n}${kind}(${value})`;
  if (flex === "false") return `${w}.${nullable ? `nullable${kind}` : kind.toLowerCase()}(${value})`;
  return `${fc.msg.use(`write${n}${kind}`)}(${w}, ${flex}, ${value})`;
}

function elementWrite(fc: FunctionContext, f: FieldSpec, w: string, flex: string): string {
  if (f.type.kind !== "array") throw new Error("not an array");
  const e = f.type.element;
  if (e.kind === "struct") return `encode${fc.msg.struct(e.name).tsName}(${w}, e, version)`;
  if (e.name === "string") return variableWrite(fc, w, "String", flex, false, "e");
  if (e.name === "bytes") return variableWrite(fc, w, "Bytes", flex, false, "e");
  return `${w}.${e.name}(e)`;
}

/**
 * Writes `value` in the versions `present` to writer `w`. Returns a statement: either one
 * call ending in ";" or, for a struct nullable in only some versions, an if/else.
 */
export function writeStmt(fc: FunctionContext, f: FieldSpec, present: Versions, tagged: boolean, w: string, value: string): string {
  const flex = tagged ? "true" : fc.fieldFlexible(f, present);
  const nullCond = versionCondition(f.nullableVersions, present);
  const typeNullable = isNullableType(f);
  const label = JSON.stringify(`${fc.struct.tsName}.${fieldTsName(f)}`);
  const nonNull = () => (typeNullable ? `${fc.msg.use("notNull")}(${value}, ${label}, version)` : value);
  // For strings, bytes and arrays a non-null value has the same bytes in both forms, so
  // versions that forbid null only need the null check.
  const nullableValue = () =>
    nullCond === "true" ? value : nullCond === "false" ? nonNull() : `${nullCond} ? ${value} : ${nonNull()}`;
  const nullable = nullCond !== "false";
  const t = f.type;
  if (t.kind === "array") {
    const helper = fc.msg.use(nullable ? "writeNullableArray" : "writeArray");
    return `${helper}(${w}, ${flex}, ${nullableValue()}, (e) => ${elementWrite(fc, f, w, flex)});`;
  }
  if (t.kind === "struct") {
    const name = fc.msg.struct(t.name).tsName;
    const helper = tagged ? "writeTaggedNullableStruct" : "writeNullableStruct";
    const withMarker = () => `${fc.msg.use(helper)}(${w}, ${value}, (s) => encode${name}(${w}, s, version));`;
    const plain = () => `encode${name}(${w}, ${nonNull()}, version);`;
    if (nullCond === "true") return withMarker();
    if (nullCond === "false") return plain();
    return `if (${nullCond}) ${withMarker()}\nelse ${plain()}`;
  }
  if (t.name === "string") return `${variableWrite(fc, w, "String", flex, nullable, nullableValue())};`;
  if (t.name === "bytes" || t.name === "records") return `${variableWrite(fc, w, "Bytes", flex, nullable, nullableValue())};`;
  return `${w}.${t.name}(${value});`;
}

/** `isDefault<Struct>`: every field at its default and no unknown tagged fields (Kafka's equals). */
export function emitDefaultTest(msg: MessageContext, structName: string): string {
  const s = msg.struct(structName);
  const tests = s.spec.fields.map((f) => {
    const test = defaultTests(msg, s.spec.name, f, `v.${fieldTsName(f)}`)[0];
    return test.includes(" || ") ? `(${test})` : test;
  });
  tests.push("(v._unknownTaggedFields === undefined || v._unknownTaggedFields.length === 0)");
  return [
    `function isDefault${s.tsName}(v: ${s.tsName}): boolean {`,
    `  return (`,
    ...tests.map((t, i) => `    ${t}${i < tests.length - 1 ? " &&" : ""}`),
    `  );`,
    `}`,
  ].join("\n");
}
