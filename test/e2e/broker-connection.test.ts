// The broker's connection handling seen from the wire: ApiVersions negotiation (KIP-511),
// and connection-fatal frames that close one socket while the broker serves the rest.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { connect, type Socket } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { Broker } from "../../src/broker/broker.js";
import { loadBrokerConfig } from "../../src/config/broker-config.js";
import { decodeResponseFrame, encodeRequestFrame } from "../../src/protocol/frames.js";
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import { makeApiVersionsRequest } from "../../src/protocol/generated/api-versions-request.js";
import { makeMetadataRequest } from "../../src/protocol/generated/metadata-request.js";
import { ErrorCode } from "../../src/protocol/errors.js";

let broker: Broker;
let port: number;
let dir: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "carebus-conn-"));
  const { config } = loadBrokerConfig({ overrides: { listeners: "PLAINTEXT://127.0.0.1:0", "log.dirs": dir } });
  broker = await Broker.start({ config });
  port = broker.boundListeners[0]?.port ?? 0;
});

after(async () => {
  await broker.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Sends raw bytes and returns the first size-prefixed frame back, or "closed". */
function exchange(bytes: Buffer): Promise<Buffer | "closed"> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect({ host: "127.0.0.1", port });
    let received = Buffer.alloc(0);
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error("no answer and no close within 5 s"));
    }, 5000);
    socket.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length >= 4 && received.length >= 4 + received.readInt32BE(0)) {
        clearTimeout(timer);
        socket.destroy();
        resolve(received.subarray(4, 4 + received.readInt32BE(0)));
      }
    });
    socket.on("close", () => {
      clearTimeout(timer);
      resolve("closed");
    });
    socket.on("error", () => undefined);
    socket.write(bytes);
  });
}

async function apiVersions(version: number) {
  const frame = encodeRequestFrame(ApiKeys.ApiVersions, version, 7, "test", makeApiVersionsRequest({ clientSoftwareName: "carebus-test", clientSoftwareVersion: "1.0" }));
  const answer = await exchange(frame);
  assert.notEqual(answer, "closed");
  return decodeResponseFrame(ApiKeys.ApiVersions, version, answer as Buffer);
}

describe("broker connections", () => {
  test("ApiVersions v0 and v3 list what the broker serves, ApiVersions and Metadata included", async () => {
    for (const v of [0, 3]) {
      const { correlationId, body } = await apiVersions(v);
      assert.equal(correlationId, 7);
      assert.equal(body.errorCode, ErrorCode.NONE);
      const keys = new Map(body.apiKeys.map((k) => [k.apiKey, k]));
      assert.deepEqual([keys.get(18)?.minVersion, keys.get(18)?.maxVersion], [0, 4]);
      assert.deepEqual([keys.get(3)?.minVersion, keys.get(3)?.maxVersion], [0, 12]);
    }
  });

  test("an ApiVersions version the broker lacks is answered in v0 with UNSUPPORTED_VERSION (KIP-511)", async () => {
    const body = makeApiVersionsRequest();
    const frame = encodeRequestFrame(ApiKeys.ApiVersions, 4, 9, "future-client", body);
    frame.writeInt16BE(99, 6); // request api version after the size prefix and api key
    const answer = await exchange(frame);
    assert.notEqual(answer, "closed");
    const decoded = decodeResponseFrame(ApiKeys.ApiVersions, 0, answer as Buffer);
    assert.equal(decoded.correlationId, 9);
    assert.equal(decoded.body.errorCode, ErrorCode.UNSUPPORTED_VERSION);
    assert.ok(decoded.body.apiKeys.some((k) => k.apiKey === 18 && k.maxVersion === 4));
  });

  test("malformed, oversized, negative and unknown-key frames close only that connection", async () => {
    const garbage = Buffer.from([0, 0, 0, 3, 1, 2, 3]);
    const oversized = Buffer.from([0x7f, 0xff, 0xff, 0xff]);
    const negative = Buffer.from([0xff, 0xff, 0xff, 0xfe]);
    const unknownKey = Buffer.from([0, 0, 0, 10, 0x03, 0xe7, 0, 0, 0, 0, 0, 1, 0xff, 0xff]);
    const truncatedMetadata = encodeRequestFrame(ApiKeys.Metadata, 12, 1, "x", makeMetadataRequest({ topics: [{ topicId: "AAAAAAAAAAAAAAAAAAAAAA", name: "abc" }] }));
    truncatedMetadata.writeInt32BE(truncatedMetadata.length - 4 - 3, 0);
    for (const bad of [garbage, oversized, negative, unknownKey, truncatedMetadata.subarray(0, truncatedMetadata.length - 3)]) {
      assert.equal(await exchange(bad), "closed");
    }
    const { body } = await apiVersions(3);
    assert.equal(body.errorCode, ErrorCode.NONE);
  });

  test("kcat (librdkafka) reads metadata and auto-creates a topic it asks for", async () => {
    // async: the broker runs in this process, so a synchronous child would starve it
    const { stdout: out } = await promisify(execFile)("kcat", ["-b", `127.0.0.1:${port}`, "-L", "-t", "clinical.patient.admitted", "-m", "5"]);
    assert.match(out, /1 brokers:\s+broker 1 at 127\.0\.0\.1:\d+ \(controller\)/);
    assert.match(out, /topic "clinical\.patient\.admitted" with 1 partitions:/);
    assert.match(out, /partition 0, leader 1, replicas: 1, isrs: 1/);
  });
});
