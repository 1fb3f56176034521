import { test } from "node:test";
import assert from "node:assert/strict";
import { NONCE_BYTES, NonceSequence } from "./nonce-sequence.js";

const asBigInt = (b: Buffer): bigint => BigInt(`0x${b.toString("hex")}`);

test("nonces count up by one from the start, carrying across bytes", () => {
  const start = Buffer.from("0000000000000000000000fe", "hex");
  const seq = new NonceSequence(start);
  const nonces = Array.from({ length: 4 }, () => seq.next());
  assert.deepEqual(
    nonces.map((n) => n.toString("hex")),
    ["0000000000000000000000fe", "0000000000000000000000ff", "000000000000000000000100", "000000000000000000000101"],
  );
  // each is a copy: the sequence moving on does not change a nonce handed out
  assert.equal(nonces[0]?.toString("hex"), "0000000000000000000000fe");
});

test("the counter wraps from 2^96 - 1 to 0", () => {
  const seq = new NonceSequence(Buffer.alloc(NONCE_BYTES, 0xff));
  assert.equal(seq.next().toString("hex"), "ff".repeat(NONCE_BYTES));
  assert.equal(seq.next().toString("hex"), "00".repeat(NONCE_BYTES));
});

test("no nonce repeats within a sequence, and two sequences start apart", () => {
  const a = new NonceSequence();
  const b = new NonceSequence();
  const seen = new Set<string>();
  for (let i = 0; i < 10_000; i++) seen.add(a.next().toString("hex"));
  assert.equal(seen.size, 10_000);
  const first = asBigInt(b.next());
  assert.ok(![...seen].some((n) => asBigInt(Buffer.from(n, "hex")) === first), "random starting points");
});

test("a start that is not 12 bytes is refused", () => {
  assert.throws(() => new NonceSequence(Buffer.alloc(8)), /12 bytes/);
});
