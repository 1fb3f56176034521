// DescribeGroups (key 15), versions 0-5. Each group's state (Empty, PreparingRebalance,
// CompletingRebalance, Stable, Dead), protocol type, and members with client id and host
// (and group instance id, v4+). As in Kafka's GroupMetadata.summary, the protocol name
// and the members' metadata and assignments are given only while Stable. An unknown
// group is reported as Dead with no error (GROUP_ID_NOT_FOUND arrived only in v6). A
// KIP-848 consumer group is described as Kafka does: its state (Empty, Assigning,
// Reconciling, Stable), protocol type "consumer", its assignor as the protocol, and each
// member's subscription and assignment in the classic ConsumerProtocol encoding.
// v3+ can ask for the authorized operations (of READ, DESCRIBE, DELETE). A group the
// principal may not DESCRIBE → GROUP_AUTHORIZATION_FAILED.
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import {
  makeDescribeGroupsResponse,
  makeDescribeGroupsResponseDescribedGroup,
  makeDescribeGroupsResponseDescribedGroupMember,
} from "../../protocol/generated/describe-groups-response.js";
import { ErrorCode } from "../../protocol/errors.js";
import { authorize, authorizedOperations } from "../authorization.js";
import { AclOperation, AUTHORIZED_OPERATIONS_OMITTED, GROUP_OPERATIONS } from "../authorized-operations.js";
import { defineHandler } from "./define-handler.js";

export const describeGroupsHandler = defineHandler(ApiKeys.DescribeGroups, {
  minVersion: 0,
  maxVersion: 5,
  handle(request, ctx) {
    const withOps = ctx.apiVersion >= 3 && request.includeAuthorizedOperations;
    return makeDescribeGroupsResponse({
      groups: request.groups.map((groupId) => {
        if (!authorize(ctx, AclOperation.DESCRIBE, "GROUP", groupId)) {
          return makeDescribeGroupsResponseDescribedGroup({ groupId, errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED, authorizedOperations: AUTHORIZED_OPERATIONS_OMITTED });
        }
        const { errorCode, summary } = ctx.broker.groupCoordinator.describeGroup(groupId);
        return makeDescribeGroupsResponseDescribedGroup({
          errorCode,
          groupId,
          groupState: summary.state,
          protocolType: summary.protocolType,
          protocolData: summary.protocol,
          members: summary.members.map((m) =>
            makeDescribeGroupsResponseDescribedGroupMember({
              memberId: m.memberId,
              groupInstanceId: m.groupInstanceId,
              clientId: m.clientId,
              clientHost: m.clientHost,
              memberMetadata: m.metadata,
              memberAssignment: m.assignment,
            }),
          ),
          authorizedOperations: withOps ? authorizedOperations(ctx, "GROUP", groupId, GROUP_OPERATIONS) : AUTHORIZED_OPERATIONS_OMITTED,
        });
      }),
    });
  },
});
