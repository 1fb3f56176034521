// CreateAcls (key 30), versions 0-3. Needs ALTER on the cluster (every creation answers
// CLUSTER_AUTHORIZATION_FAILED otherwise); SECURITY_DISABLED without an authorizer; an
// invalid binding is INVALID_REQUEST for that creation only. Existing bindings are a
// success (Kafka ignores duplicates).
import { auditAclChanges } from "../audit-request.js";
import { ErrorCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import { makeCreateAclsResponse, makeCreateAclsResponseAclCreationResult } from "../../protocol/generated/create-acls-response.js";
import { invalidBindingReason } from "../../security/authorizer/acl-validation.js";
import { AclOperation, CLUSTER_NAME, type AclBinding } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { apiError } from "./api-error.js";
import { defineHandler } from "./define-handler.js";

export const createAclsHandler = defineHandler(ApiKeys.CreateAcls, {
  minVersion: 0,
  maxVersion: 3,
  handle(request, ctx) {
    const all = (code: number, message?: string) => {
      const e = apiError(code, message);
      return makeCreateAclsResponse({ results: request.creations.map(() => makeCreateAclsResponseAclCreationResult({ errorCode: e.code, errorMessage: e.message })) });
    };
    const authorizer = ctx.broker.authorization.authorizer;
    if (authorizer === undefined) return all(ErrorCode.SECURITY_DISABLED, "No Authorizer is configured.");
    if (!authorize(ctx, AclOperation.ALTER, "CLUSTER", CLUSTER_NAME)) return all(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
    const valid: AclBinding[] = [];
    const results = request.creations.map((c) => {
      const binding: AclBinding = {
        resourceType: c.resourceType,
        resourceName: c.resourceName,
        patternType: c.resourcePatternType,
        principal: c.principal,
        host: c.host,
        operation: c.operation,
        permissionType: c.permissionType,
      };
      const invalid = invalidBindingReason(binding);
      if (invalid !== undefined) return makeCreateAclsResponseAclCreationResult({ errorCode: ErrorCode.INVALID_REQUEST, errorMessage: invalid });
      valid.push(binding);
      return makeCreateAclsResponseAclCreationResult({});
    });
    authorizer.store.add(valid);
    auditAclChanges(ctx, "CREATE", valid);
    if (valid.length > 0) ctx.log.info({ count: valid.length }, "created ACLs");
    return makeCreateAclsResponse({ results });
  },
  errorResponse(request, errorCode) {
    const message = apiError(errorCode).message;
    return makeCreateAclsResponse({ results: request.creations.map(() => makeCreateAclsResponseAclCreationResult({ errorCode, errorMessage: message })) });
  },
});
