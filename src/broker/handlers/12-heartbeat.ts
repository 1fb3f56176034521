// Heartbeat (key 12), versions 0-4. Restarts the member's session timeout. Answers
// REBALANCE_IN_PROGRESS while the group prepares a rebalance (the member must rejoin),
// ILLEGAL_GENERATION for another generation, UNKNOWN_MEMBER_ID for a member the group
// does not have (expired or never joined), FENCED_INSTANCE_ID (v3+) for a replaced
// static member. Not implemented: ACLs.
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { ErrorCode, KafkaError } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import { makeHeartbeatResponse } from "../../protocol/generated/heartbeat-response.js";
import { defineHandler } from "./define-handler.js";

export const heartbeatHandler = defineHandler(ApiKeys.Heartbeat, {
  minVersion: 0,
  maxVersion: 4,
  handle(request, ctx) {
    // READ on the group, else GROUP_AUTHORIZATION_FAILED (through errorResponse).
    if (!authorize(ctx, AclOperation.READ, "GROUP", request.groupId)) throw new KafkaError(ErrorCode.GROUP_AUTHORIZATION_FAILED);
    const groupInstanceId = ctx.apiVersion >= 3 ? request.groupInstanceId : null;
    const errorCode = ctx.broker.groupCoordinator.heartbeat(request.groupId, request.memberId, groupInstanceId, request.generationId);
    return makeHeartbeatResponse({ errorCode });
  },
  errorResponse(_request, errorCode) {
    return makeHeartbeatResponse({ errorCode });
  },
});
