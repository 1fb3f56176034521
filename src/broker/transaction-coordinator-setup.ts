// Builds the broker's transaction coordinator (Kafka's TransactionStateManager config keys)
// over __transaction_state, with markers appended to this broker's own partition logs.
import type { TopicPartition } from "../coordinator/group/offset-store.js";
import {
  TRANSACTION_STATE_TOPIC_NAME,
  TransactionCoordinator,
  type TransactionMarker,
  type TransactionMarkerWriter,
} from "../coordinator/txn/transaction-coordinator.js";
import { encodeEndTransactionMarkerBatch } from "../protocol/records/control-record.js";
import type { Log } from "../storage/log.js";
import { childLogger } from "../util/logger.js";
import type { Broker } from "./broker.js";
import { producerIdManagerOf } from "./handlers/22-init-producer-id.js";
import { OffsetsTopicStorage } from "./offsets-topic-storage.js";

export function createTransactionCoordinator(broker: Broker): TransactionCoordinator {
  const c = broker.config;
  return new TransactionCoordinator({
    storage: new OffsetsTopicStorage(broker, {
      name: TRANSACTION_STATE_TOPIC_NAME,
      partitions: c.get("transaction.state.log.num.partitions"),
      segmentBytes: c.get("transaction.state.log.segment.bytes"),
    }),
    markers: new LocalMarkerWriter(broker),
    offsets: broker.groupCoordinator.offsets,
    generateProducerId: () => producerIdManagerOf(broker).generateProducerId(),
    clock: broker.clock,
    log: childLogger("transaction-coordinator"),
    config: {
      maxTimeoutMs: c.get("transaction.max.timeout.ms"),
      transactionalIdExpirationMs: c.get("transactional.id.expiration.ms"),
      abortTimedOutIntervalMs: c.get("transaction.abort.timed.out.transaction.cleanup.interval.ms"),
      removeExpiredIntervalMs: c.get("transaction.remove.expired.transaction.cleanup.interval.ms"),
    },
  });
}

/**
 * Kafka's TransactionMarkerChannelManager sends WriteTxnMarkers to each partition leader;
 * here every leader is this broker, so markers are appended directly (origin
 * "coordinator", which the producer state checks as Kafka's AppendOrigin.COORDINATOR)
 * and flushed before the transaction is marked complete. A partition deleted meanwhile is
 * skipped, as Kafka does.
 */
class LocalMarkerWriter implements TransactionMarkerWriter {
  readonly #broker: Broker;

  constructor(broker: Broker) {
    this.#broker = broker;
  }

  async writeMarkers(partitions: readonly TopicPartition[], marker: TransactionMarker): Promise<void> {
    const timestamp = BigInt(this.#broker.clock.nowMs());
    const logs: Log[] = [];
    for (const { topic, partition } of partitions) {
      const log = this.#broker.getLog(topic, partition);
      if (log === undefined) continue;
      this.#broker.appendRecords(log, encodeEndTransactionMarkerBatch({ ...marker, timestamp }), { origin: "coordinator" });
      logs.push(log);
    }
    await Promise.all(logs.map((log) => log.flush()));
  }
}
