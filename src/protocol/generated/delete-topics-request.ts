// Generated from DeleteTopicsRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readString, readTaggedFields, writeArray, writeString, writeTaggedFields } from "../message-codec.js";

/** DeleteTopicsRequest (API key 20): versions 0-6, flexible 4+, deprecated 0. */
export interface DeleteTopicsRequest {
  /** The name or topic ID of the topic (v6+) */
  topics: DeleteTopicsRequestDeleteTopicState[];
  /** The names of the topics to delete (v0-5, ignorable) */
  topicNames: string[];
  /** The length of time in milliseconds to wait for the deletions to complete. (v0+) */
  timeoutMs: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteTopicsRequestDeleteTopicState {
  /** The topic name (v6+, nullable v6+) */
  name: string | null;
  /** The unique topic ID (v6+) */
  topicId: string;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDeleteTopicsRequest(init?: Partial<DeleteTopicsRequest>): DeleteTopicsRequest {
  return {
    topics: [],
    topicNames: [],
    timeoutMs: 0,
    ...init,
  };
}

export function encodeDeleteTopicsRequest(w: Writer, v: DeleteTopicsRequest, version: number): void {
  checkVersion("DeleteTopicsRequest", version, 0, 6);
  const flexible = version >= 4;
  if (version >= 6) writeArray(w, true, v.topics, (e) => encodeDeleteTopicsRequestDeleteTopicState(w, e, version));
  else if (v.topics.length !== 0) fieldVersionError("DeleteTopicsRequest.topics", version);
  if (version <= 5) writeArray(w, flexible, v.topicNames, (e) => writeString(w, flexible, e));
  w.int32(v.timeoutMs);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDeleteTopicsRequest(r: Reader, version: number): DeleteTopicsRequest {
  checkReadVersion(r, "DeleteTopicsRequest", version, 0, 6);
  const flexible = version >= 4;
  const v: DeleteTopicsRequest = {
    topics: version >= 6 ? readArray(r, true, () => decodeDeleteTopicsRequestDeleteTopicState(r, version)) : [],
    topicNames: version <= 5 ? readArray(r, flexible, () => readString(r, flexible)) : [],
    timeoutMs: r.int32(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDeleteTopicsRequestDeleteTopicState(init?: Partial<DeleteTopicsRequestDeleteTopicState>): DeleteTopicsRequestDeleteTopicState {
  return {
    name: null,
    topicId: ZERO_UUID,
    ...init,
  };
}

export function encodeDeleteTopicsRequestDeleteTopicState(w: Writer, v: DeleteTopicsRequestDeleteTopicState, _version: number): void {
  w.compactNullableString(v.name);
  w.uuid(v.topicId);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDeleteTopicsRequestDeleteTopicState(r: Reader, _version: number): DeleteTopicsRequestDeleteTopicState {
  const v: DeleteTopicsRequestDeleteTopicState = {
    name: r.compactNullableString(),
    topicId: r.uuid(),
  };
  readTaggedFields(r, v);
  return v;
}
