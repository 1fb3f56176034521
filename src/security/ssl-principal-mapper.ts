// `ssl.principal.mapping.rules` (KIP-371), Kafka's SslPrincipalMapper: a comma-separated
// list of `DEFAULT` and `RULE:pattern/replacement/[LU]` rules tried in order against
// the client certificate's subject DN (RFC 2253 form, e.g. "CN=alice,OU=ICU,O=Hospital").
// A RULE applies when its pattern matches the whole DN; the result is the replacement
// ($1 back-references) optionally lower- or upper-cased. DEFAULT yields the DN itself.
// No applicable rule is an error, so a certificate the operator did not plan for never
// gets a principal.
import { ConfigError } from "../config/config-error.js";

export interface PrincipalMappingRule {
  readonly isDefault: boolean;
  readonly pattern?: RegExp;
  readonly replacement?: string;
  readonly toLowerCase?: boolean;
  readonly toUpperCase?: boolean;
}

export class NoMatchingRuleError extends Error {
  override name = "NoMatchingRuleError";
}

const KEY = "ssl.principal.mapping.rules";
// Kafka's RULE_PATTERN: DEFAULT, or RULE: with '/'-separated pattern and replacement in
// which '\/' escapes a slash, then an optional L or U flag.
const RULE = /^\s*(?:(DEFAULT)|RULE:((?:\\.|[^\\/])*)\/((?:\\.|[^\\/])*)\/([LU]?))\s*(?:,|$)/;

export function parsePrincipalMappingRules(text: string): PrincipalMappingRule[] {
  const rules: PrincipalMappingRule[] = [];
  let rest = text.trim();
  if (rest === "") return [{ isDefault: true }];
  while (rest.trim() !== "") {
    const m = RULE.exec(rest);
    if (m === null) throw new ConfigError(KEY, `Invalid rule: ${rest.split(",")[0]?.trim() ?? rest} in ${KEY}`);
    if (m[1] !== undefined) {
      rules.push({ isDefault: true });
    } else {
      const source = (m[2] ?? "").replace(/\\\//g, "/");
      let pattern: RegExp;
      try {
        // 'g' so that, as Java's Matcher.replaceAll, every match is replaced.
        pattern = new RegExp(source, "g");
      } catch (err) {
        throw new ConfigError(KEY, `Invalid rule pattern ${source} in ${KEY}: ${(err as Error).message}`);
      }
      rules.push({
        isDefault: false,
        pattern,
        replacement: (m[3] ?? "").replace(/\\\//g, "/"),
        toLowerCase: m[4] === "L",
        toUpperCase: m[4] === "U",
      });
    }
    rest = rest.slice(m[0].length);
  }
  return rules;
}

export class SslPrincipalMapper {
  readonly #rules: readonly PrincipalMappingRule[];

  constructor(rules: readonly PrincipalMappingRule[]) {
    this.#rules = rules;
  }

  static fromRules(text: string): SslPrincipalMapper {
    return new SslPrincipalMapper(parsePrincipalMappingRules(text));
  }

  /** The principal name for `distinguishedName`; throws NoMatchingRuleError when no rule applies. */
  getName(distinguishedName: string): string {
    for (const rule of this.#rules) {
      const name = applyRule(rule, distinguishedName);
      if (name !== null) return name;
    }
    throw new NoMatchingRuleError(`No rules apply to ${distinguishedName}, rules ${this.#rules.length}`);
  }
}

function applyRule(rule: PrincipalMappingRule, dn: string): string | null {
  if (rule.isDefault || rule.pattern === undefined) return dn;
  const whole = new RegExp(`^(?:${rule.pattern.source})$`);
  if (!whole.test(dn)) return null;
  rule.pattern.lastIndex = 0;
  const out = dn.replace(rule.pattern, rule.replacement ?? "");
  if (rule.toLowerCase === true) return out.toLowerCase();
  if (rule.toUpperCase === true) return out.toUpperCase();
  return out;
}

/**
 * node's X509Certificate.subject ("C=US\nO=Hospital\nCN=alice", most significant first)
 * to the RFC 2253 string Java's X500Principal.getName() gives ("CN=alice,O=Hospital,C=US").
 */
export function rfc2253FromNodeSubject(subject: string): string {
  return subject
    .split("\n")
    .filter((rdn) => rdn !== "")
    .reverse()
    .map((rdn) => {
      const eq = rdn.indexOf("=");
      if (eq < 0) return rdn;
      const value = rdn.slice(eq + 1).replace(/\\(.)/g, "$1");
      return `${rdn.slice(0, eq)}=${value.replace(/([,+"\\<>;])/g, "\\$1")}`;
    })
    .join(",");
}
