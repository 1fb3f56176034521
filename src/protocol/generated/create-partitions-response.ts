// Generated from CreatePartitionsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readNullableString, readString, readTaggedFields, writeArray, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** CreatePartitionsResponse (API key 37): versions 0-3, flexible 2+. */
export interface CreatePartitionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The partition creation results for each topic. (v0+) */
  results: CreatePartitionsResponseCreatePartitionsTopicResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreatePartitionsResponseCreatePartitionsTopicResult {
  /** The topic name. (v0+) */
  name: string;
  /** The result error, or zero if there was no error. (v0+) */
  errorCode: number;
  /** The result message, or null if there was no error. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeCreatePartitionsResponse(init?: Partial<CreatePartitionsResponse>): CreatePartitionsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
    ...init,
  };
}

export function encodeCreatePartitionsResponse(w: Writer, v: CreatePartitionsResponse, version: number): void {
  checkVersion("CreatePartitionsResponse", version, 0, 3);
  const flexible = version >= 2;
  w.int32(v.throttleTimeMs);
  writeArray(w, flexible, v.results, (e) => encodeCreatePartitionsResponseCreatePartitionsTopicResult(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeCreatePartitionsResponse(r: Reader, version: number): CreatePartitionsResponse {
  checkReadVersion(r, "CreatePartitionsResponse", version, 0, 3);
  const flexible = version >= 2;
  const v: CreatePartitionsResponse = {
    throttleTimeMs: r.int32(),
    results: readArray(r, flexible, () => decodeCreatePartitionsResponseCreatePartitionsTopicResult(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeCreatePartitionsResponseCreatePartitionsTopicResult(init?: Partial<CreatePartitionsResponseCreatePartitionsTopicResult>): CreatePartitionsResponseCreatePartitionsTopicResult {
  return {
    name: "",
    errorCode: 0,
    errorMessage: null,
    ...init,
  };
}

export function encodeCreatePartitionsResponseCreatePartitionsTopicResult(w: Writer, v: CreatePartitionsResponseCreatePartitionsTopicResult, version: number): void {
  const flexible = version >= 2;
  writeString(w, flexible, v.name);
  w.int16(v.errorCode);
  writeNullableString(w, flexible, v.errorMessage);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeCreatePartitionsResponseCreatePartitionsTopicResult(r: Reader, version: number): CreatePartitionsResponseCreatePartitionsTopicResult {
  const flexible = version >= 2;
  const v: CreatePartitionsResponseCreatePartitionsTopicResult = {
    name: readString(r, flexible),
    errorCode: r.int16(),
    errorMessage: readNullableString(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
