// Tagged fields, hostile lengths and version rules, on concrete generated messages
// (these need no specs, unlike generated-roundtrip.test.ts).

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { ProtocolDecodeError, Reader } from "./primitives/reader.js";
import { Writer } from "./primitives/writer.js";
import { UnsupportedVersionError } from "./message-codec.js";
import {
  type FetchRequest,
  decodeFetchRequest,
  encodeFetchRequest,
  makeFetchRequest,
  makeFetchRequestFetchPartition,
  makeFetchRequestFetchTopic,
  makeFetchRequestReplicaState,
} from "./generated/fetch-request.js";
import { decodeProduceRequest, encodeProduceRequest, makeProduceRequest } from "./generated/produce-request.js";
import {
  encodeFetchResponsePartitionData,
  makeFetchResponseLeaderIdAndEpoch,
  makeFetchResponsePartitionData,
} from "./generated/fetch-response.js";
import { decodeResponseHeader, encodeResponseHeader } from "./generated/response-header.js";
import { encodeMetadataRequest, makeMetadataRequest, makeMetadataRequestTopic } from "./generated/metadata-request.js";

function bytesOf(write: (w: Writer) => void): Buffer {
  const w = new Writer(8);
  write(w);
  return Buffer.from(w.finish());
}

function decodeError<T>(bytes: Buffer, read: (r: Reader) => T): string {
  const r = new Reader(bytes);
  read(r);
  assert.throws(() => r.check(), ProtocolDecodeError);
  return r.error ?? "";
}

const UUID = Buffer.alloc(16, 7).toString("base64url");

function fetchWithTags(): FetchRequest {
  return makeFetchRequest({
    clusterId: "cluster",
    replicaState: makeFetchRequestReplicaState({ replicaId: 3, replicaEpoch: 9n }),
    topics: [
      makeFetchRequestFetchTopic({
        topicId: UUID,
        partitions: [makeFetchRequestFetchPartition({ partition: 1, _unknownTaggedFields: [{ tag: 999, data: Buffer.from([1]) }] })],
      }),
    ],
    _unknownTaggedFields: [
      { tag: 2, data: Buffer.from([0xaa]) },
      { tag: 999, data: Buffer.from([0xbb, 0xcc]) },
    ],
  });
}

void describe("tagged fields (KIP-482)", () => {
  void test("unknown tags on the message and a nested struct round-trip next to known tags", () => {
    const value = fetchWithTags();
    const bytes = bytesOf((w) => encodeFetchRequest(w, value, 15));
    const r = new Reader(bytes);
    const decoded = decodeFetchRequest(r, 15);
    r.check();
    assert.deepStrictEqual(decoded, value);
    assert.deepStrictEqual(bytesOf((w) => encodeFetchRequest(w, decoded, 15)), bytes);
  });

  void test("tags are written in ascending order whatever order the unknown ones come in", () => {
    const sorted = fetchWithTags();
    const shuffled = { ...sorted, _unknownTaggedFields: [...(sorted._unknownTaggedFields ?? [])].reverse() };
    assert.deepStrictEqual(
      bytesOf((w) => encodeFetchRequest(w, shuffled, 15)),
      bytesOf((w) => encodeFetchRequest(w, sorted, 15)),
    );
  });

  void test("a tagged section has count, then tag, size and payload per field", () => {
    const bytes = bytesOf((w) =>
      encodeResponseHeader(w, { correlationId: 1, _unknownTaggedFields: [{ tag: 999, data: Buffer.from([0xab, 0xcd]) }] }, 1),
    );
    assert.deepStrictEqual(bytes, Buffer.from([0, 0, 0, 1, 1, 0xe7, 0x07, 2, 0xab, 0xcd]));
    assert.deepStrictEqual(decodeResponseHeader(new Reader(bytes), 1)._unknownTaggedFields, [
      { tag: 999, data: Buffer.from([0xab, 0xcd]) },
    ]);
  });

  void test("known tagged fields are written only when they differ from the default", () => {
    const plain = bytesOf((w) => encodeFetchRequest(w, makeFetchRequest(), 15));
    const tagged = bytesOf((w) => encodeFetchRequest(w, makeFetchRequest({ clusterId: "c" }), 15));
    assert.equal(plain.at(-1), 0, "empty tagged section");
    // count 1, tag 0, size 2, compact string "c"
    assert.deepStrictEqual(tagged.subarray(-5), Buffer.from([1, 0, 2, 2, 0x63]));
  });

  void test("a tagged struct is written only when it differs from a default-filled struct", () => {
    const plain = makeFetchResponsePartitionData();
    const leader = makeFetchResponsePartitionData({ currentLeader: makeFetchResponseLeaderIdAndEpoch({ leaderId: 5 }) });
    const plainBytes = bytesOf((w) => encodeFetchResponsePartitionData(w, plain, 12));
    assert.equal(plainBytes.at(-1), 0, "no tagged fields");
    // count 1, tag 1, size 9: leaderId int32 5, leaderEpoch int32 -1, empty tagged section
    const tail = Buffer.from([1, 1, 9, 0, 0, 0, 5, 0xff, 0xff, 0xff, 0xff, 0]);
    assert.deepStrictEqual(bytesOf((w) => encodeFetchResponsePartitionData(w, leader, 12)).subarray(-tail.length), tail);
    assert.throws(() => bytesOf((w) => encodeFetchResponsePartitionData(w, leader, 11)), UnsupportedVersionError);
    assert.doesNotThrow(() => bytesOf((w) => encodeFetchResponsePartitionData(w, plain, 11)));
  });

  void test("unknown tags in a non-flexible version, duplicates and clashes with known tags throw", () => {
    const unknown = [{ tag: 999, data: Buffer.from([1]) }];
    assert.throws(() => bytesOf((w) => encodeResponseHeader(w, { correlationId: 1, _unknownTaggedFields: unknown }, 0)), UnsupportedVersionError);
    const twice = makeFetchRequest({ _unknownTaggedFields: [...unknown, ...unknown] });
    assert.throws(() => bytesOf((w) => encodeFetchRequest(w, twice, 12)), UnsupportedVersionError);
    const clash = makeFetchRequest({ clusterId: "c", _unknownTaggedFields: [{ tag: 0, data: Buffer.from([1]) }] });
    assert.throws(() => bytesOf((w) => encodeFetchRequest(w, clash, 12)), UnsupportedVersionError);
  });

  void test("a known tagged field whose size disagrees with its payload is malformed", () => {
    const bytes = bytesOf((w) => encodeFetchRequest(w, makeFetchRequest({ clusterId: "c" }), 12));
    const bad = Buffer.concat([bytes.subarray(0, -3), Buffer.from([3, 2, 0x63, 0])]); // size 3, payload 2
    assert.match(decodeError(bad, (r) => decodeFetchRequest(r, 12)), /tagged field 0 took 2 bytes, but its size is 3/);
  });
});

void describe("hostile lengths are rejected before allocating", () => {
  // ProduceRequest v3: transactionalId (int16 length), acks int16, timeoutMs int32, topicData count int32
  const prefix = [0xff, 0xff, 0, 1, 0, 0, 0, 0];

  void test("an int32 array count of 0x7fffffff", () => {
    const error = decodeError(Buffer.from([...prefix, 0x7f, 0xff, 0xff, 0xff]), (r) => decodeProduceRequest(r, 3));
    assert.match(error, /array length 2147483647 exceeds the 0 bytes left/);
  });

  void test("a compact array count of 2^32 - 2", () => {
    // v9: compact nullable string (0 = null), acks, timeoutMs, compact count varint 0xffffffff
    const bytes = Buffer.from([0, 0, 1, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0x0f]);
    assert.match(decodeError(bytes, (r) => decodeProduceRequest(r, 9)), /array length 4294967294 exceeds/);
  });

  void test("a negative string length", () => {
    assert.match(decodeError(Buffer.from([0xff, 0xfe, 0, 1]), (r) => decodeProduceRequest(r, 3)), /negative string length -2/);
  });

  void test("a tagged-field count larger than the bytes left", () => {
    const bytes = Buffer.from([0, 0, 0, 1, 0xff, 0xff, 0xff, 0xff, 0x0f]);
    assert.match(decodeError(bytes, (r) => decodeResponseHeader(r, 1)), /tagged fields cannot fit/);
  });

  void test("null where the version forbids it", () => {
    // v2 topicData count -1: arrays are not nullable in ProduceRequest
    const error = decodeError(Buffer.from([0, 1, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff]), (r) => decodeProduceRequest(r, 2));
    assert.match(error, /non-nullable array/);
  });
});

void describe("version rules on encode (Kafka's UnsupportedVersionException)", () => {
  void test("a non-default, non-ignorable field in a version that lacks it throws", () => {
    const v = makeProduceRequest({ transactionalId: "tx" });
    assert.throws(() => bytesOf((w) => encodeProduceRequest(w, v, 2)), /non-default ProduceRequest.transactionalId at version 2/);
    assert.doesNotThrow(() => bytesOf((w) => encodeProduceRequest(w, v, 3)));
  });

  void test("an ignorable field is dropped and reads back as its default", () => {
    const v = makeFetchRequest({ isolationLevel: 1, maxBytes: 5 });
    const r = new Reader(bytesOf((w) => encodeFetchRequest(w, v, 2)));
    const decoded = decodeFetchRequest(r, 2);
    r.check();
    assert.equal(decoded.isolationLevel, 0);
    assert.equal(decoded.maxBytes, 0x7fffffff, "default from the spec's hex \"0x7fffffff\"");
  });

  void test("null in a version where the field is not nullable throws", () => {
    const v = makeMetadataRequest({ topics: [makeMetadataRequestTopic({ name: null })] });
    assert.throws(() => bytesOf((w) => encodeMetadataRequest(w, v, 9)), UnsupportedVersionError);
    assert.doesNotThrow(() => bytesOf((w) => encodeMetadataRequest(w, v, 10)));
  });

  void test("a version outside the message's range throws on encode and fails on decode", () => {
    assert.throws(() => bytesOf((w) => encodeProduceRequest(w, makeProduceRequest(), 12)), UnsupportedVersionError);
    assert.match(decodeError(Buffer.alloc(64), (r) => decodeProduceRequest(r, 12)), /no version 12/);
  });
});
