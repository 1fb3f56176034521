// Checks of manual replica assignments and of operation size shared by CreateTopics and
// CreatePartitions, as the KRaft controller makes them, on a cluster of one node.
import { ErrorCode } from "../../protocol/errors.js";
import { apiError, type ApiError } from "./api-error.js";

/**
 * The controller refuses an operation that would write more metadata records than this
 * (QuorumController.MAX_RECORDS_PER_USER_OP); one partition is one record. It also keeps
 * a typo such as 1000000 partitions from filling the disk with empty logs.
 */
export const MAX_PARTITIONS_PER_OPERATION = 10_000;
export const TOO_LARGE: ApiError = apiError(ErrorCode.POLICY_VIOLATION, "Unable to perform excessively large batch operation.");

/**
 * ReplicationControlManager.validateManualPartitionAssignment on one node: the list
 * names this node once, and as many replicas as the partitions before it.
 */
export function replicaListError(brokerIds: readonly number[], nodeId: number, expectedReplicas: number | undefined): ApiError | undefined {
  if (brokerIds.length === 0) {
    return apiError(ErrorCode.INVALID_REPLICA_ASSIGNMENT, "The manual partition assignment includes an empty replica list.");
  }
  const sorted = [...brokerIds].sort((a, b) => a - b);
  for (const [i, id] of sorted.entries()) {
    if (id !== nodeId) {
      return apiError(
        ErrorCode.INVALID_REPLICA_ASSIGNMENT,
        `The manual partition assignment includes broker ${id}, but no such broker is registered. This is a single-node broker: the only broker is ${nodeId}.`,
      );
    }
    if (i > 0 && sorted[i - 1] === id) {
      return apiError(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `The manual partition assignment includes the broker ${id} more than once.`);
    }
  }
  if (expectedReplicas !== undefined && sorted.length !== expectedReplicas) {
    return apiError(
      ErrorCode.INVALID_REPLICA_ASSIGNMENT,
      `The manual partition assignment includes a partition with ${sorted.length} replica(s), but this is not consistent with previous partitions, which have ${expectedReplicas} replica(s).`,
    );
  }
  return undefined;
}
