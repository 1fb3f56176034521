// Fetch (key 1), versions 0-17. Partitions are named by topic (v0-12) or topic id (v13+,
// an unknown id → UNKNOWN_TOPIC_ID); unknown topics or partitions → UNKNOWN_TOPIC_OR_PARTITION.
// Reads follow read-from-log.ts (KIP-74, isolation level, leader epochs, followers refused);
// incremental fetch sessions (KIP-227, v7+) follow fetch-session-cache.ts.
//
// Long poll: the answer goes out at once when the partitions read hold minBytes, when
// maxWaitMs <= 0, when nothing is readable, or when a read failed; otherwise the request
// parks in the fetch purgatory until appends bring minBytes or maxWaitMs passes, then the
// logs are read again. The response limit is min(maxBytes, fetch.max.bytes) and minBytes
// is capped by it.
//
// Per partition: high watermark, last stable offset (held at the earliest open
// transaction), log start offset; READ_COMMITTED reads stop at the LSO and list the aborted
// transactions overlapping the returned batches (null for READ_UNCOMMITTED). A parked
// READ_COMMITTED fetch also wakes when its partitions' LSO advances (a marker append).
// Versions 0-3 get the stored magic-2 batches unconverted: Kafka 4.0 dropped these
// versions (KIP-896) and Carebus keeps them only for clients that already read magic 2.
// Authorization: a consumer needs READ on each topic, a follower (replicaId >= 0)
// CLUSTER_ACTION on the cluster; otherwise TOPIC_AUTHORIZATION_FAILED on the partition.
// Not implemented: preferred read replicas (rack), diverging-epoch detection (every
// partition has had one leader epoch), quotas, ACLs.
import { AclOperation, CLUSTER_NAME } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { ErrorCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import type { FetchRequest } from "../../protocol/generated/fetch-request.js";
import {
  makeFetchResponse,
  makeFetchResponseAbortedTransaction,
  makeFetchResponseFetchableTopicResponse,
  makeFetchResponsePartitionData,
  type FetchResponseFetchableTopicResponse,
  type FetchResponsePartitionData,
} from "../../protocol/generated/fetch-response.js";
import { ZERO_UUID } from "../../protocol/primitives/reader.js";
import type { Broker } from "../broker.js";
import { FetchPurgatory } from "../delayed-fetch.js";
import { FetchSessionCache, type FetchPartitionKey, type FetchPartitionRequest, type FetchPartitionResult } from "../fetch-session-cache.js";
import { readFromLog, type FetchParams, type IsolationLevel, type LogReadResult, type PartitionRead } from "../read-from-log.js";
import { defineHandler } from "./define-handler.js";

const FIRST_VERSION_WITH_MAX_BYTES = 3;
const FIRST_VERSION_WITH_ISOLATION = 4;
const FIRST_VERSION_WITH_TOPIC_IDS = 13;
const FIRST_VERSION_WITH_REPLICA_STATE = 15;
const READ_COMMITTED = 1;
const INT32_MAX = 2 ** 31 - 1;

// Broker-lifetime state, kept beside the handler rather than in Broker: each broker in
// the process (tests start several) gets its own.
const sessionCaches = new WeakMap<Broker, FetchSessionCache>();
const purgatories = new WeakMap<Broker, FetchPurgatory>();

export function fetchSessionCacheOf(broker: Broker): FetchSessionCache {
  let cache = sessionCaches.get(broker);
  if (cache === undefined) {
    cache = new FetchSessionCache({ maxSlots: broker.config.get("max.incremental.fetch.session.cache.slots"), clock: broker.clock });
    sessionCaches.set(broker, cache);
  }
  return cache;
}

export function fetchPurgatoryOf(broker: Broker): FetchPurgatory {
  let purgatory = purgatories.get(broker);
  if (purgatory === undefined) {
    const created = new FetchPurgatory(broker);
    purgatories.set(broker, created);
    broker.onStop(() => created.close());
    purgatory = created;
  }
  return purgatory;
}

export const fetchHandler = defineHandler(ApiKeys.Fetch, {
  minVersion: 0,
  maxVersion: 17,
  async handle(request, ctx) {
    const { broker, apiVersion: version } = ctx;
    const replicaId = version >= FIRST_VERSION_WITH_REPLICA_STATE ? request.replicaState.replicaId : request.replicaId;
    const context = fetchSessionCacheOf(broker).newContext({
      version,
      sessionId: request.sessionId,
      sessionEpoch: request.sessionEpoch,
      isFromFollower: replicaId >= 0,
      fetchData: requestedPartitions(broker, request, version),
      toForget: forgottenPartitions(broker, request, version),
    });

    // Partitions whose topic id or name is unknown, or that may not be read, are answered without reading.
    const reads: PartitionRead[] = [];
    const readIndex = new Map<FetchPartitionRequest, number>();
    const denied = new Set<FetchPartitionRequest>();
    const followerAllowed = replicaId < 0 || authorize(ctx, AclOperation.CLUSTER_ACTION, "CLUSTER", CLUSTER_NAME);
    const readable = new Map<string, boolean>();
    for (const p of context.partitions) {
      const topic = topicName(broker, p, version);
      if (topic !== null) {
        let ok = readable.get(topic);
        if (ok === undefined) readable.set(topic, (ok = replicaId >= 0 ? followerAllowed : authorize(ctx, AclOperation.READ, "TOPIC", topic)));
        if (!ok) {
          denied.add(p);
          continue;
        }
      }
      const info = topic === null ? undefined : broker.topics.get(topic);
      if (topic === null || info === undefined || p.partition < 0 || p.partition >= info.partitions) continue;
      readIndex.set(p, reads.length);
      reads.push({ topic, partition: p.partition, fetchOffset: p.fetchOffset, maxBytes: p.maxBytes, currentLeaderEpoch: p.currentLeaderEpoch });
    }

    const maxBytes = Math.min(version >= FIRST_VERSION_WITH_MAX_BYTES ? request.maxBytes : INT32_MAX, broker.config.get("fetch.max.bytes"));
    const minBytes = Math.min(request.minBytes, maxBytes);
    const isolationLevel: IsolationLevel =
      version >= FIRST_VERSION_WITH_ISOLATION && request.isolationLevel === READ_COMMITTED ? "READ_COMMITTED" : "READ_UNCOMMITTED";
    const pool = ctx.readBuffers;
    const params: FetchParams = {
      apiVersion: version,
      isFromFollower: replicaId >= 0,
      isolationLevel,
      maxBytes,
      ...(pool !== undefined && { allocate: (size: number) => pool.acquire(size) }),
    };

    let results = readFromLog(broker, params, reads);
    const bytes = results.reduce((n, r) => n + r.records.length, 0);
    const anyError = results.some((r) => r.errorCode !== ErrorCode.NONE);
    if (request.maxWaitMs > 0 && reads.length > 0 && bytes < minBytes && !anyError) {
      const watched = reads.map((r, i) => ({
        topic: r.topic,
        partition: r.partition,
        bytes: results[i]?.records.length ?? 0,
        maxBytes: r.maxBytes,
        ...(isolationLevel === "READ_COMMITTED" && { lastStableOffset: results[i]?.lastStableOffset ?? -1n }),
      }));
      // Too little to answer yet: these reads are dropped and read again after the wait.
      for (const r of results) pool?.release(r.records);
      await fetchPurgatoryOf(broker).wait(watched, minBytes, request.maxWaitMs);
      results = readFromLog(broker, params, reads);
    }

    const partitionResults: FetchPartitionResult[] = context.partitions.map((p) => {
      const i = readIndex.get(p);
      const result = i === undefined ? undefined : results[i];
      const errorCode = denied.has(p) ? ErrorCode.TOPIC_AUTHORIZATION_FAILED : result !== undefined ? result.errorCode : topicName(broker, p, version) === null ? ErrorCode.UNKNOWN_TOPIC_ID : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
      return { key: p, data: partitionData(p.partition, errorCode, result, isolationLevel) };
    });
    const answer = context.respond(partitionResults);
    return makeFetchResponse({ errorCode: answer.errorCode, sessionId: answer.sessionId, responses: groupByTopic(answer.partitions, version) });
  },
  errorResponse(request, errorCode, ctx) {
    // FetchRequest.getErrorResponse: v13+ only the top-level code; before, every partition too.
    if (ctx.apiVersion >= FIRST_VERSION_WITH_TOPIC_IDS) return makeFetchResponse({ errorCode });
    return makeFetchResponse({
      errorCode,
      responses: request.topics.map((t) =>
        makeFetchResponseFetchableTopicResponse({
          topic: t.topic,
          partitions: t.partitions.map((p) => partitionData(p.partition, errorCode, undefined, "READ_UNCOMMITTED")),
        }),
      ),
    });
  },
});

function requestedPartitions(broker: Broker, request: FetchRequest, version: number): FetchPartitionRequest[] {
  return request.topics.flatMap((t) => {
    const byId = version >= FIRST_VERSION_WITH_TOPIC_IDS;
    const topic = byId ? (broker.topics.getById(t.topicId)?.name ?? null) : t.topic;
    return t.partitions.map((p) => ({
      topicId: byId ? t.topicId : ZERO_UUID,
      topic,
      partition: p.partition,
      fetchOffset: p.fetchOffset,
      logStartOffset: p.logStartOffset,
      maxBytes: p.partitionMaxBytes,
      currentLeaderEpoch: p.currentLeaderEpoch,
      lastFetchedEpoch: p.lastFetchedEpoch,
    }));
  });
}

function forgottenPartitions(broker: Broker, request: FetchRequest, version: number): FetchPartitionKey[] {
  return request.forgottenTopicsData.flatMap((t) => {
    const byId = version >= FIRST_VERSION_WITH_TOPIC_IDS;
    const topic = byId ? (broker.topics.getById(t.topicId)?.name ?? null) : t.topic;
    return t.partitions.map((partition) => ({ topicId: byId ? t.topicId : ZERO_UUID, topic, partition }));
  });
}

/** The partition's topic name now: v13+ resolves the id again (the topic may be gone). */
function topicName(broker: Broker, p: FetchPartitionKey, version: number): string | null {
  if (version < FIRST_VERSION_WITH_TOPIC_IDS) return p.topic;
  return broker.topics.getById(p.topicId)?.name ?? null;
}

function partitionData(partition: number, errorCode: number, result: LogReadResult | undefined, isolation: IsolationLevel): FetchResponsePartitionData {
  const ok = result !== undefined && errorCode === ErrorCode.NONE;
  return makeFetchResponsePartitionData({
    partitionIndex: partition,
    errorCode,
    highWatermark: result?.highWatermark ?? -1n,
    lastStableOffset: result?.lastStableOffset ?? -1n,
    logStartOffset: result?.logStartOffset ?? -1n,
    abortedTransactions: ok && isolation === "READ_COMMITTED" ? (result.abortedTransactions ?? []).map((t) => makeFetchResponseAbortedTransaction(t)) : null,
    records: result?.records ?? Buffer.alloc(0),
  });
}

/** Consecutive partitions of one topic share a topic entry, as in Kafka's FetchResponse.of. */
function groupByTopic(results: readonly FetchPartitionResult[], version: number): FetchResponseFetchableTopicResponse[] {
  const topics: FetchResponseFetchableTopicResponse[] = [];
  let current: FetchResponseFetchableTopicResponse | undefined;
  for (const r of results) {
    const byId = version >= FIRST_VERSION_WITH_TOPIC_IDS;
    const same = current !== undefined && (byId ? current.topicId === r.key.topicId : current.topic === r.key.topic);
    if (!same) {
      current = makeFetchResponseFetchableTopicResponse(byId ? { topicId: r.key.topicId } : { topic: r.key.topic ?? "" });
      topics.push(current);
    }
    current?.partitions.push(r.data);
  }
  return topics;
}
