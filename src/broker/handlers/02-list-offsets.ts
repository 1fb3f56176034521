// ListOffsets (key 2), versions 0-10. Per partition, by the requested timestamp:
// EARLIEST (-2) and EARLIEST_LOCAL (-4, v8+; no tiered storage, so the same) → the log
// start offset; LATEST (-1) → the last fetchable offset (high watermark for consumers,
// last stable offset under READ_COMMITTED, v2+ — held below open transactions; the log
// end offset for other replica ids); MAX_TIMESTAMP (-3, v7+, KIP-734) → the record with
// the largest timestamp; LATEST_TIERED (-5, v9+) → offset -1, timestamp -1, leader
// epoch -1, which is Kafka's answer without tiered storage; a timestamp >= 0 → the first
// record whose timestamp is at or after it, or offset -1 / timestamp -1 when there is
// none (or when it lies beyond the last fetchable offset). A special timestamp the
// request version predates → UNSUPPORTED_VERSION; a partition listed twice →
// INVALID_REQUEST; unknown topic or partition → UNKNOWN_TOPIC_OR_PARTITION. The leader
// epoch (v4+) is 0, the only epoch any partition has had; a current leader epoch other
// than 0 is fenced or unknown, as in OffsetForLeaderEpoch.
//
// v0 answers Kafka's legacy form: up to maxNumOffsets segment base offsets (plus the log
// end offset) whose segment was last modified at or before the timestamp, newest first.
// Kafka 4.0 removed v0 (KIP-896); it is kept here for old tools. DESCRIBE on the topic, else TOPIC_AUTHORIZATION_FAILED.
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { ErrorCode, KafkaError } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import type { ListOffsetsRequestListOffsetsPartition } from "../../protocol/generated/list-offsets-request.js";
import {
  makeListOffsetsResponse,
  makeListOffsetsResponseListOffsetsPartitionResponse,
  makeListOffsetsResponseListOffsetsTopicResponse,
  type ListOffsetsResponseListOffsetsPartitionResponse,
} from "../../protocol/generated/list-offsets-response.js";
import { EARLIEST_LOCAL_TIMESTAMP, EARLIEST_TIMESTAMP, LATEST_TIMESTAMP, MAX_TIMESTAMP, type Log } from "../../storage/log.js";
import type { Broker } from "../broker.js";
import { defineHandler } from "./define-handler.js";
import { LEADER_EPOCH } from "./23-offset-for-leader-epoch.js";

export const LATEST_TIERED_TIMESTAMP = -5n;
/** ListOffsetsRequest.CONSUMER_REPLICA_ID and DEBUGGING_REPLICA_ID. */
const CONSUMER_REPLICA_ID = -1;
const READ_COMMITTED = 1;
const NO_EPOCH = -1;

/** The first version that may ask for each special timestamp (ReplicaManager.timestampMinSupportedVersion). */
const MIN_VERSION_FOR: ReadonlyMap<bigint, number> = new Map([
  [EARLIEST_TIMESTAMP, 0],
  [LATEST_TIMESTAMP, 0],
  [MAX_TIMESTAMP, 7],
  [EARLIEST_LOCAL_TIMESTAMP, 8],
  [LATEST_TIERED_TIMESTAMP, 9],
]);

export const listOffsetsHandler = defineHandler(ApiKeys.ListOffsets, {
  minVersion: 0,
  maxVersion: 10,
  handle(request, ctx) {
    const { broker, apiVersion } = ctx;
    const seen = new Set<string>();
    const duplicates = new Set<string>();
    for (const t of request.topics) {
      for (const p of t.partitions) {
        const key = `${t.name}-${p.partitionIndex}`;
        if (seen.has(key)) duplicates.add(key);
        seen.add(key);
      }
    }
    const answered = new Set<string>();
    return makeListOffsetsResponse({
      topics: request.topics.map((t) => {
        const allowed = authorize(ctx, AclOperation.DESCRIBE, "TOPIC", t.name);
        return makeListOffsetsResponseListOffsetsTopicResponse({
          name: t.name,
          partitions: t.partitions.flatMap((p) => {
            const key = `${t.name}-${p.partitionIndex}`;
            if (answered.has(key)) return []; // Kafka answers a duplicated partition once
            answered.add(key);
            if (!allowed) return [failed(p.partitionIndex, ErrorCode.TOPIC_AUTHORIZATION_FAILED)];
            if (duplicates.has(key)) return [failed(p.partitionIndex, ErrorCode.INVALID_REQUEST)];
            return [
              apiVersion === 0
                ? legacyOffsets(broker, t.name, p, request.replicaId)
                : listOffset(broker, t.name, p, apiVersion, request.replicaId, request.isolationLevel),
            ];
          }),
        });
      }),
    });
  },
  errorResponse(request, errorCode) {
    return makeListOffsetsResponse({
      topics: request.topics.map((t) =>
        makeListOffsetsResponseListOffsetsTopicResponse({ name: t.name, partitions: t.partitions.map((p) => failed(p.partitionIndex, errorCode)) }),
      ),
    });
  },
});

function listOffset(
  broker: Broker,
  topic: string,
  p: ListOffsetsRequestListOffsetsPartition,
  version: number,
  replicaId: number,
  isolationLevel: number,
): ListOffsetsResponseListOffsetsPartitionResponse {
  const index = p.partitionIndex;
  if (p.timestamp < 0n) {
    const minVersion = MIN_VERSION_FOR.get(p.timestamp);
    if (minVersion === undefined || version < minVersion) return failed(index, ErrorCode.UNSUPPORTED_VERSION);
  }
  const log = partitionLog(broker, topic, index);
  if (typeof log === "number") return failed(index, log);
  if (version >= 4 && p.currentLeaderEpoch !== NO_EPOCH && p.currentLeaderEpoch !== LEADER_EPOCH) {
    return failed(index, p.currentLeaderEpoch < LEADER_EPOCH ? ErrorCode.FENCED_LEADER_EPOCH : ErrorCode.UNKNOWN_LEADER_EPOCH);
  }
  // Consumers see up to the high watermark, or under READ_COMMITTED the last stable
  // offset (held at the earliest open transaction); other replica ids see the whole log.
  const lastStableOffset = log.lastStableOffset;
  const lastFetchableOffset =
    replicaId !== CONSUMER_REPLICA_ID ? log.logEndOffset : isolationLevel === READ_COMMITTED ? lastStableOffset : log.highWatermark;
  const epoch = version >= 4 ? LEADER_EPOCH : NO_EPOCH;
  if (p.timestamp === LATEST_TIMESTAMP) return found(index, -1n, lastFetchableOffset, epoch);
  if (p.timestamp === LATEST_TIERED_TIMESTAMP) return found(index, -1n, -1n, NO_EPOCH);
  try {
    const hit = log.fetchOffsetByTimestamp(p.timestamp);
    if (hit === undefined) return found(index, -1n, -1n, NO_EPOCH);
    const special = p.timestamp === EARLIEST_TIMESTAMP || p.timestamp === EARLIEST_LOCAL_TIMESTAMP;
    if (!special && hit.offset >= lastFetchableOffset) return found(index, -1n, -1n, NO_EPOCH);
    return found(index, hit.timestamp, hit.offset, epoch);
  } catch (err) {
    if (err instanceof KafkaError) return failed(index, err.code);
    broker.log.error({ err, topic, partition: index }, "error while responding to offset request");
    return failed(index, ErrorCode.UNKNOWN_SERVER_ERROR);
  }
}

/** UnifiedLog.legacyFetchOffsetsBefore, with Partition's clamp to the high watermark for consumers. */
function legacyOffsets(
  broker: Broker,
  topic: string,
  p: ListOffsetsRequestListOffsetsPartition,
  replicaId: number,
): ListOffsetsResponseListOffsetsPartitionResponse {
  const index = p.partitionIndex;
  if (p.timestamp < EARLIEST_TIMESTAMP) return failed(index, ErrorCode.UNSUPPORTED_VERSION);
  const log = partitionLog(broker, topic, index);
  if (typeof log === "number") return failed(index, log);
  const candidates = log.segments.map((s) => ({ offset: s.baseOffset > log.logStartOffset ? s.baseOffset : log.logStartOffset, timeMs: s.log.lastModifiedMs }));
  if ((log.segments.at(-1)?.size ?? 0) > 0) candidates.push({ offset: log.logEndOffset, timeMs: broker.clock.nowMs() });
  let start: number;
  if (p.timestamp === LATEST_TIMESTAMP) start = candidates.length - 1;
  else if (p.timestamp === EARLIEST_TIMESTAMP) start = 0;
  else {
    start = candidates.length - 1;
    while (start >= 0 && (candidates[start]?.timeMs ?? 0) > Number(p.timestamp)) start--;
  }
  let offsets: bigint[] = [];
  for (let i = start; i >= 0 && offsets.length < p.maxNumOffsets; i--) offsets.push(candidates[i]!.offset);
  offsets.sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
  if (replicaId === CONSUMER_REPLICA_ID && offsets.some((o) => o > log.highWatermark)) {
    offsets = [log.highWatermark, ...offsets.filter((o) => o <= log.highWatermark)];
  }
  return makeListOffsetsResponseListOffsetsPartitionResponse({ partitionIndex: index, errorCode: ErrorCode.NONE, oldStyleOffsets: offsets });
}

function partitionLog(broker: Broker, topic: string, partition: number): Log | number {
  const info = broker.topics.get(topic);
  if (info === undefined || partition < 0 || partition >= info.partitions) return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
  return broker.getLog(topic, partition) ?? ErrorCode.NOT_LEADER_OR_FOLLOWER;
}

function found(partitionIndex: number, timestamp: bigint, offset: bigint, leaderEpoch: number): ListOffsetsResponseListOffsetsPartitionResponse {
  return makeListOffsetsResponseListOffsetsPartitionResponse({ partitionIndex, errorCode: ErrorCode.NONE, timestamp, offset, leaderEpoch });
}

function failed(partitionIndex: number, errorCode: number): ListOffsetsResponseListOffsetsPartitionResponse {
  return makeListOffsetsResponseListOffsetsPartitionResponse({ partitionIndex, errorCode, timestamp: -1n, offset: -1n });
}
