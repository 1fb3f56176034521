// KIP-588: PRODUCER_FENCED is answered only to request versions that know it (InitProducerId
// v4+, AddPartitionsToTxn/AddOffsetsToTxn/EndTxn v2+, TxnOffsetCommit v3+); older clients
// get INVALID_PRODUCER_EPOCH, as Kafka's KafkaApis maps it.
import { ErrorCode } from "../../protocol/errors.js";

export function fencedErrorFor(errorCode: number, version: number, firstVersionWithProducerFenced: number): number {
  return errorCode === ErrorCode.PRODUCER_FENCED && version < firstVersionWithProducerFenced ? ErrorCode.INVALID_PRODUCER_EPOCH : errorCode;
}

/** The partitions of a request, and a per-partition result that is the same for all. */
export function partitionsOf(topics: readonly { name: string; partitions: readonly number[] }[]): { topic: string; partition: number }[] {
  return topics.flatMap((t) => t.partitions.map((partition) => ({ topic: t.name, partition })));
}
