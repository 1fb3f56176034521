// Frame in, frame out: decode the header, find the registered handler, run it, encode
// the answer. Per KIP-511 an ApiVersions request at a version we lack is answered in v0
// with UNSUPPORTED_VERSION and our ranges; any other unknown key or version, and any
// malformed frame, is connection-fatal (Kafka closes such connections too). A handler
// that throws is answered with its API's error shape when it has one (UNKNOWN_SERVER_ERROR,
// logged once), else the connection closes. On SASL listeners the connection's
// SaslSession decides what is admitted before authentication, takes the bare tokens of
// a v0 handshake, and a failed authentication is answered after the failure delay and
// then closes the connection (see src/security/sasl-session.ts).
import { setTimeout as sleep } from "node:timers/promises";
import { decodeRequestFrame, encodeResponseFrame, encodeResponseFrameChunks } from "../protocol/frames.js";
import { ApiKeys, type ApiKey } from "../protocol/generated/api-messages.js";
import { makeApiVersionsResponse } from "../protocol/generated/api-versions-response.js";
import { ErrorCode, KafkaError } from "../protocol/errors.js";
import { saslRawToken } from "../security/sasl-raw-token.js";
import type { Logger } from "../util/logger.js";
import type { Broker } from "./broker.js";
import type { Connection, DispatchResult, ResponseBytes } from "./connection.js";
import { isDeferredResponse } from "./deferred-response.js";
import type { HandlerRegistry } from "./handler-registry.js";
import type { RequestContext } from "./request-context.js";

export function createDispatcher(broker: Broker, registry: HandlerRegistry, log: Logger) {
  return async function dispatch(frame: Buffer, connection: Connection): Promise<DispatchResult> {
    const where = { connection: connection.info.id, clientAddress: connection.info.clientAddress };
    const sasl = connection.info.sasl;
    if (sasl?.expectsRawToken === true) return saslRawToken(sasl, frame, broker.clock.nowMs());
    const decoded = decodeRequestFrame(frame);
    switch (decoded.kind) {
      case "malformed":
        log.warn({ ...where, apiKey: decoded.apiKey, apiVersion: decoded.apiVersion }, `closing connection: ${decoded.error.message}`);
        return "close";
      case "unknown-api-key":
        log.warn({ ...where, apiKey: decoded.apiKey }, `closing connection: unknown API key ${decoded.apiKey}`);
        return "close";
      case "unsupported-version":
        return unsupportedVersion(decoded.header.apiKey, decoded.header.apiVersion, decoded.header.correlationId);
      case "request":
        break;
    }
    const { header, body } = decoded;
    if (sasl !== undefined) {
      const admission = sasl.admit(header.apiKey, broker.clock.nowMs());
      if (!admission.admitted) {
        log.warn({ ...where, apiKey: header.apiKey }, admission.reason);
        return "close";
      }
    }
    const handler = registry.get(header.apiKey);
    if (handler === undefined || !registry.supports(header.apiKey, header.apiVersion)) {
      return unsupportedVersion(header.apiKey, header.apiVersion, header.correlationId);
    }
    const ctx: RequestContext = {
      apiKey: header.apiKey,
      apiVersion: header.apiVersion,
      correlationId: header.correlationId,
      clientId: header.clientId,
      connection: connection.info,
      broker,
      log,
      readBuffers: connection.readBuffers,
    };
    const failed = (err: unknown): unknown => {
      const code = err instanceof KafkaError ? err.code : ErrorCode.UNKNOWN_SERVER_ERROR;
      if (!(err instanceof KafkaError)) log.error({ err, ...where, api: handler.name }, "unexpected error in request handler");
      return handler.errorResponse === undefined ? "close" : handler.errorResponse(body, code, ctx);
    };
    // Large byte fields (Fetch records) are referenced by the pieces, not copied again.
    const encode = (response: unknown): ResponseBytes => {
      const chunks = encodeResponseFrameChunks(header.apiKey, header.apiVersion, header.correlationId, response as never);
      return chunks.length === 1 ? (chunks[0] as Buffer) : chunks;
    };
    let response: unknown;
    try {
      response = await handler.handle(body, ctx);
    } catch (err) {
      response = failed(err);
    }
    if (response === "close") return "close";
    if (response === null) return null;
    if (isDeferredResponse(response)) {
      return {
        deferred: response.response.then(
          (r) => (r === null ? null : encode(r)),
          (err: unknown) => {
            const answer = failed(err);
            return answer === "close" ? "close" : encode(answer);
          },
        ),
      };
    }
    const encoded = encode(response);
    if (sasl?.closeAfterResponse === true) {
      await sleep(sasl.failureDelayMs(broker.clock.nowMs()));
      return { final: Buffer.isBuffer(encoded) ? encoded : Buffer.concat(encoded) };
    }
    return encoded;

    function unsupportedVersion(apiKey: ApiKey, apiVersion: number, correlationId: number): DispatchResult {
      if (apiKey === ApiKeys.ApiVersions) {
        // KIP-511: answer in v0 (header v0) so any client can read which versions we have.
        const body = makeApiVersionsResponse({ errorCode: ErrorCode.UNSUPPORTED_VERSION, apiKeys: registry.supportedApis() });
        return encodeResponseFrame(ApiKeys.ApiVersions, 0, correlationId, body);
      }
      log.warn({ ...where, apiKey, apiVersion }, `closing connection: unsupported version ${apiVersion} of API key ${apiKey}`);
      return "close";
    }
  };
}
