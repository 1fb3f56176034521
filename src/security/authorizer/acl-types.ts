// Kafka's ACL vocabulary with its wire codes (org.apache.kafka.common.resource.ResourceType,
// PatternType, acl.AclOperation, acl.AclPermissionType). ANY and MATCH exist only in
// filters (DescribeAcls, DeleteAcls); a stored binding is always concrete.

export const ResourceType = {
  UNKNOWN: 0,
  ANY: 1,
  TOPIC: 2,
  GROUP: 3,
  CLUSTER: 4,
  TRANSACTIONAL_ID: 5,
  DELEGATION_TOKEN: 6,
  USER: 7,
} as const;
export type ResourceTypeName = Exclude<keyof typeof ResourceType, "UNKNOWN" | "ANY">;

export const PatternType = { UNKNOWN: 0, ANY: 1, MATCH: 2, LITERAL: 3, PREFIXED: 4 } as const;

export const AclOperation = {
  UNKNOWN: 0,
  ANY: 1,
  ALL: 2,
  READ: 3,
  WRITE: 4,
  CREATE: 5,
  DELETE: 6,
  ALTER: 7,
  DESCRIBE: 8,
  CLUSTER_ACTION: 9,
  DESCRIBE_CONFIGS: 10,
  ALTER_CONFIGS: 11,
  IDEMPOTENT_WRITE: 12,
  CREATE_TOKENS: 13,
  DESCRIBE_TOKENS: 14,
} as const;
export type AclOperationName = keyof typeof AclOperation;

export const AclPermissionType = { UNKNOWN: 0, ANY: 1, DENY: 2, ALLOW: 3 } as const;

/** The one CLUSTER resource's name (Kafka's Resource.CLUSTER_NAME). */
export const CLUSTER_NAME = "kafka-cluster";
/** Resource name and host that match everything in a LITERAL binding. */
export const WILDCARD_RESOURCE = "*";
export const WILDCARD_HOST = "*";
/** `User:*` matches every principal. */
export const WILDCARD_PRINCIPAL = "User:*";

/** A resource pattern plus an access control entry (Kafka's AclBinding), all codes. */
export interface AclBinding {
  readonly resourceType: number;
  readonly resourceName: string;
  readonly patternType: number;
  readonly principal: string;
  readonly host: string;
  readonly operation: number;
  readonly permissionType: number;
}

/** Kafka's AclBindingFilter: null strings and ANY codes match everything; MATCH applies patterns. */
export interface AclBindingFilter {
  readonly resourceType: number;
  readonly resourceName: string | null;
  readonly patternType: number;
  readonly principal: string | null;
  readonly host: string | null;
  readonly operation: number;
  readonly permissionType: number;
}

export function nameOf(table: Readonly<Record<string, number>>, code: number): string {
  return Object.entries(table).find(([, c]) => c === code)?.[0] ?? "UNKNOWN";
}

/** Case-insensitive name → code ("prefixed" → 4); undefined when unknown. */
export function codeOf(table: Readonly<Record<string, number>>, name: string): number | undefined {
  const key = name.toUpperCase().replace(/-/g, "_");
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
