// Generated from SaslHandshakeResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, writeArray, writeTaggedFields } from "../message-codec.js";

/** SaslHandshakeResponse (API key 17): versions 0-1, flexible none. */
export interface SaslHandshakeResponse {
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The mechanisms enabled in the server. (v0+) */
  mechanisms: string[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeSaslHandshakeResponse(init?: Partial<SaslHandshakeResponse>): SaslHandshakeResponse {
  return {
    errorCode: 0,
    mechanisms: [],
    ...init,
  };
}

export function encodeSaslHandshakeResponse(w: Writer, v: SaslHandshakeResponse, version: number): void {
  checkVersion("SaslHandshakeResponse", version, 0, 1);
  w.int16(v.errorCode);
  writeArray(w, false, v.mechanisms, (e) => w.string(e));
  writeTaggedFields(w, false, v._unknownTaggedFields);
}

export function decodeSaslHandshakeResponse(r: Reader, version: number): SaslHandshakeResponse {
  checkReadVersion(r, "SaslHandshakeResponse", version, 0, 1);
  return {
    errorCode: r.int16(),
    mechanisms: readArray(r, false, () => r.string()),
  };
}
