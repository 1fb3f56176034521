// JAAS configuration text as Kafka reads it (JaasConfig / javax.security.auth.login.ConfigFile
// syntax): one or more login-module entries
//
//   org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" user_alice="x";
//
// each a class name, a control flag (required | requisite | sufficient | optional) and
// key=value options, ending in ';'. Values are quoted strings (with \" and \\ escapes) or
// bare tokens. The file form wraps entries in named sections — `KafkaServer { ... };` —
// and may hold // and /* */ comments; both forms are accepted.
import { ConfigError } from "../config/config-error.js";

export type JaasControlFlag = "required" | "requisite" | "sufficient" | "optional";

export interface JaasLoginModule {
  readonly loginModule: string;
  readonly controlFlag: JaasControlFlag;
  readonly options: ReadonlyMap<string, string>;
}

export interface JaasSection {
  /** Section name in the file form (e.g. "KafkaServer"); null for a bare sasl.jaas.config value. */
  readonly name: string | null;
  readonly modules: readonly JaasLoginModule[];
}

const FLAGS: readonly string[] = ["required", "requisite", "sufficient", "optional"];

type Token = { kind: "word"; text: string } | { kind: "string"; text: string } | { kind: "punct"; text: string };

function tokenize(text: string, fail: (why: string) => Error): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      if (end < 0) throw fail("unterminated /* comment");
      i = end + 2;
    } else if (c === '"' || c === "'") {
      let out = "";
      i++;
      while (i < text.length && text[i] !== c) {
        if (text[i] === "\\" && i + 1 < text.length) i++;
        out += text[i];
        i++;
      }
      if (i >= text.length) throw fail("unterminated quoted value");
      i++;
      tokens.push({ kind: "string", text: out });
    } else if ("=;{}".includes(c)) {
      tokens.push({ kind: "punct", text: c });
      i++;
    } else {
      let j = i;
      while (j < text.length && !/[\s=;{}"']/.test(text[j] as string)) j++;
      tokens.push({ kind: "word", text: text.slice(i, j) });
      i = j;
    }
  }
  return tokens;
}

/**
 * Parses JAAS text; `key` names the configuration in errors. Option values are never
 * echoed in errors (they are passwords).
 */
export function parseJaasConfig(text: string, key = "sasl.jaas.config"): JaasSection[] {
  const fail = (why: string): ConfigError => new ConfigError(key, `Invalid JAAS configuration in ${key}: ${why}`);
  const tokens = tokenize(text, fail);
  let at = 0;
  const peek = (offset = 0): Token | undefined => tokens[at + offset];
  const isPunct = (t: Token | undefined, p: string): boolean => t?.kind === "punct" && t.text === p;

  const readModule = (): JaasLoginModule => {
    const cls = peek();
    if (cls?.kind !== "word") throw fail("expected a login module class name");
    at++;
    const flag = peek();
    if (flag?.kind !== "word" || !FLAGS.includes(flag.text.toLowerCase())) {
      throw fail(`login module ${cls.text} must be followed by a control flag (required, requisite, sufficient or optional)`);
    }
    at++;
    const options = new Map<string, string>();
    for (;;) {
      const t = peek();
      if (t === undefined) throw fail(`login module ${cls.text} is not terminated by ';'`);
      if (isPunct(t, ";")) {
        at++;
        break;
      }
      if (t.kind !== "word") throw fail(`expected an option name in login module ${cls.text}`);
      if (!isPunct(peek(1), "=")) throw fail(`option ${t.text} of login module ${cls.text} has no '=' value`);
      const v = peek(2);
      if (v === undefined || v.kind === "punct") throw fail(`option ${t.text} of login module ${cls.text} has no value`);
      options.set(t.text, v.text);
      at += 3;
    }
    return { loginModule: cls.text, controlFlag: flag.text.toLowerCase() as JaasControlFlag, options };
  };

  const sections: JaasSection[] = [];
  if (tokens.length === 0) throw fail("it is empty");
  // File form: NAME { modules };
  if (peek()?.kind === "word" && isPunct(peek(1), "{")) {
    while (at < tokens.length) {
      const name = peek();
      if (name?.kind !== "word" || !isPunct(peek(1), "{")) throw fail("expected a section such as KafkaServer { ... };");
      at += 2;
      const modules: JaasLoginModule[] = [];
      while (!isPunct(peek(), "}")) {
        if (peek() === undefined) throw fail(`section ${name.text} is not closed by '}'`);
        modules.push(readModule());
      }
      at++;
      if (isPunct(peek(), ";")) at++;
      sections.push({ name: name.text, modules });
    }
    return sections;
  }
  const modules: JaasLoginModule[] = [];
  while (at < tokens.length) modules.push(readModule());
  // Kafka's JaasConfig: a sasl.jaas.config value holds exactly one login module.
  if (modules.length !== 1) throw fail(`it must contain exactly one login module, found ${modules.length}`);
  return [{ name: null, modules }];
}

/** PlainLoginModule's `user_<name>="<password>"` options (Kafka's PlainServerCallbackHandler). */
export function plainUsers(module: JaasLoginModule): Map<string, string> {
  const users = new Map<string, string>();
  for (const [k, v] of module.options) if (k.startsWith("user_")) users.set(k.slice("user_".length), v);
  return users;
}
