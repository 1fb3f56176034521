// The classic rebalance protocol (Kafka's GroupCoordinator join/sync/heartbeat/leave
// paths): members join (KIP-394 MEMBER_ID_REQUIRED for dynamic members, KIP-345 static
// members by group.instance.id), the group waits for every known member to rejoin or
// for the rebalance timeout (group.initial.rebalance.delay.ms first, for a new group),
// picks a protocol by vote, answers every JoinGroup (the leader gets the members), and
// relays the leader's assignments in SyncGroup after they are stored. Session timeouts
// remove members; members that do not rejoin or sync within the rebalance timeout are
// dropped. Parked JoinGroup/SyncGroup requests are promises resolved here.
import { randomUUID } from "node:crypto";
import { ErrorCode } from "../../protocol/errors.js";
import type { Clock } from "../../storage/clock.js";
import type { Logger } from "../../util/logger.js";
import type { ClassicGroup } from "./classic-group.js";
import {
  joinError,
  syncError,
  UNKNOWN_MEMBER_ID,
  type JoinGroupRequestData,
  type MemberIdentity,
  type SyncGroupRequestData,
} from "./group-requests.js";
import { MemberMetadata, type JoinGroupResult, type SyncGroupResult } from "./member-metadata.js";

/** Kafka's GroupCoordinator.NewMemberJoinTimeoutMs: a new member that never rejoins is dropped after 5 minutes. */
export const NEW_MEMBER_JOIN_TIMEOUT_MS = 300_000;

export interface MembershipContext {
  clock: Clock;
  log: Logger;
  initialRebalanceDelayMs: number;
  maxSize: number;
  /** Writes the group's metadata record (with these assignments) durably. */
  storeGroup(group: ClassicGroup, assignments?: ReadonlyMap<string, Buffer>): Promise<void>;
}

export class GroupMembership {
  readonly #ctx: MembershipContext;

  constructor(ctx: MembershipContext) {
    this.#ctx = ctx;
  }

  /** JoinGroup on an existing (possibly just created) group that is not Dead. */
  join(group: ClassicGroup, req: JoinGroupRequestData): Promise<JoinGroupResult> {
    if (!group.supportsProtocols(req.protocolType, req.protocols)) return Promise.resolve(joinError(ErrorCode.INCONSISTENT_GROUP_PROTOCOL));
    if (req.memberId === UNKNOWN_MEMBER_ID) return this.#joinNewMember(group, req);
    return this.#joinKnownMember(group, req);
  }

  #joinNewMember(group: ClassicGroup, req: JoinGroupRequestData): Promise<JoinGroupResult> {
    const newMemberId = `${req.clientId}-${randomUUID()}`;
    const existingStatic = group.staticMemberId(req.groupInstanceId);
    if (existingStatic !== undefined && req.groupInstanceId !== null) {
      return this.#replaceStaticMember(group, req, req.groupInstanceId, existingStatic, newMemberId);
    }
    if (group.size >= this.#ctx.maxSize) return Promise.resolve(joinError(ErrorCode.GROUP_MAX_SIZE_REACHED));
    if (req.groupInstanceId === null && req.requireKnownMemberId) {
      // KIP-394: the member id is handed out first, so a client that retries after a lost
      // answer does not leave a ghost member behind.
      const timer = this.#ctx.clock.schedule(req.sessionTimeoutMs, () => {
        if (group.pendingMembers.delete(newMemberId)) this.#checkJoinComplete(group);
      });
      group.pendingMembers.set(newMemberId, timer);
      return Promise.resolve(joinError(ErrorCode.MEMBER_ID_REQUIRED, newMemberId));
    }
    return this.#addMemberAndRebalance(group, req, newMemberId);
  }

  #joinKnownMember(group: ClassicGroup, req: JoinGroupRequestData): Promise<JoinGroupResult> {
    const { memberId } = req;
    if (group.pendingMembers.has(memberId)) {
      if (group.size >= this.#ctx.maxSize) return Promise.resolve(joinError(ErrorCode.GROUP_MAX_SIZE_REACHED, memberId));
      return this.#addMemberAndRebalance(group, req, memberId);
    }
    if (group.isStaticMemberFenced(req.groupInstanceId, memberId)) return Promise.resolve(joinError(ErrorCode.FENCED_INSTANCE_ID, memberId));
    const member = group.members.get(memberId);
    if (member === undefined) return Promise.resolve(joinError(ErrorCode.UNKNOWN_MEMBER_ID, memberId));
    switch (group.state) {
      case "PreparingRebalance": {
        const joined = this.#updateMember(member, req);
        this.#checkJoinComplete(group);
        return joined;
      }
      case "CompletingRebalance":
        // A repeated JoinGroup (lost answer) gets this generation's answer again.
        if (member.matches(req.protocols)) return Promise.resolve(this.#joinResult(group, member, group.isLeader(memberId)));
        break;
      case "Stable":
        if (!group.isLeader(memberId) && member.matches(req.protocols)) return Promise.resolve(this.#joinResult(group, member, false));
        break;
      default:
        return Promise.resolve(joinError(ErrorCode.UNKNOWN_MEMBER_ID, memberId));
    }
    const joined = this.#updateMember(member, req);
    this.#prepareRebalance(group, `member ${memberId} rejoined with new metadata or as leader`);
    return joined;
  }

  #replaceStaticMember(group: ClassicGroup, req: JoinGroupRequestData, instanceId: string, oldMemberId: string, newMemberId: string): Promise<JoinGroupResult> {
    const old = group.members.get(oldMemberId);
    if (old === undefined) return Promise.resolve(joinError(ErrorCode.UNKNOWN_MEMBER_ID));
    const previousLeader = group.leaderId ?? "";
    const previous = { protocols: old.protocols, rebalanceTimeoutMs: old.rebalanceTimeoutMs, sessionTimeoutMs: old.sessionTimeoutMs };
    // The old incarnation's parked requests are fenced (KIP-345).
    old.completeJoin(joinError(ErrorCode.FENCED_INSTANCE_ID, oldMemberId));
    old.completeSync(syncError(ErrorCode.FENCED_INSTANCE_ID));
    const member = group.replaceStaticMember(instanceId, oldMemberId, newMemberId) ?? old;
    if (group.pendingSyncMembers.delete(oldMemberId)) group.pendingSyncMembers.add(newMemberId);
    member.clientId = req.clientId;
    member.clientHost = req.clientHost;
    const joined = this.#updateMember(member, req);
    this.#scheduleSession(group, member);
    switch (group.state) {
      case "Stable": {
        const protocol = group.protocolName;
        if (protocol === null || group.selectProtocol() !== protocol) {
          this.#prepareRebalance(group, `static member ${instanceId} rejoined with a change of protocol`);
          return joined;
        }
        // Same protocol: no rebalance; the member keeps its assignment under its new id.
        const generation = group.generationId;
        this.#ctx.storeGroup(group).then(
          () => {
            const isLeader = group.isLeader(newMemberId);
            member.completeJoin({ ...this.#joinResult(group, member, isLeader), leaderId: previousLeader, skipAssignment: isLeader });
          },
          (err: unknown) => {
            this.#ctx.log.warn({ err, group: group.groupId }, "storing a replaced static member failed");
            if (group.generationId === generation && group.members.get(newMemberId) === member) {
              group.replaceStaticMember(instanceId, newMemberId, oldMemberId);
              Object.assign(member, previous);
            }
            member.completeJoin(joinError(ErrorCode.UNKNOWN_SERVER_ERROR));
          },
        );
        return joined;
      }
      case "CompletingRebalance":
        // The leader may already be assigning to the old id; only a new rebalance is safe.
        this.#prepareRebalance(group, `static member ${instanceId} rejoined while the group was completing a rebalance`);
        return joined;
      default:
        this.#checkJoinComplete(group);
        return joined;
    }
  }

  #addMemberAndRebalance(group: ClassicGroup, req: JoinGroupRequestData, memberId: string): Promise<JoinGroupResult> {
    const pending = group.pendingMembers.get(memberId);
    pending?.cancel();
    group.pendingMembers.delete(memberId);
    const member = new MemberMetadata({ ...req, memberId });
    member.isNew = true;
    const joined = new Promise<JoinGroupResult>((resolve) => (member.awaitingJoin = resolve));
    group.add(member);
    this.#scheduleSession(group, member, NEW_MEMBER_JOIN_TIMEOUT_MS);
    if (group.is("PreparingRebalance")) this.#checkJoinComplete(group);
    else this.#prepareRebalance(group, `adding new member ${memberId}`);
    return joined;
  }

  #updateMember(member: MemberMetadata, req: JoinGroupRequestData): Promise<JoinGroupResult> {
    member.protocols = req.protocols;
    member.rebalanceTimeoutMs = req.rebalanceTimeoutMs;
    member.sessionTimeoutMs = req.sessionTimeoutMs;
    member.completeJoin(joinError(ErrorCode.REBALANCE_IN_PROGRESS, member.memberId));
    return new Promise<JoinGroupResult>((resolve) => (member.awaitingJoin = resolve));
  }

  #joinResult(group: ClassicGroup, member: MemberMetadata, withMembers: boolean): JoinGroupResult {
    const protocol = group.protocolName ?? "";
    return {
      errorCode: ErrorCode.NONE,
      generationId: group.generationId,
      protocolType: group.protocolType,
      protocolName: group.protocolName,
      leaderId: group.leaderId ?? "",
      memberId: member.memberId,
      members: withMembers
        ? [...group.members.values()].map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, metadata: m.metadataFor(protocol) ?? Buffer.alloc(0) }))
        : [],
      skipAssignment: false,
    };
  }

  sync(group: ClassicGroup, req: SyncGroupRequestData): Promise<SyncGroupResult> {
    const fail = (code: number): Promise<SyncGroupResult> => Promise.resolve(syncError(code));
    if (group.is("Dead")) return fail(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    if (group.isStaticMemberFenced(req.groupInstanceId, req.memberId)) return fail(ErrorCode.FENCED_INSTANCE_ID);
    const member = group.members.get(req.memberId);
    if (member === undefined) return fail(ErrorCode.UNKNOWN_MEMBER_ID);
    if (req.generationId !== group.generationId) return fail(ErrorCode.ILLEGAL_GENERATION);
    if ((req.protocolType !== null && req.protocolType !== group.protocolType) || (req.protocolName !== null && req.protocolName !== group.protocolName)) {
      return fail(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    }
    switch (group.state) {
      case "Empty":
        return fail(ErrorCode.UNKNOWN_MEMBER_ID);
      case "PreparingRebalance":
        return fail(ErrorCode.REBALANCE_IN_PROGRESS);
      case "Stable":
        group.pendingSyncMembers.delete(member.memberId);
        this.#scheduleSession(group, member);
        return Promise.resolve(this.#syncResult(group, member.assignment));
      default:
        break;
    }
    group.pendingSyncMembers.delete(member.memberId);
    this.#scheduleSession(group, member);
    member.completeSync(syncError(ErrorCode.REBALANCE_IN_PROGRESS));
    const synced = new Promise<SyncGroupResult>((resolve) => (member.awaitingSync = resolve));
    if (group.isLeader(member.memberId)) {
      const assignments = new Map<string, Buffer>();
      for (const a of req.assignments) if (group.members.has(a.memberId)) assignments.set(a.memberId, a.assignment);
      const generation = group.generationId;
      this.#ctx.storeGroup(group, assignments).then(
        () => {
          if (!group.is("CompletingRebalance") || group.generationId !== generation) return;
          for (const m of group.members.values()) {
            m.assignment = assignments.get(m.memberId) ?? Buffer.alloc(0);
            m.completeSync(this.#syncResult(group, m.assignment));
          }
          group.transitionTo("Stable", this.#ctx.clock.nowMs());
        },
        (err: unknown) => {
          this.#ctx.log.warn({ err, group: group.groupId }, "storing the group assignment failed");
          if (!group.is("CompletingRebalance") || group.generationId !== generation) return;
          this.#resetAssignments(group, ErrorCode.COORDINATOR_NOT_AVAILABLE);
          this.#prepareRebalance(group, "storing the group assignment failed");
        },
      );
    }
    return synced;
  }

  #syncResult(group: ClassicGroup, assignment: Buffer): SyncGroupResult {
    return { errorCode: ErrorCode.NONE, protocolType: group.protocolType, protocolName: group.protocolName, assignment };
  }

  /** The Heartbeat error code (a member parked in JoinGroup or SyncGroup counts as alive anyway). */
  heartbeat(group: ClassicGroup, memberId: string, groupInstanceId: string | null, generationId: number): number {
    if (group.is("Dead")) return ErrorCode.COORDINATOR_NOT_AVAILABLE;
    if (group.isStaticMemberFenced(groupInstanceId, memberId)) return ErrorCode.FENCED_INSTANCE_ID;
    const member = group.members.get(memberId);
    if (group.is("Empty") || member === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
    if (generationId !== group.generationId) return ErrorCode.ILLEGAL_GENERATION;
    this.#scheduleSession(group, member);
    return group.is("PreparingRebalance") ? ErrorCode.REBALANCE_IN_PROGRESS : ErrorCode.NONE;
  }

  /** An offset commit from a member counts as a heartbeat. */
  touch(group: ClassicGroup, memberId: string): void {
    const member = group.members.get(memberId);
    if (member !== undefined) this.#scheduleSession(group, member);
  }

  /** LeaveGroup for one member identity (v3+ batches them); returns its error code. */
  leave(group: ClassicGroup, identity: MemberIdentity, reason: string): number {
    let memberId = identity.memberId;
    if (memberId === UNKNOWN_MEMBER_ID) {
      const staticId = group.staticMemberId(identity.groupInstanceId);
      if (staticId === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
      memberId = staticId;
    } else if (group.isStaticMemberFenced(identity.groupInstanceId, memberId)) {
      return ErrorCode.FENCED_INSTANCE_ID;
    }
    const pending = group.pendingMembers.get(memberId);
    if (pending !== undefined) {
      pending.cancel();
      group.pendingMembers.delete(memberId);
      this.#checkJoinComplete(group);
      return ErrorCode.NONE;
    }
    const member = group.members.get(memberId);
    if (member === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
    this.removeMember(group, member, reason);
    return ErrorCode.NONE;
  }

  removeMember(group: ClassicGroup, member: MemberMetadata, reason: string): void {
    member.sessionTimer?.cancel();
    member.completeJoin(joinError(ErrorCode.UNKNOWN_MEMBER_ID, member.memberId));
    member.completeSync(syncError(ErrorCode.UNKNOWN_MEMBER_ID));
    group.remove(member.memberId);
    this.#ctx.log.info({ group: group.groupId, memberId: member.memberId }, `member removed: ${reason}`);
    if (group.is("Stable", "CompletingRebalance")) this.#prepareRebalance(group, `removing member ${member.memberId}: ${reason}`);
    else this.#checkJoinComplete(group);
  }

  /** Starts (or restarts) the member's session timeout, as a heartbeat does. */
  scheduleSession(group: ClassicGroup, member: MemberMetadata): void {
    this.#scheduleSession(group, member);
  }

  #scheduleSession(group: ClassicGroup, member: MemberMetadata, timeoutMs = member.sessionTimeoutMs): void {
    member.sessionTimer?.cancel();
    member.sessionTimer = this.#ctx.clock.schedule(timeoutMs, () => {
      if (group.members.get(member.memberId) !== member) return;
      // Kafka's shouldKeepAlive: a known member parked in JoinGroup or SyncGroup is alive;
      // the rebalance timeout decides its fate instead.
      if ((member.awaitingJoin !== undefined && !member.isNew) || member.awaitingSync !== undefined) {
        this.#scheduleSession(group, member);
        return;
      }
      this.removeMember(group, member, "session timeout expired");
    });
  }

  #prepareRebalance(group: ClassicGroup, reason: string): void {
    if (group.is("PreparingRebalance", "Dead")) return;
    if (group.is("CompletingRebalance")) this.#resetAssignments(group, ErrorCode.REBALANCE_IN_PROGRESS);
    group.rebalanceTimer?.cancel();
    const initial = group.is("Empty");
    group.transitionTo("PreparingRebalance", this.#ctx.clock.nowMs());
    this.#ctx.log.info({ group: group.groupId, generation: group.generationId }, `preparing to rebalance: ${reason}`);
    if (initial) {
      // A new group waits group.initial.rebalance.delay.ms for more members, extended while
      // members keep arriving, up to the rebalance timeout (Kafka's InitialDelayedJoin).
      const delay = this.#ctx.initialRebalanceDelayMs;
      group.initialDelay = { remainingMs: Math.max(group.rebalanceTimeoutMs - delay, 0), newMemberAdded: false };
      group.rebalanceTimer = this.#ctx.clock.schedule(delay, () => this.#onInitialDelay(group));
      return;
    }
    group.rebalanceTimer = this.#ctx.clock.schedule(group.rebalanceTimeoutMs, () => this.#completeJoin(group));
    this.#checkJoinComplete(group);
  }

  #onInitialDelay(group: ClassicGroup): void {
    const state = group.initialDelay;
    if (state === undefined || !group.is("PreparingRebalance")) return;
    const delay = this.#ctx.initialRebalanceDelayMs;
    if (state.newMemberAdded && state.remainingMs > 0) {
      const next = Math.min(delay, state.remainingMs);
      group.initialDelay = { remainingMs: Math.max(state.remainingMs - delay, 0), newMemberAdded: false };
      group.rebalanceTimer = this.#ctx.clock.schedule(next, () => this.#onInitialDelay(group));
      return;
    }
    this.#completeJoin(group);
  }

  #checkJoinComplete(group: ClassicGroup): void {
    if (group.is("PreparingRebalance") && group.initialDelay === undefined && group.hasAllMembersJoined) this.#completeJoin(group);
  }

  #completeJoin(group: ClassicGroup): void {
    if (!group.is("PreparingRebalance")) return;
    group.rebalanceTimer?.cancel();
    group.rebalanceTimer = undefined;
    group.initialDelay = undefined;
    for (const timer of group.pendingMembers.values()) timer.cancel();
    group.pendingMembers.clear();
    for (const member of [...group.members.values()]) {
      if (member.awaitingJoin !== undefined) continue;
      member.sessionTimer?.cancel();
      member.completeSync(syncError(ErrorCode.UNKNOWN_MEMBER_ID));
      group.remove(member.memberId);
      this.#ctx.log.info({ group: group.groupId, memberId: member.memberId }, "member removed: did not rejoin within the rebalance timeout");
    }
    const nowMs = this.#ctx.clock.nowMs();
    group.generationId += 1;
    if (group.size === 0) {
      group.protocolName = null;
      group.transitionTo("Empty", nowMs);
      this.#ctx.storeGroup(group).catch((err: unknown) => this.#ctx.log.warn({ err, group: group.groupId }, "storing the empty group failed"));
      return;
    }
    group.protocolName = group.selectProtocol();
    group.transitionTo("CompletingRebalance", nowMs);
    this.#ctx.log.info({ group: group.groupId, generation: group.generationId, members: group.size }, "rebalance complete, awaiting sync");
    for (const member of group.members.values()) {
      member.isNew = false;
      group.pendingSyncMembers.add(member.memberId);
      member.completeJoin(this.#joinResult(group, member, group.isLeader(member.memberId)));
      this.#scheduleSession(group, member);
    }
    // Members that never send SyncGroup are dropped after the rebalance timeout (KAFKA-13766).
    const generation = group.generationId;
    group.rebalanceTimer = this.#ctx.clock.schedule(group.rebalanceTimeoutMs, () => {
      if (group.generationId !== generation || !group.is("CompletingRebalance", "Stable")) return;
      const missing = [...group.pendingSyncMembers].map((id) => group.members.get(id)).filter((m) => m !== undefined);
      if (missing.length === 0) return;
      for (const m of missing) {
        m.sessionTimer?.cancel();
        m.completeSync(syncError(ErrorCode.UNKNOWN_MEMBER_ID));
        group.remove(m.memberId);
      }
      this.#prepareRebalance(group, `${missing.length} member(s) did not sync within the rebalance timeout`);
    });
  }

  #resetAssignments(group: ClassicGroup, errorCode: number): void {
    for (const m of group.members.values()) {
      m.assignment = Buffer.alloc(0);
      m.completeSync(syncError(errorCode));
    }
  }

  /** Cancels every timer and answers every parked request (broker shutdown). */
  close(group: ClassicGroup): void {
    group.rebalanceTimer?.cancel();
    for (const t of group.pendingMembers.values()) t.cancel();
    for (const m of group.members.values()) {
      m.sessionTimer?.cancel();
      m.completeJoin(joinError(ErrorCode.COORDINATOR_NOT_AVAILABLE, m.memberId));
      m.completeSync(syncError(ErrorCode.COORDINATOR_NOT_AVAILABLE));
    }
  }
}
