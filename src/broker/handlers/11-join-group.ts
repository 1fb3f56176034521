// JoinGroup (key 11), versions 0-9, classic protocol. The request is parked until the
// rebalance completes (all known members rejoined, or the rebalance timeout — for a new
// group group.initial.rebalance.delay.ms first); the leader's answer lists the members
// and their metadata for the protocol chosen by vote. v4+ dynamic members without an id
// get MEMBER_ID_REQUIRED with their id first (KIP-394); v5+ static members
// (group.instance.id, KIP-345) keep their assignment across restarts, and a stale
// instance is FENCED_INSTANCE_ID. v0 has no rebalance timeout: the session timeout is
// used. Errors: INVALID_GROUP_ID, INVALID_SESSION_TIMEOUT (outside
// group.min/max.session.timeout.ms), INCONSISTENT_GROUP_PROTOCOL, UNKNOWN_MEMBER_ID,
// GROUP_MAX_SIZE_REACHED, COORDINATOR_NOT_AVAILABLE for a group being removed.
// Not implemented: ACLs; the v8 reason is only logged.
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { ErrorCode, KafkaError } from "../../protocol/errors.js";
import type { JoinGroupResult } from "../../coordinator/group/member-metadata.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import { makeJoinGroupResponse, makeJoinGroupResponseMember, type JoinGroupResponse } from "../../protocol/generated/join-group-response.js";
import { defineHandler } from "./define-handler.js";

export const joinGroupHandler = defineHandler(ApiKeys.JoinGroup, {
  minVersion: 0,
  maxVersion: 9,
  async handle(request, ctx) {
    // READ on the group, else GROUP_AUTHORIZATION_FAILED (through errorResponse).
    if (!authorize(ctx, AclOperation.READ, "GROUP", request.groupId)) throw new KafkaError(ErrorCode.GROUP_AUTHORIZATION_FAILED);
    const v = ctx.apiVersion;
    const result = await ctx.broker.groupCoordinator.joinGroup({
      groupId: request.groupId,
      memberId: request.memberId,
      groupInstanceId: v >= 5 ? request.groupInstanceId : null,
      requireKnownMemberId: v >= 4,
      clientId: ctx.clientId ?? "",
      clientHost: `/${ctx.connection.clientAddress}`,
      rebalanceTimeoutMs: v >= 1 ? request.rebalanceTimeoutMs : request.sessionTimeoutMs,
      sessionTimeoutMs: request.sessionTimeoutMs,
      protocolType: request.protocolType,
      protocols: request.protocols.map((p) => ({ name: p.name, metadata: Buffer.from(p.metadata) })),
    });
    return toResponse(result, v);
  },
  errorResponse(request, errorCode, ctx) {
    return toResponse(
      { errorCode, generationId: -1, protocolType: null, protocolName: null, leaderId: "", memberId: request.memberId, members: [], skipAssignment: false },
      ctx.apiVersion,
    );
  },
});

function toResponse(r: JoinGroupResult, version: number): JoinGroupResponse {
  return makeJoinGroupResponse({
    errorCode: r.errorCode,
    generationId: r.generationId,
    protocolType: r.protocolType,
    // Before v7 the protocol name is not nullable.
    protocolName: version >= 7 ? r.protocolName : (r.protocolName ?? ""),
    leader: r.leaderId,
    skipAssignment: version >= 9 && r.skipAssignment,
    memberId: r.memberId,
    members: r.members.map((m) => makeJoinGroupResponseMember({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, metadata: m.metadata })),
  });
}
