// A classic consumer group (Kafka's GroupMetadata / ClassicGroup): its state machine,
// members, generation and chosen protocol, and its committed offsets.
//
//   Empty ──join──▶ PreparingRebalance ──all joined / timeout──▶ CompletingRebalance
//     ▲                  ▲      │ (nobody left)                   │ leader's SyncGroup
//     └──────────────────┼──────┘                                 ▼
//                        └──────── member joins, leaves, dies ── Stable
//   Any state ──▶ Dead when the group is deleted or its last offsets expire.
import type { Timer } from "../../storage/clock.js";
import { CONSUMER_PROTOCOL_TYPE, subscribedTopics } from "./consumer-protocol.js";
import type { MemberMetadata, MemberProtocol } from "./member-metadata.js";
import { OffsetStore } from "./offset-store.js";
import type { GroupMetadataValue } from "./records/group-metadata-record.js";

export type ClassicGroupState = "Empty" | "PreparingRebalance" | "CompletingRebalance" | "Stable" | "Dead";

export const CLASSIC_GROUP_STATES: readonly ClassicGroupState[] = ["Empty", "PreparingRebalance", "CompletingRebalance", "Stable", "Dead"];

const VALID_PREVIOUS_STATES: Record<ClassicGroupState, readonly ClassicGroupState[]> = {
  Dead: ["Stable", "PreparingRebalance", "CompletingRebalance", "Empty", "Dead"],
  CompletingRebalance: ["PreparingRebalance"],
  Stable: ["CompletingRebalance"],
  PreparingRebalance: ["Stable", "CompletingRebalance", "Empty"],
  Empty: ["PreparingRebalance"],
};

export class IllegalStateTransitionError extends Error {
  override name = "IllegalStateTransitionError";
}

export class ClassicGroup {
  readonly groupId: string;
  #state: ClassicGroupState = "Empty";
  /** When the group entered its state (KIP-211 expires offsets from when it became Empty). */
  currentStateTimestampMs: number | undefined;
  generationId = 0;
  protocolType: string | null = null;
  protocolName: string | null = null;
  leaderId: string | null = null;
  readonly members = new Map<string, MemberMetadata>();
  /** group.instance.id → member id of the static members (KIP-345). */
  readonly staticMembers = new Map<string, string>();
  /** Member ids handed out with MEMBER_ID_REQUIRED, waiting for their second JoinGroup (KIP-394). */
  readonly pendingMembers = new Map<string, Timer>();
  /** Members of this generation whose SyncGroup has not arrived yet (removed when the sync phase times out). */
  readonly pendingSyncMembers = new Set<string>();
  readonly offsets = new OffsetStore();
  /** The join phase's deadline (delayed join) or the sync phase's (pending sync). */
  rebalanceTimer: Timer | undefined;
  /** group.initial.rebalance.delay.ms state while the first rebalance of an empty group waits. */
  initialDelay: { remainingMs: number; newMemberAdded: boolean } | undefined;

  constructor(groupId: string, nowMs: number | undefined) {
    this.groupId = groupId;
    this.currentStateTimestampMs = nowMs;
  }

  get state(): ClassicGroupState {
    return this.#state;
  }

  is(...states: ClassicGroupState[]): boolean {
    return states.includes(this.#state);
  }

  transitionTo(state: ClassicGroupState, nowMs: number): void {
    if (!VALID_PREVIOUS_STATES[state].includes(this.#state)) {
      throw new IllegalStateTransitionError(`group ${this.groupId} should be in ${VALID_PREVIOUS_STATES[state].join("/")} to move to ${state}, but is ${this.#state}`);
    }
    this.#state = state;
    this.currentStateTimestampMs = nowMs;
  }

  /** Loading restores a state without the transition checks. */
  restoreState(state: ClassicGroupState): void {
    this.#state = state;
  }

  get size(): number {
    return this.members.size;
  }

  isLeader(memberId: string): boolean {
    return this.leaderId === memberId;
  }

  add(member: MemberMetadata): void {
    if (this.members.size === 0) this.protocolType = member.protocolType;
    this.members.set(member.memberId, member);
    if (member.groupInstanceId !== null) this.staticMembers.set(member.groupInstanceId, member.memberId);
    this.leaderId ??= member.memberId;
    if (this.initialDelay !== undefined) this.initialDelay.newMemberAdded = true;
  }

  remove(memberId: string): MemberMetadata | undefined {
    const member = this.members.get(memberId);
    if (member === undefined) return undefined;
    this.members.delete(memberId);
    this.pendingSyncMembers.delete(memberId);
    if (member.groupInstanceId !== null && this.staticMembers.get(member.groupInstanceId) === memberId) {
      this.staticMembers.delete(member.groupInstanceId);
    }
    if (this.leaderId === memberId) this.leaderId = this.members.keys().next().value ?? null;
    return member;
  }

  /** KIP-345: a static member's new member id replaces the old one, keeping its assignment. */
  replaceStaticMember(groupInstanceId: string, oldMemberId: string, newMemberId: string): MemberMetadata | undefined {
    const member = this.members.get(oldMemberId);
    if (member === undefined) return undefined;
    this.members.delete(oldMemberId);
    member.memberId = newMemberId;
    this.members.set(newMemberId, member);
    this.staticMembers.set(groupInstanceId, newMemberId);
    if (this.leaderId === oldMemberId) this.leaderId = newMemberId;
    return member;
  }

  staticMemberId(groupInstanceId: string | null): string | undefined {
    return groupInstanceId === null ? undefined : this.staticMembers.get(groupInstanceId);
  }

  /** A request naming a static instance id with a member id that is not its current one. */
  isStaticMemberFenced(groupInstanceId: string | null, memberId: string): boolean {
    if (groupInstanceId === null) return false;
    const current = this.staticMembers.get(groupInstanceId);
    return current !== undefined && current !== memberId;
  }

  get rebalanceTimeoutMs(): number {
    let max = 0;
    for (const m of this.members.values()) max = Math.max(max, m.rebalanceTimeoutMs);
    return max;
  }

  get hasAllMembersJoined(): boolean {
    for (const m of this.members.values()) if (m.awaitingJoin === undefined) return false;
    return this.pendingMembers.size === 0;
  }

  /** The protocols every member supports. */
  candidateProtocols(): Set<string> {
    let candidates: Set<string> | undefined;
    for (const m of this.members.values()) {
      const names = new Set(m.protocols.map((p) => p.name));
      candidates = candidates === undefined ? names : new Set([...candidates].filter((n) => names.has(n)));
    }
    return candidates ?? new Set();
  }

  /** A joining member fits when its protocol type matches and it shares a protocol with every member. */
  supportsProtocols(protocolType: string, protocols: readonly MemberProtocol[]): boolean {
    if (this.members.size === 0) return protocolType.length > 0 && protocols.length > 0;
    if (protocolType !== this.protocolType) return false;
    const candidates = this.candidateProtocols();
    return protocols.some((p) => candidates.has(p.name));
  }

  /** Each member votes for its first choice among the common protocols; most votes wins. */
  selectProtocol(): string {
    const candidates = this.candidateProtocols();
    const votes = new Map<string, number>();
    for (const m of this.members.values()) {
      const vote = m.vote(candidates);
      if (vote !== undefined) votes.set(vote, (votes.get(vote) ?? 0) + 1);
    }
    let best: string | undefined;
    for (const [name, count] of votes) if (best === undefined || count > (votes.get(best) ?? 0)) best = name;
    if (best === undefined) throw new Error(`group ${this.groupId} has no protocol every member supports`);
    return best;
  }

  /** Topics some member subscribes to, or undefined when the group's protocol is not the consumer one. */
  subscribedTopics(): Set<string> | undefined {
    if (this.protocolType !== CONSUMER_PROTOCOL_TYPE || this.protocolName === null) return undefined;
    const topics = new Set<string>();
    for (const m of this.members.values()) {
      const metadata = m.metadataFor(this.protocolName);
      const subscribed = metadata === undefined ? undefined : subscribedTopics(metadata);
      if (subscribed === undefined) return undefined;
      for (const t of subscribed) topics.add(t);
    }
    return topics;
  }

  /** The record to store; `assignments` replaces the members' current ones (the leader's SyncGroup). */
  toRecord(assignments?: ReadonlyMap<string, Buffer>): GroupMetadataValue {
    const protocol = this.protocolName;
    return {
      protocolType: this.protocolType ?? "",
      generation: this.generationId,
      protocol,
      leader: this.leaderId,
      currentStateTimestampMs: BigInt(this.currentStateTimestampMs ?? -1),
      members: [...this.members.values()].map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        rebalanceTimeoutMs: m.rebalanceTimeoutMs,
        sessionTimeoutMs: m.sessionTimeoutMs,
        subscription: (protocol === null ? undefined : m.metadataFor(protocol)) ?? Buffer.alloc(0),
        assignment: assignments?.get(m.memberId) ?? m.assignment,
      })),
    };
  }
}
