// Metadata (key 3), versions 0-12. One node leads every partition and is its only
// replica and ISR; leader epoch 0. Topics are listed all (v0: empty list; v1+: null) or
// by name (by id for v10+ requests that carry only an id). A missing topic is created
// when auto.create.topics.enable is on and the request allows it (always before v4),
// and is returned at once; otherwise UNKNOWN_TOPIC_OR_PARTITION. The broker list holds
// this node's endpoint on the listener the request came in on, as Kafka does.
// Authorization: listing all topics shows only those the principal may DESCRIBE; a named
// topic it may not describe → TOPIC_AUTHORIZATION_FAILED, as does auto-creation without
// CREATE on the cluster or the topic. Authorized operations (KIP-430) are computed when asked.
import { ErrorCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import type { MetadataRequestTopic } from "../../protocol/generated/metadata-request.js";
import {
  makeMetadataResponse,
  makeMetadataResponseBroker,
  makeMetadataResponsePartition,
  makeMetadataResponseTopic,
  type MetadataResponseTopic,
} from "../../protocol/generated/metadata-response.js";
import { ZERO_UUID } from "../../protocol/primitives/reader.js";
import { AclOperation, CLUSTER_NAME } from "../../security/authorizer/acl-types.js";
import { authorize, authorizedOperations } from "../authorization.js";
import { AUTHORIZED_OPERATIONS_OMITTED, CLUSTER_OPERATIONS, TOPIC_OPERATIONS } from "../authorized-operations.js";
import type { RequestContext } from "../request-context.js";
import { invalidTopicNameReason, isInternalTopic } from "../metadata/topic-name.js";
import type { TopicInfo } from "../metadata/topic-store.js";
import { defineHandler } from "./define-handler.js";

export const metadataHandler = defineHandler(ApiKeys.Metadata, {
  minVersion: 0,
  maxVersion: 12,
  handle(request, ctx) {
    const { broker, apiVersion } = ctx;
    const endpoint = broker.advertisedEndpoint(ctx.connection.listenerName) ?? { host: "localhost", port: 9092 };
    const allTopics = request.topics === null || (apiVersion === 0 && request.topics.length === 0);
    const allowAutoCreate = (apiVersion < 4 || request.allowAutoTopicCreation) && broker.config.get("auto.create.topics.enable");
    const withOps = apiVersion >= 8 && request.includeTopicAuthorizedOperations;
    const describe = (t: TopicInfo) => describeTopic(t, withOps ? authorizedOperations(ctx, "TOPIC", t.name, TOPIC_OPERATIONS) : undefined, broker.nodeId);
    const topics = allTopics
      ? broker.topics.all().filter((t) => authorize(ctx, AclOperation.DESCRIBE, "TOPIC", t.name)).map(describe)
      : (request.topics ?? []).map((t) => lookup(ctx, t, allowAutoCreate, describe));
    return makeMetadataResponse({
      brokers: [makeMetadataResponseBroker({ nodeId: broker.nodeId, host: endpoint.host, port: endpoint.port, rack: null })],
      clusterId: broker.clusterId,
      controllerId: broker.nodeId,
      topics,
      clusterAuthorizedOperations:
        apiVersion >= 8 && apiVersion <= 10 && request.includeClusterAuthorizedOperations
          ? authorizedOperations(ctx, "CLUSTER", CLUSTER_NAME, CLUSTER_OPERATIONS)
          : AUTHORIZED_OPERATIONS_OMITTED,
    });
  },
});

function lookup(
  ctx: RequestContext,
  requested: MetadataRequestTopic,
  allowAutoCreate: boolean,
  describe: (t: TopicInfo) => MetadataResponseTopic,
): MetadataResponseTopic {
  const { broker } = ctx;
  if (requested.name === null) {
    const byId = requested.topicId === ZERO_UUID ? undefined : broker.topics.getById(requested.topicId);
    if (byId !== undefined) {
      if (!authorize(ctx, AclOperation.DESCRIBE, "TOPIC", byId.name)) return topicError(null, requested.topicId, ErrorCode.TOPIC_AUTHORIZATION_FAILED);
      return describe(byId);
    }
    return topicError(null, requested.topicId, ErrorCode.UNKNOWN_TOPIC_ID);
  }
  const name = requested.name;
  if (!authorize(ctx, AclOperation.DESCRIBE, "TOPIC", name)) return topicError(name, ZERO_UUID, ErrorCode.TOPIC_AUTHORIZATION_FAILED);
  const existing = broker.topics.get(name);
  if (existing !== undefined) return describe(existing);
  if (invalidTopicNameReason(name) !== undefined) return topicError(name, ZERO_UUID, ErrorCode.INVALID_TOPIC_EXCEPTION);
  if (allowAutoCreate && !isInternalTopic(name) && !broker.isBeingDeleted(name)) {
    if (!authorize(ctx, AclOperation.CREATE, "CLUSTER", CLUSTER_NAME) && !authorize(ctx, AclOperation.CREATE, "TOPIC", name)) {
      return topicError(name, ZERO_UUID, ErrorCode.TOPIC_AUTHORIZATION_FAILED);
    }
    return describe(broker.createTopic(name, broker.config.get("num.partitions"), {}));
  }
  return topicError(name, ZERO_UUID, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
}

function describeTopic(t: TopicInfo, operations: number | undefined, node: number): MetadataResponseTopic {
  const partitions = [];
  for (let p = 0; p < t.partitions; p++) {
    partitions.push(makeMetadataResponsePartition({ partitionIndex: p, leaderId: node, leaderEpoch: 0, replicaNodes: [node], isrNodes: [node] }));
  }
  return makeMetadataResponseTopic({
    name: t.name,
    topicId: t.topicId,
    isInternal: isInternalTopic(t.name),
    partitions,
    topicAuthorizedOperations: operations ?? AUTHORIZED_OPERATIONS_OMITTED,
  });
}

function topicError(name: string | null, topicId: string, errorCode: number): MetadataResponseTopic {
  return makeMetadataResponseTopic({ errorCode, name, topicId, topicAuthorizedOperations: AUTHORIZED_OPERATIONS_OMITTED });
}
