// The SASL state of one connection on a SASL_PLAINTEXT or SASL_SSL listener (Kafka's
// SaslServerAuthenticator):
//
//   handshake ──SaslHandshake v1──▶ authenticate ──SaslAuthenticate…──▶ authenticated
//       │                                                                   │
//       └─SaslHandshake v0──▶ raw tokens (size-prefixed, no Kafka header) ──┘
//
// Before authentication only ApiVersions, SaslHandshake and SaslAuthenticate are
// admitted; anything else closes the connection (Kafka's IllegalSaslStateException).
// After success the principal is `User:<name>`. With connections.max.reauth.ms (KIP-368)
// the session expires: SaslAuthenticate v1+ tells the client the lifetime, the client
// re-authenticates with a new SaslHandshake on the same connection (same mechanism, same
// principal), and any other request after expiry closes the connection.
// A failed authentication is answered SASL_AUTHENTICATION_FAILED with a generic message,
// logged (client address, mechanism, and the reason for the log only) and the connection
// is closed after the failure delay.
import { ApiKeys } from "../protocol/generated/api-messages.js";
import { ErrorCode } from "../protocol/errors.js";
import type { Logger } from "../util/logger.js";
import type { AuthenticationFailureThrottle } from "./authentication-failure-throttle.js";
import { principalToString, samePrincipal, userPrincipal, type KafkaPrincipal } from "./kafka-principal.js";
import type { SaslListenerConfig } from "./listener-security.js";
import { authenticationFailedMessage, SaslAuthenticationError, type SaslServer } from "./sasl-server.js";

export type SaslState = "handshake" | "authenticate" | "authenticate-raw" | "authenticated" | "failed";

export type Admission = { readonly admitted: true } | { readonly admitted: false; readonly reason: string };

export interface HandshakeResult {
  readonly errorCode: number;
  readonly mechanisms: string[];
}

export interface AuthenticateResult {
  readonly errorCode: number;
  readonly errorMessage: string | null;
  readonly authBytes: Buffer;
  readonly sessionLifetimeMs: bigint;
}

export interface SaslSessionOptions {
  readonly config: SaslListenerConfig;
  readonly clientAddress: string;
  readonly connectionId: string;
  readonly log: Logger;
  readonly throttle: AuthenticationFailureThrottle;
  /** Called with the principal each time authentication (or re-authentication) succeeds. */
  readonly onAuthenticated: (principal: KafkaPrincipal) => void;
  /** Told of every authentication outcome (the audit log); must not throw. */
  readonly onAuthenticationResult?: (result: AuthenticationOutcome) => void;
}

export interface AuthenticationOutcome {
  readonly mechanism: string;
  readonly success: boolean;
  readonly principal: KafkaPrincipal | null;
  /** For the log and audit only: why it failed. */
  readonly reason?: string;
  readonly reauthentication: boolean;
}

export class SaslSession {
  readonly #opts: SaslSessionOptions;
  #state: SaslState = "handshake";
  #server: SaslServer | null = null;
  #mechanism: string | null = null;
  #principal: KafkaPrincipal | null = null;
  /** Wall-clock ms after which the session must re-authenticate; null = never. */
  #expiresAtMs: number | null = null;
  #reauthenticating = false;
  /** A refused credential is audited once, at the error challenge or at the failure. */
  #failureReported = false;
  /** Set by a failure whose response must be sent before the connection closes. */
  #closeAfterResponse = false;

  constructor(opts: SaslSessionOptions) {
    this.#opts = opts;
  }

  get state(): SaslState {
    return this.#state;
  }

  get mechanism(): string | null {
    return this.#mechanism;
  }

  /** The connection must close once the current response is written (failed or refused). */
  get closeAfterResponse(): boolean {
    return this.#closeAfterResponse;
  }

  /**
   * Largest frame accepted from this connection now: before authentication
   * sasl.server.max.receive.size (Kafka's limit on unauthenticated clients), else undefined.
   */
  get maxUnauthenticatedFrameBytes(): number | undefined {
    return this.#state === "authenticated" ? undefined : this.#opts.config.maxReceiveSize;
  }

  /** After a v0 handshake the next frames are bare SASL tokens, not Kafka requests. */
  get expectsRawToken(): boolean {
    return this.#state === "authenticate-raw";
  }

  /** Records this connection's failure and returns how long to hold its last response. */
  failureDelayMs(nowMs: number): number {
    return this.#opts.throttle.recordFailure(this.#opts.clientAddress, nowMs);
  }

  /** Whether a request of `apiKey` may be served now. */
  admit(apiKey: number, nowMs: number): Admission {
    if (this.#state === "authenticated" && !this.#reauthenticating) {
      if (apiKey === ApiKeys.SaslHandshake) return { admitted: true };
      if (this.#expiresAtMs !== null && nowMs >= this.#expiresAtMs) {
        return { admitted: false, reason: "closing connection: SASL session expired without re-authentication (connections.max.reauth.ms)" };
      }
      if (apiKey === ApiKeys.SaslAuthenticate) return { admitted: false, reason: "closing connection: SaslAuthenticate without a SaslHandshake first" };
      return { admitted: true };
    }
    if (apiKey === ApiKeys.ApiVersions && !this.#reauthenticating) return { admitted: true };
    if (apiKey === ApiKeys.SaslHandshake && this.#state === "handshake") return { admitted: true };
    if (apiKey === ApiKeys.SaslAuthenticate && this.#state === "authenticate") return { admitted: true };
    return { admitted: false, reason: `closing connection: request of API key ${apiKey} is not allowed in SASL state ${this.#state}` };
  }

  handshake(mechanism: string, apiVersion: number): HandshakeResult {
    const mechanisms = [...this.#opts.config.mechanisms];
    const reauth = this.#state === "authenticated";
    if (reauth && mechanism !== this.#mechanism) {
      this.#closeAfterResponse = true;
      this.#opts.log.warn(this.#where({ mechanism, previous: this.#mechanism }), "re-authentication with a different SASL mechanism refused");
      return { errorCode: ErrorCode.ILLEGAL_SASL_STATE, mechanisms };
    }
    const server = this.#opts.config.createServer(mechanism);
    if (server === undefined) {
      this.#closeAfterResponse = true;
      this.#state = "failed";
      this.#opts.log.warn(this.#where({ mechanism }), `unsupported SASL mechanism ${mechanism}`);
      this.#opts.onAuthenticationResult?.({ mechanism, success: false, principal: null, reason: `unsupported SASL mechanism ${mechanism}`, reauthentication: false });
      return { errorCode: ErrorCode.UNSUPPORTED_SASL_MECHANISM, mechanisms };
    }
    this.#server = server;
    this.#mechanism = mechanism;
    this.#reauthenticating = reauth;
    this.#state = apiVersion === 0 ? "authenticate-raw" : "authenticate";
    return { errorCode: ErrorCode.NONE, mechanisms };
  }

  async authenticate(token: Buffer, nowMs: number): Promise<AuthenticateResult> {
    const server = this.#server;
    const mechanism = this.#mechanism ?? "unknown";
    if (server === null || (this.#state !== "authenticate" && this.#state !== "authenticate-raw")) {
      this.#closeAfterResponse = true;
      return { errorCode: ErrorCode.ILLEGAL_SASL_STATE, errorMessage: "SaslAuthenticate before SaslHandshake", authBytes: Buffer.alloc(0), sessionLifetimeMs: 0n };
    }
    try {
      if (token.length > this.#opts.config.maxReceiveSize) {
        throw new SaslAuthenticationError(authenticationFailedMessage(mechanism), `token of ${token.length} bytes exceeds sasl.server.max.receive.size`);
      }
      const challenge = await server.evaluateResponse(token);
      if (!server.complete) {
        // Logged and audited now: a client may drop the connection instead of acknowledging
        // the error (KafkaJS does), and then no failure response would ever be built.
        if (server.pendingFailure !== undefined && !this.#failureReported) {
          this.#failureReported = true;
          this.#opts.log.warn(this.#where({ mechanism, reason: server.pendingFailure }), `SASL ${mechanism} credential refused; error challenge sent`);
          this.#opts.onAuthenticationResult?.({ mechanism, success: false, principal: null, reason: server.pendingFailure, reauthentication: this.#reauthenticating });
        }
        return { errorCode: ErrorCode.NONE, errorMessage: null, authBytes: challenge, sessionLifetimeMs: 0n };
      }
      const principal = userPrincipal(server.authorizationId());
      if (this.#principal !== null && !samePrincipal(principal, this.#principal)) {
        throw new SaslAuthenticationError(
          "Cannot change principals during re-authentication",
          `re-authentication as ${principalToString(principal)} on a connection of ${principalToString(this.#principal)}`,
        );
      }
      const lifetimeMs = this.#sessionLifetimeMs(server, nowMs);
      this.#expiresAtMs = lifetimeMs === null ? null : nowMs + lifetimeMs;
      this.#principal = principal;
      this.#state = "authenticated";
      const reauthentication = this.#reauthenticating;
      this.#reauthenticating = false;
      this.#server = null;
      this.#opts.onAuthenticated(principal);
      this.#opts.onAuthenticationResult?.({ mechanism, success: true, principal, reauthentication });
      this.#opts.log.info(this.#where({ mechanism, principal: principalToString(principal) }), "SASL authentication succeeded");
      return { errorCode: ErrorCode.NONE, errorMessage: null, authBytes: challenge, sessionLifetimeMs: BigInt(lifetimeMs ?? 0) };
    } catch (err) {
      if (!(err instanceof SaslAuthenticationError)) throw err;
      this.#state = "failed";
      this.#closeAfterResponse = true;
      this.#server = null;
      this.#opts.log.warn(this.#where({ mechanism, reason: err.detail }), `failed authentication with SASL mechanism ${mechanism}`);
      if (!this.#failureReported) {
        this.#failureReported = true;
        this.#opts.onAuthenticationResult?.({ mechanism, success: false, principal: null, reason: err.detail, reauthentication: this.#reauthenticating });
      }
      return { errorCode: ErrorCode.SASL_AUTHENTICATION_FAILED, errorMessage: err.message, authBytes: Buffer.alloc(0), sessionLifetimeMs: 0n };
    }
  }

  /**
   * Kafka's SaslServerAuthenticator: min(credential expiry - now, connections.max.reauth.ms),
   * either alone when the other is absent, never negative; null = the session never expires.
   */
  #sessionLifetimeMs(server: SaslServer, nowMs: number): number | null {
    const max = this.#opts.config.maxReauthMs;
    const expiry = server.credentialExpiryMs;
    const credential = expiry === undefined ? undefined : Math.max(0, expiry - nowMs);
    if (max <= 0) return credential ?? null;
    return credential === undefined ? max : Math.min(max, credential);
  }

  #where(extra: Record<string, unknown>): Record<string, unknown> {
    return { connection: this.#opts.connectionId, clientAddress: this.#opts.clientAddress, ...extra };
  }
}
