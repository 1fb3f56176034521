// TEST-ONLY: Produce, Fetch and ListOffsets through RawClient with the fields tests vary,
// and the records of a fetch response decoded into plain values for assertions.
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import { makeFetchRequest, makeFetchRequestFetchPartition, makeFetchRequestFetchTopic, type FetchRequest } from "../../src/protocol/generated/fetch-request.js";
import type { FetchResponse, FetchResponsePartitionData } from "../../src/protocol/generated/fetch-response.js";
import { makeListOffsetsRequest, type ListOffsetsRequest } from "../../src/protocol/generated/list-offsets-request.js";
import type { ListOffsetsResponseListOffsetsPartitionResponse } from "../../src/protocol/generated/list-offsets-response.js";
import { makeProduceRequest } from "../../src/protocol/generated/produce-request.js";
import type { ProduceResponsePartitionProduceResponse } from "../../src/protocol/generated/produce-response.js";
import { decodeRecordBatch, encodeRecordBatch, recordOffset, recordTimestamp, type RecordBatchToEncode } from "../../src/protocol/records/record-batch.js";
import { iterateBatches } from "../../src/protocol/records/records-iterator.js";
import type { RawClient } from "./raw-client.js";

export interface PartitionRecords {
  readonly partition: number;
  readonly records: Buffer | null;
}

/** A batch of string values (keys optional), timestamps now. */
export function batchOf(values: readonly (string | { key: string; value: string })[], extra: Partial<RecordBatchToEncode> = {}): Buffer {
  const now = BigInt(Date.now());
  return encodeRecordBatch({
    records: values.map((v) => (typeof v === "string" ? { value: Buffer.from(v), timestamp: now } : { key: Buffer.from(v.key), value: Buffer.from(v.value), timestamp: now })),
    ...extra,
  });
}

/** Produce to one topic; resolves with the partition answers in request order. */
export async function produce(
  client: RawClient,
  topic: string,
  partitions: readonly PartitionRecords[],
  options: { version?: number; acks?: number; timeoutMs?: number } = {},
): Promise<ProduceResponsePartitionProduceResponse[]> {
  const body = makeProduceRequest({
    acks: options.acks ?? -1,
    timeoutMs: options.timeoutMs ?? 10_000,
    topicData: [{ name: topic, partitionData: partitions.map((p) => ({ index: p.partition, records: p.records })) }],
  });
  const response = await client.request(ApiKeys.Produce, options.version ?? 9, body);
  return response.responses.flatMap((t) => t.partitionResponses);
}

export interface FetchPartitionSpec {
  readonly partition: number;
  readonly fetchOffset: bigint;
  readonly maxBytes?: number;
}

/** Fetch from one topic (by name before v13, by `topicId` from v13). */
export function fetch(
  client: RawClient,
  version: number,
  topic: { name: string; topicId: string },
  partitions: readonly FetchPartitionSpec[],
  request: Partial<FetchRequest> = {},
): Promise<FetchResponse> {
  const body = makeFetchRequest({
    maxWaitMs: 0,
    minBytes: 0,
    topics:
      partitions.length === 0
        ? []
        : [
            makeFetchRequestFetchTopic({
              ...(version >= 13 ? { topicId: topic.topicId } : { topic: topic.name }),
              partitions: partitions.map((p) => makeFetchRequestFetchPartition({ partition: p.partition, fetchOffset: p.fetchOffset, partitionMaxBytes: p.maxBytes ?? 1 << 20 })),
            }),
          ],
    ...request,
  });
  return client.request(ApiKeys.Fetch, version, body);
}

/** The one partition answer of a single-partition fetch. */
export function onlyPartition(response: FetchResponse): FetchResponsePartitionData {
  const p = response.responses[0]?.partitions[0];
  if (p === undefined || response.responses.length !== 1 || response.responses[0]?.partitions.length !== 1) {
    throw new Error(`expected one partition in the fetch response, got ${JSON.stringify(response.responses.map((t) => t.partitions.length))}`);
  }
  return p;
}

export interface DecodedRecord {
  offset: bigint;
  timestamp: bigint;
  key: string | null;
  value: string | null;
  headers: Record<string, string | null>;
}

/** Every record of the whole batches in `records` (a trailing partial batch would throw). */
export function decodeRecords(records: Buffer | null): DecodedRecord[] {
  if (records === null) return [];
  const out: DecodedRecord[] = [];
  for (const entry of iterateBatches(records)) {
    if (entry.kind !== "batch") throw new Error(`unexpected ${entry.kind} entry at byte ${entry.offset} of fetched records`);
    const batch = decodeRecordBatch(records, entry.offset);
    for (const r of batch.records) {
      out.push({
        offset: recordOffset(batch.header, r),
        timestamp: recordTimestamp(batch.header, r),
        key: r.key?.toString() ?? null,
        value: r.value?.toString() ?? null,
        headers: Object.fromEntries(r.headers.map((h) => [h.key, h.value?.toString() ?? null])),
      });
    }
  }
  return out;
}

/** ListOffsets for partitions of one topic; resolves with the partition answers. */
export async function listOffsets(
  client: RawClient,
  version: number,
  topic: string,
  partitions: readonly { partition: number; timestamp: bigint; maxNumOffsets?: number; currentLeaderEpoch?: number }[],
  request: Partial<ListOffsetsRequest> = {},
): Promise<ListOffsetsResponseListOffsetsPartitionResponse[]> {
  const body = makeListOffsetsRequest({
    replicaId: -1,
    topics: [
      {
        name: topic,
        partitions: partitions.map((p) => ({
          partitionIndex: p.partition,
          timestamp: p.timestamp,
          maxNumOffsets: p.maxNumOffsets ?? 1,
          currentLeaderEpoch: p.currentLeaderEpoch ?? -1,
        })),
      },
    ],
    ...request,
  });
  const response = await client.request(ApiKeys.ListOffsets, version, body);
  return response.topics.flatMap((t) => t.partitions);
}

/** Polls `condition` on the event loop (no timing assertion): rejects after `limitMs`. */
export async function waitUntil(condition: () => boolean, what: string, limitMs = 10_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
