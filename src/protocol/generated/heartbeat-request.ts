// Generated from HeartbeatRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readNullableString, readString, readTaggedFields, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** HeartbeatRequest (API key 12): versions 0-4, flexible 4+. */
export interface HeartbeatRequest {
  /** The group id. (v0+) */
  groupId: string;
  /** The generation of the group. (v0+) */
  generationId: number;
  /** The member ID. (v0+) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (v3+, nullable v3+) */
  groupInstanceId: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeHeartbeatRequest(init?: Partial<HeartbeatRequest>): HeartbeatRequest {
  return {
    groupId: "",
    generationId: 0,
    memberId: "",
    groupInstanceId: null,
    ...init,
  };
}

export function encodeHeartbeatRequest(w: Writer, v: HeartbeatRequest, version: number): void {
  checkVersion("HeartbeatRequest", version, 0, 4);
  const flexible = version >= 4;
  writeString(w, flexible, v.groupId);
  w.int32(v.generationId);
  writeString(w, flexible, v.memberId);
  if (version >= 3) writeNullableString(w, flexible, v.groupInstanceId);
  else if (v.groupInstanceId !== null) fieldVersionError("HeartbeatRequest.groupInstanceId", version);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeHeartbeatRequest(r: Reader, version: number): HeartbeatRequest {
  checkReadVersion(r, "HeartbeatRequest", version, 0, 4);
  const flexible = version >= 4;
  const v: HeartbeatRequest = {
    groupId: readString(r, flexible),
    generationId: r.int32(),
    memberId: readString(r, flexible),
    groupInstanceId: version >= 3 ? readNullableString(r, flexible) : null,
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
