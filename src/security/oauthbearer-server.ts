// SASL/OAUTHBEARER server (RFC 7628), as Kafka's OAuthBearerSaslServer (KIP-255):
//
//   client: n,[a=<authzid>],^Aauth=Bearer <token>^A[<key>=<value>^A]*^A
//   server: empty (success)                       — or, when the token is refused —
//   server: {"status":"invalid_token"}  (a challenge, RFC 7628 §3.2.2)
//   client: ^A                          (the client acknowledges the error)
//   server: SASL_AUTHENTICATION_FAILED with that JSON as the error message
//
// The JSON says nothing about why (the broker log does: expired, wrong issuer, ...).
// SASL extensions (KIP-342) are accepted and kept, as Kafka's default validator does.
// An authzid must equal the token's principal. The token's `exp` becomes the
// credential expiry, so the session lifetime is min(exp - now, connections.max.reauth.ms)
// (KIP-368) and an expired session must re-authenticate with a fresh token.
import type { JwtValidator, ValidatedToken } from "./oauth/jwt-validator.js";
import { TokenValidationError } from "./oauth/jwt-validator.js";
import { authenticationFailedMessage, SaslAuthenticationError, SaslProtocolError, type SaslServer } from "./sasl-server.js";

export const OAUTHBEARER = "OAUTHBEARER";

const SEPARATOR = "\u0001";
const SASLNAME = "(?:[\\x01-\\x2B\\x2D-\\x3C\\x3E-\\x7F]|=2C|=3D)+";
const CLIENT_INITIAL_RESPONSE = new RegExp(`^n,(?:a=(${SASLNAME}))?,${SEPARATOR}((?:[A-Za-z]+=[\\x21-\\x7E \\t\\r\\n]+${SEPARATOR})*)${SEPARATOR}$`);
const AUTH = /^(\w+) +([-_~+/.a-zA-Z0-9]+=*)$/;

export interface ClientInitialResponse {
  readonly authorizationId: string;
  readonly tokenValue: string;
  readonly extensions: ReadonlyMap<string, string>;
}

/** Parses the client's first message; throws SaslProtocolError when it is not RFC 7628's. */
export function parseClientInitialResponse(response: Buffer): ClientInitialResponse {
  const text = response.toString("utf8");
  const m = CLIENT_INITIAL_RESPONSE.exec(text);
  if (m === null) throw new SaslProtocolError(authenticationFailedMessage(OAUTHBEARER), "invalid OAUTHBEARER client first message");
  const authorizationId = (m[1] ?? "").replaceAll("=2C", ",").replaceAll("=3D", "=");
  const pairs = new Map<string, string>();
  for (const kv of (m[2] ?? "").split(SEPARATOR)) {
    if (kv === "") continue;
    const eq = kv.indexOf("=");
    pairs.set(kv.slice(0, eq), kv.slice(eq + 1));
  }
  const auth = pairs.get("auth");
  if (auth === undefined) throw new SaslProtocolError(authenticationFailedMessage(OAUTHBEARER), "OAUTHBEARER client first message has no auth=");
  pairs.delete("auth");
  const a = AUTH.exec(auth);
  if (a === null || a[1]?.toLowerCase() !== "bearer") {
    throw new SaslProtocolError(authenticationFailedMessage(OAUTHBEARER), `invalid scheme in OAUTHBEARER client first message: ${a?.[1] ?? "(unparsable)"}`);
  }
  return { authorizationId, tokenValue: a[2] ?? "", extensions: pairs };
}

/** RFC 7628 §3.2.2 error as Kafka writes it. */
export function oauthBearerErrorJson(status: string): string {
  return JSON.stringify({ status });
}

export class OAuthBearerSaslServer implements SaslServer {
  readonly mechanism = OAUTHBEARER;
  readonly #validator: JwtValidator;
  #token: ValidatedToken | null = null;
  #extensions: ReadonlyMap<string, string> = new Map();
  /** Set after a refused token: the JSON sent as challenge and the reason for the log. */
  #error: { readonly json: string; readonly detail: string } | null = null;

  constructor(validator: JwtValidator) {
    this.#validator = validator;
  }

  get complete(): boolean {
    return this.#token !== null;
  }

  get credentialExpiryMs(): number | undefined {
    return this.#token?.expiresAtMs;
  }

  get pendingFailure(): string | undefined {
    return this.#error?.detail;
  }

  /** Extensions the client sent (KIP-342), once complete. */
  get extensions(): ReadonlyMap<string, string> {
    return this.#extensions;
  }

  async evaluateResponse(response: Buffer): Promise<Buffer> {
    if (this.#token !== null) throw new SaslProtocolError(authenticationFailedMessage(OAUTHBEARER), "OAUTHBEARER exchange already complete");
    const error = this.#error;
    if (error !== null && response.length === 1 && response[0] === 0x01) throw new SaslAuthenticationError(error.json, error.detail);
    this.#error = null;
    const initial = parseClientInitialResponse(response);
    let token: ValidatedToken;
    try {
      token = await this.#validator.validate(initial.tokenValue);
    } catch (err) {
      if (!(err instanceof TokenValidationError)) throw err;
      this.#error = { json: oauthBearerErrorJson("invalid_token"), detail: err.message };
      return Buffer.from(this.#error.json, "utf8");
    }
    if (initial.authorizationId !== "" && initial.authorizationId !== token.principalName) {
      throw new SaslAuthenticationError(
        `Authentication failed: Client requested an authorization id (${initial.authorizationId}) that is different from the token's principal name (${token.principalName})`,
        `authorization id ${initial.authorizationId} differs from token principal ${token.principalName}`,
      );
    }
    this.#token = token;
    this.#extensions = initial.extensions;
    return Buffer.alloc(0);
  }

  authorizationId(): string {
    if (this.#token === null) throw new Error("OAUTHBEARER authentication is not complete");
    return this.#token.principalName;
  }
}
