// TxnOffsetCommit (key 28), versions 0-4: offsets a transactional producer commits for a
// group. The transaction coordinator checks the producer id and epoch (fenced producers are
// refused: PRODUCER_FENCED v3+, INVALID_PRODUCER_EPOCH before); the group coordinator checks
// the group (v3+ generation/member, KIP-447; -1 skips it), writes the offsets to
// __consumer_offsets as the producer's transactional batch (fsynced) and holds them until the
// transaction ends: visible to OffsetFetch after the COMMIT marker, dropped on ABORT; replay
// at start-up applies the same rule, so they survive restarts.
// ACLs: WRITE on the transactional id, READ on the group and topics.
// Until the transaction ends, OffsetFetch with require_stable answers UNSTABLE_OFFSET_COMMIT for these partitions.
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { ErrorCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import type { TxnOffsetCommitRequest } from "../../protocol/generated/txn-offset-commit-request.js";
import {
  makeTxnOffsetCommitResponse,
  makeTxnOffsetCommitResponsePartition,
  makeTxnOffsetCommitResponseTopic,
  type TxnOffsetCommitResponse,
} from "../../protocol/generated/txn-offset-commit-response.js";
import { defineHandler } from "./define-handler.js";
import { fencedErrorFor } from "./txn-error-code.js";

export const txnOffsetCommitHandler = defineHandler(ApiKeys.TxnOffsetCommit, {
  minVersion: 0,
  maxVersion: 4,
  async handle(request, ctx) {
    const v = ctx.apiVersion;
    // Kafka's ACLs: WRITE on the transactional id, READ on the group, READ on each topic.
    if (!authorize(ctx, AclOperation.WRITE, "TRANSACTIONAL_ID", request.transactionalId)) return respond(request, () => ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
    if (!authorize(ctx, AclOperation.READ, "GROUP", request.groupId)) return respond(request, () => ErrorCode.GROUP_AUTHORIZATION_FAILED);
    const deniedTopics = new Set(request.topics.filter((t) => !authorize(ctx, AclOperation.READ, "TOPIC", t.name)).map((t) => t.name));
    if (deniedTopics.size > 0) return respond(request, (topic) => (deniedTopics.has(topic) ? ErrorCode.TOPIC_AUTHORIZATION_FAILED : ErrorCode.OPERATION_NOT_ATTEMPTED));
    const producerError = ctx.broker.transactionCoordinator.checkProducer(request.transactionalId, request.producerId, request.producerEpoch);
    if (producerError !== ErrorCode.NONE) return respond(request, () => fencedErrorFor(producerError, v, 3));
    const results = await ctx.broker.groupCoordinator.offsets.commitTransactional({
      groupId: request.groupId,
      producerId: request.producerId,
      producerEpoch: request.producerEpoch,
      generationId: v >= 3 ? request.generationId : -1,
      memberId: v >= 3 ? request.memberId : "",
      groupInstanceId: v >= 3 ? request.groupInstanceId : null,
      partitions: request.topics.flatMap((t) =>
        t.partitions.map((p) => ({
          topic: t.name,
          partition: p.partitionIndex,
          offset: p.committedOffset,
          leaderEpoch: v >= 2 ? p.committedLeaderEpoch : -1,
          metadata: p.committedMetadata,
        })),
      ),
    });
    const codes = new Map(results.map((r) => [`${r.partition}:${r.topic}`, r.errorCode]));
    return respond(request, (topic, partition) => codes.get(`${partition}:${topic}`) ?? ErrorCode.NONE);
  },
  errorResponse(request, errorCode) {
    return respond(request, () => errorCode);
  },
});

function respond(request: TxnOffsetCommitRequest, codeOf: (topic: string, partition: number) => number): TxnOffsetCommitResponse {
  return makeTxnOffsetCommitResponse({
    topics: request.topics.map((t) =>
      makeTxnOffsetCommitResponseTopic({
        name: t.name,
        partitions: t.partitions.map((p) => makeTxnOffsetCommitResponsePartition({ partitionIndex: p.partitionIndex, errorCode: codeOf(t.name, p.partitionIndex) })),
      }),
    ),
  });
}
