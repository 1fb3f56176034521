// Reading one Fetch's partitions from their logs (Kafka's ReplicaManager.readFromLog and
// Partition.fetchRecords). The response limit is shared in request order: each partition
// reads at most min(its maxBytes, what the response has left); until some partition has
// returned data, the first batch is returned even when larger than both limits (KIP-74,
// Fetch v3+). Storage returns whole batches only, so no answer ends in a partial batch —
// which also means Fetch v0-2 (hard limits, no KIP-74) gets nothing from a partition whose
// next batch exceeds the limit, where Kafka sent a truncated batch.
//
// Consumers read up to the high watermark (READ_UNCOMMITTED) or the last stable offset
// (READ_COMMITTED, which also gets the aborted transactions overlapping the returned
// batches, for the client to skip — Kafka's Log.read with FetchTxnCommitted). A fetch from a replica id
// >= 0 is a follower's, and this node has no followers: NOT_LEADER_OR_FOLLOWER, or
// UNKNOWN_LEADER_EPOCH when it named a leader epoch (Partition.followerReplicaOrThrow).
import { ErrorCode, KafkaError } from "../protocol/errors.js";
import { LOG_OVERHEAD, batchSizeAt, readBatchHeader } from "../protocol/records/batch-header.js";
import type { Broker } from "./broker.js";
import { LEADER_EPOCH } from "./handlers/23-offset-for-leader-epoch.js";

export type IsolationLevel = "READ_UNCOMMITTED" | "READ_COMMITTED";

export interface FetchParams {
  readonly apiVersion: number;
  readonly isFromFollower: boolean;
  readonly isolationLevel: IsolationLevel;
  /** The response limit: min(request maxBytes, fetch.max.bytes). */
  readonly maxBytes: number;
  /** Memory to read records into (the connection's read-buffer pool). */
  readonly allocate?: (size: number) => Buffer;
}

export interface PartitionRead {
  readonly topic: string;
  readonly partition: number;
  readonly fetchOffset: bigint;
  readonly maxBytes: number;
  /** -1 when the client names none (Fetch v9+). */
  readonly currentLeaderEpoch: number;
}

export interface LogReadResult {
  readonly errorCode: number;
  /** Whole batches; empty on error. */
  readonly records: Buffer;
  readonly highWatermark: bigint;
  readonly lastStableOffset: bigint;
  readonly logStartOffset: bigint;
  /** READ_COMMITTED only: aborted transactions overlapping the returned batches. */
  readonly abortedTransactions?: readonly { producerId: bigint; firstOffset: bigint }[];
}

const NO_EPOCH = -1;
const FIRST_VERSION_WITH_KIP_74 = 3;
const FIRST_VERSION_WITH_ZSTD = 10;
const LAST_VERSION_WITHOUT_STORAGE_ERROR = 5;
const EMPTY = Buffer.alloc(0);

export function readFromLog(broker: Broker, params: FetchParams, reads: readonly PartitionRead[]): LogReadResult[] {
  let limitBytes = params.maxBytes;
  let minOneBatch = params.apiVersion >= FIRST_VERSION_WITH_KIP_74;
  return reads.map((read) => {
    const result = readPartition(broker, params, read, Math.min(read.maxBytes, limitBytes), minOneBatch);
    if (result.records.length > 0) minOneBatch = false;
    limitBytes = Math.max(0, limitBytes - result.records.length);
    return result;
  });
}

function readPartition(broker: Broker, params: FetchParams, read: PartitionRead, maxBytes: number, minOneBatch: boolean): LogReadResult {
  const info = broker.topics.get(read.topic);
  if (info === undefined || read.partition < 0 || read.partition >= info.partitions) return failed(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  const log = broker.getLog(read.topic, read.partition);
  if (log === undefined) return failed(ErrorCode.NOT_LEADER_OR_FOLLOWER);
  if (read.currentLeaderEpoch !== NO_EPOCH) {
    if (read.currentLeaderEpoch < LEADER_EPOCH) return failed(ErrorCode.FENCED_LEADER_EPOCH);
    if (read.currentLeaderEpoch > LEADER_EPOCH) return failed(ErrorCode.UNKNOWN_LEADER_EPOCH);
  }
  if (params.isFromFollower) {
    return failed(read.currentLeaderEpoch !== NO_EPOCH ? ErrorCode.UNKNOWN_LEADER_EPOCH : ErrorCode.NOT_LEADER_OR_FOLLOWER);
  }
  // KafkaApis.maybeConvertFetchedData: pre-zstd consumers cannot read a zstd topic.
  if (params.apiVersion < FIRST_VERSION_WITH_ZSTD && broker.topicConfig(read.topic).get("compression.type") === "zstd") {
    return failed(ErrorCode.UNSUPPORTED_COMPRESSION_TYPE);
  }
  try {
    const lastStableOffset = log.lastStableOffset;
    const committed = params.isolationLevel === "READ_COMMITTED";
    const data = log.read(read.fetchOffset, maxBytes, {
      maxOffset: committed ? lastStableOffset : log.highWatermark,
      minOneBatch,
      ...(params.allocate !== undefined && { allocate: params.allocate }),
    });
    const result: LogReadResult = {
      errorCode: ErrorCode.NONE,
      records: data.records,
      highWatermark: data.highWatermark,
      lastStableOffset,
      logStartOffset: data.logStartOffset,
    };
    if (!committed) return result;
    const upperBound = endOffsetOf(data.records);
    const aborted = upperBound === undefined ? [] : log.collectAbortedTransactions(read.fetchOffset, upperBound);
    return { ...result, abortedTransactions: aborted.map((t) => ({ producerId: t.producerId, firstOffset: t.firstOffset })) };
  } catch (err) {
    if (!(err instanceof KafkaError)) {
      broker.log.error({ err, topic: read.topic, partition: read.partition }, "error reading the log for a fetch");
      return failed(ErrorCode.UNKNOWN_SERVER_ERROR);
    }
    // Clients before Fetch v6 do not know KAFKA_STORAGE_ERROR and would not retry it.
    if (err.code === ErrorCode.KAFKA_STORAGE_ERROR && params.apiVersion <= LAST_VERSION_WITHOUT_STORAGE_ERROR) {
      return failed(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    }
    return failed(err.code);
  }
}

/** The offset after the last whole batch of `records`, undefined when there is none. */
function endOffsetOf(records: Buffer): bigint | undefined {
  let end: bigint | undefined;
  for (let at = 0; at + LOG_OVERHEAD <= records.length; at += batchSizeAt(records, at)) {
    const header = readBatchHeader(records, at);
    end = header.baseOffset + BigInt(header.lastOffsetDelta) + 1n;
  }
  return end;
}

function failed(errorCode: number): LogReadResult {
  return { errorCode, records: EMPTY, highWatermark: -1n, lastStableOffset: -1n, logStartOffset: -1n };
}
