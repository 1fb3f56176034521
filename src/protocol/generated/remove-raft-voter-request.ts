// Generated from RemoveRaftVoterRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readTaggedFields, writeTaggedFields } from "../message-codec.js";

/** RemoveRaftVoterRequest (API key 81): versions 0, flexible 0+. */
export interface RemoveRaftVoterRequest {
  /** (v0+, nullable v0+) */
  clusterId: string | null;
  /** The replica id of the voter getting removed from the topic partition (v0+) */
  voterId: number;
  /** The directory id of the voter getting removed from the topic partition (v0+) */
  voterDirectoryId: string;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeRemoveRaftVoterRequest(init?: Partial<RemoveRaftVoterRequest>): RemoveRaftVoterRequest {
  return {
    clusterId: "",
    voterId: 0,
    voterDirectoryId: ZERO_UUID,
    ...init,
  };
}

export function encodeRemoveRaftVoterRequest(w: Writer, v: RemoveRaftVoterRequest, version: number): void {
  checkVersion("RemoveRaftVoterRequest", version, 0, 0);
  w.compactNullableString(v.clusterId);
  w.int32(v.voterId);
  w.uuid(v.voterDirectoryId);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeRemoveRaftVoterRequest(r: Reader, version: number): RemoveRaftVoterRequest {
  checkReadVersion(r, "RemoveRaftVoterRequest", version, 0, 0);
  const v: RemoveRaftVoterRequest = {
    clusterId: r.compactNullableString(),
    voterId: r.int32(),
    voterDirectoryId: r.uuid(),
  };
  readTaggedFields(r, v);
  return v;
}
