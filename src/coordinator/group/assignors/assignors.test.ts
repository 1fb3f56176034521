import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Assignment } from "../consumer-group-member.js";
import { assignmentSize, emptyAssignment } from "../consumer-group-member.js";
import type { AssignmentMemberSpec, GroupSpec } from "./partition-assignor.js";
import { RangeAssignor } from "./range-assignor.js";
import { UniformAssignor } from "./uniform-assignor.js";

function spec(members: Record<string, { topics: string[]; current?: Assignment }>, topics: Record<string, number>): GroupSpec {
  const m = new Map<string, AssignmentMemberSpec>();
  for (const [id, s] of Object.entries(members)) m.set(id, { subscribedTopicIds: new Set(s.topics), currentAssignment: s.current ?? emptyAssignment() });
  return { members: m, topics: new Map(Object.entries(topics)) };
}

function everyPartitionOnce(result: Map<string, Assignment>, topics: Record<string, number>): void {
  const seen = new Set<string>();
  for (const a of result.values()) for (const [t, ps] of a) for (const p of ps) {
    assert.ok(!seen.has(`${t}:${p}`), `${t}:${p} assigned twice`);
    seen.add(`${t}:${p}`);
  }
  assert.equal(seen.size, Object.values(topics).reduce((x, y) => x + y, 0));
}

describe("uniform assignor", () => {
  const uniform = new UniformAssignor();

  test("spreads a homogeneous subscription evenly", () => {
    const topics = { A: 6, B: 1 };
    const result = uniform.assign(spec({ m1: { topics: ["A", "B"] }, m2: { topics: ["A", "B"] }, m3: { topics: ["A", "B"] } }, topics));
    everyPartitionOnce(result, topics);
    const sizes = [...result.values()].map(assignmentSize).sort();
    assert.deepEqual(sizes, [2, 2, 3]);
  });

  test("is sticky: a joining member takes partitions only from the others' surplus", () => {
    const topics = { A: 6 };
    const first = uniform.assign(spec({ m1: { topics: ["A"] }, m2: { topics: ["A"] } }, topics));
    const second = uniform.assign(spec({ m1: { topics: ["A"], current: first.get("m1") ?? emptyAssignment() }, m2: { topics: ["A"], current: first.get("m2") ?? emptyAssignment() }, m3: { topics: ["A"] } }, topics));
    everyPartitionOnce(second, topics);
    for (const m of ["m1", "m2"]) {
      const before = first.get(m)?.get("A") ?? new Set();
      const after = second.get(m)?.get("A") ?? new Set();
      assert.equal(after.size, 2);
      for (const p of after) assert.ok(before.has(p), `${m} kept its own partitions`);
    }
    // and a leaving member's partitions go to the others, who keep theirs
    const third = uniform.assign(spec({ m1: { topics: ["A"], current: second.get("m1") ?? emptyAssignment() }, m3: { topics: ["A"], current: second.get("m3") ?? emptyAssignment() } }, topics));
    everyPartitionOnce(third, topics);
    for (const p of second.get("m1")?.get("A") ?? []) assert.ok(third.get("m1")?.get("A")?.has(p));
    assert.deepEqual([...third.values()].map(assignmentSize), [3, 3]);
  });

  test("heterogeneous subscriptions: each topic only to its subscribers, balanced where possible", () => {
    const topics = { A: 4, B: 4 };
    const result = uniform.assign(spec({ m1: { topics: ["A"] }, m2: { topics: ["A", "B"] }, m3: { topics: ["B"] } }, topics));
    everyPartitionOnce(result, topics);
    assert.equal(result.get("m1")?.get("B"), undefined);
    assert.equal(result.get("m3")?.get("A"), undefined);
    const sizes = [...result.values()].map(assignmentSize);
    assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1, `balanced: ${sizes.join(",")}`);
  });

  test("an unsubscribed topic's partitions are released", () => {
    const result = uniform.assign(spec({ m1: { topics: ["B"], current: new Map([["A", new Set([0, 1])]]) } }, { B: 2 }));
    assert.deepEqual([...(result.get("m1")?.keys() ?? [])], ["B"]);
  });
});

describe("range assignor", () => {
  test("contiguous ranges per topic in member id order, the first members one more", () => {
    const result = new RangeAssignor().assign(spec({ b: { topics: ["T", "U"] }, a: { topics: ["T", "U"] } }, { T: 5, U: 2 }));
    assert.deepEqual([...(result.get("a")?.get("T") ?? [])], [0, 1, 2]);
    assert.deepEqual([...(result.get("b")?.get("T") ?? [])], [3, 4]);
    assert.deepEqual([...(result.get("a")?.get("U") ?? [])], [0]);
    assert.deepEqual([...(result.get("b")?.get("U") ?? [])], [1]);
  });
});
