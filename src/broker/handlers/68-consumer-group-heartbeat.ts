// ConsumerGroupHeartbeat (key 68), versions 0-1: the KIP-848 consumer group protocol. A
// member joins with epoch 0 (v0: the coordinator gives the member id; v1, KIP-1082: the
// client chose it), heartbeats with its member epoch and the partitions it owns, and
// leaves with epoch -1 (or -2, a static member's temporary leave). The answer carries the
// member epoch, the heartbeat interval (group.consumer.heartbeat.interval.ms) and, when it
// changed or the request was a full one, the partitions the member may now own. Errors
// as Kafka: INVALID_REQUEST with a message for malformed requests, UNSUPPORTED_ASSIGNOR,
// UNKNOWN_MEMBER_ID, FENCED_MEMBER_EPOCH, FENCED_INSTANCE_ID, UNRELEASED_INSTANCE_ID,
// GROUP_MAX_SIZE_REACHED, GROUP_ID_NOT_FOUND for a group id used by a classic group with
// members. Authorization: READ on the group (else GROUP_AUTHORIZATION_FAILED). Not
// implemented: rack-aware assignment, client-side assignors, online migration from classic.
import { ErrorCode, KafkaError } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import {
  makeConsumerGroupHeartbeatResponse,
  makeConsumerGroupHeartbeatResponseAssignment,
  makeConsumerGroupHeartbeatResponseTopicPartitions,
} from "../../protocol/generated/consumer-group-heartbeat-response.js";
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { defineHandler } from "./define-handler.js";

export const consumerGroupHeartbeatHandler = defineHandler(ApiKeys.ConsumerGroupHeartbeat, {
  minVersion: 0,
  maxVersion: 1,
  async handle(request, ctx) {
    if (!authorize(ctx, AclOperation.READ, "GROUP", request.groupId)) throw new KafkaError(ErrorCode.GROUP_AUTHORIZATION_FAILED);
    const result = await ctx.broker.groupCoordinator.consumerGroups.heartbeat({
      groupId: request.groupId,
      memberId: request.memberId,
      memberEpoch: request.memberEpoch,
      instanceId: request.instanceId,
      rackId: request.rackId,
      rebalanceTimeoutMs: request.rebalanceTimeoutMs,
      subscribedTopicNames: request.subscribedTopicNames,
      subscribedTopicRegex: ctx.apiVersion >= 1 ? request.subscribedTopicRegex : null,
      serverAssignor: request.serverAssignor,
      topicPartitions: request.topicPartitions,
      clientId: ctx.clientId ?? "",
      clientHost: `/${ctx.connection.clientAddress}`,
      apiVersion: ctx.apiVersion,
    });
    return makeConsumerGroupHeartbeatResponse({
      errorCode: result.errorCode,
      errorMessage: result.errorMessage,
      memberId: result.memberId,
      memberEpoch: result.memberEpoch,
      heartbeatIntervalMs: result.heartbeatIntervalMs,
      assignment:
        result.assignment === null
          ? null
          : makeConsumerGroupHeartbeatResponseAssignment({
              topicPartitions: result.assignment.map((tp) => makeConsumerGroupHeartbeatResponseTopicPartitions(tp)),
            }),
    });
  },
  errorResponse(_request, errorCode) {
    return makeConsumerGroupHeartbeatResponse({ errorCode });
  },
});
