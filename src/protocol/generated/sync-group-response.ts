// Generated from SyncGroupResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { EMPTY_BYTES, type TaggedField, checkReadVersion, checkVersion, readBytes, readTaggedFields, writeBytes, writeTaggedFields } from "../message-codec.js";

/** SyncGroupResponse (API key 14): versions 0-5, flexible 4+. */
export interface SyncGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+, ignorable) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The group protocol type. (v5+, nullable v5+, ignorable) */
  protocolType: string | null;
  /** The group protocol name. (v5+, nullable v5+, ignorable) */
  protocolName: string | null;
  /** The member assignment. (v0+) */
  assignment: Buffer;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeSyncGroupResponse(init?: Partial<SyncGroupResponse>): SyncGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    protocolType: null,
    protocolName: null,
    assignment: EMPTY_BYTES,
    ...init,
  };
}

export function encodeSyncGroupResponse(w: Writer, v: SyncGroupResponse, version: number): void {
  checkVersion("SyncGroupResponse", version, 0, 5);
  const flexible = version >= 4;
  if (version >= 1) w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  if (version >= 5) w.compactNullableString(v.protocolType);
  if (version >= 5) w.compactNullableString(v.protocolName);
  writeBytes(w, flexible, v.assignment);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeSyncGroupResponse(r: Reader, version: number): SyncGroupResponse {
  checkReadVersion(r, "SyncGroupResponse", version, 0, 5);
  const flexible = version >= 4;
  const v: SyncGroupResponse = {
    throttleTimeMs: version >= 1 ? r.int32() : 0,
    errorCode: r.int16(),
    protocolType: version >= 5 ? r.compactNullableString() : null,
    protocolName: version >= 5 ? r.compactNullableString() : null,
    assignment: readBytes(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
