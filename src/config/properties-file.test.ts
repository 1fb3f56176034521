import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { ConfigError } from "./config-error.js";
import { parseProperties, propertiesToMap } from "./properties-file.js";

const map = (text: string): Record<string, string> => Object.fromEntries(propertiesToMap(parseProperties(text)));

void describe("parseProperties separators", () => {
  void test("=, : and blanks separate key from value, with blanks around them skipped", () => {
    assert.deepEqual(map("a=1\nb: 2\nc 3\nd   =   4\ne\t:\t5\n"), { a: "1", b: "2", c: "3", d: "4", e: "5" });
  });

  void test("only the first separator counts; a second one belongs to the value", () => {
    assert.deepEqual(map("a:=b\nc==d\ne = = f\n"), { a: "=b", c: "=d", e: "= f" });
  });

  void test("a key alone has an empty value", () => {
    assert.deepEqual(map("lonely\nempty=\n"), { lonely: "", empty: "" });
  });

  void test("trailing blanks of a value are kept, as in Java", () => {
    assert.equal(map("a=value  \t\n").a, "value  \t");
  });
});

void describe("parseProperties comments and blank lines", () => {
  void test("# and ! start comments, also after leading blanks", () => {
    assert.deepEqual(map("# one\n! two\n   # three\n\t! four\n\n   \nk=v\n"), { k: "v" });
  });

  void test("a comment ending in a backslash does not continue onto the next line", () => {
    assert.deepEqual(map("# comment \\\nk=v\n"), { k: "v" });
  });

  void test("# inside a value is data (Java has no trailing comments)", () => {
    const [e] = parseProperties("broker.id=1  # Unique for each broker\n");
    assert.equal(e?.value, "1  # Unique for each broker");
    assert.deepEqual(e?.trailingComment, { value: "1", comment: "# Unique for each broker" });
  });

  void test("only an unescaped # after a blank is reported as a trailing comment", () => {
    const entries = parseProperties("url=http://h/#frag\nnothing=   # just this\nescaped=a \\# b\ntab=x\t#c\n");
    const comments = Object.fromEntries(entries.map((e) => [e.key, e.trailingComment]));
    assert.equal(comments.url, undefined);
    assert.equal(comments.nothing, undefined, "leading blanks of a value are skipped, so no blank precedes #");
    assert.equal(comments.escaped, undefined);
    assert.deepEqual(comments.tab, { value: "x", comment: "#c" });
    assert.equal(entries.find((e) => e.key === "escaped")?.value, "a # b");
  });
});

void describe("parseProperties continuations", () => {
  void test("an odd number of trailing backslashes joins the next line without its leading blanks", () => {
    assert.equal(map("k=one \\\n     two \\\n\tthree\n").k, "one two three");
  });

  void test("an even number of trailing backslashes is literal backslashes", () => {
    assert.equal(map("k=a\\\\\\\\\nnext=1\n").k, "a\\\\");
    assert.equal(map("k=a\\\\\\\\\nnext=1\n").next, "1");
  });

  void test("a continuation line starting with # is data, not a comment", () => {
    assert.equal(map("k=a\\\n  # not a comment\n").k, "a# not a comment");
  });

  void test("a blank continuation line ends the logical line", () => {
    assert.deepEqual(map("k=a\\\n   \nj=b\n"), { k: "a", j: "b" });
  });

  void test("a backslash at the end of the file is dropped", () => {
    assert.equal(map("k=a\\").k, "a");
  });

  void test("CRLF and CR line endings are natural line ends", () => {
    assert.deepEqual(map("a=1\r\nb=2\rc=3\\\r\n  4\r\n"), { a: "1", b: "2", c: "34" });
  });

  void test("the seeds' multi-line JAAS config is read as one value, on the line where it starts", () => {
    const text = readFileSync(new URL("../../test/data/config/seed-004-authentication.properties", import.meta.url), "utf8");
    const entries = parseProperties(text);
    const plain = entries.find((e) => e.key === "listener.name.sasl_ssl.plain.sasl.jaas.config");
    assert.equal(
      plain?.value,
      'org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" ' +
        'password="${file:/etc/kafka/secrets/credentials:admin_password}" ' +
        'user_admin="${file:/etc/kafka/secrets/credentials:admin_password}" ' +
        'user_clinical="${file:/etc/kafka/secrets/credentials:clinical_password}" ' +
        'user_analytics="${file:/etc/kafka/secrets/credentials:analytics_password}";',
    );
    assert.equal(plain?.line, 4);
    assert.equal(entries.length, 3);
  });
});

void describe("parseProperties escapes", () => {
  void test("\\t \\n \\r \\f \\\\ and \\uXXXX in values", () => {
    assert.equal(map("k=a\\tb\\nc\\rd\\fe\\\\f\\u0041\\u00e9\n").k, "a\tb\nc\rd\fe\\fA\u00e9");
  });

  void test("any other escaped character is itself", () => {
    assert.equal(map("k=\\q\\=\\:\\#\n").k, "q=:#");
  });

  void test("escaped separators and blanks belong to the key", () => {
    assert.deepEqual(map("my\\ key=1\na\\=b=2\nc\\:d:3\n"), { "my key": "1", "a=b": "2", "c:d": "3" });
  });

  void test("a malformed \\u escape is a ConfigError naming the key and line", () => {
    assert.throws(
      () => parseProperties("ok=1\nbad=\\u12G4\n"),
      (e: unknown) => e instanceof ConfigError && e.key === "bad" && /line 2/.test(e.message),
    );
    assert.throws(() => parseProperties("short=\\u12"), ConfigError);
  });

  void test("a byte-order mark does not become part of the first key", () => {
    assert.deepEqual(map("\uFEFFa=1\n"), { a: "1" });
  });
});

void describe("duplicates and line numbers", () => {
  void test("every occurrence is an entry; the map keeps the last, as Properties does", () => {
    const entries = parseProperties("a=1\n\n# c\na=2\n");
    assert.deepEqual(
      entries.map((e) => [e.key, e.value, e.line]),
      [
        ["a", "1", 1],
        ["a", "2", 4],
      ],
    );
    assert.equal(propertiesToMap(entries).get("a"), "2");
  });
});
