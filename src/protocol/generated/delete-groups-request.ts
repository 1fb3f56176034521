// Generated from DeleteGroupsRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readString, readTaggedFields, writeArray, writeString, writeTaggedFields } from "../message-codec.js";

/** DeleteGroupsRequest (API key 42): versions 0-2, flexible 2+, deprecated 0. */
export interface DeleteGroupsRequest {
  /** The group names to delete. (v0+) */
  groupsNames: string[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDeleteGroupsRequest(init?: Partial<DeleteGroupsRequest>): DeleteGroupsRequest {
  return {
    groupsNames: [],
    ...init,
  };
}

export function encodeDeleteGroupsRequest(w: Writer, v: DeleteGroupsRequest, version: number): void {
  checkVersion("DeleteGroupsRequest", version, 0, 2);
  const flexible = version >= 2;
  writeArray(w, flexible, v.groupsNames, (e) => writeString(w, flexible, e));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDeleteGroupsRequest(r: Reader, version: number): DeleteGroupsRequest {
  checkReadVersion(r, "DeleteGroupsRequest", version, 0, 2);
  const flexible = version >= 2;
  const v: DeleteGroupsRequest = {
    groupsNames: readArray(r, flexible, () => readString(r, flexible)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
