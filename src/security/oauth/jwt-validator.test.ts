import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT, type JWTVerifyGetKey } from "jose";
import { loadBrokerConfig } from "../../config/broker-config.js";
import { ConfigError } from "../../config/config-error.js";
import { rootLogger } from "../../util/logger.js";
import { jwksKeyResolver } from "./jwks-source.js";
import { JwtValidator, TokenValidationError, type JwtValidatorOptions } from "./jwt-validator.js";
import { oauthBearerValidator } from "./oauthbearer-config.js";

const NOW_S = 1_800_000_000;
const nowMs = (): number => NOW_S * 1000;

describe("JwtValidator", () => {
  let dir: string;
  let keys: JWTVerifyGetKey;
  let jwksUrl: string;
  let sign: (claims: Record<string, unknown>) => Promise<string>;
  let signWithOtherKey: (claims: Record<string, unknown>) => Promise<string>;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "carebus-jwt-"));
    const good = await generateKeyPair("RS256");
    const other = await generateKeyPair("RS256");
    const jwk = { ...(await exportJWK(good.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
    const path = join(dir, "jwks.json");
    writeFileSync(path, JSON.stringify({ keys: [jwk] }));
    jwksUrl = pathToFileURL(path).href;
    keys = jwksKeyResolver({ url: jwksUrl, configKey: "sasl.oauthbearer.jwks.endpoint.url", refreshMs: 3_600_000, nowMs, log: rootLogger });
    const signer = (key: Awaited<ReturnType<typeof generateKeyPair>>["privateKey"]) => (claims: Record<string, unknown>) =>
      new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: "k1" }).sign(key);
    sign = signer(good.privateKey);
    signWithOtherKey = signer(other.privateKey);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const validator = (extra: Partial<JwtValidatorOptions> = {}): JwtValidator =>
    new JwtValidator({
      keys, allowUnsecured: false, expectedIssuer: "https://idp.example", expectedAudience: ["carebus"], subClaimName: "sub",
      scopeClaimName: "scope", clockSkewSeconds: 30, requiredScopes: [], nowMs, ...extra,
    });
  const claims = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    sub: "alice", iss: "https://idp.example", aud: "carebus", iat: NOW_S - 10, exp: NOW_S + 600, scope: "kafka.read kafka.write", ...extra,
  });
  const refused = async (token: string, v: JwtValidator, pattern: RegExp): Promise<void> => {
    await assert.rejects(v.validate(token), (e: unknown) => e instanceof TokenValidationError && pattern.test(e.message));
  };

  test("a good token gives the principal, scopes and exp", async () => {
    const t = await validator({ requiredScopes: ["kafka.read"] }).validate(await sign(claims()));
    assert.equal(t.principalName, "alice");
    assert.deepEqual([...t.scopes].sort(), ["kafka.read", "kafka.write"]);
    assert.equal(t.expiresAtMs, (NOW_S + 600) * 1000);
    assert.equal(t.unsecured, false);
  });

  test("the principal comes from the configured claim", async () => {
    const t = await validator({ subClaimName: "preferred_username" }).validate(await sign(claims({ preferred_username: "dr.house" })));
    assert.equal(t.principalName, "dr.house");
  });

  test("expired tokens are refused, within the clock skew accepted", async () => {
    await refused(await sign(claims({ exp: NOW_S - 31 })), validator(), /expired/);
    assert.equal((await validator().validate(await sign(claims({ exp: NOW_S - 5 })))).principalName, "alice");
  });

  test("a token not yet valid (nbf) is refused", async () => {
    await refused(await sign(claims({ nbf: NOW_S + 120 })), validator(), /claim nbf/);
  });

  test("wrong issuer and wrong audience are refused", async () => {
    await refused(await sign(claims({ iss: "https://evil.example" })), validator(), /claim iss/);
    await refused(await sign(claims({ aud: "other" })), validator(), /claim aud/);
  });

  test("a token signed by another key is refused", async () => {
    await refused(await signWithOtherKey(claims()), validator(), /signature/);
  });

  test("iat is required for signed tokens (Kafka's setRequireIssuedAt)", async () => {
    const c = claims();
    delete c["iat"];
    await refused(await sign(c), validator(), /iat/);
  });

  test("a missing required scope is refused", async () => {
    await refused(await sign(claims({ scope: "kafka.read" })), validator({ requiredScopes: ["kafka.admin"] }), /kafka\.admin/);
    await refused(await sign(claims({ scope: ["a", "b"] })), validator({ requiredScopes: ["c"] }), /lacks required scope/);
  });

  test("alg none is refused unless unsecured tokens are enabled", async () => {
    const unsecured = new UnsecuredJWT({ sub: "bob" }).setIssuedAt(NOW_S).setExpirationTime(NOW_S + 60).encode();
    await refused(unsecured, validator(), /unsecured JWT \(alg none\) refused/);
    const t = await validator({ allowUnsecured: true, keys: null }).validate(unsecured);
    assert.equal(t.principalName, "bob");
    assert.equal(t.unsecured, true);
    const expired = new UnsecuredJWT({ sub: "bob" }).setExpirationTime(NOW_S - 100).encode();
    await refused(expired, validator({ allowUnsecured: true }), /expired/);
  });

  test("a signed token without a JWKS configured is refused; garbage too", async () => {
    await refused(await sign(claims()), validator({ keys: null, allowUnsecured: true }), /no sasl\.oauthbearer\.jwks\.endpoint\.url/);
    await refused("not-a-jwt", validator(), /malformed JWT/);
  });

  test("start-up: OAUTHBEARER without JWKS or the development flag fails naming the key", () => {
    const { config } = loadBrokerConfig({ overrides: { "sasl.enabled.mechanisms": "OAUTHBEARER" } });
    assert.throws(() => oauthBearerValidator(config, "SASL_PLAINTEXT", rootLogger), (e: unknown) => e instanceof ConfigError && /sasl\.oauthbearer\.jwks\.endpoint\.url is not set/.test(e.message));
    const perListener = loadBrokerConfig({ overrides: { "listener.name.sasl_plaintext.oauthbearer.sasl.oauthbearer.jwks.endpoint.url": "file:///nonexistent/jwks.json" } }).config;
    assert.throws(() => oauthBearerValidator(perListener, "SASL_PLAINTEXT", rootLogger), (e: unknown) => e instanceof ConfigError && /listener\.name\.sasl_plaintext\.oauthbearer\.sasl\.oauthbearer\.jwks\.endpoint\.url/.test(e.message));
    const badSkew = loadBrokerConfig({ overrides: { "carebus.sasl.oauthbearer.unsecured.enable": "true", "listener.name.sasl_plaintext.oauthbearer.sasl.oauthbearer.clock.skew.seconds": "soon" } }).config;
    assert.throws(() => oauthBearerValidator(badSkew, "SASL_PLAINTEXT", rootLogger), (e: unknown) => e instanceof ConfigError && e.key === "listener.name.sasl_plaintext.oauthbearer.sasl.oauthbearer.clock.skew.seconds");
  });

  test("start-up: per-listener settings win over the broker-wide ones", async () => {
    const { config } = loadBrokerConfig({
      overrides: {
        "sasl.oauthbearer.jwks.endpoint.url": jwksUrl,
        "sasl.oauthbearer.expected.issuer": "https://wrong.example",
        "listener.name.sasl_plaintext.oauthbearer.sasl.oauthbearer.expected.issuer": "https://idp.example",
      },
    });
    const v = oauthBearerValidator(config, "SASL_PLAINTEXT", rootLogger, nowMs);
    assert.equal((await v.validate(await sign(claims({ aud: "any" })))).principalName, "alice");
  });

  test("a JWKS over http(s) is fetched and cached; a rotated file JWKS is re-read after refresh.ms", async () => {
    const pair = await generateKeyPair("ES256");
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: "rotated", alg: "ES256" }] });
    let fetches = 0;
    const server = createServer((_req, res) => {
      fetches++;
      res.writeHead(200, { "content-type": "application/json" }).end(jwks);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const signRotated = (c: Record<string, unknown>) => new SignJWT(c).setProtectedHeader({ alg: "ES256", kid: "rotated" }).sign(pair.privateKey);
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
      const remote = jwksKeyResolver({ url, configKey: "k", refreshMs: 3_600_000, nowMs, log: rootLogger });
      const v = validator({ keys: remote });
      assert.equal((await v.validate(await signRotated(claims()))).principalName, "alice");
      assert.equal((await v.validate(await signRotated(claims({ sub: "bob" })))).principalName, "bob");
      assert.equal(fetches, 1, "cached between validations");
    } finally {
      server.close();
    }
    // file:// rotation: the old file lacks the new kid until it is rewritten and refresh.ms passes
    let clock = nowMs();
    const path = join(dir, "rotating.json");
    writeFileSync(path, JSON.stringify({ keys: [] }));
    const fileKeys = jwksKeyResolver({ url: pathToFileURL(path).href, configKey: "k", refreshMs: 60_000, nowMs: () => clock, log: rootLogger });
    const v = validator({ keys: fileKeys, nowMs: () => clock });
    const token = await signRotated(claims({ exp: NOW_S + 3600 }));
    await refused(token, v, /no JWKS key matches/);
    writeFileSync(path, jwks);
    clock += 60_000;
    assert.equal((await v.validate(token)).principalName, "alice");
  });
});
