// LeaveGroup (key 13), versions 0-5. The member leaves at once and the group rebalances
// without waiting for its session to expire. v3+ leaves a batch of members, each by
// member id or, for static members (KIP-345), by group instance id, each with its own
// error (UNKNOWN_MEMBER_ID, FENCED_INSTANCE_ID); before v3 the one member's error is the
// response's error. v5 carries a reason per member (KIP-800), which is logged.
// Not implemented: ACLs.
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { ErrorCode, KafkaError } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import { makeLeaveGroupResponse, makeLeaveGroupResponseMemberResponse } from "../../protocol/generated/leave-group-response.js";
import { defineHandler } from "./define-handler.js";

export const leaveGroupHandler = defineHandler(ApiKeys.LeaveGroup, {
  minVersion: 0,
  maxVersion: 5,
  handle(request, ctx) {
    // READ on the group, else GROUP_AUTHORIZATION_FAILED (through errorResponse).
    if (!authorize(ctx, AclOperation.READ, "GROUP", request.groupId)) throw new KafkaError(ErrorCode.GROUP_AUTHORIZATION_FAILED);
    const batched = ctx.apiVersion >= 3;
    const members = batched
      ? request.members.map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId }))
      : [{ memberId: request.memberId, groupInstanceId: null }];
    const reasons = batched ? request.members.map((m) => m.reason) : [];
    const result = ctx.broker.groupCoordinator.leaveGroup(request.groupId, members, reasons);
    if (!batched) {
      const memberError = result.members[0]?.errorCode ?? ErrorCode.NONE;
      return makeLeaveGroupResponse({ errorCode: result.errorCode !== ErrorCode.NONE ? result.errorCode : memberError });
    }
    return makeLeaveGroupResponse({
      errorCode: result.errorCode,
      members: result.errorCode !== ErrorCode.NONE ? [] : result.members.map((m) => makeLeaveGroupResponseMemberResponse(m)),
    });
  },
  errorResponse(_request, errorCode) {
    return makeLeaveGroupResponse({ errorCode });
  },
});
