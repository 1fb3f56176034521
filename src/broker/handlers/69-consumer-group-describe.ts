// ConsumerGroupDescribe (key 69), version 0 (KIP-848). Each group's state (Empty,
// Assigning, Reconciling, Stable), group epoch, target assignment epoch, assignor, and
// members with their epoch, client, subscription, current assignment and target
// assignment (topic ids with names). A group that does not exist or is a classic group →
// GROUP_ID_NOT_FOUND with a message, as Kafka. Authorization: DESCRIBE on the group
// (else GROUP_AUTHORIZATION_FAILED); include_authorized_operations adds the group's
// authorized operations (READ, DESCRIBE, DELETE).
import { ErrorCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import {
  makeConsumerGroupDescribeResponse,
  makeConsumerGroupDescribeResponseAssignment,
  makeConsumerGroupDescribeResponseDescribedGroup,
  makeConsumerGroupDescribeResponseMember,
  makeConsumerGroupDescribeResponseTopicPartitions,
  type ConsumerGroupDescribeResponseAssignment,
} from "../../protocol/generated/consumer-group-describe-response.js";
import { emptyAssignment, type Assignment } from "../../coordinator/group/consumer-group-member.js";
import { assignmentToList } from "../../coordinator/group/consumer-group-member.js";
import { authorize, authorizedOperations } from "../authorization.js";
import { AclOperation, AUTHORIZED_OPERATIONS_OMITTED, GROUP_OPERATIONS } from "../authorized-operations.js";
import { defineHandler } from "./define-handler.js";

export const consumerGroupDescribeHandler = defineHandler(ApiKeys.ConsumerGroupDescribe, {
  minVersion: 0,
  maxVersion: 0,
  handle(request, ctx) {
    const coordinator = ctx.broker.groupCoordinator;
    const manager = coordinator.consumerGroups;
    const toWire = (a: Assignment): ConsumerGroupDescribeResponseAssignment =>
      makeConsumerGroupDescribeResponseAssignment({
        topicPartitions: assignmentToList(a).map((tp) =>
          makeConsumerGroupDescribeResponseTopicPartitions({ topicId: tp.topicId, topicName: manager.topicName(tp.topicId) ?? "", partitions: tp.partitions }),
        ),
      });
    return makeConsumerGroupDescribeResponse({
      groups: request.groupIds.map((groupId) => {
        const error = (errorCode: number, errorMessage: string | null = null) =>
          makeConsumerGroupDescribeResponseDescribedGroup({ groupId, errorCode, errorMessage, authorizedOperations: AUTHORIZED_OPERATIONS_OMITTED });
        if (!authorize(ctx, AclOperation.DESCRIBE, "GROUP", groupId)) return error(ErrorCode.GROUP_AUTHORIZATION_FAILED);
        if (coordinator.isLoading) return error(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS);
        const group = manager.groups.get(groupId);
        if (group === undefined) {
          const classic = coordinator.group(groupId);
          return error(ErrorCode.GROUP_ID_NOT_FOUND, classic === undefined || classic.is("Dead") ? `Group ${groupId} not found.` : `Group ${groupId} is not a consumer group.`);
        }
        return makeConsumerGroupDescribeResponseDescribedGroup({
          groupId,
          groupState: group.state,
          groupEpoch: group.groupEpoch,
          assignmentEpoch: group.assignmentEpoch,
          assignorName: group.preferredAssignor(manager.assignorNames[0] ?? "uniform"),
          members: [...group.members.values()].map((m) =>
            makeConsumerGroupDescribeResponseMember({
              memberId: m.memberId,
              instanceId: m.instanceId,
              rackId: m.rackId,
              memberEpoch: m.memberEpoch,
              clientId: m.clientId,
              clientHost: m.clientHost,
              subscribedTopicNames: m.subscribedTopicNames,
              subscribedTopicRegex: m.subscribedTopicRegex,
              assignment: toWire(m.assignedPartitions),
              targetAssignment: toWire(group.targetAssignment.get(m.memberId) ?? emptyAssignment()),
            }),
          ),
          authorizedOperations: request.includeAuthorizedOperations ? authorizedOperations(ctx, "GROUP", groupId, GROUP_OPERATIONS) : AUTHORIZED_OPERATIONS_OMITTED,
        });
      }),
    });
  },
});
