// Generated from RequestHeader.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readTaggedFields, writeTaggedFields } from "../message-codec.js";

/** RequestHeader: versions 0-2, flexible 2+. */
export interface RequestHeader {
  /** The API key of this request. (v0+) */
  requestApiKey: number;
  /** The API version of this request. (v0+) */
  requestApiVersion: number;
  /** The correlation ID of this request. (v0+) */
  correlationId: number;
  /** The client ID string. (v1+, nullable v1+, ignorable) */
  clientId: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeRequestHeader(init?: Partial<RequestHeader>): RequestHeader {
  return {
    requestApiKey: 0,
    requestApiVersion: 0,
    correlationId: 0,
    clientId: "",
    ...init,
  };
}

export function encodeRequestHeader(w: Writer, v: RequestHeader, version: number): void {
  checkVersion("RequestHeader", version, 0, 2);
  const flexible = version >= 2;
  w.int16(v.requestApiKey);
  w.int16(v.requestApiVersion);
  w.int32(v.correlationId);
  if (version >= 1) w.nullableString(v.clientId);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeRequestHeader(r: Reader, version: number): RequestHeader {
  checkReadVersion(r, "RequestHeader", version, 0, 2);
  const flexible = version >= 2;
  const v: RequestHeader = {
    requestApiKey: r.int16(),
    requestApiVersion: r.int16(),
    correlationId: r.int32(),
    clientId: version >= 1 ? r.nullableString() : "",
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
