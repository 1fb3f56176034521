// EndTxn (key 26), versions 0-5: commits or aborts the transaction. The coordinator persists
// PrepareCommit/PrepareAbort, writes a COMMIT/ABORT marker to every partition of the
// transaction (including the group's __consumer_offsets partition) and flushes them, makes
// the transaction's group offsets visible (or drops them), persists Complete* and answers.
// v5+ (KIP-890 part 2) ends every transaction with a bumped epoch, returned in the answer,
// so a late EndTxn of an earlier transaction is fenced rather than ending the next one.
// Fencing: PRODUCER_FENCED (v2+), INVALID_PRODUCER_EPOCH before. ACL: WRITE on the
// transactional id (TRANSACTIONAL_ID_AUTHORIZATION_FAILED).
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { ErrorCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import { makeEndTxnResponse } from "../../protocol/generated/end-txn-response.js";
import { defineHandler } from "./define-handler.js";
import { fencedErrorFor } from "./txn-error-code.js";

export const endTxnHandler = defineHandler(ApiKeys.EndTxn, {
  minVersion: 0,
  maxVersion: 5,
  async handle(request, ctx) {
    const v = ctx.apiVersion;
    if (!authorize(ctx, AclOperation.WRITE, "TRANSACTIONAL_ID", request.transactionalId)) return makeEndTxnResponse({ errorCode: ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED });
    const r = await ctx.broker.transactionCoordinator.endTransaction(request.transactionalId, request.producerId, request.producerEpoch, request.committed, v >= 5);
    if (r.errorCode !== ErrorCode.NONE) return makeEndTxnResponse({ errorCode: fencedErrorFor(r.errorCode, v, 2) });
    return makeEndTxnResponse({ producerId: r.producerId, producerEpoch: r.producerEpoch });
  },
  errorResponse(_request, errorCode) {
    return makeEndTxnResponse({ errorCode });
  },
});
