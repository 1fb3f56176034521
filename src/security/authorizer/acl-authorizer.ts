// Kafka's StandardAuthorizer decision, over the stored ACLs:
//   1. a super user (super.users) is always allowed;
//   2. the ACLs that apply to the resource are the LITERAL ones on its name or on `*`
//      and the PREFIXED ones on a prefix of its name;
//   3. of those, the ones for this principal (or User:*) and host (or *) decide: any DENY
//      for the operation (or ALL) denies — DENY wins; else any ALLOW for it, for ALL, or
//      for an operation implying it (DESCRIBE is implied by READ, WRITE, DELETE and
//      ALTER; DESCRIBE_CONFIGS by ALTER_CONFIGS) allows;
//   4. when no ACL applies to the resource at all, allow.everyone.if.no.acl.found decides
//      — except for PHI topics, which Carebus keeps deny-by-default: only super users and
//      explicit ALLOW ACLs open them.
import { principalToString, type KafkaPrincipal } from "../kafka-principal.js";
import { AclStore } from "./acl-store.js";
import {
  AclOperation,
  AclPermissionType,
  PatternType,
  ResourceType,
  WILDCARD_HOST,
  WILDCARD_PRINCIPAL,
  WILDCARD_RESOURCE,
  type AclBinding,
} from "./acl-types.js";
import type { DataClassification } from "./data-classification.js";

export interface AclAuthorizerOptions {
  /** super.users entries, `User:admin`. */
  readonly superUsers: readonly string[];
  readonly allowEveryoneIfNoAclFound: boolean;
}

export interface AuthorizationRequest {
  readonly principal: KafkaPrincipal;
  readonly host: string;
  readonly operation: number;
  readonly resourceType: number;
  readonly resourceName: string;
  /** The topic's classification; PHI turns off allow.everyone.if.no.acl.found. */
  readonly classification?: DataClassification;
}

export interface AuthorizationResult {
  readonly allowed: boolean;
  /** The ACL that decided, or why none did. */
  readonly reason: "super-user" | "deny-acl" | "allow-acl" | "no-matching-allow" | "no-acl-allow-everyone" | "no-acl-deny" | "phi-deny-by-default";
  readonly matchedAcl?: AclBinding;
}

const IMPLIED_BY: ReadonlyMap<number, readonly number[]> = new Map([
  [AclOperation.DESCRIBE, [AclOperation.READ, AclOperation.WRITE, AclOperation.DELETE, AclOperation.ALTER]],
  [AclOperation.DESCRIBE_CONFIGS, [AclOperation.ALTER_CONFIGS]],
]);

/** Whether the operation names one the resource type has (Kafka's per-type operation sets). */
export const OPERATIONS_OF: ReadonlyMap<number, readonly number[]> = new Map([
  [ResourceType.TOPIC, [3, 4, 5, 6, 7, 8, 10, 11]],
  [ResourceType.GROUP, [3, 6, 8]],
  [ResourceType.CLUSTER, [5, 7, 8, 9, 10, 11, 12, 13, 14]],
  [ResourceType.TRANSACTIONAL_ID, [4, 8]],
  [ResourceType.DELEGATION_TOKEN, [8]],
  [ResourceType.USER, [13, 14]],
]);

export class AclAuthorizer {
  readonly store: AclStore;
  readonly #superUsers: ReadonlySet<string>;
  readonly #allowEveryone: boolean;

  constructor(store: AclStore, options: AclAuthorizerOptions) {
    this.store = store;
    this.#superUsers = new Set(options.superUsers);
    this.#allowEveryone = options.allowEveryoneIfNoAclFound;
  }

  static open(logDir: string, options: AclAuthorizerOptions): AclAuthorizer {
    return new AclAuthorizer(AclStore.open(logDir), options);
  }

  authorize(req: AuthorizationRequest): AuthorizationResult {
    const principal = principalToString(req.principal);
    if (this.#superUsers.has(principal)) return { allowed: true, reason: "super-user" };
    const onResource = this.store.index.matching(req.resourceType, req.resourceName);
    const mine = onResource.filter(
      (b) => (b.principal === principal || b.principal === WILDCARD_PRINCIPAL) && (b.host === req.host || b.host === WILDCARD_HOST),
    );
    const deny = mine.find((b) => b.permissionType === AclPermissionType.DENY && (b.operation === req.operation || b.operation === AclOperation.ALL));
    if (deny !== undefined) return { allowed: false, reason: "deny-acl", matchedAcl: deny };
    const implied = IMPLIED_BY.get(req.operation) ?? [];
    const allow = mine.find(
      (b) =>
        b.permissionType === AclPermissionType.ALLOW &&
        (b.operation === req.operation || b.operation === AclOperation.ALL || implied.includes(b.operation)),
    );
    if (allow !== undefined) return { allowed: true, reason: "allow-acl", matchedAcl: allow };
    if (onResource.length > 0) return { allowed: false, reason: "no-matching-allow" };
    if (req.classification === "PHI") return { allowed: false, reason: "phi-deny-by-default" };
    return this.#allowEveryone ? { allowed: true, reason: "no-acl-allow-everyone" } : { allowed: false, reason: "no-acl-deny" };
  }

  /**
   * Whether the principal may do `operation` on some resource of the type (Kafka's
   * authorizeByResourceType, KIP-679): an ALLOW for it that no DENY on `*`, on the same
   * literal name or on a covering prefix takes back. With no ACL of the type at all,
   * allow.everyone.if.no.acl.found decides.
   */
  authorizeByResourceType(principal: KafkaPrincipal, host: string, operation: number, resourceType: number): boolean {
    const who = principalToString(principal);
    if (this.#superUsers.has(who)) return true;
    const ofType = this.store.index.ofType(resourceType);
    const mine = ofType.filter(
      (b) =>
        (b.principal === who || b.principal === WILDCARD_PRINCIPAL) &&
        (b.host === host || b.host === WILDCARD_HOST) &&
        (b.operation === operation || b.operation === AclOperation.ALL),
    );
    const denies = mine.filter((b) => b.permissionType === AclPermissionType.DENY);
    const deniedName = (name: string) =>
      denies.some((d) => (d.patternType === PatternType.LITERAL ? d.resourceName === name || d.resourceName === WILDCARD_RESOURCE : name.startsWith(d.resourceName)));
    if (mine.some((b) => b.permissionType === AclPermissionType.ALLOW && !deniedName(b.resourceName))) return true;
    return ofType.length === 0 && this.#allowEveryone;
  }
}
