// Generated from ListClientMetricsResourcesResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** ListClientMetricsResourcesResponse (API key 74): versions 0, flexible 0+. */
export interface ListClientMetricsResourcesResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** Each client metrics resource in the response. (v0+) */
  clientMetricsResources: ListClientMetricsResourcesResponseClientMetricsResource[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListClientMetricsResourcesResponseClientMetricsResource {
  /** The resource name. (v0+) */
  name: string;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeListClientMetricsResourcesResponse(init?: Partial<ListClientMetricsResourcesResponse>): ListClientMetricsResourcesResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    clientMetricsResources: [],
    ...init,
  };
}

export function encodeListClientMetricsResourcesResponse(w: Writer, v: ListClientMetricsResourcesResponse, version: number): void {
  checkVersion("ListClientMetricsResourcesResponse", version, 0, 0);
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  writeArray(w, true, v.clientMetricsResources, (e) => encodeListClientMetricsResourcesResponseClientMetricsResource(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeListClientMetricsResourcesResponse(r: Reader, version: number): ListClientMetricsResourcesResponse {
  checkReadVersion(r, "ListClientMetricsResourcesResponse", version, 0, 0);
  const v: ListClientMetricsResourcesResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    clientMetricsResources: readArray(r, true, () => decodeListClientMetricsResourcesResponseClientMetricsResource(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeListClientMetricsResourcesResponseClientMetricsResource(init?: Partial<ListClientMetricsResourcesResponseClientMetricsResource>): ListClientMetricsResourcesResponseClientMetricsResource {
  return {
    name: "",
    ...init,
  };
}

export function encodeListClientMetricsResourcesResponseClientMetricsResource(w: Writer, v: ListClientMetricsResourcesResponseClientMetricsResource, _version: number): void {
  w.compactString(v.name);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeListClientMetricsResourcesResponseClientMetricsResource(r: Reader, _version: number): ListClientMetricsResourcesResponseClientMetricsResource {
  const v: ListClientMetricsResourcesResponseClientMetricsResource = {
    name: r.compactString(),
  };
  readTaggedFields(r, v);
  return v;
}
