// One SASL mechanism's server side for one authentication exchange (javax.security.sasl
// SaslServer as Kafka uses it): feed each client token, get the challenge to send back,
// until complete. Bad credentials throw SaslAuthenticationError, whose `message` is what
// the client may see (never a hint whether the user exists) and `detail` what the log sees.

export interface SaslServer {
  readonly mechanism: string;
  /**
   * The next challenge for `response`; throws (or rejects with) SaslAuthenticationError on
   * failure. Asynchronous for mechanisms that verify against remote state (OAUTHBEARER's JWKS).
   */
  evaluateResponse(response: Buffer): Buffer | Promise<Buffer>;
  readonly complete: boolean;
  /** The authenticated user name; only once complete. */
  authorizationId(): string;
  /**
   * When the credential expires, in wall-clock ms since the epoch, if the mechanism has
   * such a limit (OAUTHBEARER: the token's exp); Kafka's CREDENTIAL_LIFETIME_MS property.
   */
  readonly credentialExpiryMs?: number | undefined;
  /**
   * Set when the last challenge reports a refusal the client must still acknowledge
   * (OAUTHBEARER's RFC 7628 error): the reason, for the log only.
   */
  readonly pendingFailure?: string | undefined;
}

export class SaslAuthenticationError extends Error {
  override name = "SaslAuthenticationError";
  /** For the broker log only: why it failed. */
  readonly detail: string;

  constructor(message: string, detail: string) {
    super(message);
    this.detail = detail;
  }
}

/** The message every failed credential check sends to clients, whatever the cause. */
export function authenticationFailedMessage(mechanism: string): string {
  return `Authentication failed during authentication due to invalid credentials with SASL mechanism ${mechanism}`;
}

/** A malformed client message: also an authentication failure, but the log says what was wrong. */
export class SaslProtocolError extends SaslAuthenticationError {
  override name = "SaslProtocolError";
}
