// SyncGroup (key 14), versions 0-5. The leader sends the assignments of the generation;
// they are written to __consumer_offsets and then every member's parked SyncGroup gets
// its own assignment and the group becomes Stable. A follower waits for the leader; in a
// Stable group it gets its current assignment at once. Errors: UNKNOWN_MEMBER_ID,
// ILLEGAL_GENERATION, REBALANCE_IN_PROGRESS (a new rebalance began), FENCED_INSTANCE_ID
// (v3+), INCONSISTENT_GROUP_PROTOCOL when the v5+ protocol type or name differs from
// the group's. Not implemented: ACLs.
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { ErrorCode, KafkaError } from "../../protocol/errors.js";
import type { SyncGroupResult } from "../../coordinator/group/member-metadata.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import { makeSyncGroupResponse, type SyncGroupResponse } from "../../protocol/generated/sync-group-response.js";
import { defineHandler } from "./define-handler.js";

export const syncGroupHandler = defineHandler(ApiKeys.SyncGroup, {
  minVersion: 0,
  maxVersion: 5,
  async handle(request, ctx) {
    // READ on the group, else GROUP_AUTHORIZATION_FAILED (through errorResponse).
    if (!authorize(ctx, AclOperation.READ, "GROUP", request.groupId)) throw new KafkaError(ErrorCode.GROUP_AUTHORIZATION_FAILED);
    const v = ctx.apiVersion;
    const result = await ctx.broker.groupCoordinator.syncGroup({
      groupId: request.groupId,
      generationId: request.generationId,
      memberId: request.memberId,
      groupInstanceId: v >= 3 ? request.groupInstanceId : null,
      protocolType: v >= 5 ? request.protocolType : null,
      protocolName: v >= 5 ? request.protocolName : null,
      assignments: request.assignments.map((a) => ({ memberId: a.memberId, assignment: Buffer.from(a.assignment) })),
    });
    return toResponse(result);
  },
  errorResponse(_request, errorCode) {
    return toResponse({ errorCode, protocolType: null, protocolName: null, assignment: Buffer.alloc(0) });
  },
});

function toResponse(r: SyncGroupResult): SyncGroupResponse {
  return makeSyncGroupResponse({ errorCode: r.errorCode, protocolType: r.protocolType, protocolName: r.protocolName, assignment: r.assignment });
}
