// Generated from ApiVersionsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, type TaggedFieldWrite, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** ApiVersionsResponse (API key 18): versions 0-4, flexible 3+. */
export interface ApiVersionsResponse {
  /** The top-level error code. (v0+) */
  errorCode: number;
  /** The APIs supported by the broker. (v0+) */
  apiKeys: ApiVersionsResponseApiVersion[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v1+, ignorable) */
  throttleTimeMs: number;
  /** Features supported by the broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted. (v3+, tag 0, ignorable) */
  supportedFeatures: ApiVersionsResponseSupportedFeatureKey[];
  /** The monotonically increasing epoch for the finalized features information. Valid values are >= 0. A value of -1 is special and represents unknown epoch. (v3+, tag 1, ignorable) */
  finalizedFeaturesEpoch: bigint;
  /** List of cluster-wide finalized features. The information is valid only if FinalizedFeaturesEpoch >= 0. (v3+, tag 2, ignorable) */
  finalizedFeatures: ApiVersionsResponseFinalizedFeatureKey[];
  /** Set by a KRaft controller if the required configurations for ZK migration are present (v3+, tag 3, ignorable) */
  zkMigrationReady: boolean;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ApiVersionsResponseApiVersion {
  /** The API index. (v0+) */
  apiKey: number;
  /** The minimum supported version, inclusive. (v0+) */
  minVersion: number;
  /** The maximum supported version, inclusive. (v0+) */
  maxVersion: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ApiVersionsResponseSupportedFeatureKey {
  /** The name of the feature. (v3+) */
  name: string;
  /** The minimum supported version for the feature. (v3+) */
  minVersion: number;
  /** The maximum supported version for the feature. (v3+) */
  maxVersion: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ApiVersionsResponseFinalizedFeatureKey {
  /** The name of the feature. (v3+) */
  name: string;
  /** The cluster-wide finalized max version level for the feature. (v3+) */
  maxVersionLevel: number;
  /** The cluster-wide finalized min version level for the feature. (v3+) */
  minVersionLevel: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeApiVersionsResponse(init?: Partial<ApiVersionsResponse>): ApiVersionsResponse {
  return {
    errorCode: 0,
    apiKeys: [],
    throttleTimeMs: 0,
    supportedFeatures: [],
    finalizedFeaturesEpoch: -1n,
    finalizedFeatures: [],
    zkMigrationReady: false,
    ...init,
  };
}

export function encodeApiVersionsResponse(w: Writer, v: ApiVersionsResponse, version: number): void {
  checkVersion("ApiVersionsResponse", version, 0, 4);
  const flexible = version >= 3;
  w.int16(v.errorCode);
  writeArray(w, flexible, v.apiKeys, (e) => encodeApiVersionsResponseApiVersion(w, e, version));
  if (version >= 1) w.int32(v.throttleTimeMs);
  const tagged: TaggedFieldWrite[] = [];
  if (version >= 3 && v.supportedFeatures.length !== 0) tagged.push([0, (t) => writeArray(t, true, v.supportedFeatures, (e) => encodeApiVersionsResponseSupportedFeatureKey(t, e, version))]);
  if (version >= 3 && v.finalizedFeaturesEpoch !== -1n) tagged.push([1, (t) => t.int64(v.finalizedFeaturesEpoch)]);
  if (version >= 3 && v.finalizedFeatures.length !== 0) tagged.push([2, (t) => writeArray(t, true, v.finalizedFeatures, (e) => encodeApiVersionsResponseFinalizedFeatureKey(t, e, version))]);
  if (version >= 3 && v.zkMigrationReady) tagged.push([3, (t) => t.bool(v.zkMigrationReady)]);
  writeTaggedFields(w, flexible, v._unknownTaggedFields, tagged);
}

export function decodeApiVersionsResponse(r: Reader, version: number): ApiVersionsResponse {
  checkReadVersion(r, "ApiVersionsResponse", version, 0, 4);
  const flexible = version >= 3;
  const v: ApiVersionsResponse = {
    errorCode: r.int16(),
    apiKeys: readArray(r, flexible, () => decodeApiVersionsResponseApiVersion(r, version)),
    throttleTimeMs: version >= 1 ? r.int32() : 0,
    supportedFeatures: [],
    finalizedFeaturesEpoch: -1n,
    finalizedFeatures: [],
    zkMigrationReady: false,
  };
  if (flexible) {
    readTaggedFields(r, v, (tag) => {
      switch (tag) {
        case 0:
          v.supportedFeatures = readArray(r, true, () => decodeApiVersionsResponseSupportedFeatureKey(r, version));
          return true;
        case 1:
          v.finalizedFeaturesEpoch = r.int64();
          return true;
        case 2:
          v.finalizedFeatures = readArray(r, true, () => decodeApiVersionsResponseFinalizedFeatureKey(r, version));
          return true;
        case 3:
          v.zkMigrationReady = r.bool();
          return true;
        default:
          return false;
      }
    });
  }
  return v;
}

export function makeApiVersionsResponseApiVersion(init?: Partial<ApiVersionsResponseApiVersion>): ApiVersionsResponseApiVersion {
  return {
    apiKey: 0,
    minVersion: 0,
    maxVersion: 0,
    ...init,
  };
}

export function encodeApiVersionsResponseApiVersion(w: Writer, v: ApiVersionsResponseApiVersion, version: number): void {
  const flexible = version >= 3;
  w.int16(v.apiKey);
  w.int16(v.minVersion);
  w.int16(v.maxVersion);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeApiVersionsResponseApiVersion(r: Reader, version: number): ApiVersionsResponseApiVersion {
  const flexible = version >= 3;
  const v: ApiVersionsResponseApiVersion = {
    apiKey: r.int16(),
    minVersion: r.int16(),
    maxVersion: r.int16(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeApiVersionsResponseSupportedFeatureKey(init?: Partial<ApiVersionsResponseSupportedFeatureKey>): ApiVersionsResponseSupportedFeatureKey {
  return {
    name: "",
    minVersion: 0,
    maxVersion: 0,
    ...init,
  };
}

export function encodeApiVersionsResponseSupportedFeatureKey(w: Writer, v: ApiVersionsResponseSupportedFeatureKey, _version: number): void {
  w.compactString(v.name);
  w.int16(v.minVersion);
  w.int16(v.maxVersion);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeApiVersionsResponseSupportedFeatureKey(r: Reader, _version: number): ApiVersionsResponseSupportedFeatureKey {
  const v: ApiVersionsResponseSupportedFeatureKey = {
    name: r.compactString(),
    minVersion: r.int16(),
    maxVersion: r.int16(),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeApiVersionsResponseFinalizedFeatureKey(init?: Partial<ApiVersionsResponseFinalizedFeatureKey>): ApiVersionsResponseFinalizedFeatureKey {
  return {
    name: "",
    maxVersionLevel: 0,
    minVersionLevel: 0,
    ...init,
  };
}

export function encodeApiVersionsResponseFinalizedFeatureKey(w: Writer, v: ApiVersionsResponseFinalizedFeatureKey, _version: number): void {
  w.compactString(v.name);
  w.int16(v.maxVersionLevel);
  w.int16(v.minVersionLevel);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeApiVersionsResponseFinalizedFeatureKey(r: Reader, _version: number): ApiVersionsResponseFinalizedFeatureKey {
  const v: ApiVersionsResponseFinalizedFeatureKey = {
    name: r.compactString(),
    maxVersionLevel: r.int16(),
    minVersionLevel: r.int16(),
  };
  readTaggedFields(r, v);
  return v;
}
