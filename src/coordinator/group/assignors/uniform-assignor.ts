// The `uniform` server assignor (Kafka's UniformAssignor, the default of
// group.consumer.assignors): spreads every subscribed partition as evenly as the
// subscriptions allow, and sticky — a partition stays with its current target owner
// unless that owner unsubscribed or holds more than its share. Heterogeneous
// subscriptions are balanced by moving partitions from the most to the least loaded
// member that subscribes to their topic until no move narrows the gap.
import type { Assignment } from "../consumer-group-member.js";
import { byMemberId, type GroupSpec, type ServerAssignor } from "./partition-assignor.js";

export class UniformAssignor implements ServerAssignor {
  readonly name = "uniform";

  assign(spec: GroupSpec): Map<string, Assignment> {
    const memberIds = [...spec.members.keys()].sort(byMemberId);
    const owned = new Map<string, string[]>(memberIds.map((m) => [m, []]));
    const key = (topicId: string, p: number): string => `${topicId}:${p}`;
    const parse = (k: string): [string, number] => {
      const i = k.lastIndexOf(":");
      return [k.slice(0, i), Number(k.slice(i + 1))];
    };
    const subscribers = new Map<string, string[]>();
    for (const topicId of [...spec.topics.keys()].sort()) {
      subscribers.set(topicId, memberIds.filter((m) => spec.members.get(m)?.subscribedTopicIds.has(topicId) === true));
    }
    const unassigned: string[] = [];
    for (const [topicId, count] of [...spec.topics].sort(([a], [b]) => byMemberId(a, b))) {
      const subs = subscribers.get(topicId) ?? [];
      if (subs.length === 0) continue;
      for (let p = 0; p < count; p++) {
        const previous = subs.find((m) => spec.members.get(m)?.currentAssignment.get(topicId)?.has(p) === true);
        if (previous === undefined) unassigned.push(key(topicId, p));
        else owned.get(previous)?.push(key(topicId, p));
      }
    }
    const size = (m: string): number => owned.get(m)?.length ?? 0;
    const leastLoaded = (candidates: readonly string[]): string | undefined => {
      let best: string | undefined;
      for (const m of candidates) if (best === undefined || size(m) < size(best)) best = m;
      return best;
    };
    for (const k of unassigned) {
      const target = leastLoaded(subscribers.get(parse(k)[0]) ?? []);
      if (target !== undefined) owned.get(target)?.push(k);
    }
    // Balance: each move lowers the sum of squared loads, so this ends.
    for (let moved = true; moved; ) {
      moved = false;
      const byLoad = [...memberIds].sort((a, b) => size(b) - size(a) || byMemberId(a, b));
      for (const from of byLoad) {
        const list = owned.get(from) ?? [];
        for (let i = list.length - 1; i >= 0; i--) {
          const k = list[i] ?? "";
          const to = leastLoaded(subscribers.get(parse(k)[0]) ?? []);
          if (to === undefined || size(to) + 1 >= size(from)) continue;
          list.splice(i, 1);
          owned.get(to)?.push(k);
          moved = true;
        }
      }
    }
    const out = new Map<string, Assignment>();
    for (const m of memberIds) {
      const a: Assignment = new Map();
      for (const k of owned.get(m) ?? []) {
        const [topicId, p] = parse(k);
        let set = a.get(topicId);
        if (set === undefined) a.set(topicId, (set = new Set()));
        set.add(p);
      }
      out.set(m, a);
    }
    return out;
  }
}
