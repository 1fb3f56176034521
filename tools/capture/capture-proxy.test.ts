import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { connect, createServer, type Server, type Socket } from "node:net";
import { CaptureProxy, FrameSplitter } from "./capture-proxy.js";

function sized(frame: Buffer): Buffer {
  const size = Buffer.alloc(4);
  size.writeInt32BE(frame.length);
  return Buffer.concat([size, frame]);
}

function requestFrame(apiKey: number, apiVersion: number, correlationId: number, payload: string): Buffer {
  const head = Buffer.alloc(8);
  head.writeInt16BE(apiKey, 0);
  head.writeInt16BE(apiVersion, 2);
  head.writeInt32BE(correlationId, 4);
  return Buffer.concat([head, Buffer.from(payload)]);
}

/** A stand-in broker that answers each request with its correlation id and "ok". */
async function fakeBroker(): Promise<Server> {
  const server = createServer((socket) => {
    const splitter = new FrameSplitter(1 << 20);
    socket.on("data", (chunk: Buffer) => {
      // answer in reverse order within a chunk: matching must go by correlation id
      const answers = splitter.push(chunk).map((f) => sized(Buffer.concat([f.subarray(4, 8), Buffer.from("ok")])));
      socket.write(Buffer.concat(answers.reverse()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

function portOf(server: Server): number {
  const address = server.address();
  assert.ok(address !== null && typeof address === "object");
  return address.port;
}

/** Sends the frames in one write and resolves when `expected` response frames came back. */
function exchange(port: number, frames: Buffer[], expected: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect({ host: "127.0.0.1", port });
    const splitter = new FrameSplitter(1 << 20);
    let received = 0;
    socket.on("data", (chunk: Buffer) => {
      received += splitter.push(chunk).length;
      if (received >= expected) {
        socket.end();
        resolve();
      }
    });
    socket.on("error", reject);
    socket.write(Buffer.concat(frames.map(sized)));
  });
}

describe("FrameSplitter", () => {
  test("reassembles frames split at any byte and passes over frames above its limit", () => {
    const a = requestFrame(18, 3, 1, "first");
    const big = Buffer.alloc(40, 7);
    const b = requestFrame(3, 12, 2, "second");
    const stream = Buffer.concat([sized(a), sized(big), sized(b)]);
    for (let cut = 0; cut <= stream.length; cut++) {
      const splitter = new FrameSplitter(32);
      const frames = [...splitter.push(stream.subarray(0, cut)), ...splitter.push(stream.subarray(cut))];
      assert.deepEqual(frames, [a, b], `cut at ${cut}`);
    }
  });
});

describe("CaptureProxy", () => {
  test("forwards requests and pairs each with its response by correlation id", async () => {
    const broker = await fakeBroker();
    const proxy = await CaptureProxy.start();
    proxy.forwardTo({ host: "127.0.0.1", port: portOf(broker) });
    try {
      await exchange(proxy.port, [requestFrame(18, 3, 7, "a"), requestFrame(3, 12, 8, "b")], 2);
      const captured = proxy.take();
      assert.deepEqual(
        captured.map((e) => [e.apiKey, e.apiVersion, e.correlationId, e.request.subarray(8).toString(), e.response?.subarray(4).toString()]),
        [
          [18, 3, 7, "a", "ok"],
          [3, 12, 8, "b", "ok"],
        ],
      );
      assert.deepEqual(proxy.take(), [], "take() empties the record");
    } finally {
      await proxy.close();
      await new Promise<void>((resolve) => broker.close(() => resolve()));
    }
  });
});
