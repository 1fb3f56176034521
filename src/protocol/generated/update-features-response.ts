// Generated from UpdateFeaturesResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** UpdateFeaturesResponse (API key 57): versions 0-2, flexible 0+. */
export interface UpdateFeaturesResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The top-level error code, or `0` if there was no top-level error. (v0+) */
  errorCode: number;
  /** The top-level error message, or `null` if there was no top-level error. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** Results for each feature update. (v0-1, ignorable) */
  results: UpdateFeaturesResponseUpdatableFeatureResult[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface UpdateFeaturesResponseUpdatableFeatureResult {
  /** The name of the finalized feature. (v0+) */
  feature: string;
  /** The feature update error code or `0` if the feature update succeeded. (v0+) */
  errorCode: number;
  /** The feature update error, or `null` if the feature update succeeded. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeUpdateFeaturesResponse(init?: Partial<UpdateFeaturesResponse>): UpdateFeaturesResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    results: [],
    ...init,
  };
}

export function encodeUpdateFeaturesResponse(w: Writer, v: UpdateFeaturesResponse, version: number): void {
  checkVersion("UpdateFeaturesResponse", version, 0, 2);
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  if (version <= 1) writeArray(w, true, v.results, (e) => encodeUpdateFeaturesResponseUpdatableFeatureResult(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeUpdateFeaturesResponse(r: Reader, version: number): UpdateFeaturesResponse {
  checkReadVersion(r, "UpdateFeaturesResponse", version, 0, 2);
  const v: UpdateFeaturesResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    results: version <= 1 ? readArray(r, true, () => decodeUpdateFeaturesResponseUpdatableFeatureResult(r, version)) : [],
  };
  readTaggedFields(r, v);
  return v;
}

export function makeUpdateFeaturesResponseUpdatableFeatureResult(init?: Partial<UpdateFeaturesResponseUpdatableFeatureResult>): UpdateFeaturesResponseUpdatableFeatureResult {
  return {
    feature: "",
    errorCode: 0,
    errorMessage: "",
    ...init,
  };
}

export function encodeUpdateFeaturesResponseUpdatableFeatureResult(w: Writer, v: UpdateFeaturesResponseUpdatableFeatureResult, _version: number): void {
  w.compactString(v.feature);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeUpdateFeaturesResponseUpdatableFeatureResult(r: Reader, _version: number): UpdateFeaturesResponseUpdatableFeatureResult {
  const v: UpdateFeaturesResponseUpdatableFeatureResult = {
    feature: r.compactString(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
  };
  readTaggedFields(r, v);
  return v;
}
