// DescribeProducers (key 61), version 0. Lists the producers with state in each requested
// partition (Kafka's UnifiedLog.activeProducers): id, epoch, last sequence, last
// timestamp, coordinator epoch and the first offset of the open transaction (-1 when
// none; always -1 until transactions land). As KafkaApis: an invalid topic name →
// INVALID_TOPIC_EXCEPTION and an unknown topic → UNKNOWN_TOPIC_OR_PARTITION on every
// partition asked for; a partition out of range → UNKNOWN_TOPIC_OR_PARTITION. Producers
// are listed by ascending id. READ on the topic, else
// TOPIC_AUTHORIZATION_FAILED.
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { ErrorCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import {
  makeDescribeProducersResponse,
  makeDescribeProducersResponsePartitionResponse,
  makeDescribeProducersResponseProducerState,
  makeDescribeProducersResponseTopicResponse,
  type DescribeProducersResponsePartitionResponse,
} from "../../protocol/generated/describe-producers-response.js";
import type { Broker } from "../broker.js";
import { invalidTopicNameReason } from "../metadata/topic-name.js";
import { defineHandler } from "./define-handler.js";

export const describeProducersHandler = defineHandler(ApiKeys.DescribeProducers, {
  minVersion: 0,
  maxVersion: 0,
  handle(request, ctx) {
    return makeDescribeProducersResponse({
      topics: request.topics.map((t) => {
        const invalid = invalidTopicNameReason(t.name);
        const topicError =
          invalid !== undefined
            ? { code: ErrorCode.INVALID_TOPIC_EXCEPTION, message: invalid }
            : !authorize(ctx, AclOperation.READ, "TOPIC", t.name)
              ? { code: ErrorCode.TOPIC_AUTHORIZATION_FAILED, message: null }
            : ctx.broker.topics.get(t.name) === undefined
              ? { code: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, message: null }
              : undefined;
        return makeDescribeProducersResponseTopicResponse({
          name: t.name,
          partitions: t.partitionIndexes.map((p) =>
            topicError === undefined ? describePartition(ctx.broker, t.name, p) : failed(p, topicError.code, topicError.message),
          ),
        });
      }),
    });
  },
  errorResponse(request, errorCode) {
    return makeDescribeProducersResponse({
      topics: request.topics.map((t) =>
        makeDescribeProducersResponseTopicResponse({ name: t.name, partitions: t.partitionIndexes.map((p) => failed(p, errorCode, null)) }),
      ),
    });
  },
});

function describePartition(broker: Broker, topic: string, partitionIndex: number): DescribeProducersResponsePartitionResponse {
  const info = broker.topics.get(topic);
  if (info === undefined || partitionIndex < 0 || partitionIndex >= info.partitions) {
    return failed(partitionIndex, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, null);
  }
  const log = broker.getLog(topic, partitionIndex);
  if (log === undefined) return failed(partitionIndex, ErrorCode.NOT_LEADER_OR_FOLLOWER, null);
  const producers = [...log.producerStateManager.activeProducers.values()].sort((a, b) => (a.producerId < b.producerId ? -1 : 1));
  return makeDescribeProducersResponsePartitionResponse({
    partitionIndex,
    activeProducers: producers.map((e) =>
      makeDescribeProducersResponseProducerState({
        producerId: e.producerId,
        producerEpoch: e.producerEpoch,
        lastSequence: e.lastSeq,
        lastTimestamp: e.lastTimestamp,
        coordinatorEpoch: e.coordinatorEpoch,
        currentTxnStartOffset: e.currentTxnFirstOffset ?? -1n,
      }),
    ),
  });
}

function failed(partitionIndex: number, errorCode: number, errorMessage: string | null): DescribeProducersResponsePartitionResponse {
  return makeDescribeProducersResponsePartitionResponse({ partitionIndex, errorCode, errorMessage });
}
