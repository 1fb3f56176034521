// Generated from AlterConfigsRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readNullableString, readString, readTaggedFields, writeArray, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** AlterConfigsRequest (API key 33): versions 0-2, flexible 2+. */
export interface AlterConfigsRequest {
  /** The updates for each resource. (v0+) */
  resources: AlterConfigsRequestAlterConfigsResource[];
  /** True if we should validate the request, but not change the configurations. (v0+) */
  validateOnly: boolean;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterConfigsRequestAlterConfigsResource {
  /** The resource type. (v0+) */
  resourceType: number;
  /** The resource name. (v0+) */
  resourceName: string;
  /** The configurations. (v0+) */
  configs: AlterConfigsRequestAlterableConfig[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterConfigsRequestAlterableConfig {
  /** The configuration key name. (v0+) */
  name: string;
  /** The value to set for the configuration key. (v0+, nullable v0+) */
  value: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeAlterConfigsRequest(init?: Partial<AlterConfigsRequest>): AlterConfigsRequest {
  return {
    resources: [],
    validateOnly: false,
    ...init,
  };
}

export function encodeAlterConfigsRequest(w: Writer, v: AlterConfigsRequest, version: number): void {
  checkVersion("AlterConfigsRequest", version, 0, 2);
  const flexible = version >= 2;
  writeArray(w, flexible, v.resources, (e) => encodeAlterConfigsRequestAlterConfigsResource(w, e, version));
  w.bool(v.validateOnly);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAlterConfigsRequest(r: Reader, version: number): AlterConfigsRequest {
  checkReadVersion(r, "AlterConfigsRequest", version, 0, 2);
  const flexible = version >= 2;
  const v: AlterConfigsRequest = {
    resources: readArray(r, flexible, () => decodeAlterConfigsRequestAlterConfigsResource(r, version)),
    validateOnly: r.bool(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeAlterConfigsRequestAlterConfigsResource(init?: Partial<AlterConfigsRequestAlterConfigsResource>): AlterConfigsRequestAlterConfigsResource {
  return {
    resourceType: 0,
    resourceName: "",
    configs: [],
    ...init,
  };
}

export function encodeAlterConfigsRequestAlterConfigsResource(w: Writer, v: AlterConfigsRequestAlterConfigsResource, version: number): void {
  const flexible = version >= 2;
  w.int8(v.resourceType);
  writeString(w, flexible, v.resourceName);
  writeArray(w, flexible, v.configs, (e) => encodeAlterConfigsRequestAlterableConfig(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAlterConfigsRequestAlterConfigsResource(r: Reader, version: number): AlterConfigsRequestAlterConfigsResource {
  const flexible = version >= 2;
  const v: AlterConfigsRequestAlterConfigsResource = {
    resourceType: r.int8(),
    resourceName: readString(r, flexible),
    configs: readArray(r, flexible, () => decodeAlterConfigsRequestAlterableConfig(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeAlterConfigsRequestAlterableConfig(init?: Partial<AlterConfigsRequestAlterableConfig>): AlterConfigsRequestAlterableConfig {
  return {
    name: "",
    value: "",
    ...init,
  };
}

export function encodeAlterConfigsRequestAlterableConfig(w: Writer, v: AlterConfigsRequestAlterableConfig, version: number): void {
  const flexible = version >= 2;
  writeString(w, flexible, v.name);
  writeNullableString(w, flexible, v.value);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAlterConfigsRequestAlterableConfig(r: Reader, version: number): AlterConfigsRequestAlterableConfig {
  const flexible = version >= 2;
  const v: AlterConfigsRequestAlterableConfig = {
    name: readString(r, flexible),
    value: readNullableString(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
