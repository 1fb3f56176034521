// ApiVersions (key 18), versions 0-4. Lists exactly what the handler registry serves
// (derived, never hand-kept). A version we lack is answered in v0 by the dispatcher
// (KIP-511). Features (v3+ tagged fields) are not advertised: Carebus has no
// finalized feature levels to negotiate.
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import { makeApiVersionsResponse } from "../../protocol/generated/api-versions-response.js";
import { defineHandler } from "./define-handler.js";

export const apiVersionsHandler = defineHandler(ApiKeys.ApiVersions, {
  minVersion: 0,
  maxVersion: 4,
  handle(_request, ctx) {
    return makeApiVersionsResponse({ apiKeys: ctx.broker.registry.supportedApis() });
  },
  errorResponse(_request, errorCode) {
    return makeApiVersionsResponse({ errorCode });
  },
});
