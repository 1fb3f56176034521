// ListGroups (key 16), versions 0-5. Every group this node coordinates (all of them)
// that is not Dead, with its protocol type; v4+ adds the state and filters by states
// (KIP-518), v5+ adds the type ("classic": KIP-848 groups do not exist here) and filters
// by types (KIP-848). Filters compare case-insensitively, as Kafka's parsers do.
// Not implemented: ACLs (every group is listed).
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import { makeListGroupsResponse, makeListGroupsResponseListedGroup } from "../../protocol/generated/list-groups-response.js";
import { defineHandler } from "./define-handler.js";

const CLASSIC = "classic";

export const listGroupsHandler = defineHandler(ApiKeys.ListGroups, {
  minVersion: 0,
  maxVersion: 5,
  handle(request, ctx) {
    const v = ctx.apiVersion;
    const states = new Set(v >= 4 ? request.statesFilter.map((s) => s.toLowerCase()) : []);
    const types = new Set(v >= 5 ? request.typesFilter.map((t) => t.toLowerCase()) : []);
    const { errorCode, groups } = ctx.broker.groupCoordinator.listGroups();
    return makeListGroupsResponse({
      errorCode,
      groups: groups
        .filter((g) => states.size === 0 || states.has(g.state.toLowerCase()))
        .filter(() => types.size === 0 || types.has(CLASSIC))
        .map((g) =>
          makeListGroupsResponseListedGroup({
            groupId: g.groupId,
            protocolType: g.protocolType,
            groupState: v >= 4 ? g.state : "",
            groupType: v >= 5 ? CLASSIC : "",
          }),
        ),
    });
  },
  errorResponse(_request, errorCode) {
    return makeListGroupsResponse({ errorCode });
  },
});
