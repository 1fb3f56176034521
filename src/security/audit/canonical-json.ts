// The one byte sequence an audit entry hashes to: JSON with object keys sorted by code
// unit at every level and no whitespace (the RFC 8785 idea, restricted to the values an
// entry holds: strings, safe integers, booleans, null, arrays, plain objects). Without a
// fixed form a re-serialised but unchanged entry would look altered.
import type { AuditJson } from "./audit-event.js";

export function canonicalJson(value: AuditJson | undefined): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`audit entries cannot hold ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${(value as readonly AuditJson[]).map((v) => canonicalJson(v)).join(",")}]`;
  const obj = value as { readonly [key: string]: AuditJson };
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
}
