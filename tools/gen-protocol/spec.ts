// Loads Kafka's JSON message specs (clients/src/main/resources/common/message/*.json)
// into a checked model. The files are JSON with `//` comments; jsonc-parser tokenizes
// them, so a "//" inside a string (URLs in `about`) is never mistaken for a comment.
// Unknown keys are rejected: a new spec feature must fail generation, not be ignored.

import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse, printParseErrorCode, type ParseError } from "jsonc-parser";
import { Versions } from "./versions.js";

export const PRIMITIVE_TYPES = [
  "bool", "int8", "int16", "uint16", "int32", "uint32", "int64", "float64", "string", "uuid", "bytes", "records",
] as const;
export type PrimitiveTypeName = (typeof PRIMITIVE_TYPES)[number];

export type FieldType =
  | { kind: "primitive"; name: PrimitiveTypeName }
  | { kind: "struct"; name: string }
  | { kind: "array"; element: { kind: "primitive"; name: PrimitiveTypeName } | { kind: "struct"; name: string } };

export interface FieldSpec {
  name: string;
  type: FieldType;
  versions: Versions;
  nullableVersions: Versions;
  taggedVersions: Versions;
  tag: number | null;
  ignorable: boolean;
  /** Overrides the message's flexible versions for this field's own encoding (RequestHeader.ClientId). */
  flexibleVersions: Versions | null;
  /** The spec's default as written ("" when absent); interpreted per type by the emitters. */
  defaultValue: string;
  about: string;
}

export interface StructSpec {
  name: string;
  versions: Versions;
  fields: FieldSpec[];
}

export type MessageKind = "request" | "response" | "header" | "data";

export interface MessageSpec {
  file: string;
  name: string;
  kind: MessageKind;
  apiKey: number | null;
  listeners: string[];
  validVersions: Versions;
  flexibleVersions: Versions;
  deprecatedVersions: Versions;
  latestVersionUnstable: boolean;
  fields: FieldSpec[];
  /** Every named struct of the message, inline and common, by spec name. */
  structs: Map<string, StructSpec>;
}

export const DEFAULT_SPEC_DIR = "../shared/kafka-protocol/messages";

/** The spec directory: env CAREBUS_KAFKA_PROTOCOL_DIR, else ../shared/... from the project root. */
export function specDir(projectRoot: string): string {
  return resolve(projectRoot, process.env.CAREBUS_KAFKA_PROTOCOL_DIR ?? DEFAULT_SPEC_DIR);
}

export function loadSpecs(dir: string): MessageSpec[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => parseSpec(file, readFileSync(join(dir, file), "utf8")));
}

/** The messages Carebus generates: broker-facing APIs (request + response), both headers, consumer protocol data. */
export function selectGenerated(specs: MessageSpec[]): MessageSpec[] {
  const brokerKeys = new Set(
    specs.filter((s) => s.kind === "request" && s.listeners.includes("broker")).map((s) => s.apiKey),
  );
  const standalone = new Set(["RequestHeader", "ResponseHeader", "ConsumerProtocolSubscription", "ConsumerProtocolAssignment"]);
  return specs.filter(
    (s) => ((s.kind === "request" || s.kind === "response") && brokerKeys.has(s.apiKey)) || standalone.has(s.name),
  );
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const MESSAGE_KEYS = new Set([
  "apiKey", "type", "listeners", "name", "validVersions", "flexibleVersions", "deprecatedVersions",
  "latestVersionUnstable", "fields", "commonStructs",
]);
const FIELD_KEYS = new Set([
  "name", "type", "versions", "nullableVersions", "taggedVersions", "tag", "default", "ignorable", "mapKey",
  "entityType", "about", "flexibleVersions", "zeroCopy", "fields",
]);
const STRUCT_KEYS = new Set(["name", "versions", "fields"]);

export function parseSpec(file: string, text: string): MessageSpec {
  const errors: ParseError[] = [];
  const json = parse(text, errors, { disallowComments: false, allowTrailingComma: false }) as Json;
  if (errors.length > 0) {
    const e = errors[0]!;
    throw new Error(`${file}: ${printParseErrorCode(e.error)} at offset ${e.offset}`);
  }
  const ctx = (what: string) => `${file}: ${what}`;
  const top = asObject(json, ctx("top level"));
  checkKeys(top, MESSAGE_KEYS, ctx("top level"));
  const name = asString(top.name, ctx("name"));
  const kind = asString(top.type, ctx("type"));
  if (kind !== "request" && kind !== "response" && kind !== "header" && kind !== "data") {
    throw new Error(ctx(`unknown message type "${kind}"`));
  }
  const structs = new Map<string, StructSpec>();
  const register = (s: StructSpec) => {
    if (structs.has(s.name)) throw new Error(ctx(`struct ${s.name} is defined more than once`));
    structs.set(s.name, s);
  };
  const fields = parseFields(top.fields, name, register, ctx);
  for (const raw of asArray(top.commonStructs ?? [], ctx("commonStructs"))) {
    const o = asObject(raw, ctx("commonStructs entry"));
    checkKeys(o, STRUCT_KEYS, ctx("commonStructs entry"));
    const sname = asString(o.name, ctx("commonStructs name"));
    register({
      name: sname,
      versions: Versions.parse(asString(o.versions, ctx(`${sname}.versions`))),
      fields: parseFields(o.fields, sname, register, ctx),
    });
  }
  const spec: MessageSpec = {
    file,
    name,
    kind,
    apiKey: top.apiKey === undefined ? null : asNumber(top.apiKey, ctx("apiKey")),
    listeners: asArray(top.listeners ?? [], ctx("listeners")).map((l) => asString(l, ctx("listeners"))),
    validVersions: Versions.parse(asString(top.validVersions, ctx("validVersions"))),
    flexibleVersions: Versions.parse(asString(top.flexibleVersions, ctx("flexibleVersions"))),
    deprecatedVersions: Versions.parse(optString(top.deprecatedVersions, ctx("deprecatedVersions")), Versions.NONE),
    latestVersionUnstable: top.latestVersionUnstable === true,
    fields,
    structs,
  };
  validateStructRefs(spec, spec.fields, ctx);
  return spec;
}

function parseFields(
  raw: Json | undefined,
  owner: string,
  register: (s: StructSpec) => void,
  ctx: (what: string) => string,
): FieldSpec[] {
  const fields = asArray(raw ?? [], ctx(`${owner}.fields`)).map((r) => parseField(r, owner, register, ctx));
  const tags = new Set<number>();
  for (const f of fields) {
    if (f.tag === null) continue;
    if (tags.has(f.tag)) throw new Error(ctx(`${owner}: tag ${f.tag} is used twice`));
    tags.add(f.tag);
  }
  return fields;
}

function parseField(
  raw: Json,
  owner: string,
  register: (s: StructSpec) => void,
  ctx: (what: string) => string,
): FieldSpec {
  const o = asObject(raw, ctx(`${owner} field`));
  const name = asString(o.name, ctx(`${owner} field name`));
  const where = ctx(`${owner}.${name}`);
  checkKeys(o, FIELD_KEYS, where);
  const typeText = asString(o.type, where);
  const type = parseType(typeText, where);
  const versions = Versions.parse(asString(o.versions, where));
  const tagged = optString(o.taggedVersions, where);
  const tag = o.tag === undefined ? null : parseTag(o.tag, where);
  if ((tag === null) !== (tagged === undefined)) throw new Error(`${where}: tag and taggedVersions go together`);
  const taggedVersions = Versions.parse(tagged, Versions.NONE);
  const def = o.default;
  if (def !== undefined && typeof def !== "string" && typeof def !== "number" && typeof def !== "boolean") {
    throw new Error(`${where}: default must be a string, number or boolean`);
  }
  if (o.fields !== undefined) {
    const structName = type.kind === "array" ? type.element : type;
    if (structName.kind !== "struct") throw new Error(`${where}: fields on a non-struct type`);
    register({ name: structName.name, versions, fields: parseFields(o.fields, structName.name, register, ctx) });
  }
  const flexible = optString(o.flexibleVersions, where);
  return {
    name,
    type,
    versions,
    nullableVersions: Versions.parse(optString(o.nullableVersions, where), Versions.NONE),
    taggedVersions,
    tag,
    ignorable: o.ignorable === true,
    flexibleVersions: flexible === undefined ? null : Versions.parse(flexible),
    defaultValue: def === undefined ? "" : String(def),
    about: optString(o.about, where) ?? "",
  };
}

function parseType(text: string, where: string): FieldType {
  const element = (t: string): { kind: "primitive"; name: PrimitiveTypeName } | { kind: "struct"; name: string } => {
    const p = PRIMITIVE_TYPES.find((n) => n === t);
    if (p !== undefined) return { kind: "primitive", name: p };
    if (/^[A-Z][A-Za-z0-9]*$/.test(t)) return { kind: "struct", name: t };
    throw new Error(`${where}: unknown type "${t}"`);
  };
  if (text.startsWith("[]")) {
    const e = element(text.slice(2));
    if (e.kind === "primitive" && e.name === "records") throw new Error(`${where}: arrays of records are not allowed`);
    return { kind: "array", element: e };
  }
  return element(text);
}

/** Tags appear both as numbers and as strings ("0") in the specs. */
function parseTag(raw: Json, where: string): number {
  if (typeof raw === "number" && Number.isInteger(raw) && raw >= 0) return raw;
  if (typeof raw === "string" && /^\d+$/.test(raw)) return Number(raw);
  throw new Error(`${where}: invalid tag ${JSON.stringify(raw)}`);
}

function validateStructRefs(spec: MessageSpec, fields: FieldSpec[], ctx: (what: string) => string): void {
  for (const f of fields) {
    const t = f.type.kind === "array" ? f.type.element : f.type;
    if (t.kind !== "struct") continue;
    const s = spec.structs.get(t.name);
    if (s === undefined) throw new Error(ctx(`${f.name} refers to unknown struct ${t.name}`));
  }
  for (const s of spec.structs.values()) {
    for (const f of s.fields) {
      const t = f.type.kind === "array" ? f.type.element : f.type;
      if (t.kind === "struct" && !spec.structs.has(t.name)) {
        throw new Error(ctx(`${s.name}.${f.name} refers to unknown struct ${t.name}`));
      }
    }
  }
}

function checkKeys(o: JsonObject, allowed: Set<string>, where: string): void {
  for (const k of Object.keys(o)) if (!allowed.has(k)) throw new Error(`${where}: unknown key "${k}"`);
}

function asObject(v: Json | undefined, where: string): JsonObject {
  if (v === null || v === undefined || typeof v !== "object" || Array.isArray(v)) throw new Error(`${where}: expected an object`);
  return v;
}

function asArray(v: Json | undefined, where: string): Json[] {
  if (!Array.isArray(v)) throw new Error(`${where}: expected an array`);
  return v;
}

function asString(v: Json | undefined, where: string): string {
  if (typeof v !== "string") throw new Error(`${where}: expected a string`);
  return v;
}

function optString(v: Json | undefined, where: string): string | undefined {
  return v === undefined ? undefined : asString(v, where);
}

function asNumber(v: Json | undefined, where: string): number {
  if (typeof v !== "number" || !Number.isInteger(v)) throw new Error(`${where}: expected an integer`);
  return v;
}
