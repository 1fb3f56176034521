import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { inspect } from "node:util";
import {
  atLeast, between, caseInsensitiveString, ConfigDef, define, formatValue, javaDouble, nonEmptyString, parseType, Password,
  toSafeNumber, validList, validString, type ValueOfKey,
} from "./config-def.js";
import { ConfigError } from "./config-error.js";

function rejects(f: () => unknown, key: string, message: string): void {
  assert.throws(f, (e: unknown) => {
    assert.ok(e instanceof ConfigError, `expected ConfigError, got ${String(e)}`);
    assert.equal(e.key, key);
    assert.equal(e.message, message);
    return true;
  });
}

void describe("parseType like Kafka's ConfigDef.parseType", () => {
  void test("int: trimmed, signed, 32-bit range, Kafka's wording on failure", () => {
    assert.equal(parseType("n", " 42 ", "int"), 42);
    assert.equal(parseType("n", "+7", "int"), 7);
    assert.equal(parseType("n", "-2147483648", "int"), -(2 ** 31));
    rejects(() => parseType("num.partitions", "abc", "int"), "num.partitions", "Invalid value abc for configuration num.partitions: Not a number of type INT");
    for (const bad of ["2147483648", "1.0", "", "1e3", "0x10", "1_000"]) assert.throws(() => parseType("n", bad, "int"), ConfigError, bad);
  });

  void test("short: 16-bit range", () => {
    assert.equal(parseType("s", "32767", "short"), 32767);
    rejects(() => parseType("s", "32768", "short"), "s", "Invalid value 32768 for configuration s: Not a number of type SHORT");
  });

  void test("long: bigint over the whole int64 range", () => {
    assert.equal(parseType("l", "9223372036854775807", "long"), 9223372036854775807n);
    assert.equal(parseType("l", "-9223372036854775808", "long"), -9223372036854775808n);
    rejects(() => parseType("l", "9223372036854775808", "long"), "l", "Invalid value 9223372036854775808 for configuration l: Not a number of type LONG");
  });

  void test("double: Java's decimal syntax, including suffixes and NaN", () => {
    assert.equal(parseType("d", "0.5", "double"), 0.5);
    assert.equal(parseType("d", ".5", "double"), 0.5);
    assert.equal(parseType("d", "1e3", "double"), 1000);
    assert.equal(parseType("d", "2d", "double"), 2);
    assert.ok(Number.isNaN(parseType("d", "NaN", "double")));
    for (const bad of ["", "0x10", "half", "1.2.3"]) assert.throws(() => parseType("d", bad, "double"), ConfigError, bad);
  });

  void test("boolean: true/false in any case, nothing else", () => {
    assert.equal(parseType("b", "TRUE", "boolean"), true);
    assert.equal(parseType("b", " False ", "boolean"), false);
    rejects(() => parseType("b", "yes", "boolean"), "b", "Invalid value yes for configuration b: Expected value to be either true or false");
  });

  void test("list: comma-separated, blanks around commas removed, empty text is an empty list", () => {
    assert.deepEqual(parseType("l", " a , b,c ", "list"), ["a", "b", "c"]);
    assert.deepEqual(parseType("l", "   ", "list"), []);
    assert.deepEqual(parseType("l", "a,,b", "list"), ["a", "", "b"]);
    assert.ok(Object.isFrozen(parseType("l", "a", "list")));
  });

  void test("string and class are trimmed text", () => {
    assert.equal(parseType("s", "  x y  ", "string"), "x y");
    assert.equal(parseType("c", " com.example.Foo ", "class"), "com.example.Foo");
  });
});

void describe("Password", () => {
  void test("hides its value from toString, JSON, inspect and template strings", () => {
    const p = parseType("ssl.key.password", " s3cret ", "password");
    assert.ok(p instanceof Password);
    assert.equal(p.value, "s3cret");
    assert.equal(String(p), "[hidden]");
    assert.equal(`${p.toString()}`, "[hidden]");
    assert.equal(JSON.stringify({ p }), '{"p":"[hidden]"}');
    assert.doesNotMatch(inspect({ p }), /s3cret/);
    assert.equal(formatValue(p, "password"), "[hidden]");
  });
});

void describe("validators", () => {
  void test("atLeast and between, for numbers and bigints, with Kafka's messages", () => {
    rejects(() => atLeast(1).ensureValid("num.partitions", 0), "num.partitions", "Invalid value 0 for configuration num.partitions: Value must be at least 1");
    rejects(() => atLeast(0).ensureValid("x", -1n), "x", "Invalid value -1 for configuration x: Value must be at least 0");
    atLeast(1).ensureValid("x", 9223372036854775807n);
    rejects(() => between(0, 1).ensureValid("r", 1.5), "r", "Invalid value 1.5 for configuration r: Value must be no more than 1");
    between(0, 1).ensureValid("r", 1);
    assert.equal(between(1, 17).validValues, "[1,...,17]");
  });

  void test("validString is case-sensitive, caseInsensitiveString is not", () => {
    rejects(() => validString("CreateTime", "LogAppendTime").ensureValid("t", "createtime"), "t", "Invalid value createtime for configuration t: String must be one of: CreateTime, LogAppendTime");
    caseInsensitiveString("JKS", "PKCS12").ensureValid("t", "pkcs12");
    assert.throws(() => caseInsensitiveString("JKS").ensureValid("t", "PEM"), /String must be one of \(case insensitive\): JKS/);
  });

  void test("validList checks every element and names the bad one", () => {
    validList("compact", "delete").ensureValid("p", ["compact", "delete"]);
    rejects(() => validList("compact", "delete").ensureValid("p", ["delete", "bogus"]), "p", "Invalid value bogus for configuration p: String must be one of: compact, delete");
  });

  void test("nonEmptyString", () => {
    rejects(() => nonEmptyString().ensureValid("id", ""), "id", "Invalid value  for configuration id: String must be non-empty");
  });
});

void describe("ConfigDef", () => {
  const keys = [
    define({ name: "n", type: "int", default: 1, validator: atLeast(1), importance: "high", scope: "broker", doc: "" }),
    define({ name: "ms", type: "long", default: null, importance: "high", scope: "broker", doc: "" }),
  ] as const;

  void test("parse applies the type and the validator", () => {
    const def = new ConfigDef(keys);
    assert.equal(def.parse("n", "3"), 3);
    assert.throws(() => def.parse("n", "0"), /Value must be at least 1/);
    assert.throws(() => def.parse("unknown", "0"), ConfigError);
  });

  void test("a name defined twice is refused", () => {
    assert.throws(() => new ConfigDef([...keys, keys[0]]), /Configuration n is defined twice\./);
  });

  void test("value types follow the definition: nullable exactly when the default is null", () => {
    const n: ValueOfKey<(typeof keys)[0]> = 1;
    const ms: ValueOfKey<(typeof keys)[1]> = null;
    // @ts-expect-error an int key's value is not nullable
    const wrong: ValueOfKey<(typeof keys)[0]> = null;
    assert.deepEqual([n, ms, wrong], [1, null, null]);
  });
});

void describe("rendering", () => {
  void test("javaDouble matches Double.toString", () => {
    assert.equal(javaDouble(0.5), "0.5");
    assert.equal(javaDouble(100), "100.0");
    assert.equal(javaDouble(1e-4), "1.0E-4");
    assert.equal(javaDouble(1e7), "1.0E7");
    assert.equal(javaDouble(1.7976931348623157e308), "1.7976931348623157E308");
    assert.equal(javaDouble(0.001), "0.001");
  });

  void test("formatValue renders like Kafka's convertToString", () => {
    assert.equal(formatValue(["compact", "delete"], "list"), "compact,delete");
    assert.equal(formatValue(9223372036854775807n, "long"), "9223372036854775807");
    assert.equal(formatValue(1, "double"), "1.0");
    assert.equal(formatValue(1, "int"), "1");
    assert.equal(formatValue(false, "boolean"), "false");
    assert.equal(formatValue(null, "string"), null);
  });

  void test("toSafeNumber saturates instead of losing the sign or wrapping", () => {
    assert.equal(toSafeNumber(9223372036854775807n), Number.MAX_SAFE_INTEGER);
    assert.equal(toSafeNumber(-9223372036854775808n), Number.MIN_SAFE_INTEGER);
    assert.equal(toSafeNumber(604800000n), 604800000);
  });
});
