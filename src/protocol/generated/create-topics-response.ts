// Generated from CreateTopicsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, type TaggedFieldWrite, checkReadVersion, checkVersion, readArray, readNullableArray, readNullableString, readString, readTaggedFields, writeArray, writeNullableArray, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** CreateTopicsResponse (API key 19): versions 0-7, flexible 5+. */
export interface CreateTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v2+, ignorable) */
  throttleTimeMs: number;
  /** Results for each topic we tried to create. (v0+) */
  topics: CreateTopicsResponseCreatableTopicResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreateTopicsResponseCreatableTopicResult {
  /** The topic name. (v0+) */
  name: string;
  /** The unique topic ID (v7+, ignorable) */
  topicId: string;
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (v1+, nullable v1+, ignorable) */
  errorMessage: string | null;
  /** Optional topic config error returned if configs are not returned in the response. (v5+, tag 0, ignorable) */
  topicConfigErrorCode: number;
  /** Number of partitions of the topic. (v5+, ignorable) */
  numPartitions: number;
  /** Replication factor of the topic. (v5+, ignorable) */
  replicationFactor: number;
  /** Configuration of the topic. (v5+, nullable v5+, ignorable) */
  configs: CreateTopicsResponseCreatableTopicConfigs[] | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreateTopicsResponseCreatableTopicConfigs {
  /** The configuration name. (v5+) */
  name: string;
  /** The configuration value. (v5+, nullable v5+) */
  value: string | null;
  /** True if the configuration is read-only. (v5+) */
  readOnly: boolean;
  /** The configuration source. (v5+, ignorable) */
  configSource: number;
  /** True if this configuration is sensitive. (v5+) */
  isSensitive: boolean;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeCreateTopicsResponse(init?: Partial<CreateTopicsResponse>): CreateTopicsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    ...init,
  };
}

export function encodeCreateTopicsResponse(w: Writer, v: CreateTopicsResponse, version: number): void {
  checkVersion("CreateTopicsResponse", version, 0, 7);
  const flexible = version >= 5;
  if (version >= 2) w.int32(v.throttleTimeMs);
  writeArray(w, flexible, v.topics, (e) => encodeCreateTopicsResponseCreatableTopicResult(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeCreateTopicsResponse(r: Reader, version: number): CreateTopicsResponse {
  checkReadVersion(r, "CreateTopicsResponse", version, 0, 7);
  const flexible = version >= 5;
  const v: CreateTopicsResponse = {
    throttleTimeMs: version >= 2 ? r.int32() : 0,
    topics: readArray(r, flexible, () => decodeCreateTopicsResponseCreatableTopicResult(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeCreateTopicsResponseCreatableTopicResult(init?: Partial<CreateTopicsResponseCreatableTopicResult>): CreateTopicsResponseCreatableTopicResult {
  return {
    name: "",
    topicId: ZERO_UUID,
    errorCode: 0,
    errorMessage: "",
    topicConfigErrorCode: 0,
    numPartitions: -1,
    replicationFactor: -1,
    configs: [],
    ...init,
  };
}

export function encodeCreateTopicsResponseCreatableTopicResult(w: Writer, v: CreateTopicsResponseCreatableTopicResult, version: number): void {
  const flexible = version >= 5;
  writeString(w, flexible, v.name);
  if (version >= 7) w.uuid(v.topicId);
  w.int16(v.errorCode);
  if (version >= 1) writeNullableString(w, flexible, v.errorMessage);
  if (version >= 5) w.int32(v.numPartitions);
  if (version >= 5) w.int16(v.replicationFactor);
  if (version >= 5) writeNullableArray(w, true, v.configs, (e) => encodeCreateTopicsResponseCreatableTopicConfigs(w, e, version));
  const tagged: TaggedFieldWrite[] = [];
  if (version >= 5 && v.topicConfigErrorCode !== 0) tagged.push([0, (t) => t.int16(v.topicConfigErrorCode)]);
  writeTaggedFields(w, flexible, v._unknownTaggedFields, tagged);
}

export function decodeCreateTopicsResponseCreatableTopicResult(r: Reader, version: number): CreateTopicsResponseCreatableTopicResult {
  const flexible = version >= 5;
  const v: CreateTopicsResponseCreatableTopicResult = {
    name: readString(r, flexible),
    topicId: version >= 7 ? r.uuid() : ZERO_UUID,
    errorCode: r.int16(),
    errorMessage: version >= 1 ? readNullableString(r, flexible) : "",
    topicConfigErrorCode: 0,
    numPartitions: version >= 5 ? r.int32() : -1,
    replicationFactor: version >= 5 ? r.int16() : -1,
    configs: version >= 5 ? readNullableArray(r, true, () => decodeCreateTopicsResponseCreatableTopicConfigs(r, version)) : [],
  };
  if (flexible) {
    readTaggedFields(r, v, (tag) => {
      switch (tag) {
        case 0:
          v.topicConfigErrorCode = r.int16();
          return true;
        default:
          return false;
      }
    });
  }
  return v;
}

export function makeCreateTopicsResponseCreatableTopicConfigs(init?: Partial<CreateTopicsResponseCreatableTopicConfigs>): CreateTopicsResponseCreatableTopicConfigs {
  return {
    name: "",
    value: "",
    readOnly: false,
    configSource: -1,
    isSensitive: false,
    ...init,
  };
}

export function encodeCreateTopicsResponseCreatableTopicConfigs(w: Writer, v: CreateTopicsResponseCreatableTopicConfigs, _version: number): void {
  w.compactString(v.name);
  w.compactNullableString(v.value);
  w.bool(v.readOnly);
  w.int8(v.configSource);
  w.bool(v.isSensitive);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeCreateTopicsResponseCreatableTopicConfigs(r: Reader, _version: number): CreateTopicsResponseCreatableTopicConfigs {
  const v: CreateTopicsResponseCreatableTopicConfigs = {
    name: r.compactString(),
    value: r.compactNullableString(),
    readOnly: r.bool(),
    configSource: r.int8(),
    isSensitive: r.bool(),
  };
  readTaggedFields(r, v);
  return v;
}
