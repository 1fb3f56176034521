// Generated from UpdateFeaturesRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** UpdateFeaturesRequest (API key 57): versions 0-2, flexible 0+. */
export interface UpdateFeaturesRequest {
  /** How long to wait in milliseconds before timing out the request. (v0+) */
  timeoutMs: number;
  /** The list of updates to finalized features. (v0+) */
  featureUpdates: UpdateFeaturesRequestFeatureUpdateKey[];
  /** True if we should validate the request, but not perform the upgrade or downgrade. (v1+) */
  validateOnly: boolean;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface UpdateFeaturesRequestFeatureUpdateKey {
  /** The name of the finalized feature to be updated. (v0+) */
  feature: string;
  /** The new maximum version level for the finalized feature. A value >= 1 is valid. A value < 1, is special, and can be used to request the deletion of the finalized feature. (v0+) */
  maxVersionLevel: number;
  /** DEPRECATED in version 1 (see DowngradeType). When set to true, the finalized feature version level is allowed to be downgraded/deleted. The downgrade request will fail if the new maximum version level is a value that's not lower than the existing maximum finalized version level. (v0) */
  allowDowngrade: boolean;
  /** Determine which type of upgrade will be performed: 1 will perform an upgrade only (default), 2 is safe downgrades only (lossless), 3 is unsafe downgrades (lossy). (v1+) */
  upgradeType: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeUpdateFeaturesRequest(init?: Partial<UpdateFeaturesRequest>): UpdateFeaturesRequest {
  return {
    timeoutMs: 60000,
    featureUpdates: [],
    validateOnly: false,
    ...init,
  };
}

export function encodeUpdateFeaturesRequest(w: Writer, v: UpdateFeaturesRequest, version: number): void {
  checkVersion("UpdateFeaturesRequest", version, 0, 2);
  w.int32(v.timeoutMs);
  writeArray(w, true, v.featureUpdates, (e) => encodeUpdateFeaturesRequestFeatureUpdateKey(w, e, version));
  if (version >= 1) w.bool(v.validateOnly);
  else if (v.validateOnly) fieldVersionError("UpdateFeaturesRequest.validateOnly", version);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeUpdateFeaturesRequest(r: Reader, version: number): UpdateFeaturesRequest {
  checkReadVersion(r, "UpdateFeaturesRequest", version, 0, 2);
  const v: UpdateFeaturesRequest = {
    timeoutMs: r.int32(),
    featureUpdates: readArray(r, true, () => decodeUpdateFeaturesRequestFeatureUpdateKey(r, version)),
    validateOnly: version >= 1 ? r.bool() : false,
  };
  readTaggedFields(r, v);
  return v;
}

export function makeUpdateFeaturesRequestFeatureUpdateKey(init?: Partial<UpdateFeaturesRequestFeatureUpdateKey>): UpdateFeaturesRequestFeatureUpdateKey {
  return {
    feature: "",
    maxVersionLevel: 0,
    allowDowngrade: false,
    upgradeType: 1,
    ...init,
  };
}

export function encodeUpdateFeaturesRequestFeatureUpdateKey(w: Writer, v: UpdateFeaturesRequestFeatureUpdateKey, version: number): void {
  w.compactString(v.feature);
  w.int16(v.maxVersionLevel);
  if (version <= 0) w.bool(v.allowDowngrade);
  else if (v.allowDowngrade) fieldVersionError("UpdateFeaturesRequestFeatureUpdateKey.allowDowngrade", version);
  if (version >= 1) w.int8(v.upgradeType);
  else if (v.upgradeType !== 1) fieldVersionError("UpdateFeaturesRequestFeatureUpdateKey.upgradeType", version);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeUpdateFeaturesRequestFeatureUpdateKey(r: Reader, version: number): UpdateFeaturesRequestFeatureUpdateKey {
  const v: UpdateFeaturesRequestFeatureUpdateKey = {
    feature: r.compactString(),
    maxVersionLevel: r.int16(),
    allowDowngrade: version <= 0 ? r.bool() : false,
    upgradeType: version >= 1 ? r.int8() : 1,
  };
  readTaggedFields(r, v);
  return v;
}
