// ListGroups (key 16), versions 0-5. Every group this node coordinates (all of them)
// that is not Dead, with its protocol type; v4+ adds the state and filters by states
// (KIP-518), v5+ adds the type ("classic", or "consumer" for KIP-848 groups) and filters
// by types (KIP-848). Filters compare case-insensitively, as Kafka's parsers do.
// Authorization: with DESCRIBE on the cluster every group is listed, else only the
// groups the principal may DESCRIBE (Kafka's handleListGroupsRequest).
import { AclOperation, CLUSTER_NAME } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import { makeListGroupsResponse, makeListGroupsResponseListedGroup } from "../../protocol/generated/list-groups-response.js";
import { defineHandler } from "./define-handler.js";

const CLASSIC = "classic";
const CONSUMER = "consumer";

export const listGroupsHandler = defineHandler(ApiKeys.ListGroups, {
  minVersion: 0,
  maxVersion: 5,
  handle(request, ctx) {
    const v = ctx.apiVersion;
    const states = new Set(v >= 4 ? request.statesFilter.map((s) => s.toLowerCase()) : []);
    const types = new Set(v >= 5 ? request.typesFilter.map((t) => t.toLowerCase()) : []);
    const listed = ctx.broker.groupCoordinator.listGroups();
    const errorCode = listed.errorCode;
    const groups = [...listed.groups.map((g) => ({ ...g, type: CLASSIC })), ...ctx.broker.groupCoordinator.listConsumerGroups().map((g) => ({ ...g, type: CONSUMER }))];
    const all = authorize(ctx, AclOperation.DESCRIBE, "CLUSTER", CLUSTER_NAME);
    return makeListGroupsResponse({
      errorCode,
      groups: groups
        .filter((g) => states.size === 0 || states.has(g.state.toLowerCase()))
        .filter((g) => types.size === 0 || types.has(g.type))
        .filter((g) => all || authorize(ctx, AclOperation.DESCRIBE, "GROUP", g.groupId))
        .map((g) =>
          makeListGroupsResponseListedGroup({
            groupId: g.groupId,
            protocolType: g.protocolType,
            groupState: v >= 4 ? g.state : "",
            groupType: v >= 5 ? g.type : "",
          }),
        ),
    });
  },
  errorResponse(_request, errorCode) {
    return makeListGroupsResponse({ errorCode });
  },
});
