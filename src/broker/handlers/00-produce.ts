// Produce (key 0), versions 0-11. Each partition is validated (produce-validation.ts),
// appended and answered on its own: one partition's failure never fails the others.
// Per partition, in Kafka's order: unknown topic or partition → UNKNOWN_TOPIC_OR_PARTITION
// (a Produce never creates a topic; producers create through Metadata, as in Kafka), acks
// other than -1/0/1 → INVALID_REQUIRED_ACKS, an internal topic from a client other than
// the admin client → INVALID_TOPIC_EXCEPTION, acks=-1 with min.insync.replicas > 1 →
// NOT_ENOUGH_REPLICAS (there is one replica), then record validation.
//
// acks=0: no response; if any partition failed, the connection is closed so the producer
// notices and refreshes metadata (Kafka's behaviour). acks=1: answered after the append.
// acks=-1: answered after the log flush (fsync, group-committed across producers and across
// the pipelined requests of one connection: see deferred-response.ts); a flush
// slower than timeoutMs answers REQUEST_TIMED_OUT, a failed one KAFKA_STORAGE_ERROR.
//
// Versions 0-2 carry legacy message sets (magic 0/1), which Kafka 4.0 no longer stores
// (KIP-724, KIP-896). Kafka 4.0 still advertises Produce from v0, because librdkafka
// infers compression support from v0 being listed (KAFKA-18659), but refuses a v0-2
// request when it arrives (it fails request parsing, so the connection closes). Carebus
// advertises v0 too and answers a v0-2 request with UNSUPPORTED_VERSION on every
// partition instead, which the client can report rather than reconnect and retry.
//
// Idempotent producers (storage/producer-state/): Log.append checks each batch's producer
// epoch and sequence. A retry of one of the producer's last five batches is answered NONE
// with the offsets of the first append and nothing is appended (Kafka no longer answers
// DUPLICATE_SEQUENCE_NUMBER); a gap or a new epoch not starting at 0 →
// OUT_OF_ORDER_SEQUENCE_NUMBER, an older epoch → INVALID_PRODUCER_EPOCH, a transactional
// batch → INVALID_TXN_STATE (no transaction coordinator yet) — each on its partition only.
// Schema validation (schema-validation/, Confluent Server's confluent.key/value.schema.
// validation): after Kafka's checks, a topic with it on has its batch decoded and every
// key/value checked against the registry over HTTP (awaited, so other connections go on);
// failing records → INVALID_RECORD with record errors, for that partition only. A registry
// that cannot be reached → UNKNOWN_SERVER_ERROR with the reason.
// Authorization (Kafka's KafkaApis.handleProduceRequest): a transactional id needs WRITE
// on it (TRANSACTIONAL_ID_AUTHORIZATION_FAILED on every partition), each topic needs
// WRITE (TOPIC_AUTHORIZATION_FAILED on its partitions, before the existence check).
// Idempotence needs no cluster ACL here since KIP-679 (InitProducerId checks it).
// Not implemented: quotas (throttleTimeMs 0), the
// v10+ currentLeader/nodeEndpoints fields (only set with NOT_LEADER_OR_FOLLOWER).
import { ErrorCode, KafkaError } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import type { ProduceRequestPartitionProduceData } from "../../protocol/generated/produce-request.js";
import {
  makeProduceResponse,
  makeProduceResponsePartitionProduceResponse,
  makeProduceResponseTopicProduceResponse,
  type ProduceResponse,
  type ProduceResponsePartitionProduceResponse,
} from "../../protocol/generated/produce-response.js";
import { decodeRecordBatch } from "../../protocol/records/record-batch.js";
import { AclOperation } from "../../security/authorizer/acl-types.js";
import type { Log } from "../../storage/log.js";
import { authorize } from "../authorization.js";
import { deferResponse } from "../deferred-response.js";
import { isInternalTopic } from "../metadata/topic-name.js";
import { invalidRecords, produceSettingsOf, RecordValidationError, validateProducedRecords } from "../produce-validation.js";
import { RegistryUnavailableError } from "../schema-validation/registry-lookup.js";
import type { RequestContext } from "../request-context.js";
import { defineHandler } from "./define-handler.js";

/** AdminUtils.ADMIN_CLIENT_ID: the one client allowed to produce to internal topics. */
const ADMIN_CLIENT_ID = "__admin_client";
const FIRST_VERSION_WITH_MAGIC_2 = 3;

interface PartitionOutcome {
  response: ProduceResponsePartitionProduceResponse;
  /** The log appended to, when the append succeeded. */
  log?: Log;
}

export const produceHandler = defineHandler(ApiKeys.Produce, {
  minVersion: 0,
  maxVersion: 11,
  // No errorResponse, on purpose: a handler that throws then has its connection closed by
  // the dispatcher, which is how a failed acks=0 produce is answered. Partition failures
  // are caught below, so nothing else throws.
  async handle(request, ctx) {
    const nowMs = ctx.broker.clock.nowMs();
    const txnDenied = request.transactionalId !== null && !authorize(ctx, AclOperation.WRITE, "TRANSACTIONAL_ID", request.transactionalId);
    // Partitions without schema validation append synchronously, in request order.
    const outcomes = await Promise.all(
      request.topicData.map((t) => {
        const denied = txnDenied ? ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED : authorize(ctx, AclOperation.WRITE, "TOPIC", t.name) ? undefined : ErrorCode.TOPIC_AUTHORIZATION_FAILED;
        return Promise.all(t.partitionData.map((p) => (denied !== undefined ? Promise.resolve(failed(p.index, denied)) : produceToPartition(ctx, request.acks, t.name, p, nowMs))));
      }),
    );
    if (request.acks === 0) {
      const failures = request.topicData.flatMap((t, i) =>
        (outcomes[i] ?? []).filter((o) => o.response.errorCode !== ErrorCode.NONE).map((o) => `${t.name}-${o.response.index}: ${o.response.errorCode}`),
      );
      if (failures.length === 0) return null;
      ctx.log.info(
        { correlationId: ctx.correlationId, clientId: ctx.clientId, connection: ctx.connection.id },
        `closing connection due to error during produce request with acks=0: ${failures.join(", ")}`,
      );
      throw new KafkaError(ErrorCode.UNKNOWN_SERVER_ERROR, "acks=0 produce failed");
    }
    const respond = (): ProduceResponse =>
      makeProduceResponse({
        responses: request.topicData.map((t, i) =>
          makeProduceResponseTopicProduceResponse({ name: t.name, partitionResponses: (outcomes[i] ?? []).map((o) => o.response) }),
        ),
      });
    // acks=-1: the batches are appended (in request order); the answer waits for the fsync
    // without holding up this connection's next request, so pipelined produces share it.
    if (request.acks === -1) return deferResponse(awaitDurability(outcomes.flat(), request.timeoutMs, ctx).then(respond));
    return respond();
  },
});

async function produceToPartition(
  ctx: RequestContext,
  acks: number,
  topic: string,
  data: ProduceRequestPartitionProduceData,
  nowMs: number,
): Promise<PartitionOutcome> {
  const { broker, apiVersion } = ctx;
  const index = data.index;
  if (apiVersion < FIRST_VERSION_WITH_MAGIC_2) {
    return failed(index, ErrorCode.UNSUPPORTED_VERSION, `Produce v${apiVersion} (message format v0/v1) is not supported; use v3 or later`);
  }
  const info = broker.topics.get(topic);
  if (info === undefined || index < 0 || index >= info.partitions) return failed(index, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  if (acks !== -1 && acks !== 0 && acks !== 1) return failed(index, ErrorCode.INVALID_REQUIRED_ACKS);
  if (isInternalTopic(topic) && ctx.clientId !== ADMIN_CLIENT_ID) {
    return failed(index, ErrorCode.INVALID_TOPIC_EXCEPTION, `Cannot append to internal topic ${topic}`);
  }
  const log = broker.getLog(topic, index);
  if (log === undefined) return failed(index, ErrorCode.NOT_LEADER_OR_FOLLOWER);
  const config = broker.topicConfig(topic);
  if (acks === -1 && config.get("min.insync.replicas") > 1) {
    return failed(
      index,
      ErrorCode.NOT_ENOUGH_REPLICAS,
      `The size of the current ISR 1 is insufficient to satisfy the min.isr requirement of ${config.get("min.insync.replicas")} for partition ${topic}-${index}`,
    );
  }
  if (data.records === null) {
    return failed(index, ErrorCode.INVALID_RECORD, `Produce requests with version ${apiVersion} must have at least one record batch per partition`);
  }
  try {
    const validated = validateProducedRecords(data.records, apiVersion, `${topic}-${index}`, produceSettingsOf(config), nowMs);
    const schemaSettings = broker.schemaValidation.settingsFor(config);
    if (schemaSettings !== undefined) {
      const { records } = decodeRecordBatch(validated.records, 0, { verifyCrc: false });
      const recordErrors = await broker.schemaValidation.validate(topic, records, schemaSettings);
      if (recordErrors.length > 0) throw invalidRecords(recordErrors);
      // The topic may have been deleted while the registry answered.
      if (broker.getLog(topic, index) !== log) return failed(index, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    }
    const appended = broker.appendRecords(
      log,
      validated.records,
      validated.logAppendTimeMs === undefined ? {} : { logAppendTimeMs: validated.logAppendTimeMs },
    );
    const response = makeProduceResponsePartitionProduceResponse({
      index,
      baseOffset: appended.firstOffset,
      logAppendTimeMs: BigInt(appended.logAppendTimeMs),
      logStartOffset: appended.logStartOffset,
    });
    return { response, log };
  } catch (err) {
    if (err instanceof RecordValidationError) {
      const outcome = failed(index, err.code, err.message);
      outcome.response.logStartOffset = log.logStartOffset;
      if (apiVersion >= 8) {
        outcome.response.recordErrors = err.recordErrors.map((e) => ({ batchIndex: e.batchIndex, batchIndexErrorMessage: e.message }));
      }
      return outcome;
    }
    if (err instanceof KafkaError) return failed(index, err.code, err.message);
    if (err instanceof RegistryUnavailableError) return failed(index, ErrorCode.UNKNOWN_SERVER_ERROR, err.message);
    ctx.log.error({ err, topic, partition: index }, "error processing append operation");
    return failed(index, ErrorCode.UNKNOWN_SERVER_ERROR);
  }
}

/**
 * acks=-1: every appended partition's log is flushed (Log.flush group-commits) before the
 * answer; a partition whose flush fails or outlasts timeoutMs gets the error instead.
 */
async function awaitDurability(outcomes: PartitionOutcome[], timeoutMs: number, ctx: RequestContext): Promise<void> {
  const appended = outcomes.filter((o): o is Required<PartitionOutcome> => o.log !== undefined);
  if (appended.length === 0) return;
  const TIMED_OUT = Symbol("timed out");
  let timer: { cancel(): void } | undefined;
  const deadline =
    timeoutMs > 0
      ? new Promise<typeof TIMED_OUT>((resolve) => {
          timer = ctx.broker.clock.schedule(timeoutMs, () => resolve(TIMED_OUT));
        })
      : undefined;
  const flushes = new Map<Log, Promise<number>>();
  for (const o of appended) {
    if (flushes.has(o.log)) continue;
    const flushed = o.log.flush().then(
      () => ErrorCode.NONE as number,
      (err: unknown) => (err instanceof KafkaError ? err.code : ErrorCode.KAFKA_STORAGE_ERROR),
    );
    flushes.set(o.log, deadline === undefined ? flushed : Promise.race([flushed, deadline.then(() => ErrorCode.REQUEST_TIMED_OUT)]));
  }
  const codes = new Map<Log, number>();
  await Promise.all([...flushes].map(async ([log, p]) => codes.set(log, await p)));
  timer?.cancel();
  for (const o of appended) {
    const code = codes.get(o.log) ?? ErrorCode.NONE;
    if (code !== ErrorCode.NONE) o.response = failed(o.response.index, code).response;
  }
}

function failed(index: number, errorCode: number, message?: string): PartitionOutcome {
  return {
    response: makeProduceResponsePartitionProduceResponse({
      index,
      errorCode,
      baseOffset: -1n,
      logAppendTimeMs: -1n,
      logStartOffset: -1n,
      errorMessage: message ?? null,
    }),
  };
}
