// Generated from SaslAuthenticateRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { EMPTY_BYTES, type TaggedField, checkReadVersion, checkVersion, readBytes, readTaggedFields, writeBytes, writeTaggedFields } from "../message-codec.js";

/** SaslAuthenticateRequest (API key 36): versions 0-2, flexible 2+. */
export interface SaslAuthenticateRequest {
  /** The SASL authentication bytes from the client, as defined by the SASL mechanism. (v0+) */
  authBytes: Buffer;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeSaslAuthenticateRequest(init?: Partial<SaslAuthenticateRequest>): SaslAuthenticateRequest {
  return {
    authBytes: EMPTY_BYTES,
    ...init,
  };
}

export function encodeSaslAuthenticateRequest(w: Writer, v: SaslAuthenticateRequest, version: number): void {
  checkVersion("SaslAuthenticateRequest", version, 0, 2);
  const flexible = version >= 2;
  writeBytes(w, flexible, v.authBytes);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeSaslAuthenticateRequest(r: Reader, version: number): SaslAuthenticateRequest {
  checkReadVersion(r, "SaslAuthenticateRequest", version, 0, 2);
  const flexible = version >= 2;
  const v: SaslAuthenticateRequest = {
    authBytes: readBytes(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
