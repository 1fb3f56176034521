// Generated from DeleteTopicsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, notNull, readArray, readNullableString, readString, readTaggedFields, writeArray, writeNullableString, writeTaggedFields } from "../message-codec.js";

/** DeleteTopicsResponse (API key 20): versions 0-6, flexible 4+. */
export interface DeleteTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+, ignorable) */
  throttleTimeMs: number;
  /** The results for each topic we tried to delete. (v0+) */
  responses: DeleteTopicsResponseDeletableTopicResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteTopicsResponseDeletableTopicResult {
  /** The topic name (v0+, nullable v6+) */
  name: string | null;
  /** the unique topic ID (v6+, ignorable) */
  topicId: string;
  /** The deletion error, or 0 if the deletion succeeded. (v0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (v5+, nullable v5+, ignorable) */
  errorMessage: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDeleteTopicsResponse(init?: Partial<DeleteTopicsResponse>): DeleteTopicsResponse {
  return {
    throttleTimeMs: 0,
    responses: [],
    ...init,
  };
}

export function encodeDeleteTopicsResponse(w: Writer, v: DeleteTopicsResponse, version: number): void {
  checkVersion("DeleteTopicsResponse", version, 0, 6);
  const flexible = version >= 4;
  if (version >= 1) w.int32(v.throttleTimeMs);
  writeArray(w, flexible, v.responses, (e) => encodeDeleteTopicsResponseDeletableTopicResult(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDeleteTopicsResponse(r: Reader, version: number): DeleteTopicsResponse {
  checkReadVersion(r, "DeleteTopicsResponse", version, 0, 6);
  const flexible = version >= 4;
  const v: DeleteTopicsResponse = {
    throttleTimeMs: version >= 1 ? r.int32() : 0,
    responses: readArray(r, flexible, () => decodeDeleteTopicsResponseDeletableTopicResult(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDeleteTopicsResponseDeletableTopicResult(init?: Partial<DeleteTopicsResponseDeletableTopicResult>): DeleteTopicsResponseDeletableTopicResult {
  return {
    name: "",
    topicId: ZERO_UUID,
    errorCode: 0,
    errorMessage: null,
    ...init,
  };
}

export function encodeDeleteTopicsResponseDeletableTopicResult(w: Writer, v: DeleteTopicsResponseDeletableTopicResult, version: number): void {
  const flexible = version >= 4;
  writeNullableString(w, flexible, version >= 6 ? v.name : notNull(v.name, "DeleteTopicsResponseDeletableTopicResult.name", version));
  if (version >= 6) w.uuid(v.topicId);
  w.int16(v.errorCode);
  if (version >= 5) w.compactNullableString(v.errorMessage);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDeleteTopicsResponseDeletableTopicResult(r: Reader, version: number): DeleteTopicsResponseDeletableTopicResult {
  const flexible = version >= 4;
  const v: DeleteTopicsResponseDeletableTopicResult = {
    name: (version >= 6 ? readNullableString(r, flexible) : readString(r, flexible)),
    topicId: version >= 6 ? r.uuid() : ZERO_UUID,
    errorCode: r.int16(),
    errorMessage: version >= 5 ? r.compactNullableString() : null,
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
