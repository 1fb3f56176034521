// The `range` server assignor (Kafka's RangeAssignor for KIP-848 groups): per topic, the
// subscribed members in member id order get contiguous ranges of partitions, the first
// (partitions % members) one partition more, so members subscribed to co-partitioned
// topics get the same partition numbers of each. Not sticky across member changes
// (Kafka's keeps partitions within each member's quota; stickiness here is the uniform
// assignor's).
import type { Assignment } from "../consumer-group-member.js";
import { byMemberId, type GroupSpec, type ServerAssignor } from "./partition-assignor.js";

export class RangeAssignor implements ServerAssignor {
  readonly name = "range";

  assign(spec: GroupSpec): Map<string, Assignment> {
    const memberIds = [...spec.members.keys()].sort(byMemberId);
    const out = new Map<string, Assignment>(memberIds.map((m) => [m, new Map()]));
    for (const [topicId, count] of spec.topics) {
      const subs = memberIds.filter((m) => spec.members.get(m)?.subscribedTopicIds.has(topicId) === true);
      if (subs.length === 0) continue;
      const base = Math.floor(count / subs.length);
      const extra = count % subs.length;
      let next = 0;
      subs.forEach((m, i) => {
        const n = base + (i < extra ? 1 : 0);
        if (n === 0) return;
        const set = new Set<number>();
        for (let p = next; p < next + n; p++) set.add(p);
        next += n;
        out.get(m)?.set(topicId, set);
      });
    }
    return out;
  }
}
