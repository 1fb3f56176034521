// InitProducerId (key 22), versions 0-5. Gives an idempotent producer its producer id
// (coordinator/txn/producer-id-manager.ts: ids reserved in persisted blocks, never reused).
//
// As Kafka's TransactionCoordinator: without a transactional id every request gets a new
// producer id with epoch 0, including KIP-360's retries that carry the current id and
// epoch (v3+) — an idempotent producer bumps its epoch on its own and asks the broker only
// when it needs a new id, so the broker has nothing to bump. A producer id given without
// an epoch, or the reverse, is INVALID_REQUEST.
//
// With a transactional id the transaction coordinator answers
// (coordinator/txn/transaction-coordinator.ts): a new id, or the next epoch of the id's
// producer, aborting its ongoing transaction first (fencing the old producer), with
// KIP-360's expected id and epoch checked (PRODUCER_FENCED, INVALID_PRODUCER_EPOCH before
// v4). Authorization (KIP-679): a transactional id needs WRITE on it
// (TRANSACTIONAL_ID_AUTHORIZATION_FAILED); an idempotent producer needs IDEMPOTENT_WRITE on
// the cluster or WRITE on some topic (CLUSTER_AUTHORIZATION_FAILED). Not implemented: quotas.
import { AclOperation, CLUSTER_NAME } from "../../security/authorizer/acl-types.js";
import { authorize, authorizeByResourceType } from "../authorization.js";
import { ErrorCode, KafkaError } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import { makeInitProducerIdResponse, type InitProducerIdResponse } from "../../protocol/generated/init-producer-id-response.js";
import { NO_PRODUCER_EPOCH, NO_PRODUCER_ID } from "../../protocol/records/batch-header.js";
import { ProducerIdManager } from "../../coordinator/txn/producer-id-manager.js";
import type { Broker } from "../broker.js";
import { defineHandler } from "./define-handler.js";
import { fencedErrorFor } from "./txn-error-code.js";

const managers = new WeakMap<Broker, ProducerIdManager>();

/** The broker's producer id manager, opened on first use. */
export function producerIdManagerOf(broker: Broker): ProducerIdManager {
  let manager = managers.get(broker);
  if (manager === undefined) {
    manager = ProducerIdManager.open(broker.logDir);
    managers.set(broker, manager);
  }
  return manager;
}

export const initProducerIdHandler = defineHandler(ApiKeys.InitProducerId, {
  minVersion: 0,
  maxVersion: 5,
  async handle(request, ctx) {
    const { transactionalId, producerId, producerEpoch } = request;
    if (transactionalId !== null && !authorize(ctx, AclOperation.WRITE, "TRANSACTIONAL_ID", transactionalId)) return failed(ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
    if (transactionalId === null && !authorize(ctx, AclOperation.IDEMPOTENT_WRITE, "CLUSTER", CLUSTER_NAME) && !authorizeByResourceType(ctx, AclOperation.WRITE, "TOPIC")) {
      return failed(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
    }
    if ((producerId === NO_PRODUCER_ID) !== (producerEpoch === NO_PRODUCER_EPOCH)) return failed(ErrorCode.INVALID_REQUEST);
    if (transactionalId === null) {
      try {
        return makeInitProducerIdResponse({ producerId: producerIdManagerOf(ctx.broker).generateProducerId(), producerEpoch: 0 });
      } catch (err) {
        ctx.log.error({ err }, "cannot allocate a producer id");
        return failed(err instanceof KafkaError ? err.code : ErrorCode.UNKNOWN_SERVER_ERROR);
      }
    }
    const expected = producerId === NO_PRODUCER_ID ? undefined : { producerId, producerEpoch };
    const result = await ctx.broker.transactionCoordinator.initProducerId(transactionalId, request.transactionTimeoutMs, expected);
    if (result.errorCode !== ErrorCode.NONE) return failed(fencedErrorFor(result.errorCode, ctx.apiVersion, 4));
    return makeInitProducerIdResponse({ producerId: result.producerId, producerEpoch: result.producerEpoch });
  },
  errorResponse(_request, errorCode) {
    return failed(errorCode);
  },
});

function failed(errorCode: number): InitProducerIdResponse {
  return makeInitProducerIdResponse({ errorCode, producerId: NO_PRODUCER_ID, producerEpoch: NO_PRODUCER_EPOCH });
}
