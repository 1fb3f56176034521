// Request and response frames: int32 size, header, body. The header version follows
// the API version (request header v1, v2 in flexible versions; response header v0, v1 in
// flexible versions), except that ApiVersions responses always use header v0 (KIP-511).
//
// The broker side decodes a frame (the bytes after the size prefix) without throwing and
// says which of three failures happened: an unknown API key, a version this codec lacks
// (the connection must still get an ApiVersions answer, so the correlation id is kept),
// or malformed bytes. Trailing bytes after a body are ignored, as Kafka's
// RequestContext.parseRequest does.

import { ProtocolDecodeError, Reader } from "./primitives/reader.js";
import { Writer } from "./primitives/writer.js";
import {
  API_MESSAGES,
  ApiKeys,
  type ApiKey,
  type ApiRequest,
  type ApiRequestTypes,
  type ApiResponseTypes,
  apiMessageType,
  isApiKey,
  requestHeaderVersion,
  responseHeaderVersion,
} from "./generated/api-messages.js";
import { decodeRequestHeader, encodeRequestHeader } from "./generated/request-header.js";
import { decodeResponseHeader, encodeResponseHeader } from "./generated/response-header.js";

export interface RequestFrameHeader {
  apiKey: ApiKey;
  apiVersion: number;
  correlationId: number;
  /** A null client id reads as "", as in Kafka's RequestHeader.parse. */
  clientId: string;
}

export type DecodedRequestFrame =
  | { kind: "request"; header: RequestFrameHeader; body: ApiRequest }
  | { kind: "unknown-api-key"; apiKey: number; apiVersion: number; correlationId: number }
  | { kind: "unsupported-version"; header: RequestFrameHeader; minVersion: number; maxVersion: number }
  | {
      kind: "malformed";
      error: ProtocolDecodeError;
      /** Known when the first eight bytes (key, version, correlation id) were readable. */
      apiKey: number | null;
      apiVersion: number | null;
      correlationId: number | null;
    };

const SIZE_PREFIX = 4;

/** Decodes a request frame (the bytes after the size prefix). Never throws on bad input. */
export function decodeRequestFrame(frame: Buffer): DecodedRequestFrame {
  const r = new Reader(frame);
  const apiKey = r.int16();
  const apiVersion = r.int16();
  const correlationId = r.int32();
  if (!r.ok) return malformed(r, "request header", null, null, null);
  const api = apiMessageType(apiKey);
  if (api === undefined || !isApiKey(apiKey)) return { kind: "unknown-api-key", apiKey, apiVersion, correlationId };
  // The header version comes from the API's flexible versions even past its newest
  // version, so a newer client's ApiVersions header still parses (as in Kafka).
  r.pos = 0;
  const h = decodeRequestHeader(r, requestHeaderVersion(apiKey, apiVersion));
  if (!r.ok) return malformed(r, "request header", apiKey, apiVersion, correlationId);
  const header: RequestFrameHeader = { apiKey, apiVersion, correlationId, clientId: h.clientId ?? "" };
  if (apiVersion < api.minVersion || apiVersion > api.maxVersion) {
    return { kind: "unsupported-version", header, minVersion: api.minVersion, maxVersion: api.maxVersion };
  }
  const body = api.decodeRequest(r, apiVersion);
  if (!r.ok) return malformed(r, `${api.name} request v${apiVersion}`, apiKey, apiVersion, correlationId);
  return { kind: "request", header, body: body as ApiRequest };
}

function malformed(
  r: Reader,
  what: string,
  apiKey: number | null,
  apiVersion: number | null,
  correlationId: number | null,
): DecodedRequestFrame {
  const error = new ProtocolDecodeError(`cannot decode ${what}: ${r.error ?? "unknown error"}`);
  return { kind: "malformed", error, apiKey, apiVersion, correlationId };
}

/** A response frame with its int32 size prefix, ready for the socket. */
export function encodeResponseFrame<K extends ApiKey>(
  apiKey: K,
  apiVersion: number,
  correlationId: number,
  body: ApiResponseTypes[K],
): Buffer {
  return responseWriter(apiKey, apiVersion, correlationId, body, false).finish();
}

/**
 * The same frame as pieces for one vectored socket write: large byte fields (a Fetch
 * response's records) are the caller's buffers, referenced rather than copied.
 */
export function encodeResponseFrameChunks<K extends ApiKey>(
  apiKey: K,
  apiVersion: number,
  correlationId: number,
  body: ApiResponseTypes[K],
): Buffer[] {
  return responseWriter(apiKey, apiVersion, correlationId, body, true).finishChunks();
}

function responseWriter<K extends ApiKey>(apiKey: K, apiVersion: number, correlationId: number, body: ApiResponseTypes[K], splice: boolean): Writer {
  const w = new Writer(undefined, { splice });
  w.int32(0);
  encodeResponseHeader(w, { correlationId }, responseHeaderVersion(apiKey, apiVersion));
  API_MESSAGES[apiKey].encodeResponse(w, body, apiVersion);
  w.patchInt32(0, w.length - SIZE_PREFIX);
  return w;
}

/** A request frame with its int32 size prefix (the client side: tests and tools). */
export function encodeRequestFrame<K extends ApiKey>(
  apiKey: K,
  apiVersion: number,
  correlationId: number,
  clientId: string | null,
  body: ApiRequestTypes[K],
): Buffer {
  const w = new Writer();
  w.int32(0);
  const header = { requestApiKey: apiKey, requestApiVersion: apiVersion, correlationId, clientId };
  encodeRequestHeader(w, header, requestHeaderVersion(apiKey, apiVersion));
  API_MESSAGES[apiKey].encodeRequest(w, body, apiVersion);
  w.patchInt32(0, w.length - SIZE_PREFIX);
  return w.finish();
}

/**
 * Decodes a response frame (the bytes after the size prefix) for the request that was
 * sent as `apiKey`/`apiVersion`. Throws ProtocolDecodeError when malformed.
 */
export function decodeResponseFrame<K extends ApiKey>(
  apiKey: K,
  apiVersion: number,
  frame: Buffer,
): { correlationId: number; body: ApiResponseTypes[K] } {
  const r = new Reader(frame);
  const { correlationId } = decodeResponseHeader(r, responseHeaderVersion(apiKey, apiVersion));
  r.check("response header");
  const api = API_MESSAGES[apiKey];
  const start = r.pos;
  const body = api.decodeResponse(r, apiVersion);
  if (!r.ok && apiKey === ApiKeys.ApiVersions && apiVersion !== 0) {
    // KIP-511: a broker without this ApiVersions version answers in v0 with
    // UNSUPPORTED_VERSION and its own ranges; parse that instead (ApiVersionsResponse.parse).
    const v0 = new Reader(frame, start);
    const fallback = api.decodeResponse(v0, 0);
    v0.check(`${api.name} response v0`);
    return { correlationId, body: fallback };
  }
  r.check(`${api.name} response v${apiVersion}`);
  return { correlationId, body };
}
