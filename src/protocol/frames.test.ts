import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { Writer } from "./primitives/writer.js";
import { ApiKeys, requestHeaderVersion, responseHeaderVersion } from "./generated/api-messages.js";
import { encodeRequestHeader } from "./generated/request-header.js";
import { makeApiVersionsRequest } from "./generated/api-versions-request.js";
import { makeApiVersionsResponse, makeApiVersionsResponseApiVersion } from "./generated/api-versions-response.js";
import { makeMetadataResponse } from "./generated/metadata-response.js";
import { makeProduceRequest, makeProduceRequestPartitionProduceData, makeProduceRequestTopicProduceData } from "./generated/produce-request.js";
import { makeFetchResponse, makeFetchResponseFetchableTopicResponse, makeFetchResponsePartitionData } from "./generated/fetch-response.js";
import { decodeRequestFrame, decodeResponseFrame, encodeRequestFrame, encodeResponseFrame, encodeResponseFrameChunks } from "./frames.js";

/** A frame as the broker sees it: without the int32 size prefix (which must be right). */
function unframe(frame: Buffer): Buffer {
  assert.equal(frame.readInt32BE(0), frame.length - 4, "size prefix");
  return frame.subarray(4);
}

function headerBytes(version: number, clientId: string | null): number {
  const w = new Writer();
  encodeRequestHeader(w, { requestApiKey: 10, requestApiVersion: 1, correlationId: 10, clientId }, version);
  return w.pos;
}

const produce = makeProduceRequest({
  acks: -1,
  timeoutMs: 30000,
  topicData: [
    makeProduceRequestTopicProduceData({
      name: "clinical.patient.admitted",
      partitionData: [makeProduceRequestPartitionProduceData({ index: 0, records: Buffer.from([1, 2, 3]) })],
    }),
  ],
});

void describe("request header versions (Kafka's RequestHeaderTest)", () => {
  void test("v0 is 8 bytes, v1 10 and v2 11 with an empty client id", () => {
    assert.equal(headerBytes(0, ""), 8);
    assert.equal(headerBytes(1, ""), 10);
    assert.equal(headerBytes(2, ""), 11);
  });

  void test("the header version follows the API's flexible versions; ControlledShutdown v0 uses v0", () => {
    assert.equal(requestHeaderVersion(ApiKeys.FindCoordinator, 1), 1);
    assert.equal(requestHeaderVersion(ApiKeys.CreateDelegationToken, 2), 2);
    assert.equal(requestHeaderVersion(ApiKeys.Produce, 8), 1);
    assert.equal(requestHeaderVersion(ApiKeys.Produce, 9), 2);
    assert.equal(requestHeaderVersion(7, 0), 0);
    assert.equal(requestHeaderVersion(7, 1), 1);
    assert.equal(requestHeaderVersion(7, 3), 2);
    assert.throws(() => requestHeaderVersion(1000, 0), RangeError);
  });

  void test("an ApiVersions v0 frame is the size prefix and a 10-byte header", () => {
    const frame = encodeRequestFrame(ApiKeys.ApiVersions, 0, 5, "", makeApiVersionsRequest());
    assert.equal(frame.length, 14);
    const v3 = encodeRequestFrame(ApiKeys.ApiVersions, 3, 5, "", makeApiVersionsRequest());
    assert.equal(v3.length, 4 + 11 + 3, "header v2, then two empty compact strings and an empty tagged section");
  });

  void test("a null client id is written as length -1 and read as \"\"", () => {
    const frame = unframe(encodeRequestFrame(ApiKeys.Produce, 8, 77, null, produce));
    assert.equal(frame.readInt16BE(8), -1);
    const decoded = decodeRequestFrame(frame);
    assert.equal(decoded.kind, "request");
    if (decoded.kind === "request") assert.equal(decoded.header.clientId, "");
  });
});

void describe("response header versions", () => {
  void test("ApiVersions responses always use header v0 (KIP-511)", () => {
    for (let v = 0; v <= 4; v++) assert.equal(responseHeaderVersion(ApiKeys.ApiVersions, v), 0);
    const body = makeApiVersionsResponse({ errorCode: 0, throttleTimeMs: 0 });
    const frame = unframe(encodeResponseFrame(ApiKeys.ApiVersions, 3, 42, body));
    assert.equal(frame.readInt32BE(0), 42);
    assert.equal(frame.readInt16BE(4), 0, "error code directly after the correlation id: no tagged section");
    assert.equal(frame.length, 4 + 2 + 1 + 4 + 1, "header, errorCode, empty compact array, throttle, tags");
  });

  void test("other flexible responses use header v1", () => {
    assert.equal(responseHeaderVersion(ApiKeys.Metadata, 8), 0);
    assert.equal(responseHeaderVersion(ApiKeys.Metadata, 9), 1);
    const v8 = unframe(encodeResponseFrame(ApiKeys.Metadata, 8, 1, makeMetadataResponse()));
    const v9 = unframe(encodeResponseFrame(ApiKeys.Metadata, 9, 1, makeMetadataResponse()));
    const back = decodeResponseFrame(ApiKeys.Metadata, 9, v9);
    assert.equal(back.correlationId, 1);
    assert.deepStrictEqual(back.body, makeMetadataResponse());
    assert.notEqual(v8.length, v9.length);
  });

  void test("a v0 ApiVersions answer to a newer request is parsed by falling back to v0", () => {
    const answer = makeApiVersionsResponse({
      errorCode: 35,
      apiKeys: [makeApiVersionsResponseApiVersion({ apiKey: 18, minVersion: 0, maxVersion: 2 })],
    });
    const frame = unframe(encodeResponseFrame(ApiKeys.ApiVersions, 0, 9, answer));
    const { correlationId, body } = decodeResponseFrame(ApiKeys.ApiVersions, 4, frame);
    assert.equal(correlationId, 9);
    assert.equal(body.errorCode, 35);
    assert.deepStrictEqual(body.apiKeys, answer.apiKeys);
  });
});

void describe("decodeRequestFrame classification", () => {
  void test("a valid request round-trips with its header", () => {
    const decoded = decodeRequestFrame(unframe(encodeRequestFrame(ApiKeys.Produce, 9, 123, "client-1", produce)));
    assert.deepStrictEqual(decoded, {
      kind: "request",
      header: { apiKey: 0, apiVersion: 9, correlationId: 123, clientId: "client-1" },
      body: produce,
    });
  });

  void test("unknown API keys keep key, version and correlation id", () => {
    const frame = Buffer.from([0, 200, 0, 1, 0, 0, 0, 9, 0, 0]);
    assert.deepStrictEqual(decodeRequestFrame(frame), { kind: "unknown-api-key", apiKey: 200, apiVersion: 1, correlationId: 9 });
    // LeaderAndIsr (4) is a ZooKeeper-mode API: not served by this broker.
    frame.writeInt16BE(4, 0);
    assert.equal(decodeRequestFrame(frame).kind, "unknown-api-key");
  });

  void test("an unsupported version still yields the header, so ApiVersions can answer (KIP-511)", () => {
    const w = new Writer();
    encodeRequestHeader(w, { requestApiKey: 18, requestApiVersion: 127, correlationId: 31, clientId: "newer" }, 2);
    w.raw(Buffer.from([0xde, 0xad])); // a body this codec cannot know
    const decoded = decodeRequestFrame(Buffer.from(w.finish()));
    assert.deepStrictEqual(decoded, {
      kind: "unsupported-version",
      header: { apiKey: 18, apiVersion: 127, correlationId: 31, clientId: "newer" },
      minVersion: 0,
      maxVersion: 4,
    });
    const tooOld = decodeRequestFrame(Buffer.from([0, 0, 0xff, 0xff, 0, 0, 0, 1, 0, 0]));
    assert.equal(tooOld.kind, "unsupported-version");
  });

  void test("every truncation of a frame is malformed, with the correlation id once it is readable", () => {
    const frame = unframe(encodeRequestFrame(ApiKeys.Produce, 9, 4242, "c", produce));
    for (let cut = 0; cut < frame.length; cut++) {
      const decoded = decodeRequestFrame(frame.subarray(0, cut));
      assert.equal(decoded.kind, "malformed", `cut at ${cut}`);
      if (decoded.kind === "malformed") assert.equal(decoded.correlationId, cut >= 8 ? 4242 : null, `cut at ${cut}`);
    }
  });

  void test("random corruption of valid frames never throws", () => {
    const frames = [
      unframe(encodeRequestFrame(ApiKeys.Produce, 9, 1, "c", produce)),
      unframe(encodeRequestFrame(ApiKeys.Produce, 3, 2, "c", produce)),
      unframe(encodeRequestFrame(ApiKeys.ApiVersions, 3, 3, "c", makeApiVersionsRequest({ clientSoftwareName: "x" }))),
    ];
    let seed = 42;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const kinds = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      const frame = Buffer.from(frames[i % frames.length]!);
      for (let flips = 1 + (next() % 4); flips > 0; flips--) frame[next() % frame.length] = next() & 0xff;
      kinds.add(decodeRequestFrame(frame).kind);
    }
    assert.ok(kinds.has("malformed") && kinds.has("request"), [...kinds].join());
  });
});

describe("encodeResponseFrameChunks", () => {
  const records = Buffer.alloc(100_000, 7);
  const small = Buffer.alloc(100, 9);
  const body = makeFetchResponse({
    responses: [
      makeFetchResponseFetchableTopicResponse({
        topic: "patient.vitals",
        partitions: [
          makeFetchResponsePartitionData({ partitionIndex: 0, highWatermark: 10n, records }),
          makeFetchResponsePartitionData({ partitionIndex: 1, highWatermark: 1n, records: small }),
        ],
      }),
    ],
  });

  for (const version of [4, 12, 16]) {
    test(`a Fetch v${version} response's large records are referenced, and the pieces equal the one-buffer frame`, () => {
      const whole = encodeResponseFrame(ApiKeys.Fetch, version, 77, body);
      const chunks = encodeResponseFrameChunks(ApiKeys.Fetch, version, 77, body);
      assert.ok(chunks.length >= 3, `header, records, rest (${chunks.length} pieces)`);
      assert.ok(
        chunks.some((c) => c.buffer === records.buffer && c.byteOffset === records.byteOffset && c.length === records.length),
        "the records' own memory, not a copy",
      );
      assert.ok(!chunks.some((c) => c.buffer === small.buffer), "small byte fields are copied");
      assert.deepEqual(Buffer.concat(chunks), whole);
      unframe(whole);
      const decoded = decodeResponseFrame(ApiKeys.Fetch, version, unframe(Buffer.concat(chunks)));
      assert.equal(decoded.correlationId, 77);
      assert.deepEqual(decoded.body.responses[0]?.partitions[0]?.records, records);
    });
  }

  test("a response without large fields is one piece", () => {
    const chunks = encodeResponseFrameChunks(ApiKeys.Metadata, 9, 5, makeMetadataResponse({ clusterId: "c" }));
    assert.equal(chunks.length, 1);
    assert.deepEqual(chunks[0], encodeResponseFrame(ApiKeys.Metadata, 9, 5, makeMetadataResponse({ clusterId: "c" })));
  });
});
