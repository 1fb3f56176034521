import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { ErrorCode } from "../../protocol/errors.js";
import { decodeCoordinatorRecord } from "./records/coordinator-record.js";
import { harness, joinRequest, peek, settle, subscription, syncRequest, type Harness } from "./test-support.js";

/** A Stable group with `n` members (member 0 leads); returns their join answers. */
async function stableGroup(h: Harness, n: number) {
  const joins = Array.from({ length: n }, (_, i) => h.coordinator.joinGroup(joinRequest({ clientId: `c${i}` })));
  h.clock.advance(0);
  const results = await Promise.all(joins);
  const leader = results.find((r) => r.members.length > 0);
  assert.ok(leader !== undefined);
  const syncs = results.map((r) =>
    h.coordinator.syncGroup(syncRequest(r, r === leader ? results.map((m, i) => ({ memberId: m.memberId, assignment: Buffer.from([i]) })) : [])),
  );
  await Promise.all(syncs);
  assert.equal(h.coordinator.group("g")?.state, "Stable");
  return results;
}

function lastGroupRecord(h: Harness) {
  const p = h.coordinator.partitionFor("g");
  const records = (h.storage.partitions[p] ?? []).map((r) => decodeCoordinatorRecord(r.key, r.value)).filter((r) => r.kind === "group");
  return records.at(-1);
}

describe("classic group membership", () => {
  test("a lone member is elected leader, syncs its assignment, and the group is Stable and stored", async () => {
    const h = harness();
    const joining = h.coordinator.joinGroup(joinRequest());
    assert.equal(h.coordinator.group("g")?.state, "PreparingRebalance");
    h.clock.advance(0); // group.initial.rebalance.delay.ms = 0
    const join = await joining;
    assert.equal(join.errorCode, ErrorCode.NONE);
    assert.equal(join.generationId, 1);
    assert.equal(join.leaderId, join.memberId);
    assert.equal(join.protocolName, "range");
    assert.deepEqual(join.members.map((m) => m.memberId), [join.memberId]);
    assert.equal(h.coordinator.group("g")?.state, "CompletingRebalance");
    const sync = await h.coordinator.syncGroup(syncRequest(join, [{ memberId: join.memberId, assignment: Buffer.from("a") }]));
    assert.equal(sync.errorCode, ErrorCode.NONE);
    assert.deepEqual(sync.assignment, Buffer.from("a"));
    assert.equal(h.coordinator.group("g")?.state, "Stable");
    const stored = lastGroupRecord(h);
    assert.ok(stored?.kind === "group" && stored.value !== null);
    assert.equal(stored.value.generation, 1);
    assert.deepEqual(stored.value.members.map((m) => [m.memberId, m.assignment.toString()]), [[join.memberId, "a"]]);
  });

  test("KIP-394: a v4+ dynamic member gets MEMBER_ID_REQUIRED, and the id lapses with its session timeout", async () => {
    const h = harness();
    const first = await h.coordinator.joinGroup(joinRequest({ requireKnownMemberId: true }));
    assert.equal(first.errorCode, ErrorCode.MEMBER_ID_REQUIRED);
    assert.match(first.memberId, /^client-/);
    assert.equal(h.coordinator.group("g")?.pendingMembers.size, 1);
    const joining = h.coordinator.joinGroup(joinRequest({ requireKnownMemberId: true, memberId: first.memberId }));
    h.clock.advance(0);
    const join = await joining;
    assert.equal(join.errorCode, ErrorCode.NONE);
    assert.equal(join.memberId, first.memberId);

    const lapsed = await h.coordinator.joinGroup(joinRequest({ groupId: "g2", requireKnownMemberId: true }));
    h.clock.advance(3000);
    assert.equal(h.coordinator.group("g2")?.pendingMembers.size, 0);
    assert.equal((await h.coordinator.joinGroup(joinRequest({ groupId: "g2", memberId: lapsed.memberId }))).errorCode, ErrorCode.UNKNOWN_MEMBER_ID);
  });

  test("group.initial.rebalance.delay.ms waits for more members and extends while they arrive", async () => {
    const h = harness({ initialRebalanceDelayMs: 1000 });
    const a = h.coordinator.joinGroup(joinRequest({ clientId: "a" }));
    h.clock.advance(500);
    const b = h.coordinator.joinGroup(joinRequest({ clientId: "b" }));
    h.clock.advance(500);
    assert.equal(await peek(a), "pending", "a member arrived during the delay, so it is extended");
    h.clock.advance(1000);
    const [ja, jb] = await Promise.all([a, b]);
    assert.equal(ja.generationId, 1);
    assert.equal(jb.generationId, 1);
    assert.equal(ja.members.length + jb.members.length, 2, "the leader alone gets both members");
  });

  test("a new member triggers a rebalance; the others learn it from Heartbeat, rejoin, and get their new assignment", async () => {
    const h = harness();
    const [m1] = await stableGroup(h, 1);
    assert.ok(m1 !== undefined);
    const j2 = h.coordinator.joinGroup(joinRequest({ clientId: "c1" }));
    assert.equal(h.coordinator.group("g")?.state, "PreparingRebalance");
    assert.equal(h.coordinator.heartbeat("g", m1.memberId, null, 1), ErrorCode.REBALANCE_IN_PROGRESS);
    const j1 = h.coordinator.joinGroup(joinRequest({ memberId: m1.memberId, clientId: "c0" }));
    const [r1, r2] = await Promise.all([j1, j2]);
    assert.equal(r1.generationId, 2);
    assert.equal(r2.generationId, 2);
    assert.equal(r1.leaderId, m1.memberId, "the leader keeps its role");
    assert.equal(r1.members.length, 2);
    assert.equal(r2.members.length, 0);
    const followerSync = h.coordinator.syncGroup(syncRequest(r2));
    assert.equal(await peek(followerSync), "pending", "a follower waits for the leader's assignment");
    const leaderSync = await h.coordinator.syncGroup(
      syncRequest(r1, [{ memberId: r1.memberId, assignment: Buffer.from("x") }, { memberId: r2.memberId, assignment: Buffer.from("y") }]),
    );
    assert.deepEqual(leaderSync.assignment, Buffer.from("x"));
    assert.deepEqual((await followerSync).assignment, Buffer.from("y"));
    assert.equal(h.coordinator.heartbeat("g", r2.memberId, null, 2), ErrorCode.NONE);
  });

  test("a member whose session expires is removed and the group rebalances without it", async () => {
    const h = harness();
    const [m1, m2] = await stableGroup(h, 2);
    assert.ok(m1 !== undefined && m2 !== undefined);
    for (let i = 0; i < 3; i++) {
      h.clock.advance(900);
      assert.equal(h.coordinator.heartbeat("g", m1.memberId, null, 1), ErrorCode.NONE);
    }
    h.clock.advance(300); // 3 s after its last heartbeat (the sync)
    const group = h.coordinator.group("g");
    assert.equal(group?.members.has(m2.memberId), false, "the silent member expired");
    assert.equal(group?.state, "PreparingRebalance");
    assert.equal(h.coordinator.heartbeat("g", m2.memberId, null, 1), ErrorCode.UNKNOWN_MEMBER_ID);
    const rejoin = await h.coordinator.joinGroup(joinRequest({ memberId: m1.memberId }));
    assert.equal(rejoin.generationId, 2);
    assert.deepEqual(rejoin.members.map((m) => m.memberId), [m1.memberId]);
  });

  test("a member that does not rejoin within the rebalance timeout is dropped from the next generation", async () => {
    const h = harness();
    const [m1, m2] = await stableGroup(h, 2);
    assert.ok(m1 !== undefined && m2 !== undefined);
    const j3 = h.coordinator.joinGroup(joinRequest({ clientId: "c2" }));
    const j1 = h.coordinator.joinGroup(joinRequest({ memberId: m1.memberId }));
    for (let i = 0; i < 4; i++) {
      h.clock.advance(1000);
      assert.equal(h.coordinator.heartbeat("g", m2.memberId, null, 1), ErrorCode.REBALANCE_IN_PROGRESS);
    }
    assert.equal(await peek(j1), "pending");
    h.clock.advance(1000); // the 5 s rebalance timeout
    const [r1, r3] = await Promise.all([j1, j3]);
    assert.equal(r1.generationId, 2);
    assert.deepEqual(new Set(r1.members.map((m) => m.memberId)), new Set([m1.memberId, r3.memberId]));
    assert.equal(h.coordinator.heartbeat("g", m2.memberId, null, 1), ErrorCode.UNKNOWN_MEMBER_ID);
  });

  test("members that never send SyncGroup are removed after the rebalance timeout", async () => {
    const h = harness();
    // The rebalance timeout (2 s) is shorter than the session timeout (3 s): the session is not what removes it.
    const joins = [
      h.coordinator.joinGroup(joinRequest({ clientId: "a", rebalanceTimeoutMs: 2000 })),
      h.coordinator.joinGroup(joinRequest({ clientId: "b", rebalanceTimeoutMs: 2000 })),
    ];
    h.clock.advance(0);
    const [a, b] = await Promise.all(joins);
    assert.ok(a !== undefined && b !== undefined);
    const leader = a.members.length > 0 ? a : b;
    const follower = leader === a ? b : a;
    await h.coordinator.syncGroup(syncRequest(leader, [{ memberId: leader.memberId, assignment: Buffer.from("l") }]));
    h.clock.advance(1999);
    assert.equal(h.coordinator.group("g")?.members.has(follower.memberId), true);
    h.clock.advance(1);
    assert.equal(h.coordinator.group("g")?.members.has(follower.memberId), false);
    assert.equal(h.coordinator.group("g")?.state, "PreparingRebalance");
  });

  test("errors: illegal generation, unknown member, inconsistent protocol, bad session timeout, group id, max size", async () => {
    const h = harness({ maxSize: 1 });
    const [m1] = await stableGroup(h, 1);
    assert.ok(m1 !== undefined);
    const c = h.coordinator;
    assert.equal(c.heartbeat("g", m1.memberId, null, 7), ErrorCode.ILLEGAL_GENERATION);
    assert.equal((await c.syncGroup(syncRequest(m1, [], { generationId: 0 }))).errorCode, ErrorCode.ILLEGAL_GENERATION);
    assert.equal((await c.syncGroup(syncRequest(m1, [], { protocolName: "roundrobin" }))).errorCode, ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    assert.equal(c.heartbeat("g", "nobody", null, 1), ErrorCode.UNKNOWN_MEMBER_ID);
    assert.equal(c.heartbeat("missing", "nobody", null, 1), ErrorCode.UNKNOWN_MEMBER_ID);
    assert.equal(c.heartbeat("", "nobody", null, 1), ErrorCode.INVALID_GROUP_ID);
    assert.equal((await c.joinGroup(joinRequest({ protocolType: "connect" }))).errorCode, ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    assert.equal((await c.joinGroup(joinRequest({ protocols: [{ name: "sticky", metadata: Buffer.alloc(0) }] }))).errorCode, ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    assert.equal((await c.joinGroup(joinRequest({ sessionTimeoutMs: 500 }))).errorCode, ErrorCode.INVALID_SESSION_TIMEOUT);
    assert.equal((await c.joinGroup(joinRequest({ sessionTimeoutMs: 60_001 }))).errorCode, ErrorCode.INVALID_SESSION_TIMEOUT);
    assert.equal((await c.joinGroup(joinRequest({ groupId: "" }))).errorCode, ErrorCode.INVALID_GROUP_ID);
    assert.equal((await c.joinGroup(joinRequest({ memberId: "ghost", groupId: "new" }))).errorCode, ErrorCode.UNKNOWN_MEMBER_ID);
    assert.equal((await c.joinGroup(joinRequest())).errorCode, ErrorCode.GROUP_MAX_SIZE_REACHED);
  });

  test("KIP-345: a static member rejoining with a new member id keeps its assignment without a rebalance; its old id is fenced", async () => {
    const h = harness();
    const joining = h.coordinator.joinGroup(joinRequest({ groupInstanceId: "pod-1" }));
    h.clock.advance(0);
    const first = await joining;
    await h.coordinator.syncGroup(syncRequest(first, [{ memberId: first.memberId, assignment: Buffer.from("p0") }], { groupInstanceId: "pod-1" }));
    const again = await h.coordinator.joinGroup(joinRequest({ groupInstanceId: "pod-1" }));
    assert.equal(again.errorCode, ErrorCode.NONE);
    assert.notEqual(again.memberId, first.memberId);
    assert.equal(again.generationId, 1, "no new generation");
    assert.equal(again.skipAssignment, true, "the static leader must not reassign (KIP-814)");
    assert.equal(h.coordinator.group("g")?.state, "Stable");
    assert.equal(h.coordinator.heartbeat("g", first.memberId, "pod-1", 1), ErrorCode.FENCED_INSTANCE_ID);
    const sync = await h.coordinator.syncGroup(syncRequest(again, [], { groupInstanceId: "pod-1" }));
    assert.deepEqual(sync.assignment, Buffer.from("p0"));
    assert.equal(h.coordinator.leaveGroup("g", [{ memberId: "", groupInstanceId: "pod-1" }]).members[0]?.errorCode, ErrorCode.NONE);
    assert.equal(h.coordinator.group("g")?.state, "Empty");
  });

  test("LeaveGroup: batch leave with per-member errors; the last member leaving stores an empty group", async () => {
    const h = harness();
    const [m1] = await stableGroup(h, 1);
    assert.ok(m1 !== undefined);
    const result = h.coordinator.leaveGroup("g", [
      { memberId: m1.memberId, groupInstanceId: null },
      { memberId: "ghost", groupInstanceId: null },
      { memberId: "", groupInstanceId: "not-there" },
    ]);
    assert.equal(result.errorCode, ErrorCode.NONE);
    assert.deepEqual(result.members.map((m) => m.errorCode), [ErrorCode.NONE, ErrorCode.UNKNOWN_MEMBER_ID, ErrorCode.UNKNOWN_MEMBER_ID]);
    const group = h.coordinator.group("g");
    assert.equal(group?.state, "Empty");
    assert.equal(group?.generationId, 2);
    await settle();
    const stored = lastGroupRecord(h);
    assert.ok(stored?.kind === "group" && stored.value !== null);
    assert.deepEqual(stored.value.members, []);
    assert.equal(stored.value.generation, 2);
    assert.equal(h.coordinator.leaveGroup("missing", [{ memberId: "x", groupInstanceId: null }]).members[0]?.errorCode, ErrorCode.UNKNOWN_MEMBER_ID);
  });

  test("the protocol is chosen by vote among the protocols every member supports", async () => {
    const h = harness();
    const proto = (...names: string[]) => names.map((name) => ({ name, metadata: subscription(["adt"]) }));
    const joins = [
      h.coordinator.joinGroup(joinRequest({ clientId: "a", protocols: proto("roundrobin", "range", "sticky") })),
      h.coordinator.joinGroup(joinRequest({ clientId: "b", protocols: proto("range", "roundrobin") })),
      h.coordinator.joinGroup(joinRequest({ clientId: "c", protocols: proto("range", "roundrobin") })),
    ];
    h.clock.advance(0);
    const results = await Promise.all(joins);
    assert.deepEqual(results.map((r) => r.protocolName), ["range", "range", "range"]);
  });

  test("a failed write of the leader's assignment fails the syncs and starts a new rebalance", async () => {
    const h = harness();
    const joining = h.coordinator.joinGroup(joinRequest());
    h.clock.advance(0);
    const join = await joining;
    h.storage.failWith = new Error("disk on fire");
    const sync = await h.coordinator.syncGroup(syncRequest(join, [{ memberId: join.memberId, assignment: Buffer.from("a") }]));
    assert.equal(sync.errorCode, ErrorCode.COORDINATOR_NOT_AVAILABLE);
    assert.equal(h.coordinator.group("g")?.state, "PreparingRebalance");
  });

  test("close() answers parked requests and leaves no timer behind", async () => {
    const h = harness({ initialRebalanceDelayMs: 1000 });
    const joining = h.coordinator.joinGroup(joinRequest());
    h.coordinator.close();
    assert.equal((await joining).errorCode, ErrorCode.COORDINATOR_NOT_AVAILABLE);
    assert.equal(h.clock.pendingTimers, 0);
  });
});
