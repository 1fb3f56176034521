// Generated from MetadataRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, notNull, readArray, readNullableArray, readNullableString, readString, readTaggedFields, writeNullableArray, writeNullableString, writeTaggedFields } from "../message-codec.js";

/** MetadataRequest (API key 3): versions 0-12, flexible 9+, deprecated 0-3. */
export interface MetadataRequest {
  /** The topics to fetch metadata for. (v0+, nullable v1+) */
  topics: MetadataRequestTopic[] | null;
  /** If this is true, the broker may auto-create topics that we requested which do not already exist, if it is configured to do so. (v4+) */
  allowAutoTopicCreation: boolean;
  /** Whether to include cluster authorized operations. (v8-10) */
  includeClusterAuthorizedOperations: boolean;
  /** Whether to include topic authorized operations. (v8+) */
  includeTopicAuthorizedOperations: boolean;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface MetadataRequestTopic {
  /** The topic id. (v10+, ignorable) */
  topicId: string;
  /** The topic name. (v0+, nullable v10+) */
  name: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeMetadataRequest(init?: Partial<MetadataRequest>): MetadataRequest {
  return {
    topics: [],
    allowAutoTopicCreation: true,
    includeClusterAuthorizedOperations: false,
    includeTopicAuthorizedOperations: false,
    ...init,
  };
}

export function encodeMetadataRequest(w: Writer, v: MetadataRequest, version: number): void {
  checkVersion("MetadataRequest", version, 0, 12);
  const flexible = version >= 9;
  writeNullableArray(w, flexible, version >= 1 ? v.topics : notNull(v.topics, "MetadataRequest.topics", version), (e) => encodeMetadataRequestTopic(w, e, version));
  if (version >= 4) w.bool(v.allowAutoTopicCreation);
  else if (!v.allowAutoTopicCreation) fieldVersionError("MetadataRequest.allowAutoTopicCreation", version);
  if (version >= 8 && version <= 10) w.bool(v.includeClusterAuthorizedOperations);
  else if (v.includeClusterAuthorizedOperations) fieldVersionError("MetadataRequest.includeClusterAuthorizedOperations", version);
  if (version >= 8) w.bool(v.includeTopicAuthorizedOperations);
  else if (v.includeTopicAuthorizedOperations) fieldVersionError("MetadataRequest.includeTopicAuthorizedOperations", version);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeMetadataRequest(r: Reader, version: number): MetadataRequest {
  checkReadVersion(r, "MetadataRequest", version, 0, 12);
  const flexible = version >= 9;
  const v: MetadataRequest = {
    topics: (version >= 1 ? readNullableArray(r, flexible, () => decodeMetadataRequestTopic(r, version)) : readArray(r, flexible, () => decodeMetadataRequestTopic(r, version))),
    allowAutoTopicCreation: version >= 4 ? r.bool() : true,
    includeClusterAuthorizedOperations: version >= 8 && version <= 10 ? r.bool() : false,
    includeTopicAuthorizedOperations: version >= 8 ? r.bool() : false,
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeMetadataRequestTopic(init?: Partial<MetadataRequestTopic>): MetadataRequestTopic {
  return {
    topicId: ZERO_UUID,
    name: "",
    ...init,
  };
}

export function encodeMetadataRequestTopic(w: Writer, v: MetadataRequestTopic, version: number): void {
  const flexible = version >= 9;
  if (version >= 10) w.uuid(v.topicId);
  writeNullableString(w, flexible, version >= 10 ? v.name : notNull(v.name, "MetadataRequestTopic.name", version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeMetadataRequestTopic(r: Reader, version: number): MetadataRequestTopic {
  const flexible = version >= 9;
  const v: MetadataRequestTopic = {
    topicId: version >= 10 ? r.uuid() : ZERO_UUID,
    name: (version >= 10 ? readNullableString(r, flexible) : readString(r, flexible)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
