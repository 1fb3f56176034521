// SaslAuthenticate (key 36), versions 0-2 (KIP-152; v1 adds sessionLifetimeMs, KIP-368;
// v2 is flexible). Feeds the client's token to the connection's SaslSession and answers
// the server token. Failure: SASL_AUTHENTICATION_FAILED with a message that does not say
// whether the user exists; the session then closes the connection after the failure delay.
// Outside a SASL exchange (no SASL on the listener, or no handshake first): ILLEGAL_SASL_STATE.
import { ErrorCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import { makeSaslAuthenticateResponse } from "../../protocol/generated/sasl-authenticate-response.js";
import { defineHandler } from "./define-handler.js";

export const saslAuthenticateHandler = defineHandler(ApiKeys.SaslAuthenticate, {
  minVersion: 0,
  maxVersion: 2,
  async handle(request, ctx) {
    const session = ctx.connection.sasl;
    if (session === undefined) {
      return makeSaslAuthenticateResponse({
        errorCode: ErrorCode.ILLEGAL_SASL_STATE,
        errorMessage: "SaslAuthenticate request received on a listener without SASL",
      });
    }
    return makeSaslAuthenticateResponse(await session.authenticate(request.authBytes, ctx.broker.clock.nowMs()));
  },
  errorResponse(_request, errorCode) {
    return makeSaslAuthenticateResponse({ errorCode });
  },
});
