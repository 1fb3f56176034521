// Typed handler definition: the request and response types follow from the API key.
import type { ApiKey, ApiRequestTypes, ApiResponseTypes } from "../../protocol/generated/api-messages.js";
import { API_MESSAGES } from "../../protocol/generated/api-messages.js";
import type { DeferredResponse } from "../deferred-response.js";
import type { ApiHandler } from "../handler-registry.js";
import type { RequestContext } from "../request-context.js";

export interface HandlerSpec<K extends ApiKey> {
  readonly minVersion: number;
  readonly maxVersion: number;
  handle(
    request: ApiRequestTypes[K],
    ctx: RequestContext,
  ): Promise<ApiResponseTypes[K] | null | DeferredResponse<ApiResponseTypes[K]>> | ApiResponseTypes[K] | null | DeferredResponse<ApiResponseTypes[K]>;
  errorResponse?(request: ApiRequestTypes[K], errorCode: number, ctx: RequestContext): ApiResponseTypes[K];
}

export function defineHandler<K extends ApiKey>(apiKey: K, spec: HandlerSpec<K>): ApiHandler<ApiRequestTypes[K], ApiResponseTypes[K]> {
  const api = API_MESSAGES[apiKey];
  if (spec.minVersion < api.minVersion || spec.maxVersion > api.maxVersion) {
    throw new Error(`${api.name}: versions ${spec.minVersion}-${spec.maxVersion} exceed the codec's ${api.minVersion}-${api.maxVersion}`);
  }
  return { apiKey, name: api.name, ...spec };
}
