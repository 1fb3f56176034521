// The connection's framing and backpressure over a real loopback socket: a dispatcher
// slower than the client pauses reading once the queued frames pass the byte bound,
// reading resumes as they are processed, and every frame is answered in order. And the
// read-buffer pool: a buffer sent by reference returns to the pool only after the socket
// has written it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer, connect, type Socket } from "node:net";
import { EventEmitter, once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import { Connection } from "./connection.js";
import { ANONYMOUS } from "../security/kafka-principal.js";
import { childLogger } from "../util/logger.js";

test("a slow dispatcher pauses reading past the queued-bytes bound and still answers every frame in order", async () => {
  const FRAMES = 20;
  const FRAME_BYTES = 512 * 1024;
  let pauses = 0;
  let resumes = 0;
  let maxInDispatch = 0;
  let inDispatch = 0;
  const seen: number[] = [];
  const server = createServer((socket: Socket) => {
    const pause = socket.pause.bind(socket);
    const resume = socket.resume.bind(socket);
    socket.pause = () => {
      pauses++;
      return pause();
    };
    socket.resume = () => {
      resumes++;
      return resume();
    };
    new Connection(
      socket,
      { id: "test", listenerName: "PLAINTEXT", securityProtocol: "PLAINTEXT", clientAddress: "127.0.0.1", clientPort: 0, principal: ANONYMOUS },
      async (frame) => {
        inDispatch++;
        maxInDispatch = Math.max(maxInDispatch, inDispatch);
        await sleep(5);
        inDispatch--;
        const n = frame.readInt32BE(0);
        seen.push(n);
        const answer = Buffer.alloc(8);
        answer.writeInt32BE(4, 0);
        answer.writeInt32BE(n, 4);
        return answer;
      },
      { maxRequestBytes: 1 << 20, log: childLogger("test") },
    );
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  assert.ok(address !== null && typeof address === "object");
  const client = connect(address.port, "127.0.0.1");
  await once(client, "connect");
  const answers: number[] = [];
  let pending = Buffer.alloc(0);
  const allAnswered = new Promise<void>((resolve) => {
    client.on("data", (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 8) {
        answers.push(pending.readInt32BE(4));
        pending = pending.subarray(8);
      }
      if (answers.length === FRAMES) resolve();
    });
  });
  for (let i = 0; i < FRAMES; i++) {
    const frame = Buffer.alloc(4 + FRAME_BYTES, i);
    frame.writeInt32BE(FRAME_BYTES, 0);
    frame.writeInt32BE(i, 4);
    client.write(frame);
  }
  await allAnswered;
  client.destroy();
  server.close();
  const order = Array.from({ length: FRAMES }, (_, i) => i);
  assert.deepEqual(seen, order);
  assert.deepEqual(answers, order);
  assert.equal(maxInDispatch, 1, "one request in processing at a time");
  // 10 MiB sent to a dispatcher taking 5 ms a frame: reading paused and resumed.
  assert.ok(pauses >= 1, `reading paused (${pauses} pauses)`);
  assert.ok(resumes >= pauses, `reading resumed after each pause (${pauses} pauses, ${resumes} resumes)`);
});

/** A socket whose writes complete only when the test says so, keeping what was written by reference. */
class SlowSocket extends EventEmitter {
  readonly written: Buffer[] = [];
  readonly #callbacks: (() => void)[] = [];
  setNoDelay(): this {
    return this;
  }
  cork(): void {}
  uncork(): void {}
  pause(): this {
    return this;
  }
  resume(): this {
    return this;
  }
  destroy(): this {
    return this;
  }
  write(chunk: Buffer, cb?: (err?: Error | null) => void): boolean {
    this.written.push(chunk);
    if (cb !== undefined) this.#callbacks.push(() => cb(null));
    return true;
  }
  completeWrites(): void {
    for (const cb of this.#callbacks.splice(0)) cb();
  }
}

test("a pooled read buffer in an answer is not handed out again until the socket has written it", async () => {
  const socket = new SlowSocket();
  const SIZE = 200_000;
  const connection = new Connection(
    socket as unknown as Socket,
    { id: "test", listenerName: "PLAINTEXT", securityProtocol: "PLAINTEXT", clientAddress: "127.0.0.1", clientPort: 0, principal: ANONYMOUS },
    (frame, conn) => {
      const n = frame.readInt32BE(0);
      const records = conn.readBuffers.acquire(SIZE);
      records.fill(n);
      const head = Buffer.alloc(8);
      head.writeInt32BE(4 + SIZE, 0);
      head.writeInt32BE(n, 4);
      return Promise.resolve([head, records]);
    },
    { maxRequestBytes: 1 << 20, log: childLogger("test") },
  );
  const frames = Buffer.alloc(3 * 8);
  for (let n = 0; n < 3; n++) {
    frames.writeInt32BE(4, n * 8);
    frames.writeInt32BE(n + 1, n * 8 + 4);
  }
  // Three requests whose answers are written but not yet completed by the socket.
  socket.emit("data", frames);
  await sleep(10);
  const bodies = socket.written.filter((c) => c.length === SIZE);
  assert.equal(bodies.length, 3);
  bodies.forEach((b, i) => assert.ok(b.every((x) => x === i + 1), `answer ${i + 1} still holds its own bytes`));
  assert.equal(new Set(bodies.map((b) => b.buffer)).size, 3, "three distinct buffers while the writes are pending");
  // Once written, the buffers serve the next answers.
  socket.completeWrites();
  socket.emit("data", frames.subarray(0, 8));
  await sleep(10);
  const reused = socket.written.at(-1);
  assert.ok(reused !== undefined && bodies.some((b) => b.buffer === reused.buffer), "a released buffer is reused");
  assert.equal(connection.closed, false);
});
