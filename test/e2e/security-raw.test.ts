// Authentication seen from the wire with the project's raw client: SASL state machine
// (nothing but ApiVersions/SaslHandshake/SaslAuthenticate before authentication, v0 bare
// tokens), PLAIN and SCRAM over SASL_PLAINTEXT and SASL_SSL, failures that reveal nothing
// and close only the failing connection, SCRAM users through Alter/DescribeUserScramCredentials,
// mTLS principals from certificate subjects, TLS versions, KIP-368 session expiry, and
// start-up refusing unusable key material with the key named.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { connect as connectTcp, type Socket } from "node:net";
import { connect as connectTls, type ConnectionOptions } from "node:tls";
import { decodeResponseFrame, encodeRequestFrame } from "../../src/protocol/frames.js";
import { ErrorCode } from "../../src/protocol/errors.js";
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import { makeAlterUserScramCredentialsRequest, makeAlterUserScramCredentialsRequestScramCredentialDeletion, makeAlterUserScramCredentialsRequestScramCredentialUpsertion } from "../../src/protocol/generated/alter-user-scram-credentials-request.js";
import { makeApiVersionsRequest } from "../../src/protocol/generated/api-versions-request.js";
import { makeDescribeUserScramCredentialsRequest, makeDescribeUserScramCredentialsRequestUserName } from "../../src/protocol/generated/describe-user-scram-credentials-request.js";
import { makeMetadataRequest } from "../../src/protocol/generated/metadata-request.js";
import { makeSaslHandshakeRequest } from "../../src/protocol/generated/sasl-handshake-request.js";
import { ManualClock } from "../../src/storage/clock.js";
import { RawClient } from "../support/raw-client.js";
import { addScramUser, saslPlain, saslScram } from "../support/sasl-raw.js";
import { startSecureBroker, type SecureBroker } from "../support/secure-broker.js";
import { createTlsFixtures, type TlsFixtures } from "../support/tls-fixtures.js";

const JAAS = 'org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="admin-secret" user_admin="admin-secret" user_alice="alice-secret";';

let certs: TlsFixtures;
let server: SecureBroker;
let clientTls: ConnectionOptions;

function brokerSettings(extra: Record<string, string> = {}): Record<string, string> {
  return {
    listeners: "PLAINTEXT://127.0.0.1:0,SASL_PLAINTEXT://127.0.0.1:0,SASL_SSL://127.0.0.1:0,SSL://127.0.0.1:0,MTLS://127.0.0.1:0,OPTIONAL://127.0.0.1:0",
    "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL,SSL:SSL,MTLS:SSL,OPTIONAL:SSL",
    "listener.name.optional.ssl.client.auth": "requested",
    "sasl.enabled.mechanisms": "PLAIN,SCRAM-SHA-256,SCRAM-SHA-512",
    "listener.name.sasl_plaintext.plain.sasl.jaas.config": JAAS,
    "listener.name.sasl_ssl.plain.sasl.jaas.config": JAAS,
    "ssl.keystore.type": "PEM",
    "ssl.keystore.location": certs.serverKeystorePath,
    "ssl.truststore.type": "PEM",
    "ssl.truststore.location": certs.caPath,
    "listener.name.mtls.ssl.client.auth": "required",
    "listener.name.mtls.ssl.principal.mapping.rules": "RULE:^CN=(.*?),OU=(.*?),.*$/$1@$2/L,DEFAULT",
    ...extra,
  };
}

before(async () => {
  certs = await createTlsFixtures();
  clientTls = { ca: certs.read(certs.caPath), servername: "localhost" };
  server = await startSecureBroker(brokerSettings());
});

after(async () => {
  await server?.stop();
  certs?.remove();
});

const metadata = (c: RawClient) => c.request(ApiKeys.Metadata, 12, makeMetadataRequest({ topics: [] }));

describe("SASL_PLAINTEXT with PLAIN", () => {
  test("ApiVersions is allowed before authentication, then PLAIN logs alice in as User:alice", async () => {
    const client = await RawClient.connect(server.port("SASL_PLAINTEXT"));
    try {
      const versions = await client.request(ApiKeys.ApiVersions, 3, makeApiVersionsRequest({ clientSoftwareName: "t", clientSoftwareVersion: "1" }));
      assert.ok(versions.apiKeys.some((k) => k.apiKey === ApiKeys.SaslAuthenticate && k.maxVersion === 2));
      const auth = await saslPlain(client, "alice", "alice-secret");
      assert.equal(auth.errorCode, ErrorCode.NONE);
      assert.equal(auth.sessionLifetimeMs, 0n, "no connections.max.reauth.ms, no expiry");
      assert.equal((await metadata(client)).clusterId, server.broker.clusterId);
      assert.ok(server.logs.some((l) => l.msg === "SASL authentication succeeded" && l["principal"] === "User:alice" && l["mechanism"] === "PLAIN"));
    } finally {
      await client.close();
    }
  });

  test("any other request before authentication closes the connection", async () => {
    const client = await RawClient.connect(server.port("SASL_PLAINTEXT"));
    await assert.rejects(metadata(client), /closed/);
    await client.closed;
  });

  test("a wrong password and an unknown user get the same generic failure, are logged, and close only that connection", async () => {
    const messages: (string | null)[] = [];
    for (const [user, password] of [["alice", "wrong"], ["nobody", "whatever"]] as const) {
      const client = await RawClient.connect(server.port("SASL_PLAINTEXT"));
      const auth = await saslPlain(client, user, password);
      assert.equal(auth.errorCode, ErrorCode.SASL_AUTHENTICATION_FAILED);
      messages.push(auth.errorMessage);
      await client.closed;
    }
    assert.equal(messages[0], messages[1]);
    assert.doesNotMatch(messages[0] ?? "", /alice|nobody|password|exist/i);
    const warn = server.logs.find((l) => l.msg === "failed authentication with SASL mechanism PLAIN");
    assert.ok(warn !== undefined && warn["clientAddress"] === "127.0.0.1" && warn["mechanism"] === "PLAIN");
    const other = await RawClient.connect(server.port("SASL_PLAINTEXT"));
    try {
      assert.equal((await saslPlain(other, "admin", "admin-secret")).errorCode, ErrorCode.NONE, "others are still served");
    } finally {
      await other.close();
    }
  });

  test("before authentication a frame above sasl.server.max.receive.size closes the connection", async () => {
    const socket = connectTcp({ host: "127.0.0.1", port: server.port("SASL_PLAINTEXT") });
    await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
    const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    const header = Buffer.alloc(4);
    header.writeInt32BE(524288 + 1, 0);
    socket.write(header);
    await closed;
    assert.ok(server.logs.some((l) => /larger than sasl.server.max.receive.size/.test(l.msg)));
  });

  test("an unknown mechanism gets UNSUPPORTED_SASL_MECHANISM with the enabled ones, then the connection closes", async () => {
    const client = await RawClient.connect(server.port("SASL_PLAINTEXT"));
    const hs = await client.request(ApiKeys.SaslHandshake, 1, makeSaslHandshakeRequest({ mechanism: "GSSAPI" }));
    assert.equal(hs.errorCode, ErrorCode.UNSUPPORTED_SASL_MECHANISM);
    assert.deepEqual(hs.mechanisms, ["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"]);
    await client.closed;
  });

  test("SaslHandshake v0: the tokens follow as bare frames without Kafka headers", async () => {
    const socket = connectTcp({ host: "127.0.0.1", port: server.port("SASL_PLAINTEXT") });
    try {
      await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
      const frames = frameReader(socket);
      socket.write(encodeRequestFrame(ApiKeys.SaslHandshake, 0, 1, "v0", makeSaslHandshakeRequest({ mechanism: "PLAIN" })));
      assert.equal(decodeResponseFrame(ApiKeys.SaslHandshake, 0, await frames.next()).body.errorCode, ErrorCode.NONE);
      const token = Buffer.from("\u0000alice\u0000alice-secret");
      const sized = Buffer.alloc(4 + token.length);
      sized.writeInt32BE(token.length, 0);
      token.copy(sized, 4);
      socket.write(sized);
      assert.equal((await frames.next()).length, 0, "PLAIN's empty server token, size-prefixed");
      socket.write(encodeRequestFrame(ApiKeys.Metadata, 12, 2, "v0", makeMetadataRequest({ topics: [] })));
      assert.equal(decodeResponseFrame(ApiKeys.Metadata, 12, await frames.next()).body.clusterId, server.broker.clusterId);
    } finally {
      socket.destroy();
    }
  });
});

describe("SCRAM users", () => {
  test("users are created and described over the Kafka protocol, then log in with SCRAM-SHA-256 and -512 over SASL_SSL", async () => {
    const admin = await RawClient.connect(server.port("PLAINTEXT"));
    try {
      assert.deepEqual(await addScramUser(admin, "clinical-app", "s3cret"), [ErrorCode.NONE]);
      const described = await admin.request(ApiKeys.DescribeUserScramCredentials, 0, makeDescribeUserScramCredentialsRequest({ users: null }));
      const mine = described.results.find((r) => r.user === "clinical-app");
      assert.deepEqual(mine?.credentialInfos.map((c) => [c.mechanism, c.iterations]), [[1, 4096], [2, 4096]]);
    } finally {
      await admin.close();
    }
    for (const mechanism of ["SCRAM-SHA-256", "SCRAM-SHA-512"] as const) {
      const client = await RawClient.connect(server.port("SASL_SSL"), { tls: clientTls });
      try {
        assert.equal((await saslScram(client, mechanism, "clinical-app", "s3cret")).errorCode, ErrorCode.NONE, mechanism);
        assert.equal((await metadata(client)).clusterId, server.broker.clusterId);
      } finally {
        await client.close();
      }
    }
    const bad = await RawClient.connect(server.port("SASL_SSL"), { tls: clientTls });
    const failed = await saslScram(bad, "SCRAM-SHA-512", "clinical-app", "wrong");
    assert.equal(failed.errorCode, ErrorCode.SASL_AUTHENTICATION_FAILED);
    assert.match(failed.errorMessage ?? "", /invalid credentials with SASL mechanism SCRAM-SHA-512/);
    await bad.closed;
  });

  test("AlterUserScramCredentials and DescribeUserScramCredentials report per-user errors as Kafka", async () => {
    const admin = await RawClient.connect(server.port("PLAINTEXT"));
    try {
      const up = (name: string, mechanism: number, iterations: number) =>
        makeAlterUserScramCredentialsRequestScramCredentialUpsertion({ name, mechanism, iterations, salt: Buffer.from("salt"), saltedPassword: Buffer.alloc(32, 1) });
      const res = await admin.request(ApiKeys.AlterUserScramCredentials, 0, makeAlterUserScramCredentialsRequest({
        deletions: [makeAlterUserScramCredentialsRequestScramCredentialDeletion({ name: "ghost", mechanism: 1 }), makeAlterUserScramCredentialsRequestScramCredentialDeletion({ name: "twice", mechanism: 1 })],
        upsertions: [up("few", 1, 1000), up("odd", 9, 4096), up("twice", 1, 4096), up("", 1, 4096), up("ok", 1, 4096)],
      }));
      assert.deepEqual(res.results.map((r) => [r.user, r.errorCode]), [
        ["ghost", ErrorCode.RESOURCE_NOT_FOUND],
        ["twice", ErrorCode.DUPLICATE_RESOURCE],
        ["few", ErrorCode.UNACCEPTABLE_CREDENTIAL],
        ["odd", ErrorCode.UNSUPPORTED_SASL_MECHANISM],
        ["", ErrorCode.UNACCEPTABLE_CREDENTIAL],
        ["ok", ErrorCode.NONE],
      ]);
      const names = ["ok", "ghost", "ok"].map((name) => makeDescribeUserScramCredentialsRequestUserName({ name }));
      const described = await admin.request(ApiKeys.DescribeUserScramCredentials, 0, makeDescribeUserScramCredentialsRequest({ users: names }));
      assert.deepEqual(described.results.map((r) => [r.user, r.errorCode]), [["ok", ErrorCode.DUPLICATE_RESOURCE], ["ghost", ErrorCode.RESOURCE_NOT_FOUND]]);
    } finally {
      await admin.close();
    }
  });
});

describe("TLS", () => {
  test("mTLS: the principal is the client certificate's subject through ssl.principal.mapping.rules", async () => {
    const client = await RawClient.connect(server.port("MTLS"), { tls: { ...clientTls, key: certs.read(certs.clientKeyPath), cert: certs.read(certs.clientCertPath) } });
    try {
      assert.equal((await metadata(client)).clusterId, server.broker.clusterId);
      const line = server.logs.find((l) => l.msg === "TLS client authenticated");
      assert.equal(line?.["subject"], certs.clientSubject);
      assert.equal(line?.["principal"], "User:alice@icu");
    } finally {
      await client.close();
    }
  });

  test("mTLS: a client without a certificate is refused by ssl.client.auth=required", async () => {
    await assert.rejects(async () => {
      const client = await RawClient.connect(server.port("MTLS"), { tls: clientTls, timeoutMs: 5000 });
      try {
        await metadata(client);
      } finally {
        await client.close();
      }
    });
  });

  test("ssl.client.auth=requested: no certificate is User:ANONYMOUS, a verified one is mapped (DEFAULT rule)", async () => {
    const anonymous = await RawClient.connect(server.port("OPTIONAL"), { tls: clientTls });
    try {
      assert.equal((await metadata(anonymous)).clusterId, server.broker.clusterId);
    } finally {
      await anonymous.close();
    }
    const withCert = await RawClient.connect(server.port("OPTIONAL"), { tls: { ...clientTls, key: certs.read(certs.clientKeyPath), cert: certs.read(certs.clientCertPath) } });
    try {
      assert.equal((await metadata(withCert)).clusterId, server.broker.clusterId);
      const line = server.logs.find((l) => l.msg === "TLS client authenticated" && l["listener"] === "OPTIONAL");
      assert.equal(line?.["principal"], `User:${certs.clientSubject}`);
    } finally {
      await withCert.close();
    }
  });

  test("SaslHandshake on a listener without SASL is ILLEGAL_SASL_STATE", async () => {
    const client = await RawClient.connect(server.port("PLAINTEXT"));
    try {
      const hs = await client.request(ApiKeys.SaslHandshake, 1, makeSaslHandshakeRequest({ mechanism: "PLAIN" }));
      assert.equal(hs.errorCode, ErrorCode.ILLEGAL_SASL_STATE);
    } finally {
      await client.close();
    }
  });

  test("a TLSv1.1 client is refused; the same client with TLSv1.2 is served", async () => {
    const attempt = (opts: ConnectionOptions) =>
      new Promise<string>((resolve, reject) => {
        const socket = connectTls({ host: "127.0.0.1", port: server.port("SSL"), ...clientTls, ...opts });
        socket.once("secureConnect", () => {
          resolve(socket.getProtocol() ?? "?");
          socket.destroy();
        });
        socket.once("error", reject);
      });
    // SECLEVEL=0 lets this OpenSSL offer TLSv1.1 at all, so it is the broker that refuses it.
    await assert.rejects(attempt({ minVersion: "TLSv1", maxVersion: "TLSv1.1", ciphers: "DEFAULT:@SECLEVEL=0" }), /protocol version|unsupported protocol|alert/i);
    assert.equal(await attempt({ minVersion: "TLSv1.2", maxVersion: "TLSv1.2" }), "TLSv1.2");
  });
});

test("connections.max.reauth.ms: the session lifetime is announced, re-authentication extends it, expiry closes the connection", async () => {
  const clock = new ManualClock(Date.now());
  const b = await startSecureBroker(
    { listeners: "SASL_PLAINTEXT://127.0.0.1:0", "sasl.enabled.mechanisms": "PLAIN", "listener.name.sasl_plaintext.plain.sasl.jaas.config": JAAS, "connections.max.reauth.ms": "60000" },
    { clock },
  );
  try {
    const client = await RawClient.connect(b.port("SASL_PLAINTEXT"));
    const first = await saslPlain(client, "alice", "alice-secret", 1);
    assert.equal(first.sessionLifetimeMs, 60000n);
    clock.advance(50_000);
    assert.equal((await saslPlain(client, "alice", "alice-secret", 1)).errorCode, ErrorCode.NONE, "re-authentication on the same connection");
    clock.advance(50_000); // past the first session's end, inside the second's
    assert.equal((await metadata(client)).clusterId, b.broker.clusterId);
    clock.advance(20_000);
    await assert.rejects(metadata(client), /closed/);
    assert.ok(b.logs.some((l) => /session expired/.test(l.msg)));
  } finally {
    await b.stop();
  }
});

describe("start-up refuses unusable security settings, naming the key", () => {
  const cases: [string, () => Record<string, string>, string][] = [
    ["a missing key store", () => ({ "ssl.keystore.location": `${certs.dir}/missing.pem` }), "ssl.keystore.location"],
    ["a wrong key password", () => ({ "ssl.keystore.location": certs.serverEncryptedKeystorePath, "ssl.key.password": "nope" }), "ssl.key.password"],
    ["a JKS key store", () => ({ "ssl.keystore.type": "JKS", "ssl.keystore.location": certs.serverPkcs12Path }), "ssl.keystore.type"],
    ["TLSv1.1 in ssl.enabled.protocols", () => ({ "ssl.enabled.protocols": "TLSv1.1,TLSv1.2" }), "ssl.enabled.protocols"],
    ["PLAIN without a JAAS configuration", () => ({ "listener.name.sasl_plaintext.plain.sasl.jaas.config": "" }), "listener.name.sasl_plaintext.plain.sasl.jaas.config"],
  ];
  for (const [what, settings, key] of cases) {
    test(what, async () => {
      const overrides = brokerSettings(settings());
      if (overrides["listener.name.sasl_plaintext.plain.sasl.jaas.config"] === "") delete overrides["listener.name.sasl_plaintext.plain.sasl.jaas.config"];
      await assert.rejects(startSecureBroker(overrides), (err: Error & { key?: string }) => {
        assert.equal(err.key, key, err.message);
        return true;
      });
    });
  }

  test("an encrypted PEM key with ssl.key.password and a PKCS12 key store both start", async () => {
    for (const settings of [
      { "ssl.keystore.location": certs.serverEncryptedKeystorePath, "ssl.key.password": certs.encryptedKeyPassword },
      { "ssl.keystore.type": "PKCS12", "ssl.keystore.location": certs.serverPkcs12Path, "ssl.keystore.password": certs.pkcs12Password },
    ]) {
      const b = await startSecureBroker({ listeners: "SSL://127.0.0.1:0", "ssl.truststore.location": certs.caPath, ...settings });
      try {
        const client = await RawClient.connect(b.port("SSL"), { tls: clientTls });
        assert.equal((await metadata(client)).clusterId, b.broker.clusterId);
        await client.close();
      } finally {
        await b.stop();
      }
    }
  });
});

/** Reads size-prefixed frames from a socket, one at a time. */
function frameReader(socket: Socket): { next(): Promise<Buffer> } {
  let buffered = Buffer.alloc(0);
  const waiting: ((b: Buffer) => void)[] = [];
  const ready: Buffer[] = [];
  socket.on("data", (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    while (buffered.length >= 4 && buffered.length >= 4 + buffered.readInt32BE(0)) {
      const size = buffered.readInt32BE(0);
      const frame = buffered.subarray(4, 4 + size);
      buffered = buffered.subarray(4 + size);
      const w = waiting.shift();
      if (w !== undefined) w(frame);
      else ready.push(frame);
    }
  });
  return { next: () => new Promise((resolve) => (ready.length > 0 ? resolve(ready.shift() as Buffer) : waiting.push(resolve))) };
}
