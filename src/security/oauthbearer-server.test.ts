import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { UnsecuredJWT } from "jose";
import { ErrorCode } from "../protocol/errors.js";
import { ApiKeys } from "../protocol/generated/api-messages.js";
import { rootLogger } from "../util/logger.js";
import { AuthenticationFailureThrottle } from "./authentication-failure-throttle.js";
import type { SaslListenerConfig } from "./listener-security.js";
import { JwtValidator } from "./oauth/jwt-validator.js";
import { OAUTHBEARER, OAuthBearerSaslServer, parseClientInitialResponse } from "./oauthbearer-server.js";
import { SaslAuthenticationError, SaslProtocolError } from "./sasl-server.js";
import { SaslSession } from "./sasl-session.js";

const NOW_S = 1_800_000_000;
const validator = new JwtValidator({
  keys: null, allowUnsecured: true, expectedIssuer: null, expectedAudience: [], subClaimName: "sub", scopeClaimName: "scope",
  clockSkewSeconds: 0, requiredScopes: [], nowMs: () => NOW_S * 1000,
});
const token = (sub: string, exp: number): string => new UnsecuredJWT({ sub }).setIssuedAt(NOW_S).setExpirationTime(exp).encode();
const initial = (t: string, authzid = "", ext = ""): Buffer => Buffer.from(`n,${authzid === "" ? "" : `a=${authzid}`},\x01auth=Bearer ${t}\x01${ext}\x01`);

describe("OAuthBearerSaslServer", () => {
  test("parses RFC 7628's client message with Kafka's extensions", () => {
    const r = parseClientInitialResponse(initial("abc.def.", "ali=2Cce", "traceId=42\x01"));
    assert.equal(r.tokenValue, "abc.def.");
    assert.equal(r.authorizationId, "ali,ce");
    assert.deepEqual([...r.extensions], [["traceId", "42"]]);
    assert.throws(() => parseClientInitialResponse(Buffer.from("n,,\x01auth=Basic abc\x01\x01")), SaslProtocolError);
    assert.throws(() => parseClientInitialResponse(Buffer.from("y,,\x01auth=Bearer abc\x01\x01")), SaslProtocolError);
  });

  test("a good token completes with the principal and the token's exp as credential expiry", async () => {
    const s = new OAuthBearerSaslServer(validator);
    assert.equal((await s.evaluateResponse(initial(token("alice", NOW_S + 60)))).length, 0);
    assert.equal(s.complete, true);
    assert.equal(s.authorizationId(), "alice");
    assert.equal(s.credentialExpiryMs, (NOW_S + 60) * 1000);
  });

  test("a refused token is answered with the JSON error, then fails on the client's ^A", async () => {
    const s = new OAuthBearerSaslServer(validator);
    const challenge = await s.evaluateResponse(initial(token("alice", NOW_S - 10)));
    assert.equal(challenge.toString(), '{"status":"invalid_token"}');
    assert.equal(s.complete, false);
    await assert.rejects(
      async () => s.evaluateResponse(Buffer.from([1])),
      (e: unknown) => e instanceof SaslAuthenticationError && e.message === '{"status":"invalid_token"}' && /expired/.test(e.detail),
    );
  });

  test("an authorization id other than the token's principal is refused", async () => {
    const s = new OAuthBearerSaslServer(validator);
    await assert.rejects(async () => s.evaluateResponse(initial(token("alice", NOW_S + 60), "bob")), /different from the token's principal/);
  });

  test("session lifetime is min(exp - now, connections.max.reauth.ms) and an expired session is refused", async () => {
    const session = (maxReauthMs: number): SaslSession => {
      const config: SaslListenerConfig = {
        mechanisms: [OAUTHBEARER], maxReauthMs, maxReceiveSize: 65536, failedAuthenticationDelayMs: 0,
        createServer: (m) => (m === OAUTHBEARER ? new OAuthBearerSaslServer(validator) : undefined),
      };
      return new SaslSession({ config, clientAddress: "127.0.0.1", connectionId: "c1", log: rootLogger, throttle: new AuthenticationFailureThrottle(0), onAuthenticated: () => {} });
    };
    const nowMs = NOW_S * 1000;
    const noMax = session(0);
    noMax.handshake(OAUTHBEARER, 1);
    const r = await noMax.authenticate(initial(token("alice", NOW_S + 60)), nowMs);
    assert.equal(r.errorCode, ErrorCode.NONE);
    assert.equal(r.sessionLifetimeMs, 60_000n, "token expiry applies even with connections.max.reauth.ms=0, as in Kafka");
    assert.equal(noMax.admit(ApiKeys.Produce, nowMs + 59_999).admitted, true);
    assert.equal(noMax.admit(ApiKeys.Produce, nowMs + 60_000).admitted, false);
    const withMax = session(10_000);
    withMax.handshake(OAUTHBEARER, 1);
    assert.equal((await withMax.authenticate(initial(token("alice", NOW_S + 60)), nowMs)).sessionLifetimeMs, 10_000n);
  });
});
