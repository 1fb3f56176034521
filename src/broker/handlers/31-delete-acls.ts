// DeleteAcls (key 31), versions 0-3. Needs ALTER on the cluster
// (CLUSTER_AUTHORIZATION_FAILED per filter); SECURITY_DISABLED without an authorizer; a
// filter with an UNKNOWN field is INVALID_REQUEST for that filter. Each filter answers
// with the bindings it removed.
import { auditAclChanges } from "../audit-request.js";
import { ErrorCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import {
  makeDeleteAclsResponse,
  makeDeleteAclsResponseDeleteAclsFilterResult,
  makeDeleteAclsResponseDeleteAclsMatchingAcl,
} from "../../protocol/generated/delete-acls-response.js";
import { invalidFilterReason } from "../../security/authorizer/acl-validation.js";
import { AclOperation, CLUSTER_NAME, type AclBindingFilter } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { apiError } from "./api-error.js";
import { defineHandler } from "./define-handler.js";

export const deleteAclsHandler = defineHandler(ApiKeys.DeleteAcls, {
  minVersion: 0,
  maxVersion: 3,
  handle(request, ctx) {
    const all = (code: number, message?: string) => {
      const e = apiError(code, message);
      return makeDeleteAclsResponse({ filterResults: request.filters.map(() => makeDeleteAclsResponseDeleteAclsFilterResult({ errorCode: e.code, errorMessage: e.message })) });
    };
    const authorizer = ctx.broker.authorization.authorizer;
    if (authorizer === undefined) return all(ErrorCode.SECURITY_DISABLED, "No Authorizer is configured.");
    if (!authorize(ctx, AclOperation.ALTER, "CLUSTER", CLUSTER_NAME)) return all(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
    const filters: AclBindingFilter[] = request.filters.map((f) => ({
      resourceType: f.resourceTypeFilter,
      resourceName: f.resourceNameFilter,
      patternType: f.patternTypeFilter,
      principal: f.principalFilter,
      host: f.hostFilter,
      operation: f.operation,
      permissionType: f.permissionType,
    }));
    const reasons = filters.map(invalidFilterReason);
    const removed = authorizer.store.remove(filters.filter((_, i) => reasons[i] === undefined));
    auditAclChanges(ctx, "DELETE", removed.flat());
    let next = 0;
    const filterResults = reasons.map((reason) => {
      if (reason !== undefined) return makeDeleteAclsResponseDeleteAclsFilterResult({ errorCode: ErrorCode.INVALID_REQUEST, errorMessage: reason });
      const matchingAcls = (removed[next++] ?? []).map((b) => makeDeleteAclsResponseDeleteAclsMatchingAcl({ ...b }));
      return makeDeleteAclsResponseDeleteAclsFilterResult({ matchingAcls });
    });
    return makeDeleteAclsResponse({ filterResults });
  },
  errorResponse(request, errorCode) {
    const message = apiError(errorCode).message;
    return makeDeleteAclsResponse({ filterResults: request.filters.map(() => makeDeleteAclsResponseDeleteAclsFilterResult({ errorCode, errorMessage: message })) });
  },
});
