// The connection's framing and backpressure over a real loopback socket: a dispatcher
// slower than the client pauses reading once the queued frames pass the byte bound,
// reading resumes as they are processed, and every frame is answered in order.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer, connect, type Socket } from "node:net";
import { once } from "node:events";
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
