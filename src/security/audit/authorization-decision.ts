// The authorizer's decision as the audit log takes it: the shape `broker.onAuthorization`
// delivers (principal, client, request, resource, operation, allowed, classification).
// Resource types and operations are accepted as Kafka's names or as their wire ids
// (ResourceType and AclOperation in Kafka's common.resource / common.acl).
import { API_MESSAGES } from "../../protocol/generated/api-messages.js";
import { principalToString, type KafkaPrincipal } from "../kafka-principal.js";
import type { AuditDecision, AuditJson, AuditRequestFields, AuditResource } from "./audit-event.js";

export interface AuthorizationDecision {
  readonly principal: KafkaPrincipal | string;
  readonly clientId?: string | null;
  readonly clientAddress?: string;
  readonly listener?: string;
  readonly apiKey?: number;
  readonly apiName?: string;
  readonly correlationId?: number | null;
  readonly resourceType: string | number;
  readonly resourceName: string;
  /** Kafka's pattern type when the decision came from a pattern (LITERAL/PREFIXED), informational. */
  readonly patternType?: string | number;
  readonly operation: string | number;
  readonly allowed: boolean;
  /** The topic's carebus.data.classification (PHI, deidentified, public), when the resource is a topic. */
  readonly classification?: string | null;
}

const RESOURCE_TYPES = ["UNKNOWN", "ANY", "TOPIC", "GROUP", "CLUSTER", "TRANSACTIONAL_ID", "DELEGATION_TOKEN", "USER"] as const;
const OPERATIONS = [
  "UNKNOWN", "ANY", "ALL", "READ", "WRITE", "CREATE", "DELETE", "ALTER", "DESCRIBE", "CLUSTER_ACTION",
  "DESCRIBE_CONFIGS", "ALTER_CONFIGS", "IDEMPOTENT_WRITE", "CREATE_TOKENS", "DESCRIBE_TOKENS",
] as const;

export function resourceTypeName(t: string | number): string {
  return typeof t === "number" ? (RESOURCE_TYPES[t] ?? String(t)) : t.toUpperCase();
}

export function operationName(op: string | number): string {
  return typeof op === "number" ? (OPERATIONS[op] ?? String(op)) : op.toUpperCase();
}

/** Kafka's name of API `apiKey` (e.g. 44 → IncrementalAlterConfigs). */
export function apiName(apiKey: number): string {
  return (API_MESSAGES as Readonly<Record<number, { name: string } | undefined>>)[apiKey]?.name ?? `ApiKey${apiKey}`;
}

export function authorizationEvent(d: AuthorizationDecision): {
  request: AuditRequestFields;
  what: { resource: AuditResource; operation: string; decision: AuditDecision; details: { readonly [key: string]: AuditJson } };
} {
  const details: Record<string, AuditJson> = {};
  if (d.classification !== undefined && d.classification !== null) details["classification"] = d.classification;
  if (d.patternType !== undefined) details["patternType"] = d.patternType;
  return {
    request: {
      principal: typeof d.principal === "string" ? d.principal : principalToString(d.principal),
      clientId: d.clientId ?? null,
      clientAddress: d.clientAddress ?? "",
      listener: d.listener ?? "",
      api: d.apiName ?? (d.apiKey === undefined ? null : apiName(d.apiKey)),
      correlationId: d.correlationId ?? null,
    },
    what: {
      resource: { type: resourceTypeName(d.resourceType), name: d.resourceName },
      operation: operationName(d.operation),
      decision: d.allowed ? "ALLOW" : "DENY",
      details,
    },
  };
}
