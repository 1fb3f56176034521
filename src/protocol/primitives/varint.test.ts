// Varint/varlong round trips: Kafka's ByteUtilsTest literal vectors and seeded random
// values with the boundaries (int32 range for varint; ±2^31 and ±(2^53 - 1) for varlong,
// the exact range of a JS number; Kafka's wider longs are refused, not misread).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { sizeOfVarint, sizeOfVarlong } from "../records/record.js";
import { Reader } from "./reader.js";
import { sizeOfUnsignedVarint, Writer } from "./writer.js";
import { seededRandom } from "../../util/seeded-random.js";

function bytes(...b: number[]): Buffer {
  return Buffer.from(b);
}

function written(write: (w: Writer) => void): Buffer {
  const w = new Writer(4);
  write(w);
  return Buffer.from(w.finish());
}

const prng = seededRandom;

// ByteUtilsTest.testUnsignedVarintSerde (Java ints; negative ones are read back unsigned)
const UNSIGNED_VARINTS: [number, Buffer][] = [
  [0, bytes(0x00)],
  [-1, bytes(0xff, 0xff, 0xff, 0xff, 0x0f)],
  [1, bytes(0x01)],
  [63, bytes(0x3f)],
  [-64, bytes(0xc0, 0xff, 0xff, 0xff, 0x0f)],
  [64, bytes(0x40)],
  [8191, bytes(0xff, 0x3f)],
  [-8192, bytes(0x80, 0xc0, 0xff, 0xff, 0x0f)],
  [8192, bytes(0x80, 0x40)],
  [-8193, bytes(0xff, 0xbf, 0xff, 0xff, 0x0f)],
  [1048575, bytes(0xff, 0xff, 0x3f)],
  [1048576, bytes(0x80, 0x80, 0x40)],
  [2147483647, bytes(0xff, 0xff, 0xff, 0xff, 0x07)],
  [-2147483648, bytes(0x80, 0x80, 0x80, 0x80, 0x08)],
];

// ByteUtilsTest.testVarintSerde; the varlong test repeats these and adds the longer ones below
const VARINTS: [number, Buffer][] = [
  [0, bytes(0x00)],
  [-1, bytes(0x01)],
  [1, bytes(0x02)],
  [63, bytes(0x7e)],
  [-64, bytes(0x7f)],
  [64, bytes(0x80, 0x01)],
  [-65, bytes(0x81, 0x01)],
  [8191, bytes(0xfe, 0x7f)],
  [-8192, bytes(0xff, 0x7f)],
  [8192, bytes(0x80, 0x80, 0x01)],
  [-8193, bytes(0x81, 0x80, 0x01)],
  [1048575, bytes(0xfe, 0xff, 0x7f)],
  [-1048576, bytes(0xff, 0xff, 0x7f)],
  [1048576, bytes(0x80, 0x80, 0x80, 0x01)],
  [-1048577, bytes(0x81, 0x80, 0x80, 0x01)],
  [134217727, bytes(0xfe, 0xff, 0xff, 0x7f)],
  [-134217728, bytes(0xff, 0xff, 0xff, 0x7f)],
  [134217728, bytes(0x80, 0x80, 0x80, 0x80, 0x01)],
  [-134217729, bytes(0x81, 0x80, 0x80, 0x80, 0x01)],
  [2147483647, bytes(0xfe, 0xff, 0xff, 0xff, 0x0f)],
  [-2147483648, bytes(0xff, 0xff, 0xff, 0xff, 0x0f)],
];

const VARLONGS: [number, Buffer][] = [
  ...VARINTS,
  [17179869183, bytes(0xfe, 0xff, 0xff, 0xff, 0x7f)],
  [-17179869184, bytes(0xff, 0xff, 0xff, 0xff, 0x7f)],
  [17179869184, bytes(0x80, 0x80, 0x80, 0x80, 0x80, 0x01)],
  [-17179869185, bytes(0x81, 0x80, 0x80, 0x80, 0x80, 0x01)],
  [2199023255551, bytes(0xfe, 0xff, 0xff, 0xff, 0xff, 0x7f)],
  [-2199023255552, bytes(0xff, 0xff, 0xff, 0xff, 0xff, 0x7f)],
  [2199023255552, bytes(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01)],
  [-2199023255553, bytes(0x81, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01)],
  [281474976710655, bytes(0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f)],
  [-281474976710656, bytes(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f)],
  [281474976710656, bytes(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01)],
  [-281474976710657, bytes(0x81, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01)],
];

// ByteUtilsTest vectors whose values lie outside ±(2^53 - 1): valid Kafka longs that a
// JS number cannot hold exactly, so the reader must refuse them (36028797018963967 = 2^55 - 1, ...)
const UNSAFE_VARLONGS: Buffer[] = [
  bytes(0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f),
  bytes(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f),
  bytes(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01),
  bytes(0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01), // Long.MAX_VALUE
  bytes(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01), // Long.MIN_VALUE
];

void describe("varints: Kafka's ByteUtilsTest vectors", () => {
  void test("unsigned varint", () => {
    for (const [value, encoded] of UNSIGNED_VARINTS) {
      assert.deepEqual(written((w) => w.unsignedVarint(value)), encoded, `write ${value}`);
      assert.equal(new Reader(encoded).unsignedVarint(), value >>> 0, `read ${value}`);
      assert.equal(sizeOfUnsignedVarint(value), encoded.length);
    }
  });

  void test("zig-zag varint", () => {
    for (const [value, encoded] of VARINTS) {
      assert.deepEqual(written((w) => w.varint(value)), encoded, `write ${value}`);
      assert.equal(new Reader(encoded).varint(), value, `read ${value}`);
      assert.equal(sizeOfVarint(value), encoded.length);
    }
  });

  void test("zig-zag varlong", () => {
    for (const [value, encoded] of VARLONGS) {
      assert.deepEqual(written((w) => w.varlong(value)), encoded, `write ${value}`);
      const r = new Reader(encoded);
      assert.equal(r.varlong(), value, `read ${value}`);
      assert.equal(r.remaining, 0);
      assert.equal(sizeOfVarlong(value), encoded.length);
    }
  });

  void test("varlongs beyond ±(2^53 - 1) are refused, not rounded", () => {
    for (const encoded of UNSAFE_VARLONGS) {
      const r = new Reader(encoded);
      r.varlong();
      assert.equal(r.ok, false, encoded.toString("hex"));
      assert.match(r.error ?? "", /varlong outside/);
    }
    assert.throws(() => new Writer().varlong(2 ** 53), RangeError);
    assert.throws(() => new Writer().varlong(-(2 ** 53)), RangeError);
    assert.throws(() => new Writer().varlong(1.5), RangeError);
  });

  void test("over-long encodings fail (testInvalidVarint, testInvalidVarlong)", () => {
    const varint = new Reader(bytes(0xff, 0xff, 0xff, 0xff, 0xff, 0x01));
    varint.varint();
    assert.equal(varint.ok, false);
    const varlong = new Reader(bytes(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01));
    varlong.varlong();
    assert.equal(varlong.ok, false);
  });

  void test("truncated encodings fail at every cut", () => {
    const encoded = written((w) => w.varlong(-(2 ** 53 - 1)));
    for (let cut = 0; cut < encoded.length; cut++) {
      const r = new Reader(encoded.subarray(0, cut));
      assert.equal(r.varlong(), 0);
      assert.equal(r.ok, false, `cut at ${cut}`);
    }
  });
});

void describe("varints: seeded random round trips", () => {
  const INT32_BOUNDARIES = [0, 1, -1, 63, -64, 64, -65, 2 ** 31 - 1, -(2 ** 31), 2 ** 30, -(2 ** 30)];
  const LONG_BOUNDARIES = [
    ...INT32_BOUNDARIES,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 32,
    -(2 ** 32),
    2 ** 52,
    -(2 ** 52),
    2 ** 52 + 1,
    -(2 ** 52) - 1,
    2 ** 53 - 1,
    -(2 ** 53 - 1),
    2 ** 53 - 2,
    -(2 ** 53 - 2),
  ];

  void test("varint: int32 boundaries and 500 random values", () => {
    const random = prng(0x5eed);
    const values = [...INT32_BOUNDARIES];
    for (let i = 0; i < 500; i++) values.push(Math.floor(random() * 2 ** 32) - 2 ** 31);
    const w = new Writer(16);
    for (const v of values) w.varint(v);
    const r = new Reader(Buffer.from(w.finish()));
    for (const v of values) {
      const start = r.pos;
      assert.equal(r.varint(), v);
      assert.equal(r.pos - start, sizeOfVarint(v), `size of ${v}`);
    }
    assert.equal(r.remaining, 0);
  });

  void test("varlong: ±2^31, ±(2^53 - 1) and 500 random values of every magnitude", () => {
    const random = prng(0xc0ffee);
    const values = [...LONG_BOUNDARIES];
    for (let i = 0; i < 500; i++) {
      const magnitude = Math.floor(random() * 2 ** Math.floor(random() * 54));
      values.push(random() < 0.5 ? 0 - magnitude : Math.min(magnitude, Number.MAX_SAFE_INTEGER));
    }
    const w = new Writer(16);
    for (const v of values) w.varlong(v);
    const r = new Reader(Buffer.from(w.finish()));
    for (const v of values) {
      const start = r.pos;
      assert.equal(r.varlong(), v);
      assert.equal(r.pos - start, sizeOfVarlong(v), `size of ${v}`);
    }
    assert.equal(r.remaining, 0);
  });

  void test("varlong matches a BigInt reference encoding", () => {
    const random = prng(42);
    for (let i = 0; i < 300; i++) {
      const magnitude = Math.floor(random() * 2 ** Math.floor(random() * 54));
      const v = Math.max(-Number.MAX_SAFE_INTEGER, Math.min(Number.MAX_SAFE_INTEGER, random() < 0.5 ? -magnitude : magnitude));
      let n = BigInt.asUintN(64, (BigInt(v) << 1n) ^ (BigInt(v) >> 63n));
      const expected: number[] = [];
      while (n >= 0x80n) {
        expected.push(Number(n & 0x7fn) | 0x80);
        n >>= 7n;
      }
      expected.push(Number(n));
      assert.deepEqual(written((w) => w.varlong(v)), Buffer.from(expected), `value ${v}`);
    }
  });
});
