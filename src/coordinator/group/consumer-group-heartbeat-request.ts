// What a ConsumerGroupHeartbeat asks and gets (the handler-independent form of the
// request and response), and the request checks Kafka makes before touching any state:
// INVALID_REQUEST with Kafka's messages, INVALID_REGULAR_EXPRESSION, UNSUPPORTED_ASSIGNOR.
import { ErrorCode } from "../../protocol/errors.js";
import { groupError, type GroupError } from "./consumer-group.js";
import { LEAVE_GROUP_MEMBER_EPOCH, LEAVE_GROUP_STATIC_MEMBER_EPOCH } from "./consumer-group-member.js";
import type { TopicPartitions } from "./records/consumer-group-records.js";

export interface ConsumerGroupHeartbeatData {
  groupId: string;
  memberId: string;
  memberEpoch: number;
  instanceId: string | null;
  rackId: string | null;
  rebalanceTimeoutMs: number;
  subscribedTopicNames: string[] | null;
  subscribedTopicRegex: string | null;
  serverAssignor: string | null;
  topicPartitions: TopicPartitions[] | null;
  clientId: string;
  clientHost: string;
  apiVersion: number;
}

export interface ConsumerGroupHeartbeatResult extends GroupError {
  memberId: string | null;
  memberEpoch: number;
  heartbeatIntervalMs: number;
  /** null when unchanged since the member last heard it. */
  assignment: TopicPartitions[] | null;
}

/** Request checks before any state is touched (Kafka's throwIfConsumerGroupHeartbeatRequestIsInvalid). */
export function validateConsumerGroupHeartbeat(req: ConsumerGroupHeartbeatData, assignorNames: readonly string[]): GroupError | undefined {
  const invalid = (m: string): GroupError => groupError(ErrorCode.INVALID_REQUEST, m);
  if (req.groupId === "") return invalid("GroupId can't be empty.");
  if (req.instanceId === "") return invalid("InstanceId can't be empty.");
  if (req.rackId === "") return invalid("RackId can't be empty.");
  if (req.apiVersion >= 1 && req.memberId === "") return invalid("MemberId can't be empty.");
  if (req.memberEpoch > 0 || req.memberEpoch === LEAVE_GROUP_MEMBER_EPOCH) {
    if (req.memberId === "") return invalid("MemberId can't be empty.");
  } else if (req.memberEpoch === 0) {
    if (req.rebalanceTimeoutMs === -1) return invalid("RebalanceTimeoutMs must be provided in first request.");
    if (req.topicPartitions === null || req.topicPartitions.length > 0) return invalid("TopicPartitions must be empty when (re-)joining.");
    const noNames = req.subscribedTopicNames === null || req.subscribedTopicNames.length === 0;
    if (noNames && req.subscribedTopicRegex === null) return invalid("SubscribedTopicNames or SubscribedTopicRegex must be set in first request.");
  } else if (req.memberEpoch === LEAVE_GROUP_STATIC_MEMBER_EPOCH) {
    if (req.memberId === "") return invalid("MemberId can't be empty.");
    if (req.instanceId === null) return invalid("InstanceId can't be null.");
  } else {
    return invalid("MemberEpoch is invalid.");
  }
  if (req.subscribedTopicRegex !== null && compileRegex(req.subscribedTopicRegex) === undefined) {
    return groupError(ErrorCode.INVALID_REGULAR_EXPRESSION, `SubscribedTopicRegex \`${req.subscribedTopicRegex}\` is not a valid regular expression.`);
  }
  if (req.serverAssignor !== null && !assignorNames.includes(req.serverAssignor)) {
    return groupError(ErrorCode.UNSUPPORTED_ASSIGNOR, `ServerAssignor ${req.serverAssignor} is not supported. Supported assignors: ${assignorNames.join(", ")}.`);
  }
  return undefined;
}

/** Kafka matches the whole topic name against the regex (RE2J); JavaScript's syntax is close. */
export function compileRegex(source: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${source})$`, "u");
  } catch {
    return undefined;
  }
}

