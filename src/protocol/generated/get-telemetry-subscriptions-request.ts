// Generated from GetTelemetrySubscriptionsRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readTaggedFields, writeTaggedFields } from "../message-codec.js";

/** GetTelemetrySubscriptionsRequest (API key 71): versions 0, flexible 0+. */
export interface GetTelemetrySubscriptionsRequest {
  /** Unique id for this client instance, must be set to 0 on the first request. (v0+) */
  clientInstanceId: string;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeGetTelemetrySubscriptionsRequest(init?: Partial<GetTelemetrySubscriptionsRequest>): GetTelemetrySubscriptionsRequest {
  return {
    clientInstanceId: ZERO_UUID,
    ...init,
  };
}

export function encodeGetTelemetrySubscriptionsRequest(w: Writer, v: GetTelemetrySubscriptionsRequest, version: number): void {
  checkVersion("GetTelemetrySubscriptionsRequest", version, 0, 0);
  w.uuid(v.clientInstanceId);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeGetTelemetrySubscriptionsRequest(r: Reader, version: number): GetTelemetrySubscriptionsRequest {
  checkReadVersion(r, "GetTelemetrySubscriptionsRequest", version, 0, 0);
  const v: GetTelemetrySubscriptionsRequest = {
    clientInstanceId: r.uuid(),
  };
  readTaggedFields(r, v);
  return v;
}
