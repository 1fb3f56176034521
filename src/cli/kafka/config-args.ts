// Parsing of the config arguments Kafka's tools accept: `--config k=v` (repeatable) and
// `--add-config k1=v1,k2=[a,b]` (commas inside [...] belong to the value, as in kafka-configs).

export class CliUsageError extends Error {
  override readonly name = "CliUsageError";
}

/** Splits "k1=v1,k2=[a,b],k3=v3" into pairs; "[a,b]" values lose their brackets. */
export function parseConfigList(text: string): [string, string][] {
  const out: [string, string][] = [];
  let depth = 0;
  let start = 0;
  const parts: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "[") depth++;
    else if (c === "]") depth = Math.max(0, depth - 1);
    else if (c === "," && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  for (const part of parts) {
    if (part.trim() === "") continue;
    out.push(parsePair(part));
  }
  return out;
}

export function parsePair(text: string): [string, string] {
  const eq = text.indexOf("=");
  if (eq <= 0) throw new CliUsageError(`expected key=value, got "${text}"`);
  const key = text.slice(0, eq).trim();
  let value = text.slice(eq + 1).trim();
  if (value.startsWith("[") && value.endsWith("]")) value = value.slice(1, -1);
  return [key, value];
}

/** Collects repeatable `--config k=v` options (commander's reducer). */
export function collectPairs(value: string, previous: [string, string][]): [string, string][] {
  return [...previous, ...parseConfigList(value)];
}

export function collectStrings(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(",").map((s) => s.trim()).filter((s) => s.length > 0)];
}

export function parseIntOption(name: string, min: number): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new CliUsageError(`${name} must be an integer >= ${min}, got "${value}"`);
    return n;
  };
}
