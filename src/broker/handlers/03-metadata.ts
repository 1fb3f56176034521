// Metadata (key 3), versions 0-12. One node leads every partition and is its only
// replica and ISR; leader epoch 0. Topics are listed all (v0: empty list; v1+: null) or
// by name (by id for v10+ requests that carry only an id). A missing topic is created
// when auto.create.topics.enable is on and the request allows it (always before v4),
// and is returned at once; otherwise UNKNOWN_TOPIC_OR_PARTITION. The broker list holds
// this node's endpoint on the listener the request came in on, as Kafka does.
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
import type { Broker } from "../broker.js";
import { ALL_CLUSTER_OPERATIONS, ALL_TOPIC_OPERATIONS, AUTHORIZED_OPERATIONS_OMITTED } from "../authorized-operations.js";
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
    const topics = allTopics
      ? broker.topics.all().map((t) => describeTopic(t, withOps, broker.nodeId))
      : (request.topics ?? []).map((t) => lookup(broker, t, allowAutoCreate, withOps));
    return makeMetadataResponse({
      brokers: [makeMetadataResponseBroker({ nodeId: broker.nodeId, host: endpoint.host, port: endpoint.port, rack: null })],
      clusterId: broker.clusterId,
      controllerId: broker.nodeId,
      topics,
      clusterAuthorizedOperations:
        apiVersion >= 8 && apiVersion <= 10 && request.includeClusterAuthorizedOperations ? ALL_CLUSTER_OPERATIONS : AUTHORIZED_OPERATIONS_OMITTED,
    });
  },
});

function lookup(broker: Broker, requested: MetadataRequestTopic, allowAutoCreate: boolean, withOps: boolean): MetadataResponseTopic {
  if (requested.name === null) {
    const byId = requested.topicId === ZERO_UUID ? undefined : broker.topics.getById(requested.topicId);
    if (byId !== undefined) return describeTopic(byId, withOps, broker.nodeId);
    return topicError(null, requested.topicId, ErrorCode.UNKNOWN_TOPIC_ID);
  }
  const name = requested.name;
  const existing = broker.topics.get(name);
  if (existing !== undefined) return describeTopic(existing, withOps, broker.nodeId);
  if (invalidTopicNameReason(name) !== undefined) return topicError(name, ZERO_UUID, ErrorCode.INVALID_TOPIC_EXCEPTION);
  if (allowAutoCreate && !isInternalTopic(name) && !broker.isBeingDeleted(name)) {
    return describeTopic(broker.createTopic(name, broker.config.get("num.partitions"), {}), withOps, broker.nodeId);
  }
  return topicError(name, ZERO_UUID, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
}

function describeTopic(t: TopicInfo, withOps: boolean, node: number): MetadataResponseTopic {
  const partitions = [];
  for (let p = 0; p < t.partitions; p++) {
    partitions.push(makeMetadataResponsePartition({ partitionIndex: p, leaderId: node, leaderEpoch: 0, replicaNodes: [node], isrNodes: [node] }));
  }
  return makeMetadataResponseTopic({
    name: t.name,
    topicId: t.topicId,
    isInternal: isInternalTopic(t.name),
    partitions,
    topicAuthorizedOperations: withOps ? ALL_TOPIC_OPERATIONS : AUTHORIZED_OPERATIONS_OMITTED,
  });
}

function topicError(name: string | null, topicId: string, errorCode: number): MetadataResponseTopic {
  return makeMetadataResponseTopic({ errorCode, name, topicId, topicAuthorizedOperations: AUTHORIZED_OPERATIONS_OMITTED });
}
