// AddPartitionsToTxn (key 24), versions 0-5. v0-3 is the client's: one transaction, its
// partitions added to the coordinator's record (persisted before the answer) and one code
// for every partition; partitions that do not exist → UNKNOWN_TOPIC_OR_PARTITION and the
// rest OPERATION_NOT_ATTEMPTED, as Kafka. v4+ batches transactions (KIP-890, sent by
// brokers): verifyOnly asks whether each partition is in the ongoing transaction
// (INVALID_TXN_STATE, v5 TRANSACTION_ABORTABLE when not). Fencing: PRODUCER_FENCED (v2+),
// INVALID_PRODUCER_EPOCH before. ACLs: WRITE on the transactional id and on each topic.
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import type { RequestContext } from "../request-context.js";
import { ErrorCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import type { AddPartitionsToTxnRequestAddPartitionsToTxnTopic } from "../../protocol/generated/add-partitions-to-txn-request.js";
import {
  makeAddPartitionsToTxnResponse,
  makeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult,
  makeAddPartitionsToTxnResponseAddPartitionsToTxnResult,
  makeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult,
  type AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult,
} from "../../protocol/generated/add-partitions-to-txn-response.js";
import type { Broker } from "../broker.js";
import { defineHandler } from "./define-handler.js";
import { fencedErrorFor, partitionsOf } from "./txn-error-code.js";

export const addPartitionsToTxnHandler = defineHandler(ApiKeys.AddPartitionsToTxn, {
  minVersion: 0,
  maxVersion: 5,
  async handle(request, ctx) {
    const v = ctx.apiVersion;
    const txn = ctx.broker.transactionCoordinator;
    if (v <= 3) {
      const topics = request.v3AndBelowTopics;
      const unknown = unknownPartitions(ctx.broker, topics);
      let codeOf: (topic: string, partition: number) => number;
      const refused = deniedCodes(ctx, request.v3AndBelowTransactionalId, topics);
      if (refused !== undefined) codeOf = refused;
      else if (unknown.size > 0) {
        codeOf = (t, p) => (unknown.has(`${p}:${t}`) ? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION : ErrorCode.OPERATION_NOT_ATTEMPTED);
      } else {
        const code = await txn.addPartitions(request.v3AndBelowTransactionalId, request.v3AndBelowProducerId, request.v3AndBelowProducerEpoch, partitionsOf(topics));
        codeOf = () => fencedErrorFor(code, v, 2);
      }
      return makeAddPartitionsToTxnResponse({ resultsByTopicV3AndBelow: topicResults(topics, codeOf) });
    }
    const results = [];
    for (const t of request.transactions) {
      const tps = partitionsOf(t.topics);
      let codes: number[];
      if (t.verifyOnly) {
        codes = txn.verifyPartitions(t.transactionalId, t.producerId, t.producerEpoch, tps, v >= 5 ? ErrorCode.TRANSACTION_ABORTABLE : ErrorCode.INVALID_TXN_STATE);
      } else {
        const unknown = unknownPartitions(ctx.broker, t.topics);
        const refused = deniedCodes(ctx, t.transactionalId, t.topics);
        if (refused !== undefined) codes = tps.map((tp) => refused(tp.topic, tp.partition));
        else if (unknown.size > 0) codes = tps.map((tp) => (unknown.has(`${tp.partition}:${tp.topic}`) ? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION : ErrorCode.OPERATION_NOT_ATTEMPTED));
        else {
          const code = await txn.addPartitions(t.transactionalId, t.producerId, t.producerEpoch, tps);
          codes = tps.map(() => code);
        }
      }
      const byKey = new Map(tps.map((tp, i) => [`${tp.partition}:${tp.topic}`, codes[i] ?? ErrorCode.NONE]));
      results.push(
        makeAddPartitionsToTxnResponseAddPartitionsToTxnResult({
          transactionalId: t.transactionalId,
          topicResults: topicResults(t.topics, (topic, p) => byKey.get(`${p}:${topic}`) ?? ErrorCode.NONE),
        }),
      );
    }
    return makeAddPartitionsToTxnResponse({ resultsByTransaction: results });
  },
  errorResponse(request, errorCode, ctx) {
    if (ctx.apiVersion <= 3) return makeAddPartitionsToTxnResponse({ resultsByTopicV3AndBelow: topicResults(request.v3AndBelowTopics, () => errorCode) });
    return makeAddPartitionsToTxnResponse({ errorCode });
  },
});

/** Kafka's ACLs: WRITE on the transactional id, then WRITE on each topic (the others not attempted). */
function deniedCodes(
  ctx: RequestContext,
  transactionalId: string,
  topics: readonly AddPartitionsToTxnRequestAddPartitionsToTxnTopic[],
): ((topic: string, partition: number) => number) | undefined {
  if (!authorize(ctx, AclOperation.WRITE, "TRANSACTIONAL_ID", transactionalId)) return () => ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED;
  const denied = new Set(topics.filter((t) => !authorize(ctx, AclOperation.WRITE, "TOPIC", t.name)).map((t) => t.name));
  if (denied.size === 0) return undefined;
  return (topic) => (denied.has(topic) ? ErrorCode.TOPIC_AUTHORIZATION_FAILED : ErrorCode.OPERATION_NOT_ATTEMPTED);
}

function unknownPartitions(broker: Broker, topics: readonly AddPartitionsToTxnRequestAddPartitionsToTxnTopic[]): Set<string> {
  const out = new Set<string>();
  for (const t of topics) {
    const info = broker.topics.get(t.name);
    for (const p of t.partitions) if (info === undefined || p < 0 || p >= info.partitions) out.add(`${p}:${t.name}`);
  }
  return out;
}

function topicResults(
  topics: readonly AddPartitionsToTxnRequestAddPartitionsToTxnTopic[],
  codeOf: (topic: string, partition: number) => number,
): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] {
  return topics.map((t) =>
    makeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult({
      name: t.name,
      resultsByPartition: t.partitions.map((p) => makeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult({ partitionIndex: p, partitionErrorCode: codeOf(t.name, p) })),
    }),
  );
}
