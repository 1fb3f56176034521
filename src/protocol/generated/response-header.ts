// Generated from ResponseHeader.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readTaggedFields, writeTaggedFields } from "../message-codec.js";

/** ResponseHeader: versions 0-1, flexible 1+. */
export interface ResponseHeader {
  /** The correlation ID of this response. (v0+) */
  correlationId: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeResponseHeader(init?: Partial<ResponseHeader>): ResponseHeader {
  return {
    correlationId: 0,
    ...init,
  };
}

export function encodeResponseHeader(w: Writer, v: ResponseHeader, version: number): void {
  checkVersion("ResponseHeader", version, 0, 1);
  const flexible = version >= 1;
  w.int32(v.correlationId);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeResponseHeader(r: Reader, version: number): ResponseHeader {
  checkReadVersion(r, "ResponseHeader", version, 0, 1);
  const flexible = version >= 1;
  const v: ResponseHeader = {
    correlationId: r.int32(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
