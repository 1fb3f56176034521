// What one audit entry says: who (principal, client id, address, listener), did what
// (api, operation) to which resource, and what the broker decided. `kind` separates the
// authorizer's decisions from authentications and from changes of users, ACLs and topic
// configs; `details` carries what is particular to a kind (mechanism, changed keys, ...).
// An AuditEvent becomes an AuditEntry once the AuditChain gives it seq, prevHash and hash.

export type AuditKind = "AUTHORIZATION" | "AUTHENTICATION" | "ACL_CHANGE" | "USER_CHANGE" | "TOPIC_CONFIG_CHANGE";

/** ALLOW/DENY for authorization decisions, SUCCESS/FAILURE for authentications and changes. */
export type AuditDecision = "ALLOW" | "DENY" | "SUCCESS" | "FAILURE";

/** JSON values only, so an entry hashes the same after a round trip through a file or topic. */
export type AuditJson = string | number | boolean | null | readonly AuditJson[] | { readonly [key: string]: AuditJson };

export interface AuditResource {
  /** Kafka's ResourceType name: TOPIC, GROUP, CLUSTER, TRANSACTIONAL_ID, USER, ... */
  readonly type: string;
  readonly name: string;
}

/** Who asked, as the request and its connection tell it. */
export interface AuditRequestFields {
  /** `User:alice`; `User:ANONYMOUS` before (or without) authentication. */
  readonly principal: string;
  readonly clientId: string | null;
  readonly clientAddress: string;
  readonly listener: string;
  /** Kafka's API name (e.g. IncrementalAlterConfigs), or null outside a request. */
  readonly api: string | null;
  readonly correlationId: number | null;
}

export interface AuditEvent extends AuditRequestFields {
  readonly kind: AuditKind;
  /** ISO-8601 UTC. */
  readonly time: string;
  readonly timeMs: number;
  readonly resource: AuditResource;
  /** Kafka's AclOperation name (READ, WRITE, ALTER_CONFIGS, ...) or AUTHENTICATE. */
  readonly operation: string;
  readonly decision: AuditDecision;
  readonly details: { readonly [key: string]: AuditJson };
}

/** An event in the hash chain: hash = SHA-256 of the canonical JSON of every other field. */
export interface AuditEntry extends AuditEvent {
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}
