// Reader for Java `.properties` files, faithful to java.util.Properties#load where it
// matters for server.properties:
//
// - natural lines end at \n, \r or \r\n; a line whose first non-blank character is
//   `#` or `!` is a comment (a comment never continues onto the next line);
// - an odd number of trailing backslashes joins the next natural line, whose leading
//   blanks are dropped; a continuation that is blank ends the logical line;
// - the key ends at the first unescaped `=`, `:` or blank; blanks around the separator
//   and leading blanks of the value are skipped, trailing blanks of the value are kept;
// - escapes: \t \n \r \f \uXXXX, and `\c` is `c` for any other character.
//
// Two deliberate differences: the file is read as UTF-8 (Properties#load(InputStream)
// reads ISO-8859-1, but people write UTF-8; ASCII and \uXXXX mean the same in both),
// and a leading byte-order mark is skipped instead of becoming part of the first key.
//
// Trailing comments: Java has none, so `broker.id=1  # Unique for each broker` has the
// value "1  # Unique for each broker" and Kafka then fails to parse the int. Every
// server.properties example in our seeds is written that way, so the parser records
// where an unescaped `#` follows a blank (`trailingComment`) and the broker config
// loader decides whether to drop it (it does for all but secrets, with a note). `\#`
// stays a literal `#`.

import { ConfigError } from "./config-error.js";

export interface PropertiesEntry {
  readonly key: string;
  /** The value exactly as Java would read it. */
  readonly value: string;
  /** 1-based line where the entry starts. */
  readonly line: number;
  /** Set when the value contains an unescaped blank-then-`#`: the value before it, and the comment. */
  readonly trailingComment?: { readonly value: string; readonly comment: string };
}

const BLANK = new Set([" ", "\t", "\f"]);

/** Parses the text of a .properties file into its entries, in file order (duplicates kept). */
export function parseProperties(text: string): PropertiesEntry[] {
  const lines = (text.startsWith("\uFEFF") ? text.slice(1) : text).split(/\r\n|\r|\n/);
  const entries: PropertiesEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = skipBlanks(lines[i] ?? "");
    if (first === "" || first.startsWith("#") || first.startsWith("!")) continue;
    const startLine = i + 1;
    let logical = first;
    while (endsWithContinuation(logical)) {
      logical = logical.slice(0, -1);
      if (i + 1 >= lines.length) break; // Java drops a backslash at end of file
      const next = skipBlanks(lines[++i] ?? "");
      if (next === "") break;
      logical += next;
    }
    entries.push(parseLogicalLine(logical, startLine));
  }
  return entries;
}

/** The last value of each key, as java.util.Properties keeps it. */
export function propertiesToMap(entries: readonly PropertiesEntry[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of entries) map.set(e.key, e.value);
  return map;
}

function skipBlanks(s: string): string {
  let i = 0;
  while (i < s.length && BLANK.has(s[i] ?? "")) i++;
  return s.slice(i);
}

function endsWithContinuation(s: string): boolean {
  let n = 0;
  for (let i = s.length - 1; i >= 0 && s[i] === "\\"; i--) n++;
  return n % 2 === 1;
}

function parseLogicalLine(line: string, lineNo: number): PropertiesEntry {
  let keyEnd = 0;
  let valueStart = line.length;
  let hasSeparator = false;
  let escaped = false;
  for (; keyEnd < line.length; keyEnd++) {
    const c = line[keyEnd] ?? "";
    if (!escaped && (c === "=" || c === ":")) {
      valueStart = keyEnd + 1;
      hasSeparator = true;
      break;
    }
    if (!escaped && BLANK.has(c)) {
      valueStart = keyEnd + 1;
      break;
    }
    escaped = c === "\\" ? !escaped : false;
  }
  for (; valueStart < line.length; valueStart++) {
    const c = line[valueStart] ?? "";
    if (BLANK.has(c)) continue;
    if (!hasSeparator && (c === "=" || c === ":")) {
      hasSeparator = true;
      continue;
    }
    break;
  }
  const key = unescape(line.slice(0, keyEnd), lineNo, "").text;
  const { text: value, commentAt } = unescape(line.slice(valueStart), lineNo, key);
  if (commentAt === undefined) return { key, value, line: lineNo };
  return {
    key,
    value,
    line: lineNo,
    trailingComment: { value: value.slice(0, commentAt).trimEnd(), comment: value.slice(commentAt) },
  };
}

/**
 * Java's loadConvert. Also reports the output index of the first unescaped `#` that
 * follows an unescaped blank, so a trailing comment can be told from an escaped `\#`.
 */
function unescape(s: string, lineNo: number, key: string): { text: string; commentAt?: number } {
  let out = "";
  let commentAt: number | undefined;
  let afterBlank = false;
  for (let i = 0; i < s.length; ) {
    const c = s[i++] ?? "";
    if (c !== "\\") {
      if (c === "#" && afterBlank && commentAt === undefined) commentAt = out.length;
      afterBlank = BLANK.has(c);
      out += c;
      continue;
    }
    afterBlank = false;
    const e = s[i++] ?? "";
    if (e === "u") {
      const hex = s.slice(i, i + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
        throw new ConfigError(key, `Malformed \\uxxxx encoding on line ${lineNo}${key === "" ? "" : ` (key ${key})`}`);
      }
      out += String.fromCharCode(parseInt(hex, 16));
      i += 4;
    } else {
      out += e === "t" ? "\t" : e === "n" ? "\n" : e === "r" ? "\r" : e === "f" ? "\f" : e;
    }
  }
  return commentAt === undefined ? { text: out } : { text: out, commentAt };
}
