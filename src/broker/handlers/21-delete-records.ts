// DeleteRecords (key 21), versions 0-2. Moves each partition's log start offset up to
// the requested offset (-1 = the high watermark) and drops whole segments below it; the
// answer's low watermark is the new log start offset. Per partition, as ReplicaManager:
// unknown topic or partition → UNKNOWN_TOPIC_OR_PARTITION, an internal topic →
// INVALID_TOPIC_EXCEPTION, a topic whose cleanup.policy lacks "delete" → POLICY_VIOLATION,
// an offset below -1 or above the high watermark → OFFSET_OUT_OF_RANGE; failed partitions
// report low watermark -1. One node is every replica, so nothing waits for followers and
// the timeout is unused. DELETE on the topic, else
// TOPIC_AUTHORIZATION_FAILED.
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { ErrorCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import type { DeleteRecordsRequestDeleteRecordsPartition } from "../../protocol/generated/delete-records-request.js";
import {
  makeDeleteRecordsResponse,
  makeDeleteRecordsResponseDeleteRecordsPartitionResult,
  makeDeleteRecordsResponseDeleteRecordsTopicResult,
  type DeleteRecordsResponseDeleteRecordsPartitionResult,
} from "../../protocol/generated/delete-records-response.js";
import type { Broker } from "../broker.js";
import { isInternalTopic } from "../metadata/topic-name.js";
import { toApiError } from "./api-error.js";
import { defineHandler } from "./define-handler.js";

/** DeleteRecordsRequest.HIGH_WATERMARK. */
export const HIGH_WATERMARK = -1n;
/** DeleteRecordsResponse.INVALID_LOW_WATERMARK. */
const INVALID_LOW_WATERMARK = -1n;

export const deleteRecordsHandler = defineHandler(ApiKeys.DeleteRecords, {
  minVersion: 0,
  maxVersion: 2,
  handle(request, ctx) {
    return makeDeleteRecordsResponse({
      topics: request.topics.map((t) =>
        makeDeleteRecordsResponseDeleteRecordsTopicResult({
          name: t.name,
          partitions: authorize(ctx, AclOperation.DELETE, "TOPIC", t.name)
            ? t.partitions.map((p) => deleteRecords(ctx.broker, t.name, p))
            : t.partitions.map((p) => failed(p.partitionIndex, ErrorCode.TOPIC_AUTHORIZATION_FAILED)),
        }),
      ),
    });
  },
  errorResponse(request, errorCode) {
    return makeDeleteRecordsResponse({
      topics: request.topics.map((t) =>
        makeDeleteRecordsResponseDeleteRecordsTopicResult({ name: t.name, partitions: t.partitions.map((p) => failed(p.partitionIndex, errorCode)) }),
      ),
    });
  },
});

function deleteRecords(broker: Broker, topic: string, request: DeleteRecordsRequestDeleteRecordsPartition): DeleteRecordsResponseDeleteRecordsPartitionResult {
  const partition = request.partitionIndex;
  const info = broker.topics.get(topic);
  if (info === undefined || partition < 0 || partition >= info.partitions) return failed(partition, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  if (isInternalTopic(topic)) return failed(partition, ErrorCode.INVALID_TOPIC_EXCEPTION);
  const log = broker.getLog(topic, partition);
  if (log === undefined) return failed(partition, ErrorCode.NOT_LEADER_OR_FOLLOWER);
  if (!broker.topicConfig(topic).get("cleanup.policy").includes("delete")) return failed(partition, ErrorCode.POLICY_VIOLATION);
  const offset = request.offset === HIGH_WATERMARK ? log.highWatermark : request.offset;
  if (offset < 0n) return failed(partition, ErrorCode.OFFSET_OUT_OF_RANGE);
  try {
    const lowWatermark = log.deleteRecordsBefore(offset);
    return makeDeleteRecordsResponseDeleteRecordsPartitionResult({ partitionIndex: partition, lowWatermark, errorCode: ErrorCode.NONE });
  } catch (err) {
    return failed(partition, toApiError(err).code);
  }
}

function failed(partitionIndex: number, errorCode: number): DeleteRecordsResponseDeleteRecordsPartitionResult {
  return makeDeleteRecordsResponseDeleteRecordsPartitionResult({ partitionIndex, lowWatermark: INVALID_LOW_WATERMARK, errorCode });
}
