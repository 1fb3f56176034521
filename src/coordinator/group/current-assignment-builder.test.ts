import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { MemberState, newConsumerGroupMember, type Assignment, type ConsumerGroupMember } from "./consumer-group-member.js";
import { reconcile } from "./current-assignment-builder.js";

const a = (ps: number[]): Assignment => new Map([["T", new Set(ps)]]);
const list = (ps: number[]) => [{ topicId: "T", partitions: ps }];
const member = (init: Partial<ConsumerGroupMember>): ConsumerGroupMember => ({ ...newConsumerGroupMember("m"), ...init });
const none = (): number => -1;

describe("reconciliation (CurrentAssignmentBuilder)", () => {
  test("a stable member at an older epoch first revokes what left its target, keeping its epoch", () => {
    const m = member({ memberEpoch: 3, assignedPartitions: a([0, 1, 2]) });
    const next = reconcile(m, { targetAssignmentEpoch: 4, targetAssignment: a([0]), currentPartitionEpoch: none, ownedTopicPartitions: list([0, 1, 2]) });
    assert.equal(next.state, MemberState.UNREVOKED_PARTITIONS);
    assert.equal(next.memberEpoch, 3);
    assert.deepEqual([...(next.assignedPartitions.get("T") ?? [])], [0]);
    assert.deepEqual([...(next.partitionsPendingRevocation.get("T") ?? [])].sort(), [1, 2]);
    // still reporting a revoked partition: no progress
    assert.equal(reconcile(next, { targetAssignmentEpoch: 4, targetAssignment: a([0]), currentPartitionEpoch: none, ownedTopicPartitions: list([0, 1]) }), next);
    // revoked: moves to the target epoch
    const done = reconcile(next, { targetAssignmentEpoch: 4, targetAssignment: a([0]), currentPartitionEpoch: none, ownedTopicPartitions: list([0]) });
    assert.equal(done.state, MemberState.STABLE);
    assert.equal(done.memberEpoch, 4);
    assert.equal(done.previousMemberEpoch, 3);
    assert.equal(done.partitionsPendingRevocation.size, 0);
  });

  test("a partition another member still owns is held back (UNRELEASED_PARTITIONS) until released", () => {
    const m = member({ memberEpoch: 1, assignedPartitions: a([0]) });
    const owners = new Map([["T:1", 1]]);
    const next = reconcile(m, { targetAssignmentEpoch: 2, targetAssignment: a([0, 1]), currentPartitionEpoch: (t, p) => owners.get(`${t}:${p}`) ?? -1, ownedTopicPartitions: list([0]) });
    assert.equal(next.state, MemberState.UNRELEASED_PARTITIONS);
    assert.equal(next.memberEpoch, 2);
    assert.deepEqual([...(next.assignedPartitions.get("T") ?? [])], [0]);
    owners.clear();
    const later = reconcile(next, { targetAssignmentEpoch: 2, targetAssignment: a([0, 1]), currentPartitionEpoch: none, ownedTopicPartitions: list([0]) });
    assert.equal(later.state, MemberState.STABLE);
    assert.deepEqual([...(later.assignedPartitions.get("T") ?? [])].sort(), [0, 1]);
  });

  test("a member at the target epoch is left as it is", () => {
    const m = member({ memberEpoch: 5, assignedPartitions: a([0]) });
    assert.equal(reconcile(m, { targetAssignmentEpoch: 5, targetAssignment: a([0, 1]), currentPartitionEpoch: none, ownedTopicPartitions: null }), m);
  });
});
