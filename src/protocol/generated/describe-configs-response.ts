// Generated from DescribeConfigsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readNullableString, readString, readTaggedFields, writeArray, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** DescribeConfigsResponse (API key 32): versions 0-4, flexible 4+. */
export interface DescribeConfigsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The results for each resource. (v0+) */
  results: DescribeConfigsResponseDescribeConfigsResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeConfigsResponseDescribeConfigsResult {
  /** The error code, or 0 if we were able to successfully describe the configurations. (v0+) */
  errorCode: number;
  /** The error message, or null if we were able to successfully describe the configurations. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** The resource type. (v0+) */
  resourceType: number;
  /** The resource name. (v0+) */
  resourceName: string;
  /** Each listed configuration. (v0+) */
  configs: DescribeConfigsResponseDescribeConfigsResourceResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeConfigsResponseDescribeConfigsResourceResult {
  /** The configuration name. (v0+) */
  name: string;
  /** The configuration value. (v0+, nullable v0+) */
  value: string | null;
  /** True if the configuration is read-only. (v0+) */
  readOnly: boolean;
  /** True if the configuration is not set. (v0) */
  isDefault: boolean;
  /** The configuration source. (v1+, ignorable) */
  configSource: number;
  /** True if this configuration is sensitive. (v0+) */
  isSensitive: boolean;
  /** The synonyms for this configuration key. (v1+, ignorable) */
  synonyms: DescribeConfigsResponseDescribeConfigsSynonym[];
  /** The configuration data type. Type can be one of the following values - BOOLEAN, STRING, INT, SHORT, LONG, DOUBLE, LIST, CLASS, PASSWORD (v3+, ignorable) */
  configType: number;
  /** The configuration documentation. (v3+, nullable v3+, ignorable) */
  documentation: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeConfigsResponseDescribeConfigsSynonym {
  /** The synonym name. (v1+) */
  name: string;
  /** The synonym value. (v1+, nullable v1+) */
  value: string | null;
  /** The synonym source. (v1+) */
  source: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDescribeConfigsResponse(init?: Partial<DescribeConfigsResponse>): DescribeConfigsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
    ...init,
  };
}

export function encodeDescribeConfigsResponse(w: Writer, v: DescribeConfigsResponse, version: number): void {
  checkVersion("DescribeConfigsResponse", version, 0, 4);
  const flexible = version >= 4;
  w.int32(v.throttleTimeMs);
  writeArray(w, flexible, v.results, (e) => encodeDescribeConfigsResponseDescribeConfigsResult(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeConfigsResponse(r: Reader, version: number): DescribeConfigsResponse {
  checkReadVersion(r, "DescribeConfigsResponse", version, 0, 4);
  const flexible = version >= 4;
  const v: DescribeConfigsResponse = {
    throttleTimeMs: r.int32(),
    results: readArray(r, flexible, () => decodeDescribeConfigsResponseDescribeConfigsResult(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDescribeConfigsResponseDescribeConfigsResult(init?: Partial<DescribeConfigsResponseDescribeConfigsResult>): DescribeConfigsResponseDescribeConfigsResult {
  return {
    errorCode: 0,
    errorMessage: "",
    resourceType: 0,
    resourceName: "",
    configs: [],
    ...init,
  };
}

export function encodeDescribeConfigsResponseDescribeConfigsResult(w: Writer, v: DescribeConfigsResponseDescribeConfigsResult, version: number): void {
  const flexible = version >= 4;
  w.int16(v.errorCode);
  writeNullableString(w, flexible, v.errorMessage);
  w.int8(v.resourceType);
  writeString(w, flexible, v.resourceName);
  writeArray(w, flexible, v.configs, (e) => encodeDescribeConfigsResponseDescribeConfigsResourceResult(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeConfigsResponseDescribeConfigsResult(r: Reader, version: number): DescribeConfigsResponseDescribeConfigsResult {
  const flexible = version >= 4;
  const v: DescribeConfigsResponseDescribeConfigsResult = {
    errorCode: r.int16(),
    errorMessage: readNullableString(r, flexible),
    resourceType: r.int8(),
    resourceName: readString(r, flexible),
    configs: readArray(r, flexible, () => decodeDescribeConfigsResponseDescribeConfigsResourceResult(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDescribeConfigsResponseDescribeConfigsResourceResult(init?: Partial<DescribeConfigsResponseDescribeConfigsResourceResult>): DescribeConfigsResponseDescribeConfigsResourceResult {
  return {
    name: "",
    value: "",
    readOnly: false,
    isDefault: false,
    configSource: -1,
    isSensitive: false,
    synonyms: [],
    configType: 0,
    documentation: "",
    ...init,
  };
}

export function encodeDescribeConfigsResponseDescribeConfigsResourceResult(w: Writer, v: DescribeConfigsResponseDescribeConfigsResourceResult, version: number): void {
  const flexible = version >= 4;
  writeString(w, flexible, v.name);
  writeNullableString(w, flexible, v.value);
  w.bool(v.readOnly);
  if (version <= 0) w.bool(v.isDefault);
  else if (v.isDefault) fieldVersionError("DescribeConfigsResponseDescribeConfigsResourceResult.isDefault", version);
  if (version >= 1) w.int8(v.configSource);
  w.bool(v.isSensitive);
  if (version >= 1) writeArray(w, flexible, v.synonyms, (e) => encodeDescribeConfigsResponseDescribeConfigsSynonym(w, e, version));
  if (version >= 3) w.int8(v.configType);
  if (version >= 3) writeNullableString(w, flexible, v.documentation);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeConfigsResponseDescribeConfigsResourceResult(r: Reader, version: number): DescribeConfigsResponseDescribeConfigsResourceResult {
  const flexible = version >= 4;
  const v: DescribeConfigsResponseDescribeConfigsResourceResult = {
    name: readString(r, flexible),
    value: readNullableString(r, flexible),
    readOnly: r.bool(),
    isDefault: version <= 0 ? r.bool() : false,
    configSource: version >= 1 ? r.int8() : -1,
    isSensitive: r.bool(),
    synonyms: version >= 1 ? readArray(r, flexible, () => decodeDescribeConfigsResponseDescribeConfigsSynonym(r, version)) : [],
    configType: version >= 3 ? r.int8() : 0,
    documentation: version >= 3 ? readNullableString(r, flexible) : "",
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDescribeConfigsResponseDescribeConfigsSynonym(init?: Partial<DescribeConfigsResponseDescribeConfigsSynonym>): DescribeConfigsResponseDescribeConfigsSynonym {
  return {
    name: "",
    value: "",
    source: 0,
    ...init,
  };
}

export function encodeDescribeConfigsResponseDescribeConfigsSynonym(w: Writer, v: DescribeConfigsResponseDescribeConfigsSynonym, version: number): void {
  const flexible = version >= 4;
  writeString(w, flexible, v.name);
  writeNullableString(w, flexible, v.value);
  w.int8(v.source);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeConfigsResponseDescribeConfigsSynonym(r: Reader, version: number): DescribeConfigsResponseDescribeConfigsSynonym {
  const flexible = version >= 4;
  const v: DescribeConfigsResponseDescribeConfigsSynonym = {
    name: readString(r, flexible),
    value: readNullableString(r, flexible),
    source: r.int8(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
