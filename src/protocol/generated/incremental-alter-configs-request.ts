// Generated from IncrementalAlterConfigsRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readNullableString, readString, readTaggedFields, writeArray, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** IncrementalAlterConfigsRequest (API key 44): versions 0-1, flexible 1+. */
export interface IncrementalAlterConfigsRequest {
  /** The incremental updates for each resource. (v0+) */
  resources: IncrementalAlterConfigsRequestAlterConfigsResource[];
  /** True if we should validate the request, but not change the configurations. (v0+) */
  validateOnly: boolean;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface IncrementalAlterConfigsRequestAlterConfigsResource {
  /** The resource type. (v0+) */
  resourceType: number;
  /** The resource name. (v0+) */
  resourceName: string;
  /** The configurations. (v0+) */
  configs: IncrementalAlterConfigsRequestAlterableConfig[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface IncrementalAlterConfigsRequestAlterableConfig {
  /** The configuration key name. (v0+) */
  name: string;
  /** The type (Set, Delete, Append, Subtract) of operation. (v0+) */
  configOperation: number;
  /** The value to set for the configuration key. (v0+, nullable v0+) */
  value: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeIncrementalAlterConfigsRequest(init?: Partial<IncrementalAlterConfigsRequest>): IncrementalAlterConfigsRequest {
  return {
    resources: [],
    validateOnly: false,
    ...init,
  };
}

export function encodeIncrementalAlterConfigsRequest(w: Writer, v: IncrementalAlterConfigsRequest, version: number): void {
  checkVersion("IncrementalAlterConfigsRequest", version, 0, 1);
  const flexible = version >= 1;
  writeArray(w, flexible, v.resources, (e) => encodeIncrementalAlterConfigsRequestAlterConfigsResource(w, e, version));
  w.bool(v.validateOnly);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeIncrementalAlterConfigsRequest(r: Reader, version: number): IncrementalAlterConfigsRequest {
  checkReadVersion(r, "IncrementalAlterConfigsRequest", version, 0, 1);
  const flexible = version >= 1;
  const v: IncrementalAlterConfigsRequest = {
    resources: readArray(r, flexible, () => decodeIncrementalAlterConfigsRequestAlterConfigsResource(r, version)),
    validateOnly: r.bool(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeIncrementalAlterConfigsRequestAlterConfigsResource(init?: Partial<IncrementalAlterConfigsRequestAlterConfigsResource>): IncrementalAlterConfigsRequestAlterConfigsResource {
  return {
    resourceType: 0,
    resourceName: "",
    configs: [],
    ...init,
  };
}

export function encodeIncrementalAlterConfigsRequestAlterConfigsResource(w: Writer, v: IncrementalAlterConfigsRequestAlterConfigsResource, version: number): void {
  const flexible = version >= 1;
  w.int8(v.resourceType);
  writeString(w, flexible, v.resourceName);
  writeArray(w, flexible, v.configs, (e) => encodeIncrementalAlterConfigsRequestAlterableConfig(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeIncrementalAlterConfigsRequestAlterConfigsResource(r: Reader, version: number): IncrementalAlterConfigsRequestAlterConfigsResource {
  const flexible = version >= 1;
  const v: IncrementalAlterConfigsRequestAlterConfigsResource = {
    resourceType: r.int8(),
    resourceName: readString(r, flexible),
    configs: readArray(r, flexible, () => decodeIncrementalAlterConfigsRequestAlterableConfig(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeIncrementalAlterConfigsRequestAlterableConfig(init?: Partial<IncrementalAlterConfigsRequestAlterableConfig>): IncrementalAlterConfigsRequestAlterableConfig {
  return {
    name: "",
    configOperation: 0,
    value: "",
    ...init,
  };
}

export function encodeIncrementalAlterConfigsRequestAlterableConfig(w: Writer, v: IncrementalAlterConfigsRequestAlterableConfig, version: number): void {
  const flexible = version >= 1;
  writeString(w, flexible, v.name);
  w.int8(v.configOperation);
  writeNullableString(w, flexible, v.value);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeIncrementalAlterConfigsRequestAlterableConfig(r: Reader, version: number): IncrementalAlterConfigsRequestAlterableConfig {
  const flexible = version >= 1;
  const v: IncrementalAlterConfigsRequestAlterableConfig = {
    name: readString(r, flexible),
    configOperation: r.int8(),
    value: readNullableString(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
