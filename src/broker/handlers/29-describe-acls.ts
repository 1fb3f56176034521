// DescribeAcls (key 29), versions 0-3. Needs DESCRIBE on the cluster
// (CLUSTER_AUTHORIZATION_FAILED); SECURITY_DISABLED without an authorizer; a filter with
// an UNKNOWN field is INVALID_REQUEST. Matching bindings are grouped by resource pattern.
import { ErrorCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import {
  makeDescribeAclsResponse,
  makeDescribeAclsResponseAclDescription,
  makeDescribeAclsResponseDescribeAclsResource,
  type DescribeAclsResponseDescribeAclsResource,
} from "../../protocol/generated/describe-acls-response.js";
import { invalidFilterReason } from "../../security/authorizer/acl-validation.js";
import { AclOperation, CLUSTER_NAME } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { apiError } from "./api-error.js";
import { defineHandler } from "./define-handler.js";

export const describeAclsHandler = defineHandler(ApiKeys.DescribeAcls, {
  minVersion: 0,
  maxVersion: 3,
  handle(request, ctx) {
    const fail = (code: number, message?: string) => {
      const e = apiError(code, message);
      return makeDescribeAclsResponse({ errorCode: e.code, errorMessage: e.message });
    };
    const authorizer = ctx.broker.authorization.authorizer;
    if (authorizer === undefined) return fail(ErrorCode.SECURITY_DISABLED, "No Authorizer is configured.");
    if (!authorize(ctx, AclOperation.DESCRIBE, "CLUSTER", CLUSTER_NAME)) return fail(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
    const filter = {
      resourceType: request.resourceTypeFilter,
      resourceName: request.resourceNameFilter,
      patternType: request.patternTypeFilter,
      principal: request.principalFilter,
      host: request.hostFilter,
      operation: request.operation,
      permissionType: request.permissionType,
    };
    const invalid = invalidFilterReason(filter);
    if (invalid !== undefined) return fail(ErrorCode.INVALID_REQUEST, invalid);
    const resources = new Map<string, DescribeAclsResponseDescribeAclsResource>();
    for (const b of authorizer.store.find(filter)) {
      const key = `${b.resourceType}\u0000${b.patternType}\u0000${b.resourceName}`;
      let r = resources.get(key);
      if (r === undefined) {
        r = makeDescribeAclsResponseDescribeAclsResource({ resourceType: b.resourceType, resourceName: b.resourceName, patternType: b.patternType, acls: [] });
        resources.set(key, r);
      }
      r.acls.push(makeDescribeAclsResponseAclDescription({ principal: b.principal, host: b.host, operation: b.operation, permissionType: b.permissionType }));
    }
    return makeDescribeAclsResponse({ resources: [...resources.values()] });
  },
  errorResponse(_request, errorCode) {
    return makeDescribeAclsResponse({ errorCode, errorMessage: apiError(errorCode).message });
  },
});
