// The bit sets that Metadata, DescribeCluster and DescribeGroups report when asked
// (KIP-430): which of a resource type's operations the principal may do. Without an
// authorizer every check passes, so the sets are full.
import { AclOperation } from "../security/authorizer/acl-types.js";

export { AclOperation };

/** Kafka's "not requested" sentinel (Integer.MIN_VALUE). */
export const AUTHORIZED_OPERATIONS_OMITTED = -2147483648;

const O = AclOperation;
export const TOPIC_OPERATIONS = [O.READ, O.WRITE, O.CREATE, O.DELETE, O.ALTER, O.DESCRIBE, O.DESCRIBE_CONFIGS, O.ALTER_CONFIGS] as const;
export const CLUSTER_OPERATIONS = [
  O.CREATE, O.ALTER, O.DESCRIBE, O.CLUSTER_ACTION, O.DESCRIBE_CONFIGS, O.ALTER_CONFIGS, O.IDEMPOTENT_WRITE, O.CREATE_TOKENS, O.DESCRIBE_TOKENS,
] as const;
export const GROUP_OPERATIONS = [O.READ, O.DESCRIBE, O.DELETE] as const;

function bits(ops: readonly number[]): number {
  return ops.reduce((acc, op) => acc | (1 << op), 0);
}
export const ALL_TOPIC_OPERATIONS = bits(TOPIC_OPERATIONS);
export const ALL_CLUSTER_OPERATIONS = bits(CLUSTER_OPERATIONS);
