// SaslHandshake (key 17), versions 0-1 (v1: KIP-152, tokens then travel in
// SaslAuthenticate; v0: bare tokens follow). Picks the mechanism for the connection's
// SaslSession and answers the listener's enabled mechanisms; an unknown one gets
// UNSUPPORTED_SASL_MECHANISM and the connection closes after the answer. On a listener
// without SASL (PLAINTEXT, SSL) the answer is ILLEGAL_SASL_STATE, as Kafka's KafkaApis.
// A handshake on an authenticated connection starts re-authentication (KIP-368).
import { ErrorCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import { makeSaslHandshakeResponse } from "../../protocol/generated/sasl-handshake-response.js";
import { defineHandler } from "./define-handler.js";

export const saslHandshakeHandler = defineHandler(ApiKeys.SaslHandshake, {
  minVersion: 0,
  maxVersion: 1,
  handle(request, ctx) {
    const session = ctx.connection.sasl;
    if (session === undefined) return makeSaslHandshakeResponse({ errorCode: ErrorCode.ILLEGAL_SASL_STATE, mechanisms: [] });
    return makeSaslHandshakeResponse(session.handshake(request.mechanism, ctx.apiVersion));
  },
  errorResponse(_request, errorCode) {
    return makeSaslHandshakeResponse({ errorCode, mechanisms: [] });
  },
});
