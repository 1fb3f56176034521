// Generated from ListClientMetricsResourcesRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readTaggedFields, writeTaggedFields } from "../message-codec.js";

/** ListClientMetricsResourcesRequest (API key 74): versions 0, flexible 0+. */
export interface ListClientMetricsResourcesRequest {
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeListClientMetricsResourcesRequest(init?: Partial<ListClientMetricsResourcesRequest>): ListClientMetricsResourcesRequest {
  return {
    ...init,
  };
}

export function encodeListClientMetricsResourcesRequest(w: Writer, v: ListClientMetricsResourcesRequest, version: number): void {
  checkVersion("ListClientMetricsResourcesRequest", version, 0, 0);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeListClientMetricsResourcesRequest(r: Reader, version: number): ListClientMetricsResourcesRequest {
  checkReadVersion(r, "ListClientMetricsResourcesRequest", version, 0, 0);
  const v: ListClientMetricsResourcesRequest = {
  };
  readTaggedFields(r, v);
  return v;
}
