// A classic group's membership as Kafka stores it in __consumer_offsets
// (GroupMetadataKey.json / GroupMetadataValue.json):
//
//   key   = int16 key version 2 | group string
//   value = int16 value version | protocolType string | generation int32
//           | protocol nullable string | leader nullable string
//           | [currentStateTimestamp int64, v2+]
//           | members array: memberId string | [groupInstanceId nullable string, v3+]
//             | clientId string | clientHost string | [rebalanceTimeout int32, v1+]
//             | sessionTimeout int32 | subscription bytes | assignment bytes
//           | [tagged fields after each member and the value, v4+]
//   a null value (tombstone) deletes the group.
//
// Carebus writes value v3 (Kafka's choice for every broker since 2.3 that is not on v4).
import { Reader } from "../../../protocol/primitives/reader.js";
import { Writer } from "../../../protocol/primitives/writer.js";
import { readArrayLength, readBytes, readNullableString, readString, skipTaggedFields } from "./record-fields.js";

export const GROUP_METADATA_KEY_VERSION = 2;
export const GROUP_METADATA_VALUE_VERSION = 3;

export interface GroupMetadataMember {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  rebalanceTimeoutMs: number;
  sessionTimeoutMs: number;
  subscription: Buffer;
  assignment: Buffer;
}

export interface GroupMetadataValue {
  protocolType: string;
  generation: number;
  protocol: string | null;
  leader: string | null;
  /** -1 when unknown (value versions before 2). */
  currentStateTimestampMs: bigint;
  members: GroupMetadataMember[];
}

export function encodeGroupMetadataKey(group: string): Buffer {
  const w = new Writer(32);
  w.int16(GROUP_METADATA_KEY_VERSION);
  w.string(group);
  return Buffer.from(w.finish());
}

export function encodeGroupMetadataValue(value: GroupMetadataValue): Buffer {
  const w = new Writer(256);
  w.int16(GROUP_METADATA_VALUE_VERSION);
  w.string(value.protocolType);
  w.int32(value.generation);
  w.nullableString(value.protocol);
  w.nullableString(value.leader);
  w.int64(value.currentStateTimestampMs);
  w.arrayLength(value.members.length);
  for (const m of value.members) {
    w.string(m.memberId);
    w.nullableString(m.groupInstanceId);
    w.string(m.clientId);
    w.string(m.clientHost);
    w.int32(m.rebalanceTimeoutMs);
    w.int32(m.sessionTimeoutMs);
    w.bytes(m.subscription);
    w.bytes(m.assignment);
  }
  return Buffer.from(w.finish());
}

export function decodeGroupMetadataValue(buf: Buffer): GroupMetadataValue {
  const r = new Reader(buf);
  const version = r.int16();
  if (version < 0 || version > 4) r.fail(`unknown GroupMetadataValue version ${version}`);
  const flexible = version >= 4;
  const protocolType = readString(r, flexible);
  const generation = r.int32();
  const protocol = readNullableString(r, flexible);
  const leader = readNullableString(r, flexible);
  const currentStateTimestampMs = version >= 2 ? r.int64() : -1n;
  const count = readArrayLength(r, flexible);
  const members: GroupMetadataMember[] = [];
  for (let i = 0; i < count && r.ok; i++) {
    const memberId = readString(r, flexible);
    const groupInstanceId = version >= 3 ? readNullableString(r, flexible) : null;
    const clientId = readString(r, flexible);
    const clientHost = readString(r, flexible);
    const sessionOrRebalance = r.int32();
    // v0 has only the session timeout, which Kafka then also uses as the rebalance timeout
    const rebalanceTimeoutMs = sessionOrRebalance;
    const sessionTimeoutMs = version >= 1 ? r.int32() : sessionOrRebalance;
    const subscription = Buffer.from(readBytes(r, flexible));
    const assignment = Buffer.from(readBytes(r, flexible));
    if (flexible) skipTaggedFields(r);
    members.push({ memberId, groupInstanceId, clientId, clientHost, rebalanceTimeoutMs, sessionTimeoutMs, subscription, assignment });
  }
  if (flexible) skipTaggedFields(r);
  r.check("GroupMetadataValue");
  return { protocolType, generation, protocol, leader, currentStateTimestampMs, members };
}
