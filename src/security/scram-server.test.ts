import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { generateCredential, scramMechanism, type ScramCredential } from "./scram-credential.js";
import { decodeSaslName, encodeSaslName, ScramSaslServer } from "./scram-server.js";
import { SaslAuthenticationError } from "./sasl-server.js";
import { scramClientExchange } from "../../test/support/scram-client.js";

const SHA256 = scramMechanism("SCRAM-SHA-256")!;
const SHA512 = scramMechanism("SCRAM-SHA-512")!;

describe("ScramSaslServer", () => {
  test("RFC 7677 §3 test vector (SCRAM-SHA-256, user/pencil)", () => {
    const credential = generateCredential(SHA256, "pencil", 4096, Buffer.from("W22ZaJ0SNY7soEsUEjb6gQ==", "base64"));
    const server = new ScramSaslServer(SHA256, (u) => (u === "user" ? credential : undefined), "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0");
    const first = server.evaluateResponse(Buffer.from("n,,n=user,r=rOprNGfwEbeRWgbNEkqO"));
    assert.equal(first.toString(), "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096");
    assert.equal(server.complete, false);
    const final = server.evaluateResponse(
      Buffer.from("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="),
    );
    assert.equal(final.toString(), "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
    assert.equal(server.complete, true);
    assert.equal(server.authorizationId(), "user");
  });

  for (const m of [SHA256, SHA512]) {
    test(`${m.name}: a client with the right password completes; a wrong one and an unknown user fail alike`, () => {
      const creds = new Map<string, ScramCredential>([["alice", generateCredential(m, "alice-secret")]]);
      const lookup = (u: string): ScramCredential | undefined => creds.get(u);
      assert.equal(scramClientExchange(new ScramSaslServer(m, lookup), m, "alice", "alice-secret"), "alice");
      const failures = [
        () => scramClientExchange(new ScramSaslServer(m, lookup), m, "alice", "wrong"),
        () => scramClientExchange(new ScramSaslServer(m, lookup), m, "mallory", "whatever"),
      ].map((run) => {
        try {
          run();
        } catch (err) {
          assert.ok(err instanceof SaslAuthenticationError);
          return err.message;
        }
        assert.fail("authentication should have failed");
      });
      assert.equal(failures[0], failures[1], "the client cannot tell an unknown user from a wrong password");
      assert.match(failures[0] ?? "", new RegExp(`invalid credentials with SASL mechanism ${m.name}`));
    });
  }

  test("a tampered nonce and a malformed first message are refused", () => {
    const credential = generateCredential(SHA256, "pw");
    const server = new ScramSaslServer(SHA256, () => credential, "server");
    server.evaluateResponse(Buffer.from("n,,n=u,r=client"));
    assert.throws(() => server.evaluateResponse(Buffer.from("c=biws,r=clientOTHER,p=AAAA")), SaslAuthenticationError);
    assert.throws(() => new ScramSaslServer(SHA256, () => credential).evaluateResponse(Buffer.from("p=tls-unique,,n=u,r=x")), SaslAuthenticationError);
  });

  test("saslname escapes ',' and '='", () => {
    assert.equal(encodeSaslName("a,b=c"), "a=2Cb=3Dc");
    assert.equal(decodeSaslName("a=2Cb=3Dc"), "a,b=c");
    assert.equal(decodeSaslName("a=b"), null);
  });
});
