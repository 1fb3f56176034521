// Generated from SaslAuthenticateResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { EMPTY_BYTES, type TaggedField, checkReadVersion, checkVersion, readBytes, readNullableString, readTaggedFields, writeBytes, writeNullableString, writeTaggedFields } from "../message-codec.js";

/** SaslAuthenticateResponse (API key 36): versions 0-2, flexible 2+. */
export interface SaslAuthenticateResponse {
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** The SASL authentication bytes from the server, as defined by the SASL mechanism. (v0+) */
  authBytes: Buffer;
  /** Number of milliseconds after which only re-authentication over the existing connection to create a new session can occur. (v1+, ignorable) */
  sessionLifetimeMs: bigint;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeSaslAuthenticateResponse(init?: Partial<SaslAuthenticateResponse>): SaslAuthenticateResponse {
  return {
    errorCode: 0,
    errorMessage: "",
    authBytes: EMPTY_BYTES,
    sessionLifetimeMs: 0n,
    ...init,
  };
}

export function encodeSaslAuthenticateResponse(w: Writer, v: SaslAuthenticateResponse, version: number): void {
  checkVersion("SaslAuthenticateResponse", version, 0, 2);
  const flexible = version >= 2;
  w.int16(v.errorCode);
  writeNullableString(w, flexible, v.errorMessage);
  writeBytes(w, flexible, v.authBytes);
  if (version >= 1) w.int64(v.sessionLifetimeMs);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeSaslAuthenticateResponse(r: Reader, version: number): SaslAuthenticateResponse {
  checkReadVersion(r, "SaslAuthenticateResponse", version, 0, 2);
  const flexible = version >= 2;
  const v: SaslAuthenticateResponse = {
    errorCode: r.int16(),
    errorMessage: readNullableString(r, flexible),
    authBytes: readBytes(r, flexible),
    sessionLifetimeMs: version >= 1 ? r.int64() : 0n,
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
