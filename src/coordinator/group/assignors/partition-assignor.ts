// The server-side assignor contract of KIP-848 (Kafka's ConsumerGroupPartitionAssignor):
// given each member's subscribed topics and its current target assignment, and the
// partition counts of the subscribed topics, compute every member's new target.
import type { Assignment } from "../consumer-group-member.js";

export interface AssignmentMemberSpec {
  /** Topic ids the member subscribes to (only topics that exist). */
  subscribedTopicIds: ReadonlySet<string>;
  /** The member's current target assignment, for stickiness. */
  currentAssignment: Assignment;
}

export interface GroupSpec {
  members: ReadonlyMap<string, AssignmentMemberSpec>;
  /** Partition count by topic id, for every subscribed topic. */
  topics: ReadonlyMap<string, number>;
}

export interface ServerAssignor {
  /** The name clients put in ServerAssignor (`uniform`, `range`). */
  readonly name: string;
  assign(spec: GroupSpec): Map<string, Assignment>;
}

export const DEFAULT_SERVER_ASSIGNORS = ["uniform", "range"] as const;

export function byMemberId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
