// Generated from UnregisterBrokerRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readTaggedFields, writeTaggedFields } from "../message-codec.js";

/** UnregisterBrokerRequest (API key 64): versions 0, flexible 0+. */
export interface UnregisterBrokerRequest {
  /** The broker ID to unregister. (v0+) */
  brokerId: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeUnregisterBrokerRequest(init?: Partial<UnregisterBrokerRequest>): UnregisterBrokerRequest {
  return {
    brokerId: 0,
    ...init,
  };
}

export function encodeUnregisterBrokerRequest(w: Writer, v: UnregisterBrokerRequest, version: number): void {
  checkVersion("UnregisterBrokerRequest", version, 0, 0);
  w.int32(v.brokerId);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeUnregisterBrokerRequest(r: Reader, version: number): UnregisterBrokerRequest {
  checkReadVersion(r, "UnregisterBrokerRequest", version, 0, 0);
  const v: UnregisterBrokerRequest = {
    brokerId: r.int32(),
  };
  readTaggedFields(r, v);
  return v;
}
