// Who made a request, in the audit log's terms; the outcome of the changes handlers make
// (users, topics and their configs); and the broker's AuditLog as the config asks for it
// (carebus.audit.*; files in carebus.audit.log.dir or <log dir>/audit).
import { AclOperation, AclPermissionType, nameOf, PatternType, ResourceType, type AclBinding } from "../security/authorizer/acl-types.js";
import { join } from "node:path";
import type { BrokerConfig } from "../config/broker-config.js";
import { ErrorCode, errorByCode } from "../protocol/errors.js";
import type { AuditJson, AuditRequestFields, AuditResource } from "../security/audit/audit-event.js";
import { AuditLog } from "../security/audit/audit-log.js";
import { apiName } from "../security/audit/authorization-decision.js";
import { principalToString } from "../security/kafka-principal.js";
import type { Logger } from "../util/logger.js";
import type { RequestContext } from "./request-context.js";

export function auditRequestFields(ctx: RequestContext): AuditRequestFields {
  return {
    principal: principalToString(ctx.connection.principal),
    clientId: ctx.clientId,
    clientAddress: ctx.connection.clientAddress,
    listener: ctx.connection.listenerName,
    api: apiName(ctx.apiKey),
    correlationId: ctx.correlationId,
  };
}

export function openAuditLog(config: BrokerConfig, logDir: string, log: Logger, nowMs: () => number): AuditLog {
  if (!config.get("carebus.audit.enable")) return AuditLog.disabled();
  return AuditLog.open({
    dir: config.get("carebus.audit.log.dir") ?? join(logDir, "audit"),
    maxBytes: config.get("carebus.audit.log.max.bytes"),
    authenticationSuccess: config.get("carebus.audit.authentication.success"),
    log,
    nowMs,
  });
}

/**
 * Records the outcome of a change a request made (or tried): SUCCESS when `errorCode` is
 * NONE, else FAILURE with the error's name and message in the details.
 */
export function auditChange(
  ctx: RequestContext,
  kind: "USER_CHANGE" | "TOPIC_CONFIG_CHANGE" | "ACL_CHANGE",
  change: { resource: AuditResource; operation: string; errorCode: number; errorMessage?: string | null; details?: { readonly [key: string]: AuditJson } },
): void {
  const audit = ctx.broker.audit;
  if (!audit.enabled) return;
  const details: Record<string, AuditJson> = { ...change.details };
  if (change.errorCode !== ErrorCode.NONE) {
    details["error"] = errorByCode(change.errorCode)?.name ?? String(change.errorCode);
    if (change.errorMessage !== undefined && change.errorMessage !== null) details["errorMessage"] = change.errorMessage;
  }
  audit.record(kind, auditRequestFields(ctx), {
    resource: change.resource, operation: change.operation, decision: change.errorCode === ErrorCode.NONE ? "SUCCESS" : "FAILURE", details,
  });
}

/** One ACL_CHANGE entry per ACL created or deleted, in Kafka's names. */
export function auditAclChanges(ctx: RequestContext, operation: "CREATE" | "DELETE", bindings: readonly AclBinding[]): void {
  for (const b of bindings) {
    auditChange(ctx, "ACL_CHANGE", {
      resource: { type: nameOf(ResourceType, b.resourceType), name: b.resourceName },
      operation,
      errorCode: ErrorCode.NONE,
      details: {
        patternType: nameOf(PatternType, b.patternType),
        principal: b.principal,
        host: b.host,
        aclOperation: nameOf(AclOperation, b.operation),
        permissionType: nameOf(AclPermissionType, b.permissionType),
      },
    });
  }
}
