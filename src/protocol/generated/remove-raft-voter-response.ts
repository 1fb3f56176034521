// Generated from RemoveRaftVoterResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readTaggedFields, writeTaggedFields } from "../message-codec.js";

/** RemoveRaftVoterResponse (API key 81): versions 0, flexible 0+. */
export interface RemoveRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error (v0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (v0+, nullable v0+, ignorable) */
  errorMessage: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeRemoveRaftVoterResponse(init?: Partial<RemoveRaftVoterResponse>): RemoveRaftVoterResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    ...init,
  };
}

export function encodeRemoveRaftVoterResponse(w: Writer, v: RemoveRaftVoterResponse, version: number): void {
  checkVersion("RemoveRaftVoterResponse", version, 0, 0);
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeRemoveRaftVoterResponse(r: Reader, version: number): RemoveRaftVoterResponse {
  checkReadVersion(r, "RemoveRaftVoterResponse", version, 0, 0);
  const v: RemoveRaftVoterResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
  };
  readTaggedFields(r, v);
  return v;
}
