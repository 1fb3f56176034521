// Golden byte vectors: frames that real clients (kcat/librdkafka, KafkaJS,
// confluent-kafka-python) sent to Carebus, recorded by `npm run capture:golden` into
// test/data/golden/ (README.md there). Every request must decode to the API and version
// the client sent and re-encode to the very same bytes; the records in every Produce must
// decode to the records the capture produced (golden-records.ts), whatever the codec.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decodeRequestFrame, decodeResponseFrame, encodeRequestFrame, encodeResponseFrame } from "../../src/protocol/frames.js";
import { ApiKeys, isApiKey, type ApiKey } from "../../src/protocol/generated/api-messages.js";
import type { ApiVersionsRequest } from "../../src/protocol/generated/api-versions-request.js";
import type { MetadataRequest } from "../../src/protocol/generated/metadata-request.js";
import type { ProduceRequest } from "../../src/protocol/generated/produce-request.js";
import { compressionOf, LOG_OVERHEAD, type CompressionType } from "../../src/protocol/records/batch-header.js";
import { decodeRecordBatch, type RecordBatch } from "../../src/protocol/records/record-batch.js";
import { GOLDEN_CODECS, GOLDEN_HEADERS, GOLDEN_RECORDS, GOLDEN_TOPIC } from "../../tools/capture/golden-records.js";
import { INDEX_FILE, requestClientId, type GoldenIndex, type GoldenIndexEntry } from "../../tools/capture/golden-writer.js";

const GOLDEN_DIR = fileURLToPath(new URL("../data/golden/", import.meta.url));
const index = JSON.parse(readFileSync(GOLDEN_DIR + INDEX_FILE, "utf8")) as GoldenIndex;

function bytes(path: string): Buffer {
  return readFileSync(GOLDEN_DIR + path);
}

function apiKeyOf(entry: GoldenIndexEntry): ApiKey {
  assert.ok(isApiKey(entry.apiKey), `api key ${entry.apiKey} has no codec`);
  return entry.apiKey;
}

/** The request body of a captured frame, checked to be the recorded API and version. */
function request(entry: GoldenIndexEntry): unknown {
  const decoded = decodeRequestFrame(bytes(entry.request));
  assert.ok(decoded.kind === "request", `${entry.request} decoded as ${decoded.kind}`);
  return decoded.body;
}

function framesOf(client: string, apiKey: number): GoldenIndexEntry[] {
  return index.frames.filter((f) => f.client === client && f.apiKey === apiKey);
}

function batchesIn(records: Buffer | null): RecordBatch[] {
  const batches: RecordBatch[] = [];
  for (let offset = 0; records !== null && offset + LOG_OVERHEAD <= records.length; ) {
    const batch = decodeRecordBatch(records, offset);
    batches.push(batch);
    offset += batch.sizeInBytes;
  }
  return batches;
}

/** Every batch one client produced to `topic`, in capture order. */
function producedBatches(client: string, topic: string): RecordBatch[] {
  return framesOf(client, ApiKeys.Produce).flatMap((f) =>
    (request(f) as ProduceRequest).topicData
      .filter((t) => t.name === topic)
      .flatMap((t) => t.partitionData.flatMap((p) => batchesIn(p.records))),
  );
}

/** Records as plain strings, so a mismatch shows which field differs. */
function plain(batches: readonly RecordBatch[]) {
  return batches.flatMap((b) =>
    b.records.map((r) => ({
      key: r.key?.toString("utf8") ?? null,
      value: r.value?.toString("utf8") ?? null,
      headers: r.headers.map((h) => ({ key: h.key, value: h.value?.toString("utf8") ?? null })),
    })),
  );
}

const EXPECTED = GOLDEN_RECORDS.map((r) => ({ key: r.key, value: r.value, headers: GOLDEN_HEADERS.map((h) => ({ ...h })) }));

function assertGoldenRecords(batches: readonly RecordBatch[], codec: CompressionType): void {
  assert.ok(batches.length > 0, "no batch captured");
  for (const b of batches) assert.equal(compressionOf(b.header.attributes), codec);
  assert.deepEqual(plain(batches), EXPECTED);
}

describe("golden frames round-trip", () => {
  test("the capture holds every client and API it is meant to", () => {
    const has = (client: string, apiKey: number) => framesOf(client, apiKey).length > 0;
    for (const client of ["kcat", "kafkajs"]) {
      for (const key of [ApiKeys.ApiVersions, ApiKeys.Metadata, ApiKeys.Produce, ApiKeys.Fetch]) {
        assert.ok(has(client, key), `${client} has no captured api key ${key}`);
      }
    }
  });

  for (const entry of index.frames) {
    test(`${entry.request} is ${entry.api} v${entry.apiVersion} and re-encodes byte for byte`, () => {
      const raw = bytes(entry.request);
      const decoded = decodeRequestFrame(raw);
      assert.ok(decoded.kind === "request", `decoded as ${decoded.kind}`);
      const { header, body } = decoded;
      assert.deepEqual([header.apiKey, header.apiVersion, header.correlationId], [entry.apiKey, entry.apiVersion, entry.correlationId]);
      // a null client id reads as "", so take nullness from the bytes to re-encode faithfully
      const again = encodeRequestFrame(header.apiKey, header.apiVersion, header.correlationId, requestClientId(raw), body);
      assert.equal(again.subarray(4).toString("hex"), raw.toString("hex"));
    });

    // Responses were written by Carebus itself, so they prove no client compatibility;
    // they guard the response codecs against regressions.
    test(`${entry.response} decodes and re-encodes byte for byte`, () => {
      const raw = bytes(entry.response);
      const apiKey = apiKeyOf(entry);
      const { correlationId, body } = decodeResponseFrame(apiKey, entry.apiVersion, raw);
      assert.equal(correlationId, entry.correlationId);
      const again = encodeResponseFrame(apiKey, entry.apiVersion, correlationId, body);
      assert.equal(again.subarray(4).toString("hex"), raw.toString("hex"));
    });
  }
});

describe("kcat (librdkafka)", () => {
  test('sends client id "rdkafka" and names itself librdkafka in ApiVersions v3 (KIP-511)', () => {
    assert.ok(index.frames.some((f) => f.client === "kcat"));
    for (const f of index.frames.filter((e) => e.client === "kcat")) assert.equal(f.clientId, "rdkafka");
    const [apiVersions] = framesOf("kcat", ApiKeys.ApiVersions);
    assert.ok(apiVersions !== undefined);
    assert.equal(apiVersions.apiVersion, 3);
    const body = request(apiVersions) as ApiVersionsRequest;
    assert.equal(body.clientSoftwareName, "librdkafka");
    assert.match(body.clientSoftwareVersion, /^\d+\.\d+\.\d+/);
  });

  test("asks Metadata for all topics (-L) and for each topic it produces to", () => {
    const requests = framesOf("kcat", ApiKeys.Metadata).map((f) => request(f) as MetadataRequest);
    assert.ok(requests.some((r) => r.topics === null), "kcat -L asks for all topics");
    const named = new Set(requests.flatMap((r) => (r.topics ?? []).map((t) => t.name)));
    for (const topic of [GOLDEN_TOPIC, ...GOLDEN_CODECS.map((c) => `${GOLDEN_TOPIC}-${c}`)]) assert.ok(named.has(topic), topic);
  });

  test("produces with acks=-1 (librdkafka's default acks=all) and its 30 s request timeout", () => {
    const produces = framesOf("kcat", ApiKeys.Produce).map((f) => request(f) as ProduceRequest);
    assert.ok(produces.length > 0);
    for (const p of produces) {
      assert.deepEqual([p.acks, p.timeoutMs, p.transactionalId], [-1, 30_000, null]);
    }
  });

  test("an uncompressed batch holds the golden keys, values and headers", () => {
    assertGoldenRecords(producedBatches("kcat", GOLDEN_TOPIC), "none");
  });

  for (const codec of GOLDEN_CODECS) {
    test(`a ${codec} batch (-z ${codec}) carries the ${codec} attribute and decompresses to the golden records`, () => {
      assertGoldenRecords(producedBatches("kcat", `${GOLDEN_TOPIC}-${codec}`), codec);
    });
  }

  test("the consumer's Fetch response returned the produced batch", () => {
    const fetches = framesOf("kcat", ApiKeys.Fetch).map(
      (f) => decodeResponseFrame(ApiKeys.Fetch, f.apiVersion, bytes(f.response)).body,
    );
    const batches = fetches.flatMap((r) => r.responses.flatMap((t) => t.partitions.flatMap((p) => batchesIn(p.records))));
    assertGoldenRecords(batches, "none");
  });
});

describe("KafkaJS", () => {
  test("speaks ApiVersions v2 with its client id and asks Metadata for the golden topic", () => {
    const [apiVersions] = framesOf("kafkajs", ApiKeys.ApiVersions);
    assert.ok(apiVersions !== undefined);
    assert.equal(apiVersions.apiVersion, 2);
    assert.equal(apiVersions.clientId, "carebus-golden");
    const topics = framesOf("kafkajs", ApiKeys.Metadata).flatMap((f) => ((request(f) as MetadataRequest).topics ?? []).map((t) => t.name));
    assert.ok(topics.includes(GOLDEN_TOPIC));
  });

  test("produces with acks=-1 and a 30 s timeout", () => {
    const produces = framesOf("kafkajs", ApiKeys.Produce).map((f) => request(f) as ProduceRequest);
    assert.ok(produces.length > 0);
    for (const p of produces) assert.deepEqual([p.acks, p.timeoutMs, p.transactionalId], [-1, 30_000, null]);
  });

  test("an uncompressed batch holds the golden records", () => {
    assertGoldenRecords(producedBatches("kafkajs", GOLDEN_TOPIC), "none");
  });

  test("a gzip batch carries the gzip attribute and decompresses to the golden records", () => {
    assertGoldenRecords(producedBatches("kafkajs", `${GOLDEN_TOPIC}-gzip`), "gzip");
  });
});

describe("confluent-kafka-python (librdkafka)", () => {
  const captured = index.frames.some((f) => f.client === "confluent-kafka-python");

  test("names itself confluent-kafka-python in ApiVersions v3 and produces the golden records", { skip: !captured && "not captured" }, () => {
    const [apiVersions] = framesOf("confluent-kafka-python", ApiKeys.ApiVersions);
    assert.ok(apiVersions !== undefined);
    assert.equal((request(apiVersions) as ApiVersionsRequest).clientSoftwareName, "confluent-kafka-python");
    assertGoldenRecords(producedBatches("confluent-kafka-python", GOLDEN_TOPIC), "none");
  });
});
