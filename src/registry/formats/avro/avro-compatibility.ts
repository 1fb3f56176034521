// Avro reader/writer compatibility with the semantics of Java Avro's SchemaCompatibility
// (ReaderWriterCompatibilityChecker) and the messages of Confluent's avro/Difference.java,
// because those strings are what Confluent's 409 answers carry and clients display.
// Locations are JSON pointers from the root ("/fields/1/type"); recursive types are
// compared once per (reader, writer) pair, a pair in progress counting as compatible.
import type { AvroNode } from "./avro-schema-model.js";

export type AvroIncompatibilityType =
  | "NAME_MISMATCH"
  | "FIXED_SIZE_MISMATCH"
  | "MISSING_ENUM_SYMBOLS"
  | "READER_FIELD_MISSING_DEFAULT_VALUE"
  | "TYPE_MISMATCH"
  | "MISSING_UNION_BRANCH";

export interface AvroIncompatibility {
  readonly type: AvroIncompatibilityType;
  readonly location: string;
  readonly message: string;
}

// Java's Schema.Type names, used in Avro's messages ("reader type: STRING ...").
function typeName(n: AvroNode): string {
  return (n.kind === "primitive" ? n.type : n.kind).toUpperCase();
}

const PROMOTIONS: Readonly<Record<string, readonly string[]>> = {
  long: ["int"],
  float: ["int", "long"],
  double: ["int", "long", "float"],
  bytes: ["string"],
  string: ["bytes"],
};

export function checkAvroCompatibility(reader: AvroNode, writer: AvroNode): AvroIncompatibility[] {
  const memo = new Map<AvroNode, Map<AvroNode, AvroIncompatibility[] | "in-progress">>();
  const location: string[] = [];

  const pointer = (): string => "/" + location.map((t) => t.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");
  const incompatible = (type: AvroIncompatibilityType, message: string): AvroIncompatibility[] => [
    { type, location: pointer(), message },
  ];
  const typeMismatch = (r: AvroNode, w: AvroNode): AvroIncompatibility[] =>
    incompatible("TYPE_MISMATCH", `reader type: ${typeName(r)} not compatible with writer type: ${typeName(w)}`);

  const get = (r: AvroNode, w: AvroNode, token?: string): AvroIncompatibility[] => {
    if (token !== undefined) location.push(token);
    try {
      let byWriter = memo.get(r);
      if (byWriter === undefined) memo.set(r, (byWriter = new Map<AvroNode, AvroIncompatibility[] | "in-progress">()));
      const known = byWriter.get(w);
      if (known === "in-progress") return [];
      if (known !== undefined) return known;
      byWriter.set(w, "in-progress");
      const result = calculate(r, w);
      byWriter.set(w, result);
      return result;
    } finally {
      if (token !== undefined) location.pop();
    }
  };

  const names = (r: AvroNode & { fullName: string; name: string; aliases: readonly string[] }, w: AvroNode & { fullName: string; name: string }): AvroIncompatibility[] => {
    if (r.name === w.name || r.aliases.includes(w.fullName)) return [];
    location.push("name");
    const out = incompatible("NAME_MISMATCH", `expected: ${w.fullName}`);
    location.pop();
    return out;
  };

  const calculate = (r: AvroNode, w: AvroNode): AvroIncompatibility[] => {
    if (r.kind === w.kind && (r.kind !== "primitive" || (w.kind === "primitive" && r.type === w.type))) {
      switch (r.kind) {
        case "primitive":
          return [];
        case "array":
          return get(r.items, (w as typeof r).items, "items");
        case "map":
          return get(r.values, (w as typeof r).values, "values");
        case "fixed": {
          const wf = w as typeof r;
          const out = names(r, wf);
          if (r.size !== wf.size) {
            location.push("size");
            out.push(...incompatible("FIXED_SIZE_MISMATCH", `expected: ${wf.size}, found: ${r.size}`));
            location.pop();
          }
          return out;
        }
        case "enum": {
          const we = w as typeof r;
          const out = names(r, we);
          const missing = [...new Set(we.symbols)].filter((s) => !r.symbols.includes(s)).sort();
          if (missing.length > 0 && !(r.enumDefault !== undefined && r.symbols.includes(r.enumDefault))) {
            location.push("symbols");
            out.push(...incompatible("MISSING_ENUM_SYMBOLS", `[${missing.join(", ")}]`));
            location.pop();
          }
          return out;
        }
        case "record": {
          const wr = w as typeof r;
          const out = names(r, wr);
          location.push("fields");
          for (const rf of r.fields) {
            location.push(String(rf.pos));
            const wf = wr.fields.find((f) => f.name === rf.name) ?? wr.fields.find((f) => rf.aliases.includes(f.name));
            if (wf === undefined) {
              if (!rf.hasDefault) {
                if (rf.type.kind === "enum" && rf.type.enumDefault !== undefined) out.push(...get(rf.type, wr, "type"));
                else out.push(...incompatible("READER_FIELD_MISSING_DEFAULT_VALUE", rf.name));
              }
            } else {
              out.push(...get(rf.type, wf.type, "type"));
            }
            location.pop();
          }
          location.pop();
          return out;
        }
        case "union": {
          const out: AvroIncompatibility[] = [];
          (w as typeof r).branches.forEach((wb, i) => {
            location.push(String(i));
            if (get(r, wb).length > 0) {
              out.push(...incompatible("MISSING_UNION_BRANCH", `reader union lacking writer type: ${typeName(wb)}`));
            }
            location.pop();
          });
          return out;
        }
      }
    }
    if (w.kind === "union") return w.branches.flatMap((wb) => get(r, wb));
    if (r.kind === "primitive" && w.kind === "primitive") {
      return PROMOTIONS[r.type]?.includes(w.type) === true ? [] : typeMismatch(r, w);
    }
    if (r.kind === "union") {
      for (const rb of r.branches) if (get(rb, w).length === 0) return [];
      return incompatible("MISSING_UNION_BRANCH", `reader union lacking writer type: ${typeName(w)}`);
    }
    return typeMismatch(r, w);
  };

  return get(reader, writer);
}

const DESCRIPTIONS: Record<AvroIncompatibilityType, (i: AvroIncompatibility) => string> = {
  FIXED_SIZE_MISMATCH: (i) => `The size of FIXED type field at path '${i.location}' in the %R schema does not match with the %W schema`,
  TYPE_MISMATCH: (i) => `The type (path '${i.location}') of a field in the %R schema does not match with the %W schema`,
  NAME_MISMATCH: (i) => `The name of the schema has changed (path '${i.location}')`,
  MISSING_ENUM_SYMBOLS: (i) => `The %R schema is missing enum symbols '${i.message}' at path '${i.location}' in the %W schema`,
  MISSING_UNION_BRANCH: (i) => `The %R schema is missing a type inside a union field at path '${i.location}' in the %W schema`,
  READER_FIELD_MISSING_DEFAULT_VALUE: (i) =>
    `The field '${i.message}' at path '${i.location}' in the %R schema has no default value and is missing in the %W schema`,
};

/** Confluent's text for one incompatibility, the reader being the "new" schema. */
export function describeIncompatibility(i: AvroIncompatibility): string {
  const description = DESCRIPTIONS[i.type](i).replaceAll("%R", "new").replaceAll("%W", "old");
  return `{errorType:'${i.type}', description:'${description}', additionalInfo:'${i.message}'}`;
}
