// Generated from ApiVersionsRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readTaggedFields, writeTaggedFields } from "../message-codec.js";

/** ApiVersionsRequest (API key 18): versions 0-4, flexible 3+. */
export interface ApiVersionsRequest {
  /** The name of the client. (v3+, ignorable) */
  clientSoftwareName: string;
  /** The version of the client. (v3+, ignorable) */
  clientSoftwareVersion: string;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeApiVersionsRequest(init?: Partial<ApiVersionsRequest>): ApiVersionsRequest {
  return {
    clientSoftwareName: "",
    clientSoftwareVersion: "",
    ...init,
  };
}

export function encodeApiVersionsRequest(w: Writer, v: ApiVersionsRequest, version: number): void {
  checkVersion("ApiVersionsRequest", version, 0, 4);
  const flexible = version >= 3;
  if (version >= 3) w.compactString(v.clientSoftwareName);
  if (version >= 3) w.compactString(v.clientSoftwareVersion);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeApiVersionsRequest(r: Reader, version: number): ApiVersionsRequest {
  checkReadVersion(r, "ApiVersionsRequest", version, 0, 4);
  const flexible = version >= 3;
  const v: ApiVersionsRequest = {
    clientSoftwareName: version >= 3 ? r.compactString() : "",
    clientSoftwareVersion: version >= 3 ? r.compactString() : "",
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
