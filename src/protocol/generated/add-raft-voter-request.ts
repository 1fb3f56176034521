// Generated from AddRaftVoterRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** AddRaftVoterRequest (API key 80): versions 0, flexible 0+. */
export interface AddRaftVoterRequest {
  /** (v0+, nullable v0+) */
  clusterId: string | null;
  /** (v0+) */
  timeoutMs: number;
  /** The replica id of the voter getting added to the topic partition (v0+) */
  voterId: number;
  /** The directory id of the voter getting added to the topic partition (v0+) */
  voterDirectoryId: string;
  /** The endpoints that can be used to communicate with the voter (v0+) */
  listeners: AddRaftVoterRequestListener[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AddRaftVoterRequestListener {
  /** The name of the endpoint (v0+) */
  name: string;
  /** The hostname (v0+) */
  host: string;
  /** The port (v0+) */
  port: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeAddRaftVoterRequest(init?: Partial<AddRaftVoterRequest>): AddRaftVoterRequest {
  return {
    clusterId: "",
    timeoutMs: 0,
    voterId: 0,
    voterDirectoryId: ZERO_UUID,
    listeners: [],
    ...init,
  };
}

export function encodeAddRaftVoterRequest(w: Writer, v: AddRaftVoterRequest, version: number): void {
  checkVersion("AddRaftVoterRequest", version, 0, 0);
  w.compactNullableString(v.clusterId);
  w.int32(v.timeoutMs);
  w.int32(v.voterId);
  w.uuid(v.voterDirectoryId);
  writeArray(w, true, v.listeners, (e) => encodeAddRaftVoterRequestListener(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeAddRaftVoterRequest(r: Reader, version: number): AddRaftVoterRequest {
  checkReadVersion(r, "AddRaftVoterRequest", version, 0, 0);
  const v: AddRaftVoterRequest = {
    clusterId: r.compactNullableString(),
    timeoutMs: r.int32(),
    voterId: r.int32(),
    voterDirectoryId: r.uuid(),
    listeners: readArray(r, true, () => decodeAddRaftVoterRequestListener(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeAddRaftVoterRequestListener(init?: Partial<AddRaftVoterRequestListener>): AddRaftVoterRequestListener {
  return {
    name: "",
    host: "",
    port: 0,
    ...init,
  };
}

export function encodeAddRaftVoterRequestListener(w: Writer, v: AddRaftVoterRequestListener, _version: number): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeAddRaftVoterRequestListener(r: Reader, _version: number): AddRaftVoterRequestListener {
  const v: AddRaftVoterRequestListener = {
    name: r.compactString(),
    host: r.compactString(),
    port: r.uint16(),
  };
  readTaggedFields(r, v);
  return v;
}
