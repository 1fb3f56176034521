// Generated from GetTelemetrySubscriptionsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** GetTelemetrySubscriptionsResponse (API key 71): versions 0, flexible 0+. */
export interface GetTelemetrySubscriptionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** Assigned client instance id if ClientInstanceId was 0 in the request, else 0. (v0+) */
  clientInstanceId: string;
  /** Unique identifier for the current subscription set for this client instance. (v0+) */
  subscriptionId: number;
  /** Compression types that broker accepts for the PushTelemetryRequest. (v0+) */
  acceptedCompressionTypes: number[];
  /** Configured push interval, which is the lowest configured interval in the current subscription set. (v0+) */
  pushIntervalMs: number;
  /** The maximum bytes of binary data the broker accepts in PushTelemetryRequest. (v0+) */
  telemetryMaxBytes: number;
  /** Flag to indicate monotonic/counter metrics are to be emitted as deltas or cumulative values (v0+) */
  deltaTemporality: boolean;
  /** Requested metrics prefix string match. Empty array: No metrics subscribed, Array[0] empty string: All metrics subscribed. (v0+) */
  requestedMetrics: string[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeGetTelemetrySubscriptionsResponse(init?: Partial<GetTelemetrySubscriptionsResponse>): GetTelemetrySubscriptionsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    clientInstanceId: ZERO_UUID,
    subscriptionId: 0,
    acceptedCompressionTypes: [],
    pushIntervalMs: 0,
    telemetryMaxBytes: 0,
    deltaTemporality: false,
    requestedMetrics: [],
    ...init,
  };
}

export function encodeGetTelemetrySubscriptionsResponse(w: Writer, v: GetTelemetrySubscriptionsResponse, version: number): void {
  checkVersion("GetTelemetrySubscriptionsResponse", version, 0, 0);
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.uuid(v.clientInstanceId);
  w.int32(v.subscriptionId);
  writeArray(w, true, v.acceptedCompressionTypes, (e) => w.int8(e));
  w.int32(v.pushIntervalMs);
  w.int32(v.telemetryMaxBytes);
  w.bool(v.deltaTemporality);
  writeArray(w, true, v.requestedMetrics, (e) => w.compactString(e));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeGetTelemetrySubscriptionsResponse(r: Reader, version: number): GetTelemetrySubscriptionsResponse {
  checkReadVersion(r, "GetTelemetrySubscriptionsResponse", version, 0, 0);
  const v: GetTelemetrySubscriptionsResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    clientInstanceId: r.uuid(),
    subscriptionId: r.int32(),
    acceptedCompressionTypes: readArray(r, true, () => r.int8()),
    pushIntervalMs: r.int32(),
    telemetryMaxBytes: r.int32(),
    deltaTemporality: r.bool(),
    requestedMetrics: readArray(r, true, () => r.compactString()),
  };
  readTaggedFields(r, v);
  return v;
}
