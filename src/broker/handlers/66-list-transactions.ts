// ListTransactions (key 66), versions 0-1 (KIP-664, KIP-994): every transactional id with its
// producer id and state, filtered by state names, producer ids and (v1) a minimum running
// time of the ongoing transaction; unknown state names are echoed in unknown_state_filters.
// Lists only the transactional ids the caller may DESCRIBE.
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { ErrorCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import { makeListTransactionsResponse, makeListTransactionsResponseTransactionState } from "../../protocol/generated/list-transactions-response.js";
import { transactionStateFromName, transactionStateName, type TransactionState } from "../../coordinator/txn/transaction-state.js";
import { defineHandler } from "./define-handler.js";

export const listTransactionsHandler = defineHandler(ApiKeys.ListTransactions, {
  minVersion: 0,
  maxVersion: 1,
  handle(request, ctx) {
    const txn = ctx.broker.transactionCoordinator;
    if (txn.isLoading) return makeListTransactionsResponse({ errorCode: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS });
    const states = new Set<TransactionState>();
    const unknownStateFilters: string[] = [];
    for (const name of request.stateFilters) {
      const state = transactionStateFromName(name);
      if (state === undefined) unknownStateFilters.push(name);
      else states.add(state);
    }
    // Only unknown names given: nothing can match them.
    if (request.stateFilters.length > 0 && states.size === 0) return makeListTransactionsResponse({ unknownStateFilters });
    const producerIds = new Set(request.producerIdFilters);
    const minDurationMs = ctx.apiVersion >= 1 ? request.durationFilter : -1n;
    const now = ctx.broker.clock.nowMs();
    const matching = txn.list().filter(
      (m) =>
        authorize(ctx, AclOperation.DESCRIBE, "TRANSACTIONAL_ID", m.transactionalId) &&
        (states.size === 0 || states.has(m.state)) &&
        (producerIds.size === 0 || producerIds.has(m.producerId)) &&
        (minDurationMs < 0n || (m.state === "Ongoing" && BigInt(now - m.startTimestampMs) >= minDurationMs)),
    );
    return makeListTransactionsResponse({
      unknownStateFilters,
      transactionStates: matching.map((m) =>
        makeListTransactionsResponseTransactionState({ transactionalId: m.transactionalId, producerId: m.producerId, transactionState: transactionStateName(m.state) }),
      ),
    });
  },
  errorResponse(_request, errorCode) {
    return makeListTransactionsResponse({ errorCode });
  },
});
