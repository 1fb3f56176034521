// Confluent's `normalize=true` text for Avro (AvroSchemaUtils.toNormalizedString, adapted
// from Avro's SchemaNormalization): full names everywhere, "name" before "type", a named
// type in full once then as its quoted full name (referenced types always by name),
// field order/doc/aliases/default, aliases sorted, custom properties sorted by key.
// Runs on schemas walkAvro has already validated.
import { PRIMITIVES } from "./avro-schema-model.js";

type Json = Record<string, unknown>;

function fullName(name: string, space: string | null): string {
  return name.includes(".") || space === null ? name : `${space}.${name}`;
}

function spaceOf(full: string): string | null {
  const dot = full.lastIndexOf(".");
  return dot >= 0 ? full.slice(0, dot) : null;
}

function sortedProps(obj: Json, reserved: readonly string[]): string {
  return Object.keys(obj)
    .filter((k) => !reserved.includes(k))
    .sort()
    .map((k) => `,${JSON.stringify(k)}:${JSON.stringify(obj[k])}`)
    .join("");
}

function logicalProps(obj: Json): string {
  if (typeof obj["logicalType"] !== "string") return "";
  let out = `,"logicalType":${JSON.stringify(obj["logicalType"])}`;
  if (obj["logicalType"] === "decimal") {
    out += `,"precision":${String(obj["precision"])}`;
    if (typeof obj["scale"] === "number" && obj["scale"] !== 0) out += `,"scale":${obj["scale"]}`;
  }
  return out;
}

const LOGICAL_RESERVED = ["logicalType", "precision", "scale"];

export function normalizedAvro(json: unknown, referencedNames: ReadonlySet<string>): string {
  const defined = new Set<string>(referencedNames);

  const build = (s: unknown, space: string | null): string => {
    if (typeof s === "string") {
      if (PRIMITIVES.has(s)) return JSON.stringify(s);
      const candidates = s.includes(".") || space === null ? [s] : [`${space}.${s}`, s];
      return JSON.stringify(candidates.find((c) => defined.has(c)) ?? candidates[0]);
    }
    if (Array.isArray(s)) return `[${s.map((b) => build(b, space)).join(",")}]`;
    const obj = s as Json;
    const type = obj["type"];
    if (typeof type !== "string") return build(type, space);
    switch (type) {
      case "array":
      case "map": {
        const child = type === "array" ? "items" : "values";
        return `{"type":"${type}","${child}":${build(obj[child], space)}${logicalProps(obj)}${sortedProps(obj, ["type", child, ...LOGICAL_RESERVED])}}`;
      }
      case "record":
      case "error":
      case "enum":
      case "fixed": {
        const ns = typeof obj["namespace"] === "string" ? (obj["namespace"] === "" ? null : obj["namespace"]) : space;
        const full = fullName(String(obj["name"]), ns);
        if (defined.has(full)) return JSON.stringify(full);
        defined.add(full);
        const own = spaceOf(full);
        let out = `{"name":${JSON.stringify(full)},"type":"${type}"`;
        if (type === "enum") out += `,"symbols":${JSON.stringify(obj["symbols"])}`;
        else if (type === "fixed") out += `,"size":${String(obj["size"])}`;
        else {
          const fields = (obj["fields"] as Json[]).map((f) => {
            let fo = `{"name":${JSON.stringify(f["name"])},"type":${build(f["type"], own)}`;
            fo += `,"order":"${typeof f["order"] === "string" ? f["order"].toUpperCase() : "ASCENDING"}"`;
            if (typeof f["doc"] === "string") fo += `,"doc":${JSON.stringify(f["doc"])}`;
            if (Array.isArray(f["aliases"]) && f["aliases"].length > 0) fo += `,"aliases":${JSON.stringify([...(f["aliases"] as string[])].sort())}`;
            if ("default" in f) fo += `,"default":${JSON.stringify(f["default"])}`;
            return `${fo}${sortedProps(f, ["name", "type", "order", "doc", "aliases", "default"])}}`;
          });
          out += `,"fields":[${fields.join(",")}]`;
        }
        out += logicalProps(obj);
        if (typeof obj["doc"] === "string" && obj["doc"] !== "") out += `,"doc":${JSON.stringify(obj["doc"])}`;
        if (Array.isArray(obj["aliases"]) && obj["aliases"].length > 0) {
          out += `,"aliases":${JSON.stringify((obj["aliases"] as string[]).map((a) => fullName(a, own)).sort())}`;
        }
        if (type === "enum" && typeof obj["default"] === "string") out += `,"default":${JSON.stringify(obj["default"])}`;
        const reserved = ["type", "name", "namespace", "doc", "aliases", "fields", "symbols", "size", "default", ...LOGICAL_RESERVED];
        return `${out}${sortedProps(obj, reserved)}}`;
      }
      default: {
        if (!PRIMITIVES.has(type)) return build(type, space);
        const logical = logicalProps(obj);
        const props = sortedProps(obj, ["type", ...LOGICAL_RESERVED]);
        return logical === "" && props === "" ? JSON.stringify(type) : `{"type":"${type}"${logical}${props}}`;
      }
    }
  };

  return build(json, null);
}
