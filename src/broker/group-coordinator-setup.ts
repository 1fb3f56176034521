// Builds the broker's group coordinator from its configuration (Kafka's GroupConfig and
// OffsetConfig keys) over the __consumer_offsets topic of this broker.
import { RangeAssignor } from "../coordinator/group/assignors/range-assignor.js";
import { UniformAssignor } from "../coordinator/group/assignors/uniform-assignor.js";
import { GroupCoordinator } from "../coordinator/group/group-coordinator.js";
import { childLogger } from "../util/logger.js";
import type { Broker } from "./broker.js";
import { OffsetsTopicStorage } from "./offsets-topic-storage.js";

const MAX_TIMER_MS = 2 ** 31 - 1;

export function createGroupCoordinator(broker: Broker): GroupCoordinator {
  const c = broker.config;
  const checkMs = c.get("offsets.retention.check.interval.ms");
  return new GroupCoordinator({
    storage: new OffsetsTopicStorage(broker),
    clock: broker.clock,
    log: childLogger("group-coordinator"),
    config: {
      initialRebalanceDelayMs: c.get("group.initial.rebalance.delay.ms"),
      minSessionTimeoutMs: c.get("group.min.session.timeout.ms"),
      maxSessionTimeoutMs: c.get("group.max.session.timeout.ms"),
      maxSize: c.get("group.max.size"),
      offsetsRetentionMs: c.get("offsets.retention.minutes") * 60_000,
      offsetsRetentionCheckIntervalMs: checkMs > BigInt(MAX_TIMER_MS) ? MAX_TIMER_MS : Number(checkMs),
      offsetMetadataMaxBytes: c.get("offset.metadata.max.bytes"),
    },
    consumerGroups: {
      config: {
        sessionTimeoutMs: c.get("group.consumer.session.timeout.ms"),
        heartbeatIntervalMs: c.get("group.consumer.heartbeat.interval.ms"),
        maxSize: c.get("group.consumer.max.size"),
        // Kafka names them by class (before 4.0) or by short name.
        assignors: c.get("group.consumer.assignors").map((name) => (name.endsWith("RangeAssignor") || name === "range" ? new RangeAssignor() : new UniformAssignor())),
      },
      topics: {
        topic: (name) => broker.topics.get(name),
        topicNameById: (topicId) => broker.topics.getById(topicId)?.name,
        topicNames: () => broker.topics.all().map((t) => t.name),
      },
    },
  });
}
