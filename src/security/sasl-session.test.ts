import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { pino } from "pino";
import { ApiKeys } from "../protocol/generated/api-messages.js";
import { ErrorCode } from "../protocol/errors.js";
import { AuthenticationFailureThrottle } from "./authentication-failure-throttle.js";
import { principalToString, type KafkaPrincipal } from "./kafka-principal.js";
import type { SaslListenerConfig } from "./listener-security.js";
import { PlainSaslServer } from "./plain-server.js";
import { SaslAuthenticationError, type SaslServer } from "./sasl-server.js";
import { SaslSession, type AuthenticationOutcome } from "./sasl-session.js";

const users = new Map([["alice", "alice-secret"], ["bob", "bob-secret"]]);

function session(maxReauthMs = 0): { s: SaslSession; principals: KafkaPrincipal[] } {
  const config: SaslListenerConfig = {
    mechanisms: ["PLAIN"],
    maxReauthMs,
    maxReceiveSize: 1024,
    failedAuthenticationDelayMs: 0,
    createServer: (m) => (m === "PLAIN" ? new PlainSaslServer(users) : undefined),
  };
  const principals: KafkaPrincipal[] = [];
  const s = new SaslSession({ config, clientAddress: "127.0.0.1", connectionId: "c1", log: pino({ level: "silent" }), throttle: new AuthenticationFailureThrottle(0), onAuthenticated: (p) => principals.push(p) });
  return { s, principals };
}

const plain = (user: string, password: string): Buffer => Buffer.from(`\u0000${user}\u0000${password}`);

describe("SaslSession", () => {
  test("admits only ApiVersions and the handshake before authentication, everything after", async () => {
    const { s, principals } = session();
    assert.equal(s.admit(ApiKeys.ApiVersions, 0).admitted, true);
    assert.equal(s.admit(ApiKeys.Metadata, 0).admitted, false);
    assert.equal(s.admit(ApiKeys.SaslAuthenticate, 0).admitted, false, "no SaslAuthenticate before the handshake");
    assert.equal(s.handshake("PLAIN", 1).errorCode, ErrorCode.NONE);
    assert.equal(s.admit(ApiKeys.SaslAuthenticate, 0).admitted, true);
    assert.equal(s.admit(ApiKeys.Produce, 0).admitted, false);
    assert.equal((await s.authenticate(plain("alice", "alice-secret"), 0)).errorCode, ErrorCode.NONE);
    assert.deepEqual(principals.map(principalToString), ["User:alice"]);
    assert.equal(s.admit(ApiKeys.Produce, 0).admitted, true);
    assert.equal(s.maxUnauthenticatedFrameBytes, undefined);
  });

  test("re-authentication must keep the principal", async () => {
    const { s } = session(1000);
    s.handshake("PLAIN", 1);
    assert.equal((await s.authenticate(plain("alice", "alice-secret"), 0)).sessionLifetimeMs, 1000n);
    assert.equal(s.admit(ApiKeys.Fetch, 999).admitted, true);
    assert.equal(s.admit(ApiKeys.Fetch, 1000).admitted, false, "expired");
    assert.equal(s.admit(ApiKeys.SaslHandshake, 1000).admitted, true, "but may re-authenticate");
    s.handshake("PLAIN", 1);
    const switched = await s.authenticate(plain("bob", "bob-secret"), 1000);
    assert.equal(switched.errorCode, ErrorCode.SASL_AUTHENTICATION_FAILED);
    assert.equal(s.closeAfterResponse, true);
  });

  test("a failure closes after the response; an unknown mechanism too", async () => {
    const failed = session().s;
    failed.handshake("PLAIN", 1);
    assert.equal((await failed.authenticate(plain("alice", "nope"), 0)).errorCode, ErrorCode.SASL_AUTHENTICATION_FAILED);
    assert.equal(failed.closeAfterResponse, true);
    assert.equal(failed.admit(ApiKeys.SaslAuthenticate, 0).admitted, false);
    const unknown = session().s;
    assert.deepEqual(unknown.handshake("SCRAM-SHA-256", 1), { errorCode: ErrorCode.UNSUPPORTED_SASL_MECHANISM, mechanisms: ["PLAIN"] });
    assert.equal(unknown.closeAfterResponse, true);
  });

  test("a v0 handshake switches to bare tokens", async () => {
    const { s } = session();
    s.handshake("PLAIN", 0);
    assert.equal(s.expectsRawToken, true);
    assert.equal((await s.authenticate(plain("alice", "alice-secret"), 0)).errorCode, ErrorCode.NONE);
    assert.equal(s.expectsRawToken, false);
  });

  test("a credential refused with an error challenge is audited once, even if the client then drops the connection", async () => {
    // A mechanism answering like OAUTHBEARER (RFC 7628): an error challenge first, the failure after the client's \x01.
    let step = 0;
    const server: SaslServer = {
      mechanism: "OAUTHBEARER",
      get complete() {
        return false;
      },
      get pendingFailure() {
        return step === 1 ? "JWT expired" : undefined;
      },
      evaluateResponse() {
        step++;
        if (step === 1) return Buffer.from('{"status":"invalid_token"}');
        throw new SaslAuthenticationError("{\"status\":\"invalid_token\"}", "JWT expired");
      },
      authorizationId: () => "never",
    };
    const config: SaslListenerConfig = { mechanisms: ["OAUTHBEARER"], maxReauthMs: 0, maxReceiveSize: 1024, failedAuthenticationDelayMs: 0, createServer: () => server };
    const outcomes: AuthenticationOutcome[] = [];
    const s = new SaslSession({
      config, clientAddress: "127.0.0.1", connectionId: "c1", log: pino({ level: "silent" }), throttle: new AuthenticationFailureThrottle(0),
      onAuthenticated: () => undefined, onAuthenticationResult: (o) => outcomes.push(o),
    });
    s.handshake("OAUTHBEARER", 1);
    const challenge = await s.authenticate(Buffer.from("n,,\u0001auth=Bearer x\u0001\u0001"), 0);
    assert.equal(challenge.errorCode, ErrorCode.NONE);
    assert.deepEqual(outcomes.map((o) => [o.success, o.reason]), [[false, "JWT expired"]], "audited at the challenge");
    assert.equal((await s.authenticate(Buffer.from("\u0001"), 0)).errorCode, ErrorCode.SASL_AUTHENTICATION_FAILED);
    assert.equal(outcomes.length, 1, "not audited twice");
  });
});
