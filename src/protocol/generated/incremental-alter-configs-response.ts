// Generated from IncrementalAlterConfigsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readNullableString, readString, readTaggedFields, writeArray, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** IncrementalAlterConfigsResponse (API key 44): versions 0-1, flexible 1+. */
export interface IncrementalAlterConfigsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The responses for each resource. (v0+) */
  responses: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  /** The resource error code. (v0+) */
  errorCode: number;
  /** The resource error message, or null if there was no error. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** The resource type. (v0+) */
  resourceType: number;
  /** The resource name. (v0+) */
  resourceName: string;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeIncrementalAlterConfigsResponse(init?: Partial<IncrementalAlterConfigsResponse>): IncrementalAlterConfigsResponse {
  return {
    throttleTimeMs: 0,
    responses: [],
    ...init,
  };
}

export function encodeIncrementalAlterConfigsResponse(w: Writer, v: IncrementalAlterConfigsResponse, version: number): void {
  checkVersion("IncrementalAlterConfigsResponse", version, 0, 1);
  const flexible = version >= 1;
  w.int32(v.throttleTimeMs);
  writeArray(w, flexible, v.responses, (e) => encodeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeIncrementalAlterConfigsResponse(r: Reader, version: number): IncrementalAlterConfigsResponse {
  checkReadVersion(r, "IncrementalAlterConfigsResponse", version, 0, 1);
  const flexible = version >= 1;
  const v: IncrementalAlterConfigsResponse = {
    throttleTimeMs: r.int32(),
    responses: readArray(r, flexible, () => decodeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(init?: Partial<IncrementalAlterConfigsResponseAlterConfigsResourceResponse>): IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  return {
    errorCode: 0,
    errorMessage: "",
    resourceType: 0,
    resourceName: "",
    ...init,
  };
}

export function encodeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(w: Writer, v: IncrementalAlterConfigsResponseAlterConfigsResourceResponse, version: number): void {
  const flexible = version >= 1;
  w.int16(v.errorCode);
  writeNullableString(w, flexible, v.errorMessage);
  w.int8(v.resourceType);
  writeString(w, flexible, v.resourceName);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(r: Reader, version: number): IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  const flexible = version >= 1;
  const v: IncrementalAlterConfigsResponseAlterConfigsResourceResponse = {
    errorCode: r.int16(),
    errorMessage: readNullableString(r, flexible),
    resourceType: r.int8(),
    resourceName: readString(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
