// Rebuilds every group from __consumer_offsets at start-up, as Kafka's
// GroupMetadataManager.loadGroupsAndOffsets does: the last value per key wins, a
// tombstone deletes; a group with members comes back Stable (its members must
// heartbeat within their session timeout or are removed), one without comes back
// Empty; offsets with no group record belong to an Empty group with no protocol
// (standalone commits). KIP-848 consumer group records go to a ConsumerGroupReplay, and
// the offsets of those groups to them.
import type { Logger } from "../../util/logger.js";
import { ClassicGroup } from "./classic-group.js";
import type { ConsumerGroupReplay } from "./consumer-group-record-helpers.js";
import type { CoordinatorStorage } from "./coordinator-storage.js";
import { MemberMetadata } from "./member-metadata.js";
import { decodeCoordinatorRecord } from "./records/coordinator-record.js";
import type { GroupMetadataValue } from "./records/group-metadata-record.js";
import type { OffsetCommitValue } from "./records/offset-commit-record.js";

interface PartitionState {
  groups: Map<string, GroupMetadataValue | null>;
  offsets: Map<string, Map<string, { topic: string; partition: number; value: OffsetCommitValue | null }>>;
}

/** An offset of a transaction still open at load time (TxnOffsetCommit, no marker yet). */
export interface PendingTxnOffsetRecord {
  producerId: bigint;
  group: string;
  topic: string;
  partition: number;
  value: OffsetCommitValue;
}

/** Replays one partition of __consumer_offsets into groups; open transactions' offsets go to `pending`. */
export function loadGroupsFromPartition(
  storage: CoordinatorStorage,
  partition: number,
  log: Logger,
  pending: PendingTxnOffsetRecord[] = [],
  consumerGroups?: ConsumerGroupReplay,
): ClassicGroup[] {
  const state: PartitionState = { groups: new Map(), offsets: new Map() };
  let skipped = 0;
  for (const record of storage.replay(partition)) {
    let decoded;
    try {
      decoded = decodeCoordinatorRecord(record.key, record.value);
    } catch (err) {
      skipped++;
      log.warn({ err, partition }, "skipping an unreadable __consumer_offsets record");
      continue;
    }
    if (record.producerId !== undefined) {
      if (decoded.kind === "offset" && decoded.value !== null) pending.push({ producerId: record.producerId, ...decoded.key, value: decoded.value });
    } else if (decoded.kind === "group") {
      state.groups.set(decoded.group, decoded.value);
    } else if (decoded.kind === "consumerGroup" && consumerGroups !== undefined) {
      consumerGroups.apply(decoded.record);
    } else if (decoded.kind === "offset") {
      const { group, topic, partition: p } = decoded.key;
      let offsets = state.offsets.get(group);
      if (offsets === undefined) {
        offsets = new Map<string, { topic: string; partition: number; value: OffsetCommitValue | null }>();
        state.offsets.set(group, offsets);
      }
      offsets.set(`${p}:${topic}`, { topic, partition: p, value: decoded.value });
    } else {
      skipped++;
    }
  }
  if (skipped > 0) log.info({ partition, skipped }, "records of other coordinators or unreadable ones were skipped");

  const out: ClassicGroup[] = [];
  const ids = new Set([...state.groups.keys(), ...state.offsets.keys()]);
  for (const groupId of ids) {
    const metadata = state.groups.get(groupId) ?? null;
    const offsets = [...(state.offsets.get(groupId)?.values() ?? [])].filter((o) => o.value !== null);
    const consumerGroup = consumerGroups?.groups.get(groupId);
    if (consumerGroup !== undefined) {
      for (const o of offsets) if (o.value !== null) consumerGroup.offsets.put(o.topic, o.partition, o.value);
      continue;
    }
    if (metadata === null && offsets.length === 0) continue;
    const group = metadata === null ? new ClassicGroup(groupId, undefined) : groupFromRecord(groupId, metadata);
    for (const o of offsets) if (o.value !== null) group.offsets.put(o.topic, o.partition, o.value);
    out.push(group);
  }
  return out;
}

function groupFromRecord(groupId: string, value: GroupMetadataValue): ClassicGroup {
  const stateTimestamp = value.currentStateTimestampMs >= 0n ? Number(value.currentStateTimestampMs) : undefined;
  const group = new ClassicGroup(groupId, stateTimestamp);
  group.protocolType = value.protocolType === "" ? null : value.protocolType;
  group.generationId = value.generation;
  group.protocolName = value.protocol;
  for (const m of value.members) {
    const member = new MemberMetadata({
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId,
      clientId: m.clientId,
      clientHost: m.clientHost,
      rebalanceTimeoutMs: m.rebalanceTimeoutMs,
      sessionTimeoutMs: m.sessionTimeoutMs,
      protocolType: value.protocolType,
      protocols: value.protocol === null ? [] : [{ name: value.protocol, metadata: m.subscription }],
    });
    member.assignment = m.assignment;
    group.add(member);
  }
  group.leaderId = value.leader !== null && group.members.has(value.leader) ? value.leader : (group.members.keys().next().value ?? null);
  group.restoreState(group.size === 0 ? "Empty" : "Stable");
  // add() set the protocol type from the first member; the record is the authority.
  group.protocolType = value.protocolType === "" ? null : value.protocolType;
  return group;
}
