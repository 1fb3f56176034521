// The raw test client against a scripted fake broker: answers split across TCP chunks and
// several in one chunk, pipelined requests matched by correlation id even out of order,
// and every failure (no answer, close, garbage) rejecting instead of hanging.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server, type Socket } from "node:net";
import { encodeResponseFrame } from "../../src/protocol/frames.js";
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import { makeDescribeClusterRequest } from "../../src/protocol/generated/describe-cluster-request.js";
import { makeDescribeClusterResponse } from "../../src/protocol/generated/describe-cluster-response.js";
import { RawClient } from "./raw-client.js";

type Script = (requests: { correlationId: number }[], socket: Socket) => void;

let server: Server;
let port: number;
let script: Script = () => undefined;

before(async () => {
  server = createServer((socket) => {
    let buffered = Buffer.alloc(0);
    const requests: { correlationId: number }[] = [];
    socket.on("data", (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      while (buffered.length >= 4 && buffered.length >= 4 + buffered.readInt32BE(0)) {
        const size = buffered.readInt32BE(0);
        requests.push({ correlationId: buffered.readInt32BE(8) }); // after size, api key and version
        buffered = buffered.subarray(4 + size);
        script(requests, socket);
      }
    });
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as { port: number }).port;
});

after(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function answer(correlationId: number, clusterId: string): Buffer {
  return encodeResponseFrame(ApiKeys.DescribeCluster, 1, correlationId, makeDescribeClusterResponse({ clusterId }));
}

const request = makeDescribeClusterRequest({ endpointType: 1 });

describe("RawClient", () => {
  test("reads an answer sent one byte at a time", async () => {
    script = ([r], socket) => {
      const bytes = answer(r?.correlationId ?? -1, "one-byte-at-a-time");
      for (let i = 0; i < bytes.length; i++) socket.write(bytes.subarray(i, i + 1));
    };
    const client = await RawClient.connect(port);
    const body = await client.request(ApiKeys.DescribeCluster, 1, request);
    assert.equal(body.clusterId, "one-byte-at-a-time");
    await client.close();
  });

  test("matches pipelined requests to answers sent together and out of order", async () => {
    script = (requests, socket) => {
      if (requests.length < 3) return;
      socket.write(Buffer.concat([...requests].reverse().map((r) => answer(r.correlationId, `answer-${r.correlationId}`))));
    };
    const client = await RawClient.connect(port);
    const answers = await Promise.all([1, 2, 3].map(() => client.requestWithHeader(ApiKeys.DescribeCluster, 1, request)));
    assert.deepEqual(answers.map((a) => [a.correlationId, a.body.clusterId]), [[1, "answer-1"], [2, "answer-2"], [3, "answer-3"]]);
    await client.close();
  });

  test("rejects a request that gets no answer, naming it", async () => {
    script = () => undefined;
    const client = await RawClient.connect(port, { timeoutMs: 50 });
    await assert.rejects(client.request(ApiKeys.DescribeCluster, 1, request), /no answer to DescribeCluster v1 \(correlation id 1\) within 50 ms/);
    await client.close();
  });

  test("rejects pending and later requests when the broker closes the connection", async () => {
    script = (_requests, socket) => socket.destroy();
    const client = await RawClient.connect(port);
    await assert.rejects(client.request(ApiKeys.DescribeCluster, 1, request), /connection closed by the broker/);
    await client.closed;
    await assert.rejects(client.request(ApiKeys.DescribeCluster, 1, request), /cannot send/);
    await client.close();
  });

  test("rejects an answer for a correlation id nobody asked for, and a negative frame size", async () => {
    script = ([r], socket) => socket.write(answer((r?.correlationId ?? 0) + 100, "stray"));
    const stray = await RawClient.connect(port);
    await assert.rejects(stray.request(ApiKeys.DescribeCluster, 1, request), /correlation id 101, which no request is waiting for/);
    await stray.close();
    script = (_requests, socket) => socket.write(Buffer.from([0xff, 0xff, 0xff, 0xf0]));
    const garbage = await RawClient.connect(port);
    await assert.rejects(garbage.request(ApiKeys.DescribeCluster, 1, request), /frame of -16 bytes/);
    await garbage.close();
  });

  test("sendFrame returns the raw answer frame for hand-made bytes", async () => {
    script = ([r], socket) => socket.write(answer(r?.correlationId ?? -1, "raw"));
    const client = await RawClient.connect(port);
    // size, key 60, version 1, correlation id 42, null client id, no tags: the fake reads only the id
    const frame = Buffer.from([0, 0, 0, 11, 0, 60, 0, 1, 0, 0, 0, 42, 0xff, 0xff, 0]);
    const reply = await client.sendFrame(frame, 42);
    assert.equal(reply.readInt32BE(0), 42);
    await client.close();
  });

  test("connect rejects when nothing listens", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const freePort = (closed.address() as { port: number }).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await assert.rejects(RawClient.connect(freePort), /cannot connect to 127\.0\.0\.1:\d+/);
  });
});
