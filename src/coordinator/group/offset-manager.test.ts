import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { ErrorCode } from "../../protocol/errors.js";
import { javaStringHashCode, partitionForGroup } from "./coordinator-storage.js";
import type { OffsetCommitRequestData } from "./offset-manager.js";
import { decodeCoordinatorRecord } from "./records/coordinator-record.js";
import { harness, joinRequest, settle, subscription, syncRequest, type Harness } from "./test-support.js";

function commitRequest(init: Partial<OffsetCommitRequestData> = {}): OffsetCommitRequestData {
  return {
    groupId: "g",
    generationId: -1,
    memberId: "",
    groupInstanceId: null,
    retentionTimeMs: -1n,
    apiVersion: 8,
    partitions: [{ topic: "adt", partition: 0, offset: 10n, leaderEpoch: 0, metadata: "m", commitTimestampMs: -1n }],
    ...init,
  };
}

async function stableMember(h: Harness, topics = ["adt"]) {
  const joining = h.coordinator.joinGroup(joinRequest({ protocols: [{ name: "range", metadata: subscription(topics) }] }));
  h.clock.advance(0);
  const join = await joining;
  await h.coordinator.syncGroup(syncRequest(join, [{ memberId: join.memberId, assignment: Buffer.alloc(0) }]));
  return join;
}

const NO_PERIODIC_CHECK = { offsetsRetentionCheckIntervalMs: 1e9 };
const codes = (results: { errorCode: number }[]) => results.map((r) => r.errorCode);

describe("committed offsets", () => {
  test("a member's commit is checked against its generation, written, then fetched", async () => {
    const h = harness();
    const m = await stableMember(h);
    const commit = (init: Partial<OffsetCommitRequestData>) => h.coordinator.offsets.commit(commitRequest({ memberId: m.memberId, generationId: 1, ...init }));
    assert.deepEqual(codes(await commit({ generationId: 2 })), [ErrorCode.ILLEGAL_GENERATION]);
    assert.deepEqual(codes(await commit({ memberId: "ghost" })), [ErrorCode.UNKNOWN_MEMBER_ID]);
    assert.deepEqual(
      codes(await commit({
        partitions: [
          { topic: "adt", partition: 0, offset: 10n, leaderEpoch: 3, metadata: "ok", commitTimestampMs: -1n },
          { topic: "adt", partition: 5, offset: 1n, leaderEpoch: 0, metadata: null, commitTimestampMs: -1n },
          { topic: "adt", partition: 1, offset: 1n, leaderEpoch: 0, metadata: "x".repeat(17), commitTimestampMs: -1n },
        ],
      })),
      [ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.OFFSET_METADATA_TOO_LARGE, ErrorCode.NONE],
    );
    const fetched = h.coordinator.offsets.fetch("g", [{ topic: "adt", partition: 0 }, { topic: "adt", partition: 1 }]);
    assert.deepEqual(
      fetched.offsets.map((o) => [o.partition, o.offset, o.leaderEpoch, o.metadata]),
      [[0, 10n, 3, "ok"], [1, -1n, -1, ""]],
    );
    assert.deepEqual(h.coordinator.offsets.fetch("g", null).offsets.map((o) => o.partition), [0]);
    assert.deepEqual(h.coordinator.offsets.fetch("nobody", null).offsets, []);
    const written = h.storage.partitions[h.coordinator.partitionFor("g")]?.map((r) => decodeCoordinatorRecord(r.key, r.value)).filter((r) => r.kind === "offset");
    assert.equal(written?.length, 1, "only the accepted offset was written");
  });

  test("commits are refused while the group completes a rebalance, and to an unknown group with a generation", async () => {
    const h = harness();
    const joining = h.coordinator.joinGroup(joinRequest());
    h.clock.advance(0);
    const join = await joining;
    assert.deepEqual(codes(await h.coordinator.offsets.commit(commitRequest({ memberId: join.memberId, generationId: 1 }))), [ErrorCode.REBALANCE_IN_PROGRESS]);
    assert.deepEqual(codes(await h.coordinator.offsets.commit(commitRequest({ groupId: "other", generationId: 3 }))), [ErrorCode.ILLEGAL_GENERATION]);
    assert.deepEqual(codes(await h.coordinator.offsets.commit(commitRequest({ groupId: "other", generationId: 3, apiVersion: 9 }))), [ErrorCode.GROUP_ID_NOT_FOUND]);
  });

  test("a standalone commit (generation -1) creates an Empty group without a protocol", async () => {
    const h = harness();
    assert.deepEqual(codes(await h.coordinator.offsets.commit(commitRequest({ groupId: "tool" }))), [ErrorCode.NONE]);
    assert.deepEqual(h.coordinator.listGroups().groups, [{ groupId: "tool", protocolType: "", state: "Empty" }]);
  });

  test("groups and offsets are reloaded from storage; loaded members must heartbeat or expire", async () => {
    const h = harness();
    const m = await stableMember(h);
    await h.coordinator.offsets.commit(commitRequest({ memberId: m.memberId, generationId: 1 }));
    await h.coordinator.offsets.commit(commitRequest({ groupId: "tool", partitions: [{ topic: "labs", partition: 0, offset: 4n, leaderEpoch: -1, metadata: "", commitTimestampMs: -1n }] }));
    h.coordinator.close();

    const restarted = harness({}, h.storage, h.clock);
    const group = restarted.coordinator.group("g");
    assert.equal(group?.state, "Stable");
    assert.equal(group?.generationId, 1);
    assert.deepEqual([...(group?.members.keys() ?? [])], [m.memberId]);
    assert.equal(restarted.coordinator.heartbeat("g", m.memberId, null, 1), ErrorCode.NONE);
    assert.deepEqual(restarted.coordinator.offsets.fetch("g", null).offsets.map((o) => [o.topic, o.offset, o.metadata]), [["adt", 10n, "m"]]);
    assert.deepEqual(restarted.coordinator.offsets.fetch("tool", null).offsets.map((o) => o.offset), [4n]);
    restarted.clock.advance(3000);
    assert.equal(restarted.coordinator.group("g")?.members.size, 0, "the member did not heartbeat after the restart");
  });

  test("offsets of an Empty group expire offsets.retention.minutes after it became Empty; then the group goes", async () => {
    const h = harness(NO_PERIODIC_CHECK);
    const m = await stableMember(h);
    await h.coordinator.offsets.commit(commitRequest({ memberId: m.memberId, generationId: 1 }));
    for (let t = 0; t < 70_000; t += 1000) {
      h.clock.advance(1000); // older than retention, but the group is not Empty
      assert.equal(h.coordinator.heartbeat("g", m.memberId, null, 1), ErrorCode.NONE);
    }
    assert.equal(await h.coordinator.offsets.cleanupExpired(), 0, "offsets of subscribed topics of a live group stay");
    h.coordinator.leaveGroup("g", [{ memberId: m.memberId, groupInstanceId: null }]);
    h.clock.advance(50_000);
    assert.equal(await h.coordinator.offsets.cleanupExpired(), 0, "Empty for 50 s only");
    h.clock.advance(10_000);
    assert.equal(await h.coordinator.offsets.cleanupExpired(), 1);
    assert.equal(h.coordinator.group("g"), undefined);
    const records = (h.storage.partitions[h.coordinator.partitionFor("g")] ?? []).map((r) => decodeCoordinatorRecord(r.key, r.value));
    assert.deepEqual(records.slice(-2).map((r) => [r.kind, r.kind === "unknown" || r.kind === "consumerGroup" ? 0 : r.value]), [["offset", null], ["group", null]], "tombstones");
    const restarted = harness({}, h.storage, h.clock);
    assert.equal(restarted.coordinator.group("g"), undefined, "a deleted group stays deleted after a restart");
  });

  test("standalone offsets expire from their commit time; a Stable group keeps offsets of subscribed topics only", async () => {
    const h = harness(NO_PERIODIC_CHECK);
    await h.coordinator.offsets.commit(commitRequest({ groupId: "tool" }));
    const m = await stableMember(h, ["adt"]);
    await h.coordinator.offsets.commit(commitRequest({
      memberId: m.memberId,
      generationId: 1,
      partitions: [
        { topic: "adt", partition: 0, offset: 1n, leaderEpoch: 0, metadata: "", commitTimestampMs: -1n },
        { topic: "labs", partition: 0, offset: 2n, leaderEpoch: 0, metadata: "", commitTimestampMs: -1n },
      ],
    }));
    for (let t = 0; t < 60_000; t += 1000) {
      h.clock.advance(1000);
      h.coordinator.heartbeat("g", m.memberId, null, 1);
    }
    assert.equal(await h.coordinator.offsets.cleanupExpired(), 2);
    assert.equal(h.coordinator.group("tool"), undefined);
    assert.deepEqual(h.coordinator.offsets.fetch("g", null).offsets.map((o) => o.topic), ["adt"]);
  });

  test("the periodic check (offsets.retention.check.interval.ms) expires offsets without being asked", async () => {
    const h = harness();
    await h.coordinator.offsets.commit(commitRequest({ groupId: "tool" }));
    for (let t = 0; t < 70_000; t += 10_000) {
      h.clock.advance(10_000);
      await settle(); // each pass finishes its writes before the next is due
    }
    assert.equal(h.coordinator.group("tool"), undefined);
  });

  test("DeleteGroups deletes only Empty groups; OffsetDelete refuses subscribed topics of a live group", async () => {
    const h = harness();
    const m = await stableMember(h, ["adt"]);
    await h.coordinator.offsets.commit(commitRequest({
      memberId: m.memberId,
      generationId: 1,
      partitions: [
        { topic: "adt", partition: 0, offset: 1n, leaderEpoch: 0, metadata: "", commitTimestampMs: -1n },
        { topic: "labs", partition: 0, offset: 2n, leaderEpoch: 0, metadata: "", commitTimestampMs: -1n },
      ],
    }));
    await h.coordinator.offsets.commit(commitRequest({ groupId: "tool" }));
    const deleted = await h.coordinator.offsets.delete("g", [{ topic: "adt", partition: 0 }, { topic: "labs", partition: 0 }, { topic: "nope", partition: 0 }]);
    assert.equal(deleted.errorCode, ErrorCode.NONE);
    assert.deepEqual(codes(deleted.partitions), [ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC, ErrorCode.NONE, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]);
    assert.deepEqual(h.coordinator.offsets.fetch("g", null).offsets.map((o) => o.topic), ["adt"]);
    assert.equal((await h.coordinator.offsets.delete("missing", [])).errorCode, ErrorCode.GROUP_ID_NOT_FOUND);

    assert.deepEqual(await h.coordinator.deleteGroups(["g", "tool", "missing"]), [
      { groupId: "g", errorCode: ErrorCode.NON_EMPTY_GROUP },
      { groupId: "tool", errorCode: ErrorCode.NONE },
      { groupId: "missing", errorCode: ErrorCode.GROUP_ID_NOT_FOUND },
    ]);
    assert.deepEqual(h.coordinator.offsets.fetch("tool", [{ topic: "adt", partition: 0 }]).offsets.map((o) => o.offset), [-1n]);
    assert.equal(harness({}, h.storage, h.clock).coordinator.group("tool"), undefined, "the deletion survives a restart");
  });

  test("the partition of a group follows Kafka: abs(String.hashCode) mod partitions", () => {
    assert.equal(javaStringHashCode("hello"), 99162322);
    assert.equal(javaStringHashCode("polygenelubricants"), -2147483648);
    assert.equal(partitionForGroup("polygenelubricants", 50), 0, "Utils.abs(Integer.MIN_VALUE) is 0");
    assert.equal(partitionForGroup("hello", 50), 99162322 % 50);
    assert.equal(partitionForGroup("console-consumer-1", 50), Math.abs(javaStringHashCode("console-consumer-1")) % 50);
  });
});

describe("deleted topics", () => {
  test("deleting a topic removes every group's committed offsets of it, durably", async () => {
    const h = harness();
    await h.coordinator.offsets.commit(commitRequest({ groupId: "a" }));
    await h.coordinator.offsets.commit(commitRequest({ groupId: "b", partitions: [
      { topic: "adt", partition: 1, offset: 3n, leaderEpoch: 0, metadata: "", commitTimestampMs: -1n },
      { topic: "labs", partition: 0, offset: 4n, leaderEpoch: 0, metadata: "", commitTimestampMs: -1n },
    ] }));
    assert.equal(await h.coordinator.offsets.removeOffsetsOfTopic("adt"), 2);
    assert.deepEqual(h.coordinator.offsets.fetch("b", null).offsets.map((o) => o.topic), ["labs"]);
    const restarted = harness({}, h.storage, h.clock);
    assert.deepEqual(restarted.coordinator.offsets.fetch("a", null).offsets, []);
    assert.deepEqual(restarted.coordinator.offsets.fetch("b", null).offsets.map((o) => o.topic), ["labs"]);
  });
});

describe("transactional offsets (TxnOffsetCommit)", () => {
  const txnCommit = (h: Harness, producerId: bigint, offset: bigint) =>
    h.coordinator.offsets.commitTransactional({
      groupId: "g-txn",
      producerId,
      producerEpoch: 0,
      generationId: -1,
      memberId: "",
      groupInstanceId: null,
      partitions: [{ topic: "adt", partition: 0, offset, leaderEpoch: 0, metadata: null }],
    });
  const fetched = (h: Harness) => h.coordinator.offsets.fetch("g-txn", [{ topic: "adt", partition: 0 }]).offsets[0]?.offset;

  test("pending until the transaction commits, dropped on abort", async () => {
    const h = harness(NO_PERIODIC_CHECK);
    assert.deepEqual(codes(await txnCommit(h, 5n, 10n)), [ErrorCode.NONE]);
    assert.equal(fetched(h), -1n);
    await h.coordinator.offsets.completeTransaction(5n, false);
    assert.equal(fetched(h), -1n);
    await txnCommit(h, 5n, 12n);
    await h.coordinator.offsets.completeTransaction(5n, true);
    assert.equal(fetched(h), 12n);
  });

  test("an open transaction's offsets are pending again after a reload, and commit then", async () => {
    const h = harness(NO_PERIODIC_CHECK);
    await txnCommit(h, 6n, 20n);
    const reloaded = harness(NO_PERIODIC_CHECK, h.storage);
    assert.equal(fetched(reloaded), -1n);
    await reloaded.coordinator.offsets.completeTransaction(6n, true);
    assert.equal(fetched(reloaded), 20n);
  });
  test("requireStable (KIP-447): UNSTABLE_OFFSET_COMMIT while a transaction holds the partition's offset", async () => {
    const h = harness(NO_PERIODIC_CHECK);
    await txnCommit(h, 7n, 30n);
    await h.coordinator.offsets.completeTransaction(7n, true);
    await txnCommit(h, 8n, 31n); // open: may replace 30
    const ask = [{ topic: "adt", partition: 0 }, { topic: "adt", partition: 1 }];
    const stable = h.coordinator.offsets.fetch("g-txn", ask, { requireStable: true }).offsets;
    assert.deepEqual(stable.map((o) => [o.partition, o.offset, o.errorCode]), [[0, -1n, ErrorCode.UNSTABLE_OFFSET_COMMIT], [1, -1n, ErrorCode.NONE]]);
    assert.deepEqual(h.coordinator.offsets.fetch("g-txn", null, { requireStable: true }).offsets.map((o) => o.errorCode), [ErrorCode.UNSTABLE_OFFSET_COMMIT]);
    assert.equal(fetched(h), 30n, "without requireStable the last committed offset is answered");
    assert.equal(h.coordinator.offsets.hasPendingTransactionalOffset("other-group", { topic: "adt", partition: 0 }), false);
    await h.coordinator.offsets.completeTransaction(8n, false);
    assert.deepEqual(h.coordinator.offsets.fetch("g-txn", ask, { requireStable: true }).offsets.map((o) => [o.offset, o.errorCode]), [[30n, ErrorCode.NONE], [-1n, ErrorCode.NONE]]);
  });
});
