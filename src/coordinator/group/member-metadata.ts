// One member of a classic group (Kafka's MemberMetadata / ClassicGroupMember): what it
// sent in JoinGroup, the assignment the leader gave it, and the JoinGroup or SyncGroup
// answer it is waiting for while a rebalance runs.
import type { Timer } from "../../storage/clock.js";

export interface MemberProtocol {
  name: string;
  metadata: Buffer;
}

export interface JoinGroupResult {
  errorCode: number;
  generationId: number;
  protocolType: string | null;
  protocolName: string | null;
  leaderId: string;
  memberId: string;
  /** Only the leader gets the members and their metadata for the chosen protocol. */
  members: { memberId: string; groupInstanceId: string | null; metadata: Buffer }[];
  /** KIP-814: a static leader rejoining a stable group must not reassign. */
  skipAssignment: boolean;
}

export interface SyncGroupResult {
  errorCode: number;
  protocolType: string | null;
  protocolName: string | null;
  assignment: Buffer;
}

export class MemberMetadata {
  memberId: string;
  readonly groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  rebalanceTimeoutMs: number;
  sessionTimeoutMs: number;
  protocolType: string;
  protocols: MemberProtocol[];
  assignment: Buffer = Buffer.alloc(0);
  /** Set while the member waits for the rebalance to complete (JoinGroup parked). */
  awaitingJoin: ((result: JoinGroupResult) => void) | undefined;
  /** Set while the member waits for the leader's assignment (SyncGroup parked). */
  awaitingSync: ((result: SyncGroupResult) => void) | undefined;
  /** A member that joined during this rebalance and has not had a JoinGroup answer yet. */
  isNew = false;
  sessionTimer: Timer | undefined;

  constructor(init: {
    memberId: string;
    groupInstanceId: string | null;
    clientId: string;
    clientHost: string;
    rebalanceTimeoutMs: number;
    sessionTimeoutMs: number;
    protocolType: string;
    protocols: MemberProtocol[];
  }) {
    this.memberId = init.memberId;
    this.groupInstanceId = init.groupInstanceId;
    this.clientId = init.clientId;
    this.clientHost = init.clientHost;
    this.rebalanceTimeoutMs = init.rebalanceTimeoutMs;
    this.sessionTimeoutMs = init.sessionTimeoutMs;
    this.protocolType = init.protocolType;
    this.protocols = init.protocols;
  }

  get isStatic(): boolean {
    return this.groupInstanceId !== null;
  }

  metadataFor(protocol: string): Buffer | undefined {
    return this.protocols.find((p) => p.name === protocol)?.metadata;
  }

  /** Same protocols, in the same order, with the same metadata (a rejoin that changes nothing). */
  matches(protocols: readonly MemberProtocol[]): boolean {
    return (
      protocols.length === this.protocols.length &&
      protocols.every((p, i) => p.name === this.protocols[i]?.name && p.metadata.equals(this.protocols[i].metadata))
    );
  }

  /** The member's first choice among `candidates` (the protocols every member supports). */
  vote(candidates: ReadonlySet<string>): string | undefined {
    return this.protocols.find((p) => candidates.has(p.name))?.name;
  }

  completeJoin(result: JoinGroupResult): void {
    const callback = this.awaitingJoin;
    this.awaitingJoin = undefined;
    callback?.(result);
  }

  completeSync(result: SyncGroupResult): void {
    const callback = this.awaitingSync;
    this.awaitingSync = undefined;
    callback?.(result);
  }
}
