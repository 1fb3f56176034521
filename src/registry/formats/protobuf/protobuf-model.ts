// A .proto file as Confluent sees it (Square Wire's ProtoFileElement): declarations in
// source order with labels, types and options as written. protobufjs parses the text;
// what its reflection loses (syntax, `import public`, whether an option value was a
// string or an enum identifier, proto2's explicit `optional`) is recovered here.

import protobuf from "protobufjs";

export type OptionValue =
  | string | number | boolean
  | { readonly kind: "enum"; readonly value: string }
  | { readonly kind: "map"; readonly entries: ReadonlyArray<readonly [string, OptionValue]> }
  | readonly OptionValue[];

export function isMapValue(v: OptionValue): v is Extract<OptionValue, { kind: "map" }> {
  return typeof v === "object" && !Array.isArray(v) && (v as { kind?: string }).kind === "map";
}

export interface ProtoOption {
  readonly name: string;
  readonly parenthesized: boolean;
  /** Field path after a parenthesized name, as in `option (my.ext).a.b = 1`. */
  readonly path?: readonly string[];
  readonly value: OptionValue;
}

const MAX_TAG = 536870911;

export type Reserved = number | readonly [number, number] | string;

export interface FieldElement {
  readonly name: string;
  readonly tag: number;
  readonly label: "optional" | "required" | "repeated" | undefined;
  /** As written; a map field is `map<K, V>`. */
  readonly type: string;
  readonly options: readonly ProtoOption[];
  readonly defaultValue: OptionValue | undefined;
  readonly jsonName: string | undefined;
}

export interface OneOfElement {
  readonly name: string;
  readonly options: readonly ProtoOption[];
  readonly fields: readonly FieldElement[];
}

export interface ExtendElement {
  /** The extended message, as written. */
  readonly name: string;
  readonly fields: readonly FieldElement[];
}

export interface MessageElement {
  readonly kind: "message";
  readonly name: string;
  readonly options: readonly ProtoOption[];
  readonly fields: readonly FieldElement[];
  readonly oneOfs: readonly OneOfElement[];
  /** One entry per `reserved` statement. */
  readonly reserveds: readonly (readonly Reserved[])[];
  /** One entry per `extensions` statement. */
  readonly extensions: readonly (readonly Reserved[])[];
  readonly extends: readonly ExtendElement[];
  readonly nested: readonly TypeElement[];
}

export interface EnumConstantElement {
  readonly name: string;
  readonly tag: number;
  readonly options: readonly ProtoOption[];
}

export interface EnumElement {
  readonly kind: "enum";
  readonly name: string;
  readonly options: readonly ProtoOption[];
  readonly constants: readonly EnumConstantElement[];
  readonly reserveds: readonly (readonly Reserved[])[];
}

export type TypeElement = MessageElement | EnumElement;

export interface RpcElement {
  readonly name: string;
  readonly requestType: string;
  readonly responseType: string;
  readonly requestStreaming: boolean;
  readonly responseStreaming: boolean;
  readonly options: readonly ProtoOption[];
}

export interface ServiceElement {
  readonly name: string;
  readonly options: readonly ProtoOption[];
  readonly rpcs: readonly RpcElement[];
}

export interface ProtoFile {
  readonly syntax: string | undefined;
  readonly edition: string | undefined;
  readonly packageName: string | undefined;
  readonly imports: readonly string[];
  readonly publicImports: readonly string[];
  readonly options: readonly ProtoOption[];
  readonly types: readonly TypeElement[];
  readonly extends: readonly ExtendElement[];
  readonly services: readonly ServiceElement[];
}

type Options = Record<string, unknown>;
type Reflected = { options?: Options | undefined; parsedOptions?: Options[] | null | undefined };

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/\/\/[^\n]*/g, "");
}

/** Builds the model of one parsed file; `source` is its text, for what reflection drops. */
export function toProtoFile(source: string, parsed: protobuf.IParserResult): ProtoFile {
  const text = stripComments(source);
  const syntax = /(?:^|;|\s)syntax\s*=\s*["'](proto[23])["']/.exec(text)?.[1];
  const edition = /(?:^|;|\s)edition\s*=\s*["']([^"']+)["']/.exec(text)?.[1];
  const publicImports = [...text.matchAll(/import\s+public\s+["']([^"']+)["']/g)].map((m) => m[1] ?? "");
  const isProto2 = syntax === "proto2" || (syntax === undefined && edition === undefined);
  // protobufjs folds `option (x).a = 1` into `(x) = { a: 1 }`; the source tells them apart.
  const isDotted = (name: string): boolean => {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`\\(\\s*${escaped}\\s*\\)\\s*\\.`).test(text) && !new RegExp(`\\(\\s*${escaped}\\s*\\)\\s*=`).test(text);
  };
  const quoted = (value: string): boolean => text.includes(`"${value}"`) || text.includes(`'${value}'`);

  const toValue = (value: unknown): OptionValue => {
    if (typeof value === "string") {
      return /^[A-Za-z_][\w.]*$/.test(value) && !quoted(value) ? { kind: "enum", value } : value;
    }
    if (typeof value === "number" || typeof value === "boolean") return value;
    if (Array.isArray(value)) return value.map(toValue);
    if (value && typeof value === "object") {
      return { kind: "map", entries: Object.entries(value as Options).map(([k, v]) => [k, toValue(v)] as const) };
    }
    return String(value);
  };
  const options = (element: Reflected, skip: readonly string[] = []): ProtoOption[] => {
    const entries = element.parsedOptions
      ? element.parsedOptions.flatMap((o) => Object.entries(o))
      : Object.entries(element.options ?? {});
    return entries
      .filter(([name]) => !skip.includes(name))
      .flatMap(([key, raw]): ProtoOption[] => {
        const parenthesized = key.startsWith("(");
        const name = parenthesized ? key.slice(1).replace(/\)/, "") : key;
        const value = toValue(raw);
        if (parenthesized && isMapValue(value) && isDotted(name)) {
          // `(x).a.b = 1` arrives as `(x) = { a: { b: 1 } }`: follow single-entry maps back to the path.
          return value.entries.map(([field, v]) => {
            const path = [field];
            let leaf = v;
            while (isMapValue(leaf) && leaf.entries.length === 1 && leaf.entries[0]) {
              path.push(leaf.entries[0][0]);
              leaf = leaf.entries[0][1];
            }
            return { name, parenthesized, path, value: leaf };
          });
        }
        return [{ name, parenthesized, value }];
      });
  };

  const field = (f: protobuf.Field, inOneOf: boolean): FieldElement => {
    const map = f instanceof protobuf.MapField;
    const opts = f.options ?? {};
    let label: FieldElement["label"];
    if (f.rule === "repeated" || f.rule === "required") label = f.rule;
    else if (opts.proto3_optional === true) label = "optional";
    else if (isProto2 && !map && !inOneOf) label = "optional";
    return {
      name: f.name,
      tag: f.id,
      label,
      type: map ? `map<${f.keyType}, ${f.type}>` : f.type,
      options: options(f, ["default", "json_name", "proto3_optional"]),
      defaultValue: "default" in opts ? toValue(opts.default) : undefined,
      jsonName: typeof opts.json_name === "string" ? opts.json_name : undefined,
    };
  };
  // protobufjs flattens `reserved` and `extensions` statements into one list per type;
  // regroup them by the statements in the source, keeping how each item was written.
  const key = (r: Reserved): string => typeof r !== "object" ? JSON.stringify(r) : r[0] === r[1] ? String(r[0]) : `${r[0]}-${r[1] >= MAX_TAG ? "max" : r[1]}`;
  const statementsOf = (keyword: string): Reserved[][] =>
    [...text.matchAll(new RegExp(`\\b${keyword}\\s+([^;\\[]+)[;\\[]`, "g"))].map((m) => (m[1] ?? "").split(",").map((part): Reserved => {
      const item = part.trim();
      const quotedName = /^["'](.*)["']$/.exec(item);
      if (quotedName) return quotedName[1] ?? "";
      const [from = "", to] = item.split(/\s+to\s+/);
      if (to === undefined) return Number(from);
      return [Number(from), to === "max" ? MAX_TAG : Number(to)] as const;
    }));
  const regroup = (statements: Reserved[][]) => {
    const used = new Set<number>();
    return (list: ReadonlyArray<number[] | string> | undefined): Reserved[][] => {
      const flat = (list ?? []).map((r): Reserved => typeof r === "string" ? r : r[0] === r[1] ? r[0] ?? 0 : [r[0] ?? 0, r[1] ?? 0] as const);
      const groups: Reserved[][] = [];
      while (flat.length > 0) {
        const index = statements.findIndex((st, i) => !used.has(i) && st.length <= flat.length && st.every((item, j) => key(item) === key(flat[j] ?? "")));
        const statement = index < 0 ? undefined : statements[index];
        if (statement) used.add(index);
        groups.push(statement ? (flat.splice(0, statement.length), statement) : flat.splice(0, 1));
      }
      return groups;
    };
  };
  const reserveds = regroup(statementsOf("reserved"));
  const extensions = regroup(statementsOf("extensions"));

  // protobufjs keeps `extend X { ... }` fields among the nested objects, marked with `extend`.
  const extendsOf = (members: readonly protobuf.ReflectionObject[]): ExtendElement[] => {
    const blocks: { name: string; fields: FieldElement[] }[] = [];
    for (const m of members) {
      if (!(m instanceof protobuf.Field) || m.extend === undefined) continue;
      const last = blocks[blocks.length - 1];
      if (last?.name === m.extend) last.fields.push(field(m, false));
      else blocks.push({ name: m.extend, fields: [field(m, false)] });
    }
    return blocks;
  };

  const type = (t: protobuf.ReflectionObject): TypeElement | undefined => {
    if (t instanceof protobuf.Type) {
      const synthetic = (o: protobuf.OneOf): boolean => o.fieldsArray.length === 1 && o.fieldsArray[0]?.options?.proto3_optional === true;
      return {
        kind: "message", name: t.name, options: options(t),
        // Extension fields protobufjs copies into the extended type ("sister" fields) are not declared here.
        fields: t.fieldsArray.filter((f) => !f.declaringField && (!f.partOf || synthetic(f.partOf))).map((f) => field(f, false)),
        oneOfs: t.oneofsArray.filter((o) => !synthetic(o)).map((o) => ({
          name: o.name, options: options(o as Reflected), fields: o.fieldsArray.map((f) => field(f, true)),
        })),
        reserveds: reserveds(t.reserved),
        extensions: extensions(t.extensions),
        extends: extendsOf(t.nestedArray),
        nested: t.nestedArray.map(type).filter((n) => n !== undefined),
      };
    }
    if (t instanceof protobuf.Enum) {
      const valueOptions = t.valuesOptions ?? {};
      return {
        kind: "enum", name: t.name, options: options(t),
        constants: Object.entries(t.values).map(([name, tag]) => ({ name, tag, options: options({ options: valueOptions[name] }) })),
        reserveds: reserveds(t.reserved),
      };
    }
    return undefined;
  };

  const namespace = parsed.package ? parsed.root.lookup(parsed.package) : parsed.root;
  const members = namespace instanceof protobuf.Namespace ? namespace.nestedArray : [];
  const services = members.filter((m) => m instanceof protobuf.Service).map((s) => ({
    name: s.name, options: options(s as Reflected),
    rpcs: s.methodsArray.map((m) => ({
      name: m.name, requestType: m.requestType, responseType: m.responseType,
      requestStreaming: m.requestStream === true, responseStreaming: m.responseStream === true,
      options: options(m as Reflected),
    })),
  }));
  const imports = (parsed.imports ?? []).filter((i) => !publicImports.includes(i));
  return {
    syntax, edition, packageName: parsed.package,
    imports: [...imports, ...(parsed.weakImports ?? [])],
    publicImports,
    options: namespace ? options(namespace) : [],
    types: members.map(type).filter((t) => t !== undefined),
    extends: extendsOf(members),
    services,
  };
}
