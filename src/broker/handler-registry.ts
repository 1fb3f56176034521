// Handlers are registered, thin, one file per API key (STYLE.md). The registry is the
// single source of what the broker serves: ApiVersions is derived from it, and a key
// registered twice is a programming error caught at start-up.
import type { DeferredResponse } from "./deferred-response.js";
import type { RequestContext } from "./request-context.js";

export interface ApiHandler<Req = unknown, Res = unknown> {
  readonly apiKey: number;
  readonly name: string;
  readonly minVersion: number;
  readonly maxVersion: number;
  /**
   * Returns the response body, `null` when the protocol sends none (Produce acks=0), or a
   * deferred response: the request's effects are applied, its answer comes later (acks=-1).
   */
  handle(request: Req, ctx: RequestContext): Promise<Res | null | DeferredResponse<Res>> | Res | null | DeferredResponse<Res>;
  /**
   * The whole-request error answer (Kafka's AbstractRequest.getErrorResponse), used when
   * the handler throws unexpectedly. Without it the connection is closed instead.
   */
  errorResponse?(request: Req, errorCode: number, ctx: RequestContext): Res;
}

export interface SupportedApi {
  apiKey: number;
  minVersion: number;
  maxVersion: number;
}

export class HandlerRegistry {
  readonly #handlers = new Map<number, ApiHandler>();

  register<Req, Res>(handler: ApiHandler<Req, Res>): this {
    if (this.#handlers.has(handler.apiKey)) {
      throw new Error(`API key ${handler.apiKey} (${handler.name}) is registered twice`);
    }
    if (handler.minVersion > handler.maxVersion) {
      throw new Error(`${handler.name}: minVersion ${handler.minVersion} > maxVersion ${handler.maxVersion}`);
    }
    this.#handlers.set(handler.apiKey, handler);
    return this;
  }

  get(apiKey: number): ApiHandler | undefined {
    return this.#handlers.get(apiKey);
  }

  supports(apiKey: number, version: number): boolean {
    const h = this.#handlers.get(apiKey);
    return h !== undefined && version >= h.minVersion && version <= h.maxVersion;
  }

  /** What ApiVersions advertises: exactly the registered ranges, sorted by key. */
  supportedApis(): SupportedApi[] {
    return [...this.#handlers.values()]
      .map((h) => ({ apiKey: h.apiKey, minVersion: h.minVersion, maxVersion: h.maxVersion }))
      .sort((a, b) => a.apiKey - b.apiKey);
  }
}
