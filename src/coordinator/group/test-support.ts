// TEST-ONLY: a group coordinator over in-memory storage and a ManualClock, and request
// builders with the defaults a KafkaJS-like consumer sends.
import { ManualClock } from "../../storage/clock.js";
import { Writer } from "../../protocol/primitives/writer.js";
import { rootLogger } from "../../util/logger.js";
import { MemoryCoordinatorStorage } from "./coordinator-storage.js";
import { GroupCoordinator, type GroupCoordinatorConfig } from "./group-coordinator.js";
import type { JoinGroupRequestData, SyncGroupRequestData } from "./group-requests.js";
import type { JoinGroupResult } from "./member-metadata.js";

export const TEST_CONFIG: GroupCoordinatorConfig = {
  initialRebalanceDelayMs: 0,
  minSessionTimeoutMs: 1000,
  maxSessionTimeoutMs: 60_000,
  maxSize: 100,
  offsetsRetentionMs: 60_000,
  offsetsRetentionCheckIntervalMs: 10_000,
  offsetMetadataMaxBytes: 16,
};

export interface Harness {
  clock: ManualClock;
  storage: MemoryCoordinatorStorage;
  coordinator: GroupCoordinator;
}

export function harness(config: Partial<GroupCoordinatorConfig> = {}, storage = new MemoryCoordinatorStorage(3, ["adt-0", "adt-1", "labs-0"]), clock = new ManualClock()): Harness {
  const coordinator = new GroupCoordinator({ storage, clock, log: rootLogger.child({ component: "test" }, { level: "silent" }), config: { ...TEST_CONFIG, ...config } });
  coordinator.start();
  return { clock, storage, coordinator };
}

/** ConsumerProtocolSubscription v0: topics and null user data. */
export function subscription(topics: readonly string[]): Buffer {
  const w = new Writer();
  w.int16(0);
  w.arrayLength(topics.length);
  for (const t of topics) w.string(t);
  w.int32(-1);
  return Buffer.from(w.finish());
}

export function joinRequest(init: Partial<JoinGroupRequestData> = {}): JoinGroupRequestData {
  return {
    groupId: "g",
    memberId: "",
    groupInstanceId: null,
    requireKnownMemberId: false,
    clientId: "client",
    clientHost: "/127.0.0.1",
    rebalanceTimeoutMs: 5000,
    sessionTimeoutMs: 3000,
    protocolType: "consumer",
    protocols: [{ name: "range", metadata: subscription(["adt"]) }],
    ...init,
  };
}

export function syncRequest(join: JoinGroupResult, assignments: SyncGroupRequestData["assignments"] = [], init: Partial<SyncGroupRequestData> = {}): SyncGroupRequestData {
  return { groupId: "g", generationId: join.generationId, memberId: join.memberId, groupInstanceId: null, protocolType: null, protocolName: null, assignments, ...init };
}

/** Settles promise callbacks (storage writes resolve on the microtask queue). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** A promise's state without waiting for it. */
export async function peek<T>(p: Promise<T>): Promise<T | "pending"> {
  await settle();
  return Promise.race([p, Promise.resolve("pending" as const)]);
}
