// Validates OAUTHBEARER access tokens as Kafka's broker-side validators do (KIP-768's
// ValidatorAccessTokenValidator; KIP-255's OAuthBearerUnsecuredValidatorCallbackHandler
// for development):
//
// - a signed JWT is verified against the JWKS (never `alg: none`), must carry `exp` and
//   `iat` (Kafka's setRequireExpirationTime/setRequireIssuedAt), and `exp`, `nbf`, `iat`
//   are checked with sasl.oauthbearer.clock.skew.seconds of tolerance; `iss` must equal
//   sasl.oauthbearer.expected.issuer and `aud` contain one of
//   sasl.oauthbearer.expected.audience when those are set;
// - an unsecured JWT (`alg: none`, what librdkafka's enable.sasl.oauthbearer.unsecure.jwt
//   sends) is accepted only with carebus.sasl.oauthbearer.unsecured.enable=true, and then
//   only `exp`/`nbf`, the principal claim and the scopes are checked, as Kafka's
//   unsecured validator does;
// - the principal is the sasl.oauthbearer.sub.claim.name claim (a non-blank string);
//   scopes come from sasl.oauthbearer.scope.claim.name, a space-separated string
//   (RFC 8693) or a list; every carebus.sasl.oauthbearer.required.scopes must be there.
//
// Failures throw TokenValidationError whose message is for the broker log only.
import { decodeProtectedHeader, errors, jwtVerify, UnsecuredJWT, type JWTPayload, type JWTVerifyGetKey } from "jose";

export interface JwtValidatorOptions {
  /** Resolver over the JWKS; null when only unsecured tokens are configured. */
  readonly keys: JWTVerifyGetKey | null;
  readonly allowUnsecured: boolean;
  readonly expectedIssuer: string | null;
  readonly expectedAudience: readonly string[];
  readonly subClaimName: string;
  readonly scopeClaimName: string;
  readonly clockSkewSeconds: number;
  readonly requiredScopes: readonly string[];
  readonly nowMs: () => number;
}

export interface ValidatedToken {
  readonly principalName: string;
  readonly scopes: ReadonlySet<string>;
  /** exp, in ms since the epoch. */
  readonly expiresAtMs: number;
  readonly issuedAtMs: number | null;
  readonly unsecured: boolean;
}

export class TokenValidationError extends Error {
  override name = "TokenValidationError";
}

export class JwtValidator {
  readonly #opts: JwtValidatorOptions;

  constructor(opts: JwtValidatorOptions) {
    this.#opts = opts;
  }

  async validate(token: string): Promise<ValidatedToken> {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch (err) {
      throw new TokenValidationError(`malformed JWT: ${(err as Error).message}`, { cause: err });
    }
    if (alg === "none") return this.#unsecured(token);
    const keys = this.#opts.keys;
    if (keys === null) throw new TokenValidationError(`signed JWT (alg ${alg ?? "missing"}) but no sasl.oauthbearer.jwks.endpoint.url is configured`);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        ...this.#claimChecks(),
        ...(this.#opts.expectedIssuer === null ? {} : { issuer: this.#opts.expectedIssuer }),
        ...(this.#opts.expectedAudience.length === 0 ? {} : { audience: [...this.#opts.expectedAudience] }),
        requiredClaims: ["exp", "iat"],
      }));
    } catch (err) {
      throw new TokenValidationError(describeJoseError(err), { cause: err });
    }
    return this.#token(payload, false);
  }

  #unsecured(token: string): ValidatedToken {
    if (!this.#opts.allowUnsecured) {
      throw new TokenValidationError("unsecured JWT (alg none) refused: only accepted with carebus.sasl.oauthbearer.unsecured.enable=true (development)");
    }
    let payload: JWTPayload;
    try {
      ({ payload } = UnsecuredJWT.decode(token, { ...this.#claimChecks(), requiredClaims: ["exp"] }));
    } catch (err) {
      throw new TokenValidationError(describeJoseError(err), { cause: err });
    }
    return this.#token(payload, true);
  }

  #claimChecks(): { currentDate: Date; clockTolerance: number } {
    return { currentDate: new Date(this.#opts.nowMs()), clockTolerance: this.#opts.clockSkewSeconds };
  }

  #token(payload: JWTPayload, unsecured: boolean): ValidatedToken {
    const { subClaimName, scopeClaimName } = this.#opts;
    const sub = payload[subClaimName];
    if (typeof sub !== "string" || sub.trim() === "") throw new TokenValidationError(`claim ${subClaimName} (the principal) is missing or not a non-blank string`);
    const scopes = scopesOf(payload[scopeClaimName], scopeClaimName);
    const missing = this.#opts.requiredScopes.filter((s) => !scopes.has(s));
    if (missing.length > 0) throw new TokenValidationError(`token of ${sub} lacks required scope(s) ${missing.join(", ")} (claim ${scopeClaimName})`);
    if (typeof payload.exp !== "number") throw new TokenValidationError("claim exp is missing");
    return {
      principalName: sub,
      scopes,
      expiresAtMs: Math.floor(payload.exp * 1000),
      issuedAtMs: typeof payload.iat === "number" ? Math.floor(payload.iat * 1000) : null,
      unsecured,
    };
  }
}

function scopesOf(raw: unknown, claim: string): Set<string> {
  if (raw === undefined) return new Set();
  if (typeof raw === "string") return new Set(raw.split(" ").filter((s) => s !== ""));
  if (Array.isArray(raw) && raw.every((s) => typeof s === "string")) return new Set(raw);
  throw new TokenValidationError(`claim ${claim} is neither a string nor a list of strings`);
}

function describeJoseError(err: unknown): string {
  if (err instanceof errors.JWTExpired) return `token expired (exp): ${err.message}`;
  if (err instanceof errors.JWTClaimValidationFailed) return `claim ${err.claim} check failed: ${err.message}`;
  if (err instanceof errors.JWSSignatureVerificationFailed) return "signature does not verify with the JWKS key";
  if (err instanceof errors.JWKSNoMatchingKey) return "no JWKS key matches the token's kid/alg";
  if (err instanceof errors.JOSEError) return `${err.code}: ${err.message}`;
  return `cannot validate the token: ${(err as Error).message}`;
}
