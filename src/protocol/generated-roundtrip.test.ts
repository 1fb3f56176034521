// Exercises every generated codec in every version, driven by the specs themselves
// (read with the generator's tools/gen-protocol/spec.ts, so a field the emitters skip
// cannot hide): values with every present field non-default round-trip byte for byte,
// truncation always yields a ProtocolDecodeError, version rules throw on encode.
// Skipped when ../shared/kafka-protocol/messages is absent.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MessageContext, type StructInfo, fieldTsName, moduleName } from "../../tools/gen-protocol/emit-context.js";
import { type FieldSpec, type MessageSpec, loadSpecs, selectGenerated, specDir } from "../../tools/gen-protocol/spec.js";
import { ProtocolDecodeError, Reader } from "./primitives/reader.js";
import { Writer } from "./primitives/writer.js";
import { type TaggedField, UnsupportedVersionError } from "./message-codec.js";

type Obj = Record<string, unknown> & { _unknownTaggedFields?: TaggedField[] };
interface StructCodec {
  make(): Obj;
  encode(w: Writer, v: Obj, version: number): void;
  decode(r: Reader, version: number): Obj;
}

const dir = specDir(fileURLToPath(new URL("../..", import.meta.url)));
const specs = existsSync(dir) ? selectGenerated(loadSpecs(dir)) : [];
const UUID = Buffer.from(Array.from({ length: 16 }, (_, i) => i + 1)).toString("base64url");

async function codecsOf(spec: MessageSpec): Promise<(tsName: string) => StructCodec> {
  const mod = (await import(`./generated/${moduleName(spec.name)}.js`)) as Record<string, unknown>;
  const fn = <F>(name: string): F => {
    const f = mod[name];
    if (typeof f !== "function") throw new Error(`${spec.name}: ${name} is not exported`);
    return f as F;
  };
  return (tsName) => ({
    make: fn<StructCodec["make"]>(`make${tsName}`),
    encode: fn<StructCodec["encode"]>(`encode${tsName}`),
    decode: fn<StructCodec["decode"]>(`decode${tsName}`),
  });
}

/** A value of `f`'s primitive type that differs from `dflt`. */
function primitive(name: string, dflt: unknown, salt: number): unknown {
  const pick = <T>(a: T, b: T): T => (a !== dflt ? a : b);
  switch (name) {
    case "bool":
      return dflt !== true;
    case "int8":
      return pick(5 + salt, -7);
    case "int16":
      return pick(300 + salt, -300);
    case "uint16":
      return pick(65000 + salt, 1);
    case "int32":
      return pick(100000 + salt, -100000);
    case "uint32":
      return pick(4000000000 + salt, 1);
    case "int64":
      return pick((1n << 40n) + BigInt(salt), -5n);
    case "float64":
      return pick(2.5 + salt, -1.25);
    case "string":
      return pick(`s${salt}-é`, "other");
    case "uuid":
      return UUID;
    case "bytes":
      return Buffer.from([1, 2, 3, salt & 0xff]);
    case "records":
      return Buffer.from([9, 8, 7, 6, 5]);
    default:
      throw new Error(`unknown type ${name}`);
  }
}

class Builder {
  readonly ctx: MessageContext;
  readonly codec: (tsName: string) => StructCodec;
  readonly nulls: boolean;

  constructor(ctx: MessageContext, codec: (tsName: string) => StructCodec, nulls: boolean) {
    this.ctx = ctx;
    this.codec = codec;
    this.nulls = nulls;
  }

  /** The struct with every field present in `version` non-default (or null in the null run). */
  struct(s: StructInfo, version: number): Obj {
    const v = this.codec(s.tsName).make();
    s.spec.fields.forEach((f, i) => {
      if (!f.versions.contains(version)) return;
      if (this.nulls && f.nullableVersions.contains(version)) v[fieldTsName(f)] = null;
      else v[fieldTsName(f)] = this.value(f, version, v[fieldTsName(f)], i);
    });
    return v;
  }

  value(f: FieldSpec, version: number, dflt: unknown, salt: number): unknown {
    const t = f.type;
    if (t.kind === "struct") return this.struct(this.ctx.struct(t.name), version);
    if (t.kind === "primitive") return primitive(t.name, dflt, salt);
    const e = t.element;
    if (e.kind === "struct") {
      const s = this.ctx.struct(e.name);
      return [this.struct(s, version), this.struct(s, version)];
    }
    return [primitive(e.name, undefined, salt), primitive(e.name, undefined, salt + 1)];
  }
}

function encode(c: StructCodec, v: Obj, version: number): Buffer {
  const w = new Writer(16);
  c.encode(w, v, version);
  return Buffer.from(w.finish());
}

function decode(c: StructCodec, bytes: Buffer, version: number): Obj {
  const r = new Reader(bytes);
  const v = c.decode(r, version);
  r.check();
  assert.equal(r.remaining, 0, "decoder must consume the whole encoding");
  return v;
}

function versionsOf(spec: MessageSpec): number[] {
  const out: number[] = [];
  for (let v = spec.validVersions.lowest; v <= spec.validVersions.highest; v++) out.push(v);
  return out;
}

void describe("generated codecs, every message and version", () => {
  if (specs.length === 0) {
    void test("specs", (t) => t.skip(`no Kafka message specs at ${dir}; set CAREBUS_KAFKA_PROTOCOL_DIR`));
    return;
  }

  void test("the selection holds 72 APIs, both headers and the consumer protocol", () => {
    assert.equal(specs.filter((s) => s.kind === "request").length, 72);
    assert.equal(specs.filter((s) => s.kind === "response").length, 72);
    assert.equal(specs.length, 148);
  });

  for (const spec of specs) {
    void test(`${spec.name} round-trips in versions ${spec.validVersions.toString()}`, async () => {
      const ctx = new MessageContext(spec);
      const codec = await codecsOf(spec);
      const top = codec(spec.name);
      for (const version of versionsOf(spec)) {
        for (const nulls of [false, true]) {
          const value = new Builder(ctx, codec, nulls).struct(ctx.structs[0]!, version);
          const bytes = encode(top, value, version);
          const decoded = decode(top, bytes, version);
          assert.deepStrictEqual(decoded, value, `v${version} nulls=${nulls}`);
          assert.deepStrictEqual(encode(top, decoded, version), bytes, `re-encode v${version} nulls=${nulls}`);
        }
      }
    });

    void test(`${spec.name}: truncation at every byte is a ProtocolDecodeError`, async () => {
      const ctx = new MessageContext(spec);
      const codec = await codecsOf(spec);
      const top = codec(spec.name);
      for (const version of versionsOf(spec)) {
        const bytes = encode(top, new Builder(ctx, codec, false).struct(ctx.structs[0]!, version), version);
        for (let cut = 0; cut < bytes.length; cut++) {
          const r = new Reader(bytes.subarray(0, cut));
          top.decode(r, version); // must not throw: failures are latched on the reader
          assert.throws(() => r.check(), ProtocolDecodeError, `v${version} cut at ${cut} of ${bytes.length}`);
        }
      }
    });

    void test(`${spec.name}: version rules on encode`, async () => {
      const ctx = new MessageContext(spec);
      const codec = await codecsOf(spec);
      for (const s of ctx.structs) {
        const c = codec(s.tsName);
        for (let version = s.possible.lowest; version <= s.possible.highest; version++) {
          s.spec.fields.forEach((f, i) => {
            const name = fieldTsName(f);
            const v = c.make();
            const where = `${s.tsName}.${name} v${version}`;
            if (!f.versions.contains(version)) {
              v[name] = new Builder(ctx, codec, false).value(f, f.versions.lowest, v[name], i);
              if (f.ignorable) {
                // Dropped silently: the decoder sees the default.
                assert.deepStrictEqual(decode(c, encode(c, v, version), version)[name], c.make()[name], where);
              } else {
                assert.throws(() => encode(c, v, version), UnsupportedVersionError, where);
              }
            } else if (!f.nullableVersions.intersect(f.versions).empty && !f.nullableVersions.contains(version)) {
              v[name] = null;
              assert.throws(() => encode(c, v, version), UnsupportedVersionError, where);
            }
          });
        }
      }
    });
  }
});
