// DescribeTransactions (key 65), version 0 (KIP-664): each transactional id's state, producer
// id and epoch, timeout, start time and partitions; an unknown id → TRANSACTIONAL_ID_NOT_FOUND.
// ACL: DESCRIBE on each transactional id (else TRANSACTIONAL_ID_AUTHORIZATION_FAILED).
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { ErrorCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import {
  makeDescribeTransactionsResponse,
  makeDescribeTransactionsResponseTopicData,
  makeDescribeTransactionsResponseTransactionState,
} from "../../protocol/generated/describe-transactions-response.js";
import { transactionStateName } from "../../coordinator/txn/transaction-state.js";
import { defineHandler } from "./define-handler.js";

export const describeTransactionsHandler = defineHandler(ApiKeys.DescribeTransactions, {
  minVersion: 0,
  maxVersion: 0,
  handle(request, ctx) {
    const txn = ctx.broker.transactionCoordinator;
    return makeDescribeTransactionsResponse({
      transactionStates: request.transactionalIds.map((transactionalId) => {
        if (!authorize(ctx, AclOperation.DESCRIBE, "TRANSACTIONAL_ID", transactionalId)) {
          return makeDescribeTransactionsResponseTransactionState({ transactionalId, errorCode: ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED });
        }
        const m = txn.describe(transactionalId);
        if (typeof m === "number") return makeDescribeTransactionsResponseTransactionState({ transactionalId, errorCode: m });
        return makeDescribeTransactionsResponseTransactionState({
          transactionalId,
          errorCode: ErrorCode.NONE,
          transactionState: transactionStateName(m.state),
          transactionTimeoutMs: m.transactionTimeoutMs,
          transactionStartTimeMs: BigInt(m.startTimestampMs),
          producerId: m.producerId,
          producerEpoch: m.producerEpoch,
          topics: [...m.partitions].map(([topic, ps]) => makeDescribeTransactionsResponseTopicData({ topic, partitions: [...ps].sort((a, b) => a - b) })),
        });
      }),
    });
  },
  errorResponse(request, errorCode) {
    return makeDescribeTransactionsResponse({
      transactionStates: request.transactionalIds.map((transactionalId) => makeDescribeTransactionsResponseTransactionState({ transactionalId, errorCode })),
    });
  },
});
