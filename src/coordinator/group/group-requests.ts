// What the group APIs hand the coordinator (the handler-independent form of JoinGroup,
// SyncGroup and LeaveGroup requests) and the error answers they get.
import type { JoinGroupResult, MemberProtocol, SyncGroupResult } from "./member-metadata.js";

export const UNKNOWN_MEMBER_ID = "";
export interface JoinGroupRequestData {
  groupId: string;
  memberId: string;
  groupInstanceId: string | null;
  /** JoinGroup v4+: a dynamic member without an id gets MEMBER_ID_REQUIRED first. */
  requireKnownMemberId: boolean;
  clientId: string;
  clientHost: string;
  rebalanceTimeoutMs: number;
  sessionTimeoutMs: number;
  protocolType: string;
  protocols: MemberProtocol[];
}

export interface SyncGroupRequestData {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
  protocolType: string | null;
  protocolName: string | null;
  assignments: { memberId: string; assignment: Buffer }[];
}

export interface MemberIdentity {
  memberId: string;
  groupInstanceId: string | null;
}

export function joinError(errorCode: number, memberId = UNKNOWN_MEMBER_ID): JoinGroupResult {
  return { errorCode, generationId: -1, protocolType: null, protocolName: null, leaderId: "", memberId, members: [], skipAssignment: false };
}

export function syncError(errorCode: number): SyncGroupResult {
  return { errorCode, protocolType: null, protocolName: null, assignment: Buffer.alloc(0) };
}
