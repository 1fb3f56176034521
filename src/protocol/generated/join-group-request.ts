// Generated from JoinGroupRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { EMPTY_BYTES, type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readBytes, readNullableString, readString, readTaggedFields, writeArray, writeBytes, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** JoinGroupRequest (API key 11): versions 0-9, flexible 6+, deprecated 0-1. */
export interface JoinGroupRequest {
  /** The group identifier. (v0+) */
  groupId: string;
  /** The coordinator considers the consumer dead if it receives no heartbeat after this timeout in milliseconds. (v0+) */
  sessionTimeoutMs: number;
  /** The maximum time in milliseconds that the coordinator will wait for each member to rejoin when rebalancing the group. (v1+, ignorable) */
  rebalanceTimeoutMs: number;
  /** The member id assigned by the group coordinator. (v0+) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (v5+, nullable v5+) */
  groupInstanceId: string | null;
  /** The unique name the for class of protocols implemented by the group we want to join. (v0+) */
  protocolType: string;
  /** The list of protocols that the member supports. (v0+) */
  protocols: JoinGroupRequestProtocol[];
  /** The reason why the member (re-)joins the group. (v8+, nullable v8+, ignorable) */
  reason: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface JoinGroupRequestProtocol {
  /** The protocol name. (v0+) */
  name: string;
  /** The protocol metadata. (v0+) */
  metadata: Buffer;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeJoinGroupRequest(init?: Partial<JoinGroupRequest>): JoinGroupRequest {
  return {
    groupId: "",
    sessionTimeoutMs: 0,
    rebalanceTimeoutMs: -1,
    memberId: "",
    groupInstanceId: null,
    protocolType: "",
    protocols: [],
    reason: null,
    ...init,
  };
}

export function encodeJoinGroupRequest(w: Writer, v: JoinGroupRequest, version: number): void {
  checkVersion("JoinGroupRequest", version, 0, 9);
  const flexible = version >= 6;
  writeString(w, flexible, v.groupId);
  w.int32(v.sessionTimeoutMs);
  if (version >= 1) w.int32(v.rebalanceTimeoutMs);
  writeString(w, flexible, v.memberId);
  if (version >= 5) writeNullableString(w, flexible, v.groupInstanceId);
  else if (v.groupInstanceId !== null) fieldVersionError("JoinGroupRequest.groupInstanceId", version);
  writeString(w, flexible, v.protocolType);
  writeArray(w, flexible, v.protocols, (e) => encodeJoinGroupRequestProtocol(w, e, version));
  if (version >= 8) w.compactNullableString(v.reason);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeJoinGroupRequest(r: Reader, version: number): JoinGroupRequest {
  checkReadVersion(r, "JoinGroupRequest", version, 0, 9);
  const flexible = version >= 6;
  const v: JoinGroupRequest = {
    groupId: readString(r, flexible),
    sessionTimeoutMs: r.int32(),
    rebalanceTimeoutMs: version >= 1 ? r.int32() : -1,
    memberId: readString(r, flexible),
    groupInstanceId: version >= 5 ? readNullableString(r, flexible) : null,
    protocolType: readString(r, flexible),
    protocols: readArray(r, flexible, () => decodeJoinGroupRequestProtocol(r, version)),
    reason: version >= 8 ? r.compactNullableString() : null,
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeJoinGroupRequestProtocol(init?: Partial<JoinGroupRequestProtocol>): JoinGroupRequestProtocol {
  return {
    name: "",
    metadata: EMPTY_BYTES,
    ...init,
  };
}

export function encodeJoinGroupRequestProtocol(w: Writer, v: JoinGroupRequestProtocol, version: number): void {
  const flexible = version >= 6;
  writeString(w, flexible, v.name);
  writeBytes(w, flexible, v.metadata);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeJoinGroupRequestProtocol(r: Reader, version: number): JoinGroupRequestProtocol {
  const flexible = version >= 6;
  const v: JoinGroupRequestProtocol = {
    name: readString(r, flexible),
    metadata: readBytes(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
