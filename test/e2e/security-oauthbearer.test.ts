// SASL/OAUTHBEARER with clients nobody here wrote. Tokens are signed in the test with a
// key pair whose public half is a JWKS file (sasl.oauthbearer.jwks.endpoint.url=file://).
// KafkaJS (oauthBearerProvider) and python confluent_kafka (oauth_cb) authenticate with a
// signed token; an expired and a wrongly signed token are refused. kcat's unsecured JWT
// (enable.sasl.oauthbearer.unsecure.jwt) is accepted only on the listener with the
// development flag carebus.sasl.oauthbearer.unsecured.enable. A raw client checks the
// KIP-368 session lifetime (min(token exp, connections.max.reauth.ms)) and that an
// expired session is closed.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { setTimeout as sleep } from "node:timers/promises";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import kafkajs from "kafkajs";
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import { makeMetadataRequest } from "../../src/protocol/generated/metadata-request.js";
import { makeSaslAuthenticateRequest } from "../../src/protocol/generated/sasl-authenticate-request.js";
import { makeSaslHandshakeRequest } from "../../src/protocol/generated/sasl-handshake-request.js";
import { RawClient } from "../support/raw-client.js";
import { startSecureBroker, type SecureBroker } from "../support/secure-broker.js";
import { runKcat } from "../support/kcat.js";

const { Kafka, logLevel } = kafkajs;
const SCRIPT = fileURLToPath(new URL("./security-librdkafka.py", import.meta.url));
const ISSUER = "https://idp.hospital.example";

let dir: string;
let server: SecureBroker;
let sign: (claims: Record<string, unknown>) => Promise<string>;
let signWrongKey: (claims: Record<string, unknown>) => Promise<string>;

const nowS = (): number => Math.floor(Date.now() / 1000);
const claims = (sub: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  sub, iss: ISSUER, aud: "carebus", iat: nowS(), exp: nowS() + 600, scope: "kafka", ...extra,
});

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "carebus-oauth-e2e-"));
  const good = await generateKeyPair("ES256");
  const wrong = await generateKeyPair("ES256");
  const jwks = join(dir, "jwks.json");
  writeFileSync(jwks, JSON.stringify({ keys: [{ ...(await exportJWK(good.publicKey)), kid: "ward-1", alg: "ES256" }] }));
  const signer = (key: typeof good.privateKey) => (c: Record<string, unknown>) => new SignJWT(c).setProtectedHeader({ alg: "ES256", kid: "ward-1" }).sign(key);
  sign = signer(good.privateKey);
  signWrongKey = signer(wrong.privateKey);
  server = await startSecureBroker({
    listeners: "PLAINTEXT://127.0.0.1:0,SASL_PLAINTEXT://127.0.0.1:0,DEV://127.0.0.1:0",
    "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,DEV:SASL_PLAINTEXT",
    "sasl.enabled.mechanisms": "OAUTHBEARER",
    "listener.name.sasl_plaintext.oauthbearer.sasl.oauthbearer.jwks.endpoint.url": pathToFileURL(jwks).href,
    "sasl.oauthbearer.expected.issuer": ISSUER,
    "sasl.oauthbearer.expected.audience": "carebus",
    "carebus.sasl.oauthbearer.required.scopes": "kafka",
    "listener.name.dev.oauthbearer.carebus.sasl.oauthbearer.unsecured.enable": "true",
    "listener.name.dev.oauthbearer.carebus.sasl.oauthbearer.required.scopes": "",
    "listener.name.sasl_plaintext.connections.max.reauth.ms": "300000",
  });
});

after(async () => {
  await server?.stop();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

const succeeded = (principal: string): boolean =>
  server.logs.some((l) => l.msg === "SASL authentication succeeded" && l["principal"] === principal && l["mechanism"] === "OAUTHBEARER");

test("start-up warns that the DEV listener accepts unsecured tokens", () => {
  assert.ok(server.logs.some((l) => l.level === 40 && l["listener"] === "DEV" && /UNSECURED tokens/.test(l.msg)));
  assert.ok(!server.logs.some((l) => l["listener"] === "SASL_PLAINTEXT" && /UNSECURED tokens/.test(l.msg)));
});

describe("KafkaJS oauthBearerProvider", () => {
  const client = (token: () => Promise<string>) =>
    new Kafka({
      clientId: "carebus-oauth-e2e",
      brokers: [server.bootstrap("SASL_PLAINTEXT")],
      sasl: { mechanism: "oauthbearer", oauthBearerProvider: async () => ({ value: await token() }) },
      logLevel: logLevel.NOTHING,
      retry: { retries: 0 },
    });

  test("a signed token authenticates; produce and read offsets back as the token's sub", async () => {
    const producer = client(() => sign(claims("nurse-station"))).producer({ allowAutoTopicCreation: true });
    const admin = client(() => sign(claims("nurse-station"))).admin();
    await producer.connect();
    await admin.connect();
    try {
      const sent = await producer.send({ topic: "clinical.oauth.kafkajs", acks: -1, messages: [{ value: "admitted", partition: 0 }] });
      assert.equal(sent[0]?.errorCode, 0);
      assert.deepEqual((await admin.fetchTopicOffsets("clinical.oauth.kafkajs")).map((o) => o.high), ["1"]);
      assert.ok(succeeded("User:nurse-station"));
    } finally {
      await producer.disconnect();
      await admin.disconnect();
    }
  });

  test("an expired token does not get a working connection", async () => {
    // KafkaJS reads the RFC 7628 error challenge as success and its next request is refused.
    const producer = client(() => sign(claims("late", { iat: nowS() - 3600, exp: nowS() - 600 }))).producer();
    await assert.rejects(async () => {
      await producer.connect();
      await producer.send({ topic: "clinical.oauth.kafkajs", messages: [{ value: "x", partition: 0 }] });
    });
    await producer.disconnect();
    assert.ok(!succeeded("User:late"));
    assert.ok(server.logs.some((l) => l.msg === "SASL OAUTHBEARER credential refused; error challenge sent" && /expired/.test(String(l["reason"]))));
  });
});

describe("python confluent_kafka oauth_cb", () => {
  const python = async (token: string, extra: Record<string, string> = {}) => {
    const settings = { "security.protocol": "SASL_PLAINTEXT", "sasl.mechanisms": "OAUTHBEARER", "test.oauth.token": token, ...extra };
    const { stdout } = await promisify(execFile)("/usr/bin/python3", [SCRIPT, server.bootstrap("SASL_PLAINTEXT"), `clinical.oauth.python`, JSON.stringify(settings)], { timeout: 60_000 });
    return JSON.parse(stdout) as { errors: string[]; delivered: number[]; consumed: string[] };
  };

  test("a signed token produces and consumes", async () => {
    const out = await python(await sign(claims("lab-feed")));
    assert.deepEqual(out.errors, []);
    assert.deepEqual(out.delivered, [0, 1, 2, 3, 4]);
    assert.equal(out.consumed.length, 5);
    assert.ok(succeeded("User:lab-feed"));
  });

  for (const [what, token] of [
    ["an expired token", () => sign(claims("expired-feed", { iat: nowS() - 3600, exp: nowS() - 600 }))],
    ["a token signed by another key", () => signWrongKey(claims("forged-feed"))],
  ] as const) {
    test(`${what} is refused with the RFC 7628 error`, async () => {
      const out = await python(await token(), { "message.timeout.ms": "1500" });
      assert.deepEqual(out.delivered, []);
      assert.ok(out.errors.some((e) => /invalid_token/.test(e)), out.errors.join("\n"));
      assert.ok(server.logs.some((l) => l.msg === "failed authentication with SASL mechanism OAUTHBEARER" && typeof l["reason"] === "string"));
    });
  }
});

function kcat(bootstrap: string, args: readonly string[], input?: string): Promise<string> {
  return runKcat(bootstrap, args, input === undefined ? {} : { input });
}

describe("kcat with librdkafka's unsecured JWT", () => {
  const unsecured = ["-X", "security.protocol=SASL_PLAINTEXT", "-X", "sasl.mechanism=OAUTHBEARER", "-X", "enable.sasl.oauthbearer.unsecure.jwt=true", "-X", "sasl.oauthbearer.config=principal=alice"];

  test("accepted on the listener with the development flag", async () => {
    await kcat(server.bootstrap("DEV"), [...unsecured, "-P", "-t", "clinical.oauth.kcat", "-p", "0"], "dev-event\n");
    const out = await kcat(server.bootstrap("DEV"), [...unsecured, "-C", "-t", "clinical.oauth.kcat", "-o", "beginning", "-e", "-q"]);
    assert.equal(out.trim(), "dev-event");
    assert.ok(succeeded("User:alice"));
  });

  test("refused where only signed tokens are accepted", async () => {
    await assert.rejects(kcat(server.bootstrap("SASL_PLAINTEXT"), [...unsecured, "-X", "reconnect.backoff.max.ms=100", "-L", "-m", "2"]), /invalid_token/);
    assert.ok(server.logs.some((l) => typeof l["reason"] === "string" && /unsecured JWT \(alg none\) refused/.test(l["reason"])));
  });
});

describe("KIP-368 session lifetime", () => {
  const authenticate = async (client: RawClient, token: string) => {
    const hs = await client.request(ApiKeys.SaslHandshake, 1, makeSaslHandshakeRequest({ mechanism: "OAUTHBEARER" }));
    assert.equal(hs.errorCode, 0);
    return client.request(ApiKeys.SaslAuthenticate, 1, makeSaslAuthenticateRequest({ authBytes: Buffer.from(`n,,\x01auth=Bearer ${token}\x01\x01`) }));
  };

  test("session_lifetime_ms is min(token exp - now, connections.max.reauth.ms)", async () => {
    const client = await RawClient.connect(server.port("SASL_PLAINTEXT"));
    try {
      const long = await authenticate(client, await sign(claims("long-lived", { exp: nowS() + 3600 })));
      assert.equal(long.errorCode, 0);
      assert.equal(long.sessionLifetimeMs, 300_000n, "connections.max.reauth.ms bounds a long token");
    } finally {
      await client.close();
    }
    const short = await RawClient.connect(server.port("SASL_PLAINTEXT"));
    try {
      const r = await authenticate(short, await sign(claims("short-lived", { exp: nowS() + 60 })));
      assert.equal(r.errorCode, 0);
      assert.ok(r.sessionLifetimeMs > 50_000n && r.sessionLifetimeMs <= 60_000n, `token exp bounds the session: ${r.sessionLifetimeMs}`);
    } finally {
      await short.close();
    }
  });

  test("a session whose token expired is closed on its next request", async () => {
    const client = await RawClient.connect(server.port("SASL_PLAINTEXT"));
    try {
      // exp is whole seconds: this token's lifetime ends within ~2 s.
      const r = await authenticate(client, await sign(claims("brief", { exp: nowS() + 2 })));
      assert.equal(r.errorCode, 0);
      await sleep(Number(r.sessionLifetimeMs) + 50);
      await assert.rejects(client.request(ApiKeys.Metadata, 9, makeMetadataRequest({ topics: [], allowAutoTopicCreation: false, includeTopicAuthorizedOperations: false })));
      assert.ok(server.logs.some((l) => /SASL session expired/.test(l.msg)));
    } finally {
      await client.close();
    }
  });

  test("the RFC 7628 error challenge, then failure on the client's ^A", async () => {
    const client = await RawClient.connect(server.port("SASL_PLAINTEXT"));
    try {
      const first = await authenticate(client, await signWrongKey(claims("mallory")));
      assert.equal(first.errorCode, 0);
      assert.equal(first.authBytes.toString(), '{"status":"invalid_token"}');
      const ack = await client.request(ApiKeys.SaslAuthenticate, 1, makeSaslAuthenticateRequest({ authBytes: Buffer.from([1]) }));
      assert.equal(ack.errorCode, 58); // SASL_AUTHENTICATION_FAILED
      assert.equal(ack.errorMessage, '{"status":"invalid_token"}');
    } finally {
      await client.close();
    }
  });
});
