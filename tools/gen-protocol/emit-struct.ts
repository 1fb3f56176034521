// Emits, for one struct (or the message itself): the interface, the default-filled
// factory, and one encoder and one decoder with version conditions inside (not one
// function per version), ending with the tagged-field section in flexible versions.

import { FunctionContext, type MessageContext, type StructInfo, fieldTsName, negate } from "./emit-context.js";
import { defaultExpr, nonDefaultExpr, readExpr, tsType, writeStmt } from "./emit-fields.js";
import type { FieldSpec } from "./spec.js";
import { type Versions, versionCondition } from "./versions.js";

const I1 = "  ";
const I2 = "    ";

export function emitInterface(msg: MessageContext, s: StructInfo): string {
  const lines: string[] = [];
  if (s.isMessage) lines.push(`/** ${messageSummary(msg)} */`);
  lines.push(`export interface ${s.tsName} {`);
  for (const f of s.spec.fields) {
    lines.push(`${I1}/** ${fieldDoc(f)} */`);
    lines.push(`${I1}${fieldTsName(f)}: ${tsType(msg, f)};`);
  }
  lines.push(`${I1}/** Tagged fields this codec does not know, kept so they round-trip. */`);
  lines.push(`${I1}_unknownTaggedFields?: ${msg.use("TaggedField")}[];`);
  lines.push("}");
  return lines.join("\n");
}

export function emitFactory(msg: MessageContext, s: StructInfo): string {
  const lines = [`export function make${s.tsName}(init?: Partial<${s.tsName}>): ${s.tsName} {`, `${I1}return {`];
  for (const f of s.spec.fields) lines.push(`${I2}${fieldTsName(f)}: ${defaultExpr(msg, s.spec.name, f)},`);
  lines.push(`${I2}...init,`, `${I1}};`, "}");
  return lines.join("\n");
}

export function emitEncoder(msg: MessageContext, s: StructInfo): string {
  const fc = new FunctionContext(msg, s);
  const body: string[] = [];
  if (s.isMessage) {
    const v = msg.spec.validVersions;
    body.push(`${msg.use("checkVersion")}(${JSON.stringify(s.tsName)}, version, ${v.lowest}, ${v.highest});`);
  }
  const tagged: string[] = [];
  for (const f of s.spec.fields) {
    checkTagged(msg, s, f);
    const value = `v.${fieldTsName(f)}`;
    const present = f.versions.intersect(s.possible);
    const cond = versionCondition(f.versions, s.possible);
    const label = JSON.stringify(`${s.tsName}.${fieldTsName(f)}`);
    const versionError = () => `${msg.use("fieldVersionError")}(${label}, version);`;
    const nonDefault = () => nonDefaultExpr(msg, s.spec.name, f, value);
    if (f.tag !== null) {
      if (cond !== "true" && !f.ignorable) {
        body.push(`if (${cond === "false" ? nonDefault() : and(negate(cond), nonDefault())}) ${versionError()}`);
      }
      if (cond !== "false") tagged.push(taggedPush(fc, f, present, cond, value));
      continue;
    }
    const absentCheck = () => (f.ignorable ? null : `if (${nonDefault()}) ${versionError()}`);
    if (cond === "false") {
      const check = absentCheck();
      if (check !== null) body.push(check);
      continue;
    }
    const stmt = writeStmt(fc, f, present, false, "w", value);
    if (cond === "true") {
      body.push(...stmt.split("\n"));
      continue;
    }
    if (stmt.includes("\n")) body.push(`if (${cond}) {`, ...stmt.split("\n").map((l) => I1 + l), "}");
    else body.push(`if (${cond}) ${stmt}`);
    const check = absentCheck();
    if (check !== null) body.push(`else ${check}`);
  }
  const flex = fc.structFlexible();
  if (tagged.length > 0) {
    body.push(`const tagged: ${msg.use("TaggedFieldWrite")}[] = [];`, ...tagged);
    body.push(`${msg.use("writeTaggedFields")}(w, ${flex}, v._unknownTaggedFields, tagged);`);
  } else {
    body.push(`${msg.use("writeTaggedFields")}(w, ${flex}, v._unknownTaggedFields);`);
  }
  return fn(fc, `export function encode${s.tsName}(w: Writer, v: ${s.tsName}, version: number): void {`, body);
}

function taggedPush(fc: FunctionContext, f: FieldSpec, present: Versions, cond: string, value: string): string {
  const stmt = writeStmt(fc, f, present, true, "t", value);
  const arrow = stmt.includes("\n") ? `(t) => {\n${stmt}\n}` : `(t) => ${stmt.slice(0, -1)}`;
  const test = nonDefaultExpr(fc.msg, fc.struct.spec.name, f, value);
  return `if (${cond === "true" ? test : and(cond, test)}) tagged.push([${f.tag}, ${arrow}]);`;
}

export function emitDecoder(msg: MessageContext, s: StructInfo): string {
  const fc = new FunctionContext(msg, s);
  const body: string[] = [];
  if (s.isMessage) {
    const v = msg.spec.validVersions;
    body.push(`${msg.use("checkReadVersion")}(r, ${JSON.stringify(s.tsName)}, version, ${v.lowest}, ${v.highest});`);
  }
  const flex = fc.structFlexible();
  const entries: string[] = [];
  const cases: string[] = [];
  for (const f of s.spec.fields) {
    const name = fieldTsName(f);
    const dflt = defaultExpr(msg, s.spec.name, f);
    const present = f.versions.intersect(s.possible);
    const cond = versionCondition(f.versions, s.possible);
    if (f.tag !== null) {
      entries.push(`${I1}${name}: ${dflt},`);
      if (cond === "false") continue;
      // Tagged fields exist only in flexible versions: test against those.
      const flexPossible = s.possible.intersect(msg.spec.flexibleVersions);
      const tagCond = versionCondition(f.versions, flexPossible);
      cases.push(`${I2}case ${f.tag}:`);
      if (tagCond !== "true") cases.push(`${I2}${I1}if (${negate(tagCond)}) return false;`);
      cases.push(`${I2}${I1}v.${name} = ${readExpr(fc, f, present, true)};`, `${I2}${I1}return true;`);
    } else if (cond === "true") {
      entries.push(`${I1}${name}: ${readExpr(fc, f, present, false)},`);
    } else if (cond === "false") {
      entries.push(`${I1}${name}: ${dflt},`);
    } else {
      entries.push(`${I1}${name}: ${cond} ? ${readExpr(fc, f, present, false)} : ${dflt},`);
    }
  }
  if (flex === "false") {
    body.push("return {", ...entries, "};");
  } else {
    body.push(`const v: ${s.tsName} = {`, ...entries, "};");
    const read = msg.use("readTaggedFields");
    const call =
      cases.length === 0
        ? [`${read}(r, v);`]
        : [`${read}(r, v, (tag) => {`, `${I1}switch (tag) {`, ...cases, `${I2}default:`, `${I2}${I1}return false;`, `${I1}}`, "});"];
    if (flex === "true") body.push(...call);
    else body.push("if (flexible) {", ...call.map((l) => I1 + l), "}");
    body.push("return v;");
  }
  return fn(fc, `export function decode${s.tsName}(r: Reader, version: number): ${s.tsName} {`, body);
}

function fn(fc: FunctionContext, signature: string, body: string[]): string {
  if (fc.usesFlexible) {
    const at = body.length > 0 && /^check(Read)?Version\(/.test(body[0]!) ? 1 : 0;
    body.splice(at, 0, `const flexible = ${fc.flexibleDeclaration()};`);
  }
  // Simple structs never look at the version; say so, so the lint needs no exception.
  const usesVersion = body.some((l) => /\bversion\b/.test(l.replace(/"[^"]*"/g, "")));
  const sig = usesVersion ? signature : signature.replace("version: number", "_version: number");
  return [sig, ...indent(body.flatMap((b) => b.split("\n")), 1), "}"].join("\n");
}

/** Re-indents by braces; the statements of a `case` sit one level deeper. */
function indent(lines: string[], start: number): string[] {
  let depth = start;
  let inCase = false;
  return lines.map((l) => {
    const t = l.trim();
    if (t.startsWith("}")) {
      depth--;
      inCase = false;
    }
    const isLabel = t.startsWith("case ") || t === "default:";
    if (isLabel) inCase = false;
    const out = I1.repeat(depth + (inCase ? 1 : 0)) + t;
    if (isLabel) inCase = true;
    if (t.endsWith("{")) depth++;
    return out;
  });
}

function checkTagged(msg: MessageContext, s: StructInfo, f: FieldSpec): void {
  if (f.tag === null) return;
  if (!f.taggedVersions.equals(f.versions)) {
    throw new Error(`${msg.spec.file}: ${s.spec.name}.${f.name}: tagged in only some of its versions (unsupported)`);
  }
  if (!msg.spec.flexibleVersions.covers(f.taggedVersions.intersect(msg.spec.validVersions))) {
    throw new Error(`${msg.spec.file}: ${s.spec.name}.${f.name}: tagged outside the flexible versions`);
  }
  if (f.type.kind === "primitive" && f.type.name === "records") {
    throw new Error(`${msg.spec.file}: ${s.spec.name}.${f.name}: records cannot be tagged`);
  }
}

function and(a: string, b: string): string {
  const wrap = (x: string) => (x.includes(" || ") ? `(${x})` : x);
  return `${wrap(a)} && ${wrap(b)}`;
}

function messageSummary(msg: MessageContext): string {
  const m = msg.spec;
  const parts = [`${m.name}${m.apiKey === null ? "" : ` (API key ${m.apiKey})`}: versions ${m.validVersions.toString()}`];
  parts.push(`flexible ${m.flexibleVersions.toString()}`);
  if (!m.deprecatedVersions.empty) parts.push(`deprecated ${m.deprecatedVersions.toString()}`);
  if (m.latestVersionUnstable) parts.push(`latest version unstable`);
  return `${parts.join(", ")}.`;
}

function fieldDoc(f: FieldSpec): string {
  const notes = [`v${f.versions.toString()}`];
  if (!f.nullableVersions.intersect(f.versions).empty) notes.push(`nullable v${f.nullableVersions.intersect(f.versions).toString()}`);
  if (f.tag !== null) notes.push(`tag ${f.tag}`);
  if (f.ignorable) notes.push("ignorable");
  const about = f.about.trim().replace(/\*\//g, "*\\/").replace(/\s+/g, " ");
  return `${about === "" ? "" : `${about} `}(${notes.join(", ")})`;
}
