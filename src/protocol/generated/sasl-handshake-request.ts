// Generated from SaslHandshakeRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, writeTaggedFields } from "../message-codec.js";

/** SaslHandshakeRequest (API key 17): versions 0-1, flexible none, deprecated 0. */
export interface SaslHandshakeRequest {
  /** The SASL mechanism chosen by the client. (v0+) */
  mechanism: string;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeSaslHandshakeRequest(init?: Partial<SaslHandshakeRequest>): SaslHandshakeRequest {
  return {
    mechanism: "",
    ...init,
  };
}

export function encodeSaslHandshakeRequest(w: Writer, v: SaslHandshakeRequest, version: number): void {
  checkVersion("SaslHandshakeRequest", version, 0, 1);
  w.string(v.mechanism);
  writeTaggedFields(w, false, v._unknownTaggedFields);
}

export function decodeSaslHandshakeRequest(r: Reader, version: number): SaslHandshakeRequest {
  checkReadVersion(r, "SaslHandshakeRequest", version, 0, 1);
  return {
    mechanism: r.string(),
  };
}
