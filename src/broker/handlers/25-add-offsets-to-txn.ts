// AddOffsetsToTxn (key 25), versions 0-4: adds the group's __consumer_offsets partition
// (abs(groupId.hashCode) % partitions) to the transaction, so EndTxn writes its marker there
// and the offsets TxnOffsetCommit holds for the producer become visible on commit only.
// Fencing: PRODUCER_FENCED (v2+), INVALID_PRODUCER_EPOCH before. ACLs: WRITE on the transactional id, READ on the group.
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { ErrorCode } from "../../protocol/errors.js";
import { GROUP_METADATA_TOPIC_NAME } from "../../coordinator/group/coordinator-storage.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import { makeAddOffsetsToTxnResponse } from "../../protocol/generated/add-offsets-to-txn-response.js";
import { defineHandler } from "./define-handler.js";
import { fencedErrorFor } from "./txn-error-code.js";

export const addOffsetsToTxnHandler = defineHandler(ApiKeys.AddOffsetsToTxn, {
  minVersion: 0,
  maxVersion: 4,
  async handle(request, ctx) {
    // Kafka's ACLs: WRITE on the transactional id, READ on the group.
    if (!authorize(ctx, AclOperation.WRITE, "TRANSACTIONAL_ID", request.transactionalId)) return makeAddOffsetsToTxnResponse({ errorCode: ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED });
    if (!authorize(ctx, AclOperation.READ, "GROUP", request.groupId)) return makeAddOffsetsToTxnResponse({ errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED });
    const groups = ctx.broker.groupCoordinator;
    groups.ensureOffsetsTopic();
    const partition = groups.partitionFor(request.groupId);
    const code = await ctx.broker.transactionCoordinator.addPartitions(request.transactionalId, request.producerId, request.producerEpoch, [
      { topic: GROUP_METADATA_TOPIC_NAME, partition },
    ]);
    return makeAddOffsetsToTxnResponse({ errorCode: fencedErrorFor(code, ctx.apiVersion, 2) });
  },
  errorResponse(_request, errorCode) {
    return makeAddOffsetsToTxnResponse({ errorCode });
  },
});
