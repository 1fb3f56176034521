// The broker's side of authorization: whether an authorizer runs (authorizer.class.name
// set, as in Kafka; empty allows everything), the one `authorize(ctx, ...)` check every
// handler calls, and the listeners told of each decision (the audit log subscribes).
import type { BrokerConfig } from "../config/broker-config.js";
import { effectiveTopicConfig } from "../config/topic-config.js";
import { AclAuthorizer } from "../security/authorizer/acl-authorizer.js";
import { AclOperation, ResourceType, nameOf, type ResourceTypeName } from "../security/authorizer/acl-types.js";
import type { AuthorizationEvent, AuthorizationListener } from "../security/authorizer/authorization-event.js";
import type { DataClassification } from "../security/authorizer/data-classification.js";
import { principalToString } from "../security/kafka-principal.js";
import { API_MESSAGES, type ApiKey } from "../protocol/generated/api-messages.js";
import type { RequestContext } from "./request-context.js";

export class BrokerAuthorization {
  /** Undefined when authorizer.class.name is empty: every request is allowed. */
  readonly authorizer: AclAuthorizer | undefined;
  readonly #listeners = new Set<AuthorizationListener>();

  constructor(config: BrokerConfig, logDir: string) {
    const className = config.get("authorizer.class.name");
    this.authorizer =
      className === ""
        ? undefined
        : AclAuthorizer.open(logDir, {
            superUsers: config.superUsers,
            allowEveryoneIfNoAclFound: config.get("allow.everyone.if.no.acl.found"),
          });
  }

  onDecision(listener: AuthorizationListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(event: AuthorizationEvent): void {
    for (const listener of this.#listeners) listener(event);
  }
}

/**
 * Whether the request's principal may do `operation` on the resource. Always true
 * without an authorizer. Every decision (with an authorizer) goes to the listeners.
 */
export function authorize(ctx: RequestContext, operation: number, resourceType: ResourceTypeName, resourceName: string): boolean {
  const { broker, connection } = ctx;
  const authorizer = broker.authorization.authorizer;
  if (authorizer === undefined) return true;
  const classification = resourceType === "TOPIC" ? classificationOf(ctx, resourceName) : undefined;
  const result = authorizer.authorize({
    principal: connection.principal,
    host: connection.clientAddress,
    operation,
    resourceType: ResourceType[resourceType],
    resourceName,
    ...(classification === undefined ? {} : { classification }),
  });
  const acl = result.matchedAcl;
  broker.authorization.emit({
    principal: connection.principal,
    clientId: ctx.clientId,
    clientAddress: connection.clientAddress,
    listener: connection.listenerName,
    apiKey: ctx.apiKey,
    apiName: API_MESSAGES[ctx.apiKey as ApiKey]?.name ?? String(ctx.apiKey),
    correlationId: ctx.correlationId,
    resourceType,
    resourceName,
    patternMatched: acl !== undefined ? `${patternName(acl.patternType)}:${acl.resourceName}` : result.reason === "super-user" ? "super.users" : null,
    operation: nameOf(AclOperation, operation),
    allowed: result.allowed,
    ...(classification === undefined ? {} : { classification }),
    timestampMs: broker.clock.nowMs(),
  });
  if (!result.allowed) {
    ctx.log.debug({ principal: principalToString(connection.principal), operation: nameOf(AclOperation, operation), resourceType, resourceName, reason: result.reason }, "authorization denied");
  }
  return result.allowed;
}

/** Whether the principal may do `operation` on any resource of the type (KIP-679); true without an authorizer. */
export function authorizeByResourceType(ctx: RequestContext, operation: number, resourceType: ResourceTypeName): boolean {
  const authorizer = ctx.broker.authorization.authorizer;
  if (authorizer === undefined) return true;
  return authorizer.authorizeByResourceType(ctx.connection.principal, ctx.connection.clientAddress, operation, ResourceType[resourceType]);
}

/** The names the principal may `operation` (Kafka's filterByAuthorized). */
export function filterAuthorized<T>(ctx: RequestContext, operation: number, resourceType: ResourceTypeName, items: readonly T[], nameOf: (item: T) => string): T[] {
  return items.filter((item) => authorize(ctx, operation, resourceType, nameOf(item)));
}

/** KIP-430 bit set of the operations the principal may do on the resource (including ALL's expansion). */
export function authorizedOperations(ctx: RequestContext, resourceType: ResourceTypeName, resourceName: string, operations: readonly number[]): number {
  return operations.reduce((acc, op) => (authorize(ctx, op, resourceType, resourceName) ? acc | (1 << op) : acc), 0);
}

/** An existing topic's effective classification; a name not yet created is classified by its prefix. */
function classificationOf(ctx: RequestContext, topic: string): DataClassification {
  const { broker } = ctx;
  const config = broker.topics.get(topic) !== undefined ? broker.topicConfig(topic) : effectiveTopicConfig({}, broker.config, topic);
  return config.get("carebus.data.classification") as DataClassification;
}

function patternName(code: number): string {
  return code === 4 ? "PREFIXED" : "LITERAL";
}
