import { test } from "node:test";
import assert from "node:assert/strict";
import { FrameBufferPool } from "./frame-buffer-pool.js";

test("a released frame's memory serves the next frame of a similar size", () => {
  const pool = new FrameBufferPool(1 << 24);
  const a = pool.acquire(700_000);
  assert.equal(a.length, 700_000);
  a.fill(1);
  pool.release(a);
  const b = pool.acquire(900_000);
  assert.equal(b.length, 900_000);
  assert.equal(b.buffer, a.buffer, "the same backing memory (rounded up to 1 MiB)");
  const c = pool.acquire(900_000);
  assert.notEqual(c.buffer, b.buffer, "a buffer in use is never handed out twice");
});

test("small frames are not pooled; releasing one, or a frame twice, is harmless", () => {
  const pool = new FrameBufferPool(1 << 24);
  const small = pool.acquire(100);
  pool.release(small);
  const big = pool.acquire(1 << 20);
  pool.release(big);
  pool.release(big);
  const one = pool.acquire(1 << 20);
  const two = pool.acquire(1 << 20);
  assert.notEqual(one.buffer, two.buffer);
});

test("never more than socket.request.max.bytes per buffer, and at most six kept", () => {
  const pool = new FrameBufferPool(1_500_000);
  const frames = Array.from({ length: 8 }, () => pool.acquire(1_400_000));
  for (const f of frames) assert.ok(f.buffer.byteLength <= 1_500_000 || f.byteOffset !== 0);
  for (const f of frames) pool.release(f);
  const again = Array.from({ length: 8 }, () => pool.acquire(1_400_000));
  const reused = again.filter((f) => frames.some((g) => g.buffer === f.buffer)).length;
  assert.equal(reused, 6);
});
