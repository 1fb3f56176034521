// Generated from PushTelemetryRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { EMPTY_BYTES, type TaggedField, checkReadVersion, checkVersion, readTaggedFields, writeTaggedFields } from "../message-codec.js";

/** PushTelemetryRequest (API key 72): versions 0, flexible 0+. */
export interface PushTelemetryRequest {
  /** Unique id for this client instance. (v0+) */
  clientInstanceId: string;
  /** Unique identifier for the current subscription. (v0+) */
  subscriptionId: number;
  /** Client is terminating the connection. (v0+) */
  terminating: boolean;
  /** Compression codec used to compress the metrics. (v0+) */
  compressionType: number;
  /** Metrics encoded in OpenTelemetry MetricsData v1 protobuf format. (v0+) */
  metrics: Buffer;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makePushTelemetryRequest(init?: Partial<PushTelemetryRequest>): PushTelemetryRequest {
  return {
    clientInstanceId: ZERO_UUID,
    subscriptionId: 0,
    terminating: false,
    compressionType: 0,
    metrics: EMPTY_BYTES,
    ...init,
  };
}

export function encodePushTelemetryRequest(w: Writer, v: PushTelemetryRequest, version: number): void {
  checkVersion("PushTelemetryRequest", version, 0, 0);
  w.uuid(v.clientInstanceId);
  w.int32(v.subscriptionId);
  w.bool(v.terminating);
  w.int8(v.compressionType);
  w.compactBytes(v.metrics);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodePushTelemetryRequest(r: Reader, version: number): PushTelemetryRequest {
  checkReadVersion(r, "PushTelemetryRequest", version, 0, 0);
  const v: PushTelemetryRequest = {
    clientInstanceId: r.uuid(),
    subscriptionId: r.int32(),
    terminating: r.bool(),
    compressionType: r.int8(),
    metrics: r.compactBytes(),
  };
  readTaggedFields(r, v);
  return v;
}
