// CreatePartitions (key 37), versions 0-3. Raises a topic's partition count; each topic
// is answered on its own with the KRaft controller's codes and messages: a topic named
// twice → INVALID_REQUEST, unknown → UNKNOWN_TOPIC_OR_PARTITION, a count equal to or
// below the current one → INVALID_PARTITIONS, manual assignments whose number differs
// from the partitions added, or that name a broker other than this node, name it twice,
// or hold more than the topic's one replica → INVALID_REPLICA_ASSIGNMENT. validateOnly
// checks everything and adds nothing. ALTER on the topic, else TOPIC_AUTHORIZATION_FAILED.
// Not implemented: controller mutation quotas
// (KIP-599); the timeout is ignored because the partitions exist before the answer.
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { ErrorCode, errorByCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import type { CreatePartitionsRequestCreatePartitionsTopic } from "../../protocol/generated/create-partitions-request.js";
import {
  makeCreatePartitionsResponse,
  makeCreatePartitionsResponseCreatePartitionsTopicResult,
  type CreatePartitionsResponseCreatePartitionsTopicResult,
} from "../../protocol/generated/create-partitions-response.js";
import type { Broker } from "../broker.js";
import { apiError, NO_ERROR, type ApiError } from "./api-error.js";
import { defineHandler } from "./define-handler.js";
import { MAX_PARTITIONS_PER_OPERATION, replicaListError, TOO_LARGE } from "./replica-assignment.js";

export const createPartitionsHandler = defineHandler(ApiKeys.CreatePartitions, {
  minVersion: 0,
  maxVersion: 3,
  handle(request, ctx) {
    const counts = new Map<string, number>();
    for (const t of request.topics) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
    const answered = new Set<string>();
    const results: CreatePartitionsResponseCreatePartitionsTopicResult[] = [];
    for (const topic of request.topics) {
      if (answered.has(topic.name)) continue;
      answered.add(topic.name);
      const error =
        (counts.get(topic.name) ?? 0) > 1
          ? apiError(ErrorCode.INVALID_REQUEST, "Duplicate topic name.")
          : !authorize(ctx, AclOperation.ALTER, "TOPIC", topic.name)
            ? apiError(ErrorCode.TOPIC_AUTHORIZATION_FAILED)
            : createPartitions(ctx.broker, topic, request.validateOnly);
      results.push(result(topic.name, error));
      const outcome = error.code === ErrorCode.NONE ? "SUCCESS" : `${errorByCode(error.code)?.name} (${error.message})`;
      ctx.log.info({ topic: topic.name, count: topic.count, validateOnly: request.validateOnly, clientId: ctx.clientId }, `CreatePartitions: ${outcome}`);
    }
    return makeCreatePartitionsResponse({ results });
  },
  errorResponse(request, errorCode) {
    const names = [...new Set(request.topics.map((t) => t.name))];
    return makeCreatePartitionsResponse({ results: names.map((name) => result(name, apiError(errorCode))) });
  },
});

function createPartitions(broker: Broker, topic: CreatePartitionsRequestCreatePartitionsTopic, validateOnly: boolean): ApiError {
  const info = broker.topics.get(topic.name);
  if (info === undefined) return apiError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  const current = info.partitions;
  if (topic.count === current) return apiError(ErrorCode.INVALID_PARTITIONS, `Topic already has ${current} partition(s).`);
  if (topic.count < current) {
    return apiError(ErrorCode.INVALID_PARTITIONS, `The topic ${topic.name} currently has ${current} partition(s); ${topic.count} would not be an increase.`);
  }
  const additional = topic.count - current;
  if (topic.assignments !== null) {
    if (topic.assignments.length !== additional) {
      return apiError(
        ErrorCode.INVALID_REPLICA_ASSIGNMENT,
        `Attempted to add ${additional} additional partition(s), but only ${topic.assignments.length} assignment(s) were specified.`,
      );
    }
    for (const a of topic.assignments) {
      const error = replicaListError(a.brokerIds, broker.nodeId, 1);
      if (error !== undefined) return error;
    }
  }
  if (additional > MAX_PARTITIONS_PER_OPERATION) {
    return TOO_LARGE;
  }
  if (!validateOnly) broker.addPartitions(topic.name, topic.count);
  return NO_ERROR;
}

function result(name: string, error: ApiError): CreatePartitionsResponseCreatePartitionsTopicResult {
  return makeCreatePartitionsResponseCreatePartitionsTopicResult({ name, errorCode: error.code, errorMessage: error.message });
}
