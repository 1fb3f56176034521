import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { ManualClock } from "../../storage/clock.js";
import { rootLogger } from "../../util/logger.js";
import { ErrorCode } from "../../protocol/errors.js";
import { MemoryCoordinatorStorage } from "./coordinator-storage.js";
import { DEFAULT_CONSUMER_GROUP_CONFIG, GroupCoordinator } from "./group-coordinator.js";
import type { ConsumerGroupConfig, ConsumerGroupHeartbeatData, ConsumerGroupHeartbeatResult } from "./consumer-group-manager.js";
import type { TopicPartitions } from "./records/consumer-group-records.js";
import { joinRequest, TEST_CONFIG } from "./test-support.js";

const TOPICS = new Map([["adt", { topicId: "AAAAAAAAAAAAAAAAAAAAAQ", partitions: 6 }]]);
const ADT = "AAAAAAAAAAAAAAAAAAAAAQ";

function setup(config: Partial<ConsumerGroupConfig> = {}, storage = new MemoryCoordinatorStorage(3, ["adt-0", "adt-1"]), clock = new ManualClock()) {
  const coordinator = new GroupCoordinator({
    storage,
    clock,
    log: rootLogger.child({ component: "test" }, { level: "silent" }),
    config: TEST_CONFIG,
    consumerGroups: {
      config: { ...DEFAULT_CONSUMER_GROUP_CONFIG, sessionTimeoutMs: 3000, heartbeatIntervalMs: 500, ...config },
      topics: {
        topic: (name) => TOPICS.get(name),
        topicNameById: (id) => [...TOPICS].find(([, t]) => t.topicId === id)?.[0],
        topicNames: () => TOPICS.keys(),
      },
    },
  });
  coordinator.start();
  return { coordinator, storage, clock, cg: coordinator.consumerGroups };
}

function hb(init: Partial<ConsumerGroupHeartbeatData>): ConsumerGroupHeartbeatData {
  return {
    groupId: "g",
    memberId: "m1",
    memberEpoch: 0,
    instanceId: null,
    rackId: null,
    rebalanceTimeoutMs: 5000,
    subscribedTopicNames: ["adt"],
    subscribedTopicRegex: null,
    serverAssignor: null,
    topicPartitions: [],
    clientId: "c",
    clientHost: "/127.0.0.1",
    apiVersion: 1,
    ...init,
  };
}

/** A client that heartbeats with what it owns, as @platformatic/kafka and the Java consumer do. */
class Member {
  owned: TopicPartitions[] = [];
  epoch = 0;
  constructor(readonly id: string, readonly cg: ReturnType<typeof setup>["cg"], readonly extra: Partial<ConsumerGroupHeartbeatData> = {}) {}
  async beat(): Promise<ConsumerGroupHeartbeatResult> {
    const r = await this.cg.heartbeat(hb({ memberId: this.id, memberEpoch: this.epoch, topicPartitions: this.owned, ...this.extra }));
    if (r.errorCode === ErrorCode.NONE) {
      this.epoch = r.memberEpoch;
      if (r.assignment !== null) this.owned = r.assignment;
    }
    return r;
  }
  partitions(): number[] {
    return this.owned.flatMap((t) => t.partitions).sort((a, b) => a - b);
  }
}

function assertNoDoubleOwnership(members: Member[]): void {
  const seen = new Set<number>();
  for (const m of members) for (const p of m.partitions()) {
    assert.ok(!seen.has(p), `partition ${p} owned by two members`);
    seen.add(p);
  }
}

describe("KIP-848 consumer groups", () => {
  test("two members split the partitions, never owning one at the same time; one leaves, the other takes all", async () => {
    const { cg } = setup();
    const m1 = new Member("m1", cg);
    const m2 = new Member("m2", cg);
    await m1.beat();
    assert.deepEqual(m1.partitions(), [0, 1, 2, 3, 4, 5]);
    assert.equal(m1.epoch, 1);
    for (let i = 0; i < 4; i++) {
      await m2.beat();
      assertNoDoubleOwnership([m1, m2]);
      await m1.beat();
      assertNoDoubleOwnership([m1, m2]);
    }
    assert.equal(m1.partitions().length, 3);
    assert.equal(m2.partitions().length, 3);
    assert.equal(cg.groups.get("g")?.state, "Stable");
    assert.equal(m1.epoch, 2);

    const left = await cg.heartbeat(hb({ memberId: "m2", memberEpoch: -1 }));
    assert.deepEqual([left.errorCode, left.memberEpoch], [ErrorCode.NONE, -1]);
    await m1.beat();
    assert.deepEqual(m1.partitions(), [0, 1, 2, 3, 4, 5]);
  });

  test("epoch and membership errors are Kafka's", async () => {
    const { cg } = setup({ maxSize: 2 });
    const m1 = new Member("m1", cg);
    await m1.beat();
    const greater = await cg.heartbeat(hb({ memberId: "m1", memberEpoch: 7, topicPartitions: null }));
    assert.equal(greater.errorCode, ErrorCode.FENCED_MEMBER_EPOCH);
    assert.match(greater.errorMessage ?? "", /greater member epoch/);
    assert.equal((await cg.heartbeat(hb({ memberId: "nobody", memberEpoch: 3 }))).errorCode, ErrorCode.UNKNOWN_MEMBER_ID);
    assert.equal((await cg.heartbeat(hb({ memberId: "nobody", memberEpoch: -1 }))).errorCode, ErrorCode.UNKNOWN_MEMBER_ID);
    const badAssignor = await cg.heartbeat(hb({ memberId: "m3", serverAssignor: "sticky" }));
    assert.equal(badAssignor.errorCode, ErrorCode.UNSUPPORTED_ASSIGNOR);
    assert.match(badAssignor.errorMessage ?? "", /Supported assignors: uniform, range/);
    const noTimeout = await cg.heartbeat(hb({ memberId: "m3", rebalanceTimeoutMs: -1 }));
    assert.deepEqual([noTimeout.errorCode, noTimeout.errorMessage], [ErrorCode.INVALID_REQUEST, "RebalanceTimeoutMs must be provided in first request."]);
    assert.equal((await cg.heartbeat(hb({ memberId: "m3", memberEpoch: -3 }))).errorMessage, "MemberEpoch is invalid.");
    assert.equal((await new Member("m2", cg).beat()).errorCode, ErrorCode.NONE);
    assert.equal((await new Member("m3", cg).beat()).errorCode, ErrorCode.GROUP_MAX_SIZE_REACHED);
  });

  test("v0: the coordinator gives a joining member its id (v1+ clients choose it, KIP-1082)", async () => {
    const { cg } = setup();
    const joined = await cg.heartbeat(hb({ memberId: "", apiVersion: 0 }));
    assert.equal(joined.errorCode, ErrorCode.NONE);
    assert.match(joined.memberId ?? "", /^[A-Za-z0-9_-]{22}$/);
    assert.equal((await cg.heartbeat(hb({ memberId: "", apiVersion: 1 }))).errorMessage, "MemberId can't be empty.");
  });

  test("a static member's instance id is not released until it leaves with epoch -2; the replacement keeps its partitions", async () => {
    const { cg } = setup();
    const s1 = new Member("s1", cg, { instanceId: "pod-1" });
    await s1.beat();
    const taken = await cg.heartbeat(hb({ memberId: "s2", instanceId: "pod-1" }));
    assert.equal(taken.errorCode, ErrorCode.UNRELEASED_INSTANCE_ID);
    const leave = await cg.heartbeat(hb({ memberId: "s1", instanceId: "pod-1", memberEpoch: -2 }));
    assert.deepEqual([leave.errorCode, leave.memberEpoch], [ErrorCode.NONE, -2]);
    const s2 = new Member("s2", cg, { instanceId: "pod-1" });
    await s2.beat();
    assert.deepEqual(s2.partitions(), [0, 1, 2, 3, 4, 5]);
    assert.equal(cg.groups.get("g")?.members.has("s1"), false);
  });

  test("a member silent for the session timeout is fenced and its partitions go to the others", async () => {
    const { cg, clock } = setup();
    const m1 = new Member("m1", cg);
    const m2 = new Member("m2", cg);
    for (let i = 0; i < 3; i++) {
      await m1.beat();
      await m2.beat();
    }
    clock.advance(2000);
    await m1.beat();
    clock.advance(2000);
    await m1.beat();
    assert.equal(cg.groups.get("g")?.members.has("m2"), false);
    assert.deepEqual(m1.partitions(), [0, 1, 2, 3, 4, 5]);
    assert.equal((await m2.beat()).errorCode, ErrorCode.UNKNOWN_MEMBER_ID);
  });

  test("offset commits carry the member epoch (STALE_MEMBER_EPOCH otherwise) and fetches check it", async () => {
    const { coordinator, cg } = setup();
    const m1 = new Member("m1", cg);
    await m1.beat();
    const commit = (epoch: number, apiVersion = 9) =>
      coordinator.offsets.commit({ groupId: "g", generationId: epoch, memberId: "m1", groupInstanceId: null, retentionTimeMs: -1n, apiVersion, partitions: [{ topic: "adt", partition: 0, offset: 42n, leaderEpoch: -1, metadata: null, commitTimestampMs: -1n }] });
    assert.equal((await commit(m1.epoch + 1))[0]?.errorCode, ErrorCode.STALE_MEMBER_EPOCH);
    assert.equal((await commit(m1.epoch, 8))[0]?.errorCode, ErrorCode.UNSUPPORTED_VERSION);
    assert.equal((await commit(m1.epoch))[0]?.errorCode, ErrorCode.NONE);
    assert.equal(coordinator.offsets.fetch("g", [{ topic: "adt", partition: 0 }], { member: { memberId: "m1", memberEpoch: 0 } }).errorCode, ErrorCode.STALE_MEMBER_EPOCH);
    assert.equal(coordinator.offsets.fetch("g", [{ topic: "adt", partition: 0 }]).offsets[0]?.offset, 42n);
  });

  test("a restart replays the group, its members, assignments and offsets from __consumer_offsets", async () => {
    const first = setup();
    const m1 = new Member("m1", first.cg);
    const m2 = new Member("m2", first.cg);
    for (let i = 0; i < 3; i++) {
      await m1.beat();
      await m2.beat();
    }
    await first.coordinator.offsets.commit({ groupId: "g", generationId: m1.epoch, memberId: "m1", groupInstanceId: null, retentionTimeMs: -1n, apiVersion: 9, partitions: [{ topic: "adt", partition: 1, offset: 7n, leaderEpoch: -1, metadata: null, commitTimestampMs: -1n }] });
    first.coordinator.close();
    const before = first.cg.groups.get("g");
    const second = setup({}, first.storage, first.clock);
    const after = second.cg.groups.get("g");
    assert.ok(before !== undefined && after !== undefined);
    assert.equal(after.groupEpoch, before.groupEpoch);
    assert.equal(after.assignmentEpoch, before.assignmentEpoch);
    assert.deepEqual([...after.members.keys()].sort(), ["m1", "m2"]);
    for (const id of ["m1", "m2"]) {
      assert.deepEqual([...(after.members.get(id)?.assignedPartitions.get(ADT) ?? [])].sort(), [...(before.members.get(id)?.assignedPartitions.get(ADT) ?? [])].sort());
      assert.equal(after.members.get(id)?.memberEpoch, before.members.get(id)?.memberEpoch);
    }
    assert.equal(after.offsets.get("adt", 1)?.offset, 7n);
    // the members carry on with their epochs
    const again = new Member("m1", second.cg);
    again.epoch = m1.epoch;
    again.owned = m1.owned;
    assert.equal((await again.beat()).errorCode, ErrorCode.NONE);
  });

  test("a classic JoinGroup on a consumer group is refused; ListGroups and DescribeGroups show it", async () => {
    const { coordinator, cg } = setup();
    await new Member("m1", cg).beat();
    assert.equal((await coordinator.joinGroup(joinRequest({ groupId: "g" }))).errorCode, ErrorCode.GROUP_ID_NOT_FOUND);
    assert.equal((await coordinator.joinGroup(joinRequest({ groupId: "g", protocolType: "connect" }))).errorCode, ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    assert.equal(coordinator.heartbeat("g", "m1", null, 1), ErrorCode.GROUP_ID_NOT_FOUND);
    assert.deepEqual(coordinator.listConsumerGroups(), [{ groupId: "g", protocolType: "consumer", state: "Stable" }]);
    const described = coordinator.describeGroup("g").summary;
    assert.equal(described.protocolType, "consumer");
    assert.equal(described.protocol, "uniform");
    assert.deepEqual(described.members.map((m) => m.memberId), ["m1"]);
  });

  test("new partitions and new topics matching a regex start a new group epoch and are assigned", async (t) => {
    t.after(() => {
      TOPICS.set("adt", { topicId: ADT, partitions: 6 });
      TOPICS.delete("lab.results");
    });
    const { cg } = setup();
    const m1 = new Member("m1", cg, { subscribedTopicNames: ["adt"], subscribedTopicRegex: "lab\\..*" });
    await m1.beat();
    const epoch = cg.groups.get("g")?.groupEpoch ?? 0;
    TOPICS.set("adt", { topicId: ADT, partitions: 8 });
    TOPICS.set("lab.results", { topicId: "AAAAAAAAAAAAAAAAAAAAAg", partitions: 2 });
    await m1.beat();
    assert.equal(cg.groups.get("g")?.groupEpoch, epoch + 1);
    assert.deepEqual(m1.owned.map((tp) => [tp.topicId, tp.partitions.length]).sort(), [[ADT, 8], ["AAAAAAAAAAAAAAAAAAAAAg", 2]]);
    const invalid = await cg.heartbeat(hb({ memberId: "m2", subscribedTopicRegex: "(" }));
    assert.equal(invalid.errorCode, ErrorCode.INVALID_REGULAR_EXPRESSION);
  });

  test("deleting a group with members is refused; an empty one is tombstoned", async () => {
    const { coordinator, cg, storage, clock } = setup();
    await new Member("m1", cg).beat();
    assert.deepEqual(await coordinator.deleteGroups(["g"]), [{ groupId: "g", errorCode: ErrorCode.NON_EMPTY_GROUP }]);
    await cg.heartbeat(hb({ memberId: "m1", memberEpoch: -1 }));
    assert.deepEqual(await coordinator.deleteGroups(["g"]), [{ groupId: "g", errorCode: ErrorCode.NONE }]);
    assert.equal(cg.groups.has("g"), false);
    const restarted = setup({}, storage, clock);
    assert.equal(restarted.cg.groups.has("g"), false, "a deleted group stays deleted after a restart");
    // and an empty group whose offsets expired goes by itself
    await new Member("m9", restarted.cg, { groupId: "h" }).beat();
    await restarted.cg.heartbeat(hb({ groupId: "h", memberId: "m9", memberEpoch: -1 }));
    await restarted.coordinator.offsets.cleanupExpired();
    assert.equal(restarted.cg.groups.has("h"), false);
  });
});
