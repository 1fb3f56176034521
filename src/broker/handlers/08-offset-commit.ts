// OffsetCommit (key 8), versions 0-9. Commits go to the group coordinator, which checks
// the group's generation and member (ILLEGAL_GENERATION, UNKNOWN_MEMBER_ID,
// REBALANCE_IN_PROGRESS while the group completes a rebalance, FENCED_INSTANCE_ID for a
// replaced static member; generation -1 on an Empty or unknown group is a standalone
// commit), writes them to __consumer_offsets and answers once they are fsynced. Per
// partition: a topic or partition that does not exist → UNKNOWN_TOPIC_OR_PARTITION;
// metadata longer than offset.metadata.max.bytes → OFFSET_METADATA_TOO_LARGE. v1 carries
// a commit timestamp, v2-v4 a retention time (an explicit expire timestamp), v6+ the
// leader epoch, v7+ the group instance id. Authorization: READ on the group (else
// GROUP_AUTHORIZATION_FAILED everywhere) and READ on each topic (else
// TOPIC_AUTHORIZATION_FAILED on its partitions, not committed). For a KIP-848 consumer group
// the generation field is the member epoch: STALE_MEMBER_EPOCH when it is not the member's,
// UNKNOWN_MEMBER_ID for a non-member, UNSUPPORTED_VERSION below v9.
import { ErrorCode } from "../../protocol/errors.js";
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import type { OffsetCommitRequest } from "../../protocol/generated/offset-commit-request.js";
import {
  makeOffsetCommitResponse,
  makeOffsetCommitResponsePartition,
  makeOffsetCommitResponseTopic,
  type OffsetCommitResponse,
} from "../../protocol/generated/offset-commit-response.js";
import { defineHandler } from "./define-handler.js";

export const offsetCommitHandler = defineHandler(ApiKeys.OffsetCommit, {
  minVersion: 0,
  maxVersion: 9,
  async handle(request, ctx) {
    const v = ctx.apiVersion;
    if (!authorize(ctx, AclOperation.READ, "GROUP", request.groupId)) return respond(request, () => ErrorCode.GROUP_AUTHORIZATION_FAILED);
    const denied = new Set(request.topics.filter((t) => !authorize(ctx, AclOperation.READ, "TOPIC", t.name)).map((t) => t.name));
    const results = await ctx.broker.groupCoordinator.offsets.commit({
      groupId: request.groupId,
      generationId: request.generationIdOrMemberEpoch,
      memberId: request.memberId,
      groupInstanceId: request.groupInstanceId,
      retentionTimeMs: request.retentionTimeMs,
      apiVersion: v,
      partitions: request.topics.filter((t) => !denied.has(t.name)).flatMap((t) =>
        t.partitions.map((p) => ({
          topic: t.name,
          partition: p.partitionIndex,
          offset: p.committedOffset,
          leaderEpoch: v >= 6 ? p.committedLeaderEpoch : -1,
          metadata: p.committedMetadata,
          commitTimestampMs: v === 1 ? p.commitTimestamp : -1n,
        })),
      ),
    });
    const codes = new Map(results.map((r) => [`${r.partition}:${r.topic}`, r.errorCode]));
    return respond(request, (topic, partition) => (denied.has(topic) ? ErrorCode.TOPIC_AUTHORIZATION_FAILED : (codes.get(`${partition}:${topic}`) ?? 0)));
  },
  errorResponse(request, errorCode) {
    return respond(request, () => errorCode);
  },
});

function respond(request: OffsetCommitRequest, codeOf: (topic: string, partition: number) => number): OffsetCommitResponse {
  return makeOffsetCommitResponse({
    topics: request.topics.map((t) =>
      makeOffsetCommitResponseTopic({
        name: t.name,
        partitions: t.partitions.map((p) => makeOffsetCommitResponsePartition({ partitionIndex: p.partitionIndex, errorCode: codeOf(t.name, p.partitionIndex) })),
      }),
    ),
  });
}
