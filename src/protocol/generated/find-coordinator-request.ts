// Generated from FindCoordinatorRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readString, readTaggedFields, writeArray, writeString, writeTaggedFields } from "../message-codec.js";

/** FindCoordinatorRequest (API key 10): versions 0-6, flexible 3+, deprecated 0. */
export interface FindCoordinatorRequest {
  /** The coordinator key. (v0-3) */
  key: string;
  /** The coordinator key type. (Group, transaction, etc.) (v1+) */
  keyType: number;
  /** The coordinator keys. (v4+) */
  coordinatorKeys: string[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeFindCoordinatorRequest(init?: Partial<FindCoordinatorRequest>): FindCoordinatorRequest {
  return {
    key: "",
    keyType: 0,
    coordinatorKeys: [],
    ...init,
  };
}

export function encodeFindCoordinatorRequest(w: Writer, v: FindCoordinatorRequest, version: number): void {
  checkVersion("FindCoordinatorRequest", version, 0, 6);
  const flexible = version >= 3;
  if (version <= 3) writeString(w, flexible, v.key);
  else if (v.key !== "") fieldVersionError("FindCoordinatorRequest.key", version);
  if (version >= 1) w.int8(v.keyType);
  else if (v.keyType !== 0) fieldVersionError("FindCoordinatorRequest.keyType", version);
  if (version >= 4) writeArray(w, true, v.coordinatorKeys, (e) => w.compactString(e));
  else if (v.coordinatorKeys.length !== 0) fieldVersionError("FindCoordinatorRequest.coordinatorKeys", version);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeFindCoordinatorRequest(r: Reader, version: number): FindCoordinatorRequest {
  checkReadVersion(r, "FindCoordinatorRequest", version, 0, 6);
  const flexible = version >= 3;
  const v: FindCoordinatorRequest = {
    key: version <= 3 ? readString(r, flexible) : "",
    keyType: version >= 1 ? r.int8() : 0,
    coordinatorKeys: version >= 4 ? readArray(r, true, () => r.compactString()) : [],
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
