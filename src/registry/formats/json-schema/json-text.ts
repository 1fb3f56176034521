// JSON re-serialised the way Confluent's Jackson ObjectMapper writes a JsonNode:
// compact, object keys in document order (a repeated key keeps its first place and its
// last value), integers as written, other numbers as Java's BigDecimal.toString() (the
// mapper reads floats as exact BigDecimals: `1.0` stays `1.0`, `1e3` becomes `1E+3`),
// and strings escaped as Jackson escapes them. Input must already be valid JSON.

type Tree = { readonly text: string } | { readonly items: Tree[] } | { readonly entries: Map<string, Tree> };

export function canonicalJsonText(text: string): string {
  return write(new Reader(text).value(), false);
}

/** Confluent's normalize(): the same, with object keys sorted at every level. */
export function sortedJsonText(text: string): string {
  return write(new Reader(text).value(), true);
}

function write(tree: Tree, sort: boolean): string {
  if ("text" in tree) return tree.text;
  if ("items" in tree) return `[${tree.items.map((t) => write(t, sort)).join(",")}]`;
  const keys = [...tree.entries.keys()];
  if (sort) keys.sort();
  return `{${keys.map((k) => `${quote(k)}:${write(tree.entries.get(k) ?? { text: "null" }, sort)}`).join(",")}}`;
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r" };

function quote(value: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${value.replace(/["\\\u0000-\u001f]/g, (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`)}"`;
}

/** BigDecimal.toString() of a JSON number lexeme with a fraction or an exponent. */
export function bigDecimalString(lexeme: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(lexeme);
  if (!match) return lexeme;
  const [, sign = "", whole = "", fraction = "", exponent = "0"] = match;
  if (fraction === "" && exponent === "0" && !/[eE]/.test(lexeme)) return sign + (whole.replace(/^0+(?=\d)/, "") || "0");
  const digits = (whole + fraction).replace(/^0+(?=\d)/, "");
  const scale = fraction.length - Number(exponent);
  const negative = sign === "-" && /[1-9]/.test(digits) ? "-" : "";
  if (scale === 0) return negative + digits;
  const adjusted = -scale + (digits.length - 1);
  if (scale > 0 && adjusted >= -6) {
    const point = digits.length - scale;
    return negative + (point > 0 ? `${digits.slice(0, point)}.${digits.slice(point)}` : `0.${"0".repeat(-point)}${digits}`);
  }
  const mantissa = digits.length > 1 ? `${digits[0] ?? ""}.${digits.slice(1)}` : digits;
  return `${negative}${mantissa}E${adjusted >= 0 ? "+" : ""}${adjusted}`;
}

class Reader {
  readonly #text: string;
  #at = 0;

  constructor(text: string) {
    this.#text = text;
  }

  #skip(): void {
    while (/\s/.test(this.#text[this.#at] ?? "")) this.#at++;
  }

  value(): Tree {
    this.#skip();
    const c = this.#text[this.#at];
    if (c === "{") {
      this.#at++;
      const entries = new Map<string, Tree>();
      this.#skip();
      if (this.#text[this.#at] === "}") return this.#at++, { entries };
      for (;;) {
        this.#skip();
        const key = this.#string();
        this.#skip();
        this.#at++; // ':'
        entries.set(key, this.value());
        this.#skip();
        if (this.#text[this.#at++] === "}") return { entries };
      }
    }
    if (c === "[") {
      this.#at++;
      const items: Tree[] = [];
      this.#skip();
      if (this.#text[this.#at] === "]") return this.#at++, { items };
      for (;;) {
        items.push(this.value());
        this.#skip();
        if (this.#text[this.#at++] === "]") return { items };
      }
    }
    if (c === '"') return { text: quote(this.#string()) };
    const literal = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.#text.slice(this.#at, this.#at + 400))?.[0] ?? "null";
    this.#at += literal.length;
    if (literal === "-0") return { text: "0" };
    return { text: /^-?\d/.test(literal) ? bigDecimalString(literal) : literal };
  }

  #string(): string {
    const start = this.#at;
    this.#at++;
    while (this.#text[this.#at] !== '"') this.#at += this.#text[this.#at] === "\\" ? 2 : 1;
    this.#at++;
    return JSON.parse(this.#text.slice(start, this.#at)) as string;
  }
}
