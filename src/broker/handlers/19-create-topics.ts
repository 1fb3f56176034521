// CreateTopics (key 19), versions 0-7. Each topic is checked in the KRaft controller's
// order and answered with its own error (errors as data): a name given twice →
// INVALID_REQUEST; an internal topic → INVALID_REQUEST; an illegal name or one that
// collides with an existing topic on '.'/'_' → INVALID_TOPIC_EXCEPTION; an existing name
// → TOPIC_ALREADY_EXISTS; a null or invalid config → INVALID_CONFIG; then either a manual
// assignment (every partition on exactly this node, partitions 0..n-1) or a partition
// count and replication factor, -1 meaning num.partitions / default.replication.factor
// (accepted at every version, as Kafka's server does; KIP-464 made it official in v4).
// A replication factor above 1 is INVALID_REPLICATION_FACTOR: one node holds one replica.
// validateOnly runs every check and creates nothing. v1+ carry the error message; v5+
// return the partition count, replication factor and effective configs with their
// sources; v7 the topic id (the zero id under validateOnly, where nothing was created).
// Not implemented: CreateTopicPolicy, controller mutation quotas (KIP-599); the
// request timeout is ignored because creation completes before the answer is sent.
import { AclOperation, CLUSTER_NAME } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { effectiveTopicConfig, validateTopicConfigs } from "../../config/topic-config.js";
import { checkTopicEncryption } from "../encryption-at-rest.js";
import { CONFIG_SOURCE_IDS } from "../../config/config-def.js";
import { ErrorCode, errorByCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import type { CreateTopicsRequestCreatableTopic } from "../../protocol/generated/create-topics-request.js";
import {
  makeCreateTopicsResponse,
  makeCreateTopicsResponseCreatableTopicConfigs,
  makeCreateTopicsResponseCreatableTopicResult,
  type CreateTopicsResponseCreatableTopicResult,
} from "../../protocol/generated/create-topics-response.js";
import { ZERO_UUID } from "../../protocol/primitives/reader.js";
import type { Broker } from "../broker.js";
import { invalidTopicNameReason, isInternalTopic, unifyCollisionChars } from "../metadata/topic-name.js";
import { apiError, toApiError, type ApiError } from "./api-error.js";
import { auditChange } from "../audit-request.js";
import { defineHandler } from "./define-handler.js";
import { MAX_PARTITIONS_PER_OPERATION, replicaListError, TOO_LARGE } from "./replica-assignment.js";

const CLUSTER_METADATA_TOPIC = "__cluster_metadata";

export const createTopicsHandler = defineHandler(ApiKeys.CreateTopics, {
  minVersion: 0,
  maxVersion: 7,
  handle(request, ctx) {
    const counts = new Map<string, number>();
    for (const t of request.topics) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
    const answered = new Set<string>();
    const topics: CreateTopicsResponseCreatableTopicResult[] = [];
    // CREATE on the cluster covers every topic; else CREATE on each (TOPIC_AUTHORIZATION_FAILED).
    const mayCreateAll = authorize(ctx, AclOperation.CREATE, "CLUSTER", CLUSTER_NAME);
    for (const topic of request.topics) {
      if (answered.has(topic.name)) continue;
      answered.add(topic.name);
      if ((counts.get(topic.name) ?? 0) > 1) {
        topics.push(failed(topic.name, apiError(ErrorCode.INVALID_REQUEST, "Duplicate topic name.")));
        continue;
      }
      if (!mayCreateAll && !authorize(ctx, AclOperation.CREATE, "TOPIC", topic.name)) {
        topics.push(failed(topic.name, apiError(ErrorCode.TOPIC_AUTHORIZATION_FAILED, `Authorization failed.`)));
        continue;
      }
      topics.push(createTopic(ctx.broker, topic, request.validateOnly));
    }
    const outcome = topics.map((t) => `${t.name}: ${t.errorCode === ErrorCode.NONE ? "SUCCESS" : `${errorByCode(t.errorCode)?.name} (${t.errorMessage})`}`);
    ctx.log.info({ validateOnly: request.validateOnly, clientId: ctx.clientId }, `CreateTopics result(s): ${outcome.join(", ")}`);
    if (!request.validateOnly) {
      for (const t of topics) {
        const asked = request.topics.find((r) => r.name === t.name);
        const configs = Object.fromEntries((asked?.configs ?? []).map((c) => [c.name, c.value]));
        auditChange(ctx, "TOPIC_CONFIG_CHANGE", { resource: { type: "TOPIC", name: t.name }, operation: "CREATE", errorCode: t.errorCode, errorMessage: t.errorMessage, details: { partitions: t.numPartitions, configs } });
      }
    }
    return makeCreateTopicsResponse({ topics });
  },
  errorResponse(request, errorCode) {
    const names = [...new Set(request.topics.map((t) => t.name))];
    return makeCreateTopicsResponse({ topics: names.map((name) => failed(name, apiError(errorCode))) });
  },
});

function createTopic(broker: Broker, topic: CreateTopicsRequestCreatableTopic, validateOnly: boolean): CreateTopicsResponseCreatableTopicResult {
  const { name } = topic;
  if (isInternalTopic(name) || name === CLUSTER_METADATA_TOPIC) {
    return failed(name, apiError(ErrorCode.INVALID_REQUEST, `Creation of internal topic ${name} is prohibited.`));
  }
  const nameError = nameCheck(broker, name);
  if (nameError !== undefined) return failed(name, nameError);

  const nulls = topic.configs.filter((c) => c.value === null).map((c) => c.name);
  if (nulls.length > 0) {
    return failed(name, apiError(ErrorCode.INVALID_CONFIG, `Null value not supported for topic configs: ${nulls.join(",")}`));
  }
  // fromEntries defines own properties, so a key like "__proto__" reaches validation as a key.
  const configs: Record<string, string> = Object.fromEntries(topic.configs.map((c) => [c.name, c.value ?? ""]));
  try {
    validateTopicConfigs(configs);
    checkTopicEncryption(broker.keyRing, effectiveTopicConfig(configs, broker.config, name), name);
  } catch (err) {
    return failed(name, toApiError(err));
  }

  const partitions = partitionCount(broker, topic);
  if (typeof partitions !== "number") return failed(name, partitions);
  if (partitions > MAX_PARTITIONS_PER_OPERATION) return failed(name, TOO_LARGE);

  let created;
  try {
    created = validateOnly ? undefined : broker.createTopic(name, partitions, configs);
  } catch (err) {
    return failed(name, toApiError(err));
  }
  const effective = created === undefined ? effectiveTopicConfig(configs, broker.config, name) : broker.topicConfig(name);
  const entries = [...effective.entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return makeCreateTopicsResponseCreatableTopicResult({
    name,
    topicId: created?.topicId ?? ZERO_UUID,
    errorCode: ErrorCode.NONE,
    errorMessage: null,
    numPartitions: partitions,
    replicationFactor: 1,
    configs: entries.map((e) =>
      makeCreateTopicsResponseCreatableTopicConfigs({
        name: e.name,
        value: e.sensitive ? null : e.valueString,
        readOnly: e.readOnly,
        configSource: CONFIG_SOURCE_IDS[e.source],
        isSensitive: e.sensitive,
      }),
    ),
  });
}

/** Topic.validate, then the '.'/'_' collision check, then existence (which wins, as in Kafka). */
function nameCheck(broker: Broker, name: string): ApiError | undefined {
  const reason = invalidTopicNameReason(name);
  if (reason !== undefined) return apiError(ErrorCode.INVALID_TOPIC_EXCEPTION, reason);
  if (broker.topics.get(name) !== undefined) return apiError(ErrorCode.TOPIC_ALREADY_EXISTS, `Topic '${name}' already exists.`);
  if (/[._]/.test(name)) {
    const unified = unifyCollisionChars(name);
    const other = broker.topics.all().find((t) => unifyCollisionChars(t.name) === unified);
    if (other !== undefined) return apiError(ErrorCode.INVALID_TOPIC_EXCEPTION, `Topic '${name}' collides with existing topic: ${other.name}`);
  }
  return undefined;
}

/** The number of partitions to create, or why the request's layout is refused. */
function partitionCount(broker: Broker, topic: CreateTopicsRequestCreatableTopic): number | ApiError {
  if (topic.assignments.length > 0) {
    if (topic.replicationFactor !== -1) {
      return apiError(ErrorCode.INVALID_REQUEST, "A manual partition assignment was specified, but replication factor was not set to -1.");
    }
    if (topic.numPartitions !== -1) {
      return apiError(ErrorCode.INVALID_REQUEST, "A manual partition assignment was specified, but numPartitions was not set to -1.");
    }
    const seen = new Set<number>();
    let replicas: number | undefined;
    for (const a of topic.assignments) {
      if (seen.has(a.partitionIndex)) {
        return apiError(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `Found multiple manual partition assignments for partition ${a.partitionIndex}`);
      }
      seen.add(a.partitionIndex);
      const error = replicaListError(a.brokerIds, broker.nodeId, replicas);
      if (error !== undefined) return error;
      replicas = a.brokerIds.length;
    }
    for (let p = 0; p < seen.size; p++) {
      if (!seen.has(p)) return apiError(ErrorCode.INVALID_REPLICA_ASSIGNMENT, "partitions should be a consecutive 0-based integer sequence");
    }
    return seen.size;
  }
  if (topic.replicationFactor < -1 || topic.replicationFactor === 0) {
    return apiError(ErrorCode.INVALID_REPLICATION_FACTOR, "Replication factor must be larger than 0, or -1 to use the default value.");
  }
  if (topic.numPartitions < -1 || topic.numPartitions === 0) {
    return apiError(ErrorCode.INVALID_PARTITIONS, "Number of partitions was set to an invalid non-positive value.");
  }
  if (topic.replicationFactor > 1) {
    return apiError(
      ErrorCode.INVALID_REPLICATION_FACTOR,
      `Unable to replicate the partition ${topic.replicationFactor} time(s): this is a single-node broker, so only replication factor 1 is possible.`,
    );
  }
  // default.replication.factor is clamped to 1 by the broker config, so -1 always means 1.
  return topic.numPartitions === -1 ? broker.config.get("num.partitions") : topic.numPartitions;
}

function failed(name: string, error: ApiError): CreateTopicsResponseCreatableTopicResult {
  return makeCreateTopicsResponseCreatableTopicResult({ name, errorCode: error.code, errorMessage: error.message });
}
