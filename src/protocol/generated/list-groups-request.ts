// Generated from ListGroupsRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** ListGroupsRequest (API key 16): versions 0-5, flexible 3+. */
export interface ListGroupsRequest {
  /** The states of the groups we want to list. If empty, all groups are returned with their state. (v4+) */
  statesFilter: string[];
  /** The types of the groups we want to list. If empty, all groups are returned with their type. (v5+) */
  typesFilter: string[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeListGroupsRequest(init?: Partial<ListGroupsRequest>): ListGroupsRequest {
  return {
    statesFilter: [],
    typesFilter: [],
    ...init,
  };
}

export function encodeListGroupsRequest(w: Writer, v: ListGroupsRequest, version: number): void {
  checkVersion("ListGroupsRequest", version, 0, 5);
  const flexible = version >= 3;
  if (version >= 4) writeArray(w, true, v.statesFilter, (e) => w.compactString(e));
  else if (v.statesFilter.length !== 0) fieldVersionError("ListGroupsRequest.statesFilter", version);
  if (version >= 5) writeArray(w, true, v.typesFilter, (e) => w.compactString(e));
  else if (v.typesFilter.length !== 0) fieldVersionError("ListGroupsRequest.typesFilter", version);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeListGroupsRequest(r: Reader, version: number): ListGroupsRequest {
  checkReadVersion(r, "ListGroupsRequest", version, 0, 5);
  const flexible = version >= 3;
  const v: ListGroupsRequest = {
    statesFilter: version >= 4 ? readArray(r, true, () => r.compactString()) : [],
    typesFilter: version >= 5 ? readArray(r, true, () => r.compactString()) : [],
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
