// Generated from DescribeConfigsRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readNullableArray, readString, readTaggedFields, writeArray, writeNullableArray, writeString, writeTaggedFields } from "../message-codec.js";

/** DescribeConfigsRequest (API key 32): versions 0-4, flexible 4+, deprecated 0. */
export interface DescribeConfigsRequest {
  /** The resources whose configurations we want to describe. (v0+) */
  resources: DescribeConfigsRequestDescribeConfigsResource[];
  /** True if we should include all synonyms. (v1+) */
  includeSynonyms: boolean;
  /** True if we should include configuration documentation. (v3+) */
  includeDocumentation: boolean;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeConfigsRequestDescribeConfigsResource {
  /** The resource type. (v0+) */
  resourceType: number;
  /** The resource name. (v0+) */
  resourceName: string;
  /** The configuration keys to list, or null to list all configuration keys. (v0+, nullable v0+) */
  configurationKeys: string[] | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDescribeConfigsRequest(init?: Partial<DescribeConfigsRequest>): DescribeConfigsRequest {
  return {
    resources: [],
    includeSynonyms: false,
    includeDocumentation: false,
    ...init,
  };
}

export function encodeDescribeConfigsRequest(w: Writer, v: DescribeConfigsRequest, version: number): void {
  checkVersion("DescribeConfigsRequest", version, 0, 4);
  const flexible = version >= 4;
  writeArray(w, flexible, v.resources, (e) => encodeDescribeConfigsRequestDescribeConfigsResource(w, e, version));
  if (version >= 1) w.bool(v.includeSynonyms);
  else if (v.includeSynonyms) fieldVersionError("DescribeConfigsRequest.includeSynonyms", version);
  if (version >= 3) w.bool(v.includeDocumentation);
  else if (v.includeDocumentation) fieldVersionError("DescribeConfigsRequest.includeDocumentation", version);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeConfigsRequest(r: Reader, version: number): DescribeConfigsRequest {
  checkReadVersion(r, "DescribeConfigsRequest", version, 0, 4);
  const flexible = version >= 4;
  const v: DescribeConfigsRequest = {
    resources: readArray(r, flexible, () => decodeDescribeConfigsRequestDescribeConfigsResource(r, version)),
    includeSynonyms: version >= 1 ? r.bool() : false,
    includeDocumentation: version >= 3 ? r.bool() : false,
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDescribeConfigsRequestDescribeConfigsResource(init?: Partial<DescribeConfigsRequestDescribeConfigsResource>): DescribeConfigsRequestDescribeConfigsResource {
  return {
    resourceType: 0,
    resourceName: "",
    configurationKeys: [],
    ...init,
  };
}

export function encodeDescribeConfigsRequestDescribeConfigsResource(w: Writer, v: DescribeConfigsRequestDescribeConfigsResource, version: number): void {
  const flexible = version >= 4;
  w.int8(v.resourceType);
  writeString(w, flexible, v.resourceName);
  writeNullableArray(w, flexible, v.configurationKeys, (e) => writeString(w, flexible, e));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeConfigsRequestDescribeConfigsResource(r: Reader, version: number): DescribeConfigsRequestDescribeConfigsResource {
  const flexible = version >= 4;
  const v: DescribeConfigsRequestDescribeConfigsResource = {
    resourceType: r.int8(),
    resourceName: readString(r, flexible),
    configurationKeys: readNullableArray(r, flexible, () => readString(r, flexible)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
