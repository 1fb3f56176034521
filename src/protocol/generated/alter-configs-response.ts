// Generated from AlterConfigsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readNullableString, readString, readTaggedFields, writeArray, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** AlterConfigsResponse (API key 33): versions 0-2, flexible 2+. */
export interface AlterConfigsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The responses for each resource. (v0+) */
  responses: AlterConfigsResponseAlterConfigsResourceResponse[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterConfigsResponseAlterConfigsResourceResponse {
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

export function makeAlterConfigsResponse(init?: Partial<AlterConfigsResponse>): AlterConfigsResponse {
  return {
    throttleTimeMs: 0,
    responses: [],
    ...init,
  };
}

export function encodeAlterConfigsResponse(w: Writer, v: AlterConfigsResponse, version: number): void {
  checkVersion("AlterConfigsResponse", version, 0, 2);
  const flexible = version >= 2;
  w.int32(v.throttleTimeMs);
  writeArray(w, flexible, v.responses, (e) => encodeAlterConfigsResponseAlterConfigsResourceResponse(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAlterConfigsResponse(r: Reader, version: number): AlterConfigsResponse {
  checkReadVersion(r, "AlterConfigsResponse", version, 0, 2);
  const flexible = version >= 2;
  const v: AlterConfigsResponse = {
    throttleTimeMs: r.int32(),
    responses: readArray(r, flexible, () => decodeAlterConfigsResponseAlterConfigsResourceResponse(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeAlterConfigsResponseAlterConfigsResourceResponse(init?: Partial<AlterConfigsResponseAlterConfigsResourceResponse>): AlterConfigsResponseAlterConfigsResourceResponse {
  return {
    errorCode: 0,
    errorMessage: "",
    resourceType: 0,
    resourceName: "",
    ...init,
  };
}

export function encodeAlterConfigsResponseAlterConfigsResourceResponse(w: Writer, v: AlterConfigsResponseAlterConfigsResourceResponse, version: number): void {
  const flexible = version >= 2;
  w.int16(v.errorCode);
  writeNullableString(w, flexible, v.errorMessage);
  w.int8(v.resourceType);
  writeString(w, flexible, v.resourceName);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAlterConfigsResponseAlterConfigsResourceResponse(r: Reader, version: number): AlterConfigsResponseAlterConfigsResourceResponse {
  const flexible = version >= 2;
  const v: AlterConfigsResponseAlterConfigsResourceResponse = {
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
