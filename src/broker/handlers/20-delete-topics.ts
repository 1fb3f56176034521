// DeleteTopics (key 20), versions 0-6. Topics are named (v0-5: a list of names; v6: name
// or topic id per entry) and each is answered on its own, in request order: unknown name
// → UNKNOWN_TOPIC_OR_PARTITION, unknown id → UNKNOWN_TOPIC_ID, a name or id given twice,
// both given, neither given, or a name and an id of the same topic → INVALID_REQUEST
// (ControllerApis.deleteTopics). A deleted topic's answer carries its name and (v6) id.
// With delete.topic.enable=false every topic gets TOPIC_DELETION_DISABLED (INVALID_REQUEST
// before v3). Carebus departs from Kafka in one place: the internal topics
// (__consumer_offsets, __transaction_state) are refused with INVALID_TOPIC_EXCEPTION, as
// kafka-topics.sh refuses them, because the coordinators keep them open.
// DELETE on the topic, else TOPIC_AUTHORIZATION_FAILED.
// Not implemented: controller mutation quotas (KIP-599); the timeout is ignored
// because deletion completes before the answer is sent.
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { ErrorCode, KafkaError } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import {
  makeDeleteTopicsResponse,
  makeDeleteTopicsResponseDeletableTopicResult,
  type DeleteTopicsResponseDeletableTopicResult,
} from "../../protocol/generated/delete-topics-response.js";
import { ZERO_UUID } from "../../protocol/primitives/reader.js";
import { isInternalTopic } from "../metadata/topic-name.js";
import type { TopicInfo } from "../metadata/topic-store.js";
import { apiError, type ApiError } from "./api-error.js";
import { auditChange } from "../audit-request.js";
import { defineHandler } from "./define-handler.js";

interface TopicRef {
  name: string | null;
  topicId: string;
}

export const deleteTopicsHandler = defineHandler(ApiKeys.DeleteTopics, {
  minVersion: 0,
  maxVersion: 6,
  async handle(request, ctx) {
    const { broker, apiVersion } = ctx;
    const refs: TopicRef[] = apiVersion >= 6 ? request.topics : request.topicNames.map((name) => ({ name, topicId: ZERO_UUID }));
    if (!broker.config.get("delete.topic.enable")) {
      const code = apiVersion < 3 ? ErrorCode.INVALID_REQUEST : ErrorCode.TOPIC_DELETION_DISABLED;
      return makeDeleteTopicsResponse({ responses: refs.map((r) => result(r.name, r.topicId, apiError(code, "Topic deletion is disabled."))) });
    }
    const nameCounts = countBy(refs.filter((r) => r.name !== null && r.topicId === ZERO_UUID).map((r) => r.name ?? ""));
    const idCounts = countBy(refs.filter((r) => r.name === null && r.topicId !== ZERO_UUID).map((r) => r.topicId));
    const answered = new Set<string>();
    const responses: DeleteTopicsResponseDeletableTopicResult[] = [];
    const toDelete = new Map<string, DeleteTopicsResponseDeletableTopicResult>();

    for (const ref of refs) {
      const fail = (error: ApiError, name = ref.name): void => void responses.push(result(name, ref.topicId, error));
      let topic: TopicInfo | undefined;
      if (ref.name === null) {
        if (ref.topicId === ZERO_UUID) {
          fail(apiError(ErrorCode.INVALID_REQUEST, "Neither topic name nor id were specified."));
          continue;
        }
        if ((idCounts.get(ref.topicId) ?? 0) > 1) {
          if (!answered.has(`id:${ref.topicId}`)) fail(apiError(ErrorCode.INVALID_REQUEST, "Duplicate topic id."));
          answered.add(`id:${ref.topicId}`);
          continue;
        }
        topic = broker.topics.getById(ref.topicId);
        if (topic === undefined) {
          fail(apiError(ErrorCode.UNKNOWN_TOPIC_ID));
          continue;
        }
        if (!authorize(ctx, AclOperation.DELETE, "TOPIC", topic.name)) {
          fail(apiError(ErrorCode.TOPIC_AUTHORIZATION_FAILED));
          continue;
        }
      } else {
        if (ref.topicId !== ZERO_UUID) {
          fail(apiError(ErrorCode.INVALID_REQUEST, "You may not specify both topic name and topic id."));
          continue;
        }
        if ((nameCounts.get(ref.name) ?? 0) > 1) {
          if (!answered.has(`name:${ref.name}`)) fail(apiError(ErrorCode.INVALID_REQUEST, "Duplicate topic name."));
          answered.add(`name:${ref.name}`);
          continue;
        }
        // DELETE is checked before existence, so a denied name reveals nothing (as Kafka).
        if (!authorize(ctx, AclOperation.DELETE, "TOPIC", ref.name)) {
          fail(apiError(ErrorCode.TOPIC_AUTHORIZATION_FAILED));
          continue;
        }
        topic = broker.topics.get(ref.name);
        if (topic === undefined) {
          fail(apiError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION));
          continue;
        }
      }
      const earlier = toDelete.get(topic.name);
      if (earlier !== undefined) {
        // A name and an id of the same topic: Kafka refuses to guess which was meant.
        const error = apiError(ErrorCode.INVALID_REQUEST, "The provided topic name maps to an ID that was already supplied.");
        toDelete.delete(topic.name);
        earlier.errorCode = error.code;
        earlier.errorMessage = error.message;
        responses.push(result(topic.name, topic.topicId, error));
        continue;
      }
      if (isInternalTopic(topic.name)) {
        fail(
          apiError(ErrorCode.INVALID_TOPIC_EXCEPTION, `Topic ${topic.name} is a Kafka internal topic and is not allowed to be marked for deletion.`),
          topic.name,
        );
        continue;
      }
      const slot = result(topic.name, topic.topicId, apiError(ErrorCode.NONE));
      toDelete.set(topic.name, slot);
      responses.push(slot);
    }

    for (const [name, slot] of toDelete) {
      try {
        await broker.deleteTopic(name);
      } catch (err) {
        // An I/O failure is answered for this topic alone; the others are still deleted.
        ctx.log.error({ err, topic: name }, "deleting topic failed");
        const error = err instanceof KafkaError ? apiError(err.code, err.message) : apiError(ErrorCode.UNKNOWN_SERVER_ERROR);
        slot.errorCode = error.code;
        slot.errorMessage = error.message;
      }
    }
    for (const r of responses) {
      const topic = r.name ?? (r.topicId === ZERO_UUID ? "" : r.topicId);
      auditChange(ctx, "TOPIC_CONFIG_CHANGE", { resource: { type: "TOPIC", name: topic }, operation: "DELETE", errorCode: r.errorCode, errorMessage: r.errorMessage });
    }
    return makeDeleteTopicsResponse({ responses });
  },
  errorResponse(request, errorCode, ctx) {
    const refs: TopicRef[] = ctx.apiVersion >= 6 ? request.topics : request.topicNames.map((name) => ({ name, topicId: ZERO_UUID }));
    return makeDeleteTopicsResponse({ responses: refs.map((r) => result(r.name, r.topicId, apiError(errorCode))) });
  },
});

function countBy(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

function result(name: string | null, topicId: string, error: ApiError): DeleteTopicsResponseDeletableTopicResult {
  return makeDeleteTopicsResponseDeletableTopicResult({ name, topicId, errorCode: error.code, errorMessage: error.message });
}
