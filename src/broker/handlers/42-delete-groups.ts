// DeleteGroups (key 42), versions 0-2. Each group is deleted only when Empty: its
// committed offsets and its metadata are tombstoned in __consumer_offsets and it is gone
// from ListGroups and OffsetFetch. Per group: an unknown (or already deleted) group →
// GROUP_ID_NOT_FOUND; one with members → NON_EMPTY_GROUP; without DELETE on the group →
// GROUP_AUTHORIZATION_FAILED.
import { ErrorCode } from "../../protocol/errors.js";
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import { makeDeleteGroupsResponse, makeDeleteGroupsResponseDeletableGroupResult } from "../../protocol/generated/delete-groups-response.js";
import { defineHandler } from "./define-handler.js";

export const deleteGroupsHandler = defineHandler(ApiKeys.DeleteGroups, {
  minVersion: 0,
  maxVersion: 2,
  async handle(request, ctx) {
    const names = [...new Set(request.groupsNames)];
    const allowed = names.filter((g) => authorize(ctx, AclOperation.DELETE, "GROUP", g));
    const denied = names.filter((g) => !allowed.includes(g)).map((groupId) => ({ groupId, errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED }));
    const results = await ctx.broker.groupCoordinator.deleteGroups(allowed);
    return makeDeleteGroupsResponse({ results: [...results, ...denied].map((r) => makeDeleteGroupsResponseDeletableGroupResult(r)) });
  },
  errorResponse(request, errorCode) {
    return makeDeleteGroupsResponse({
      results: [...new Set(request.groupsNames)].map((groupId) => makeDeleteGroupsResponseDeletableGroupResult({ groupId, errorCode })),
    });
  },
});
