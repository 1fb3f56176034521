// TEST-ONLY: SASL exchanges over a RawClient (SaslHandshake v1 + SaslAuthenticate), and a
// helper that creates SCRAM users with AlterUserScramCredentials as kafka-configs would.
import { randomBytes } from "node:crypto";
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import { makeAlterUserScramCredentialsRequest, makeAlterUserScramCredentialsRequestScramCredentialUpsertion } from "../../src/protocol/generated/alter-user-scram-credentials-request.js";
import { makeSaslAuthenticateRequest } from "../../src/protocol/generated/sasl-authenticate-request.js";
import { makeSaslHandshakeRequest } from "../../src/protocol/generated/sasl-handshake-request.js";
import type { SaslAuthenticateResponse } from "../../src/protocol/generated/sasl-authenticate-response.js";
import { saltedPassword, scramMechanism, type ScramMechanismName } from "../../src/security/scram-credential.js";
import type { RawClient } from "./raw-client.js";
import { scramClient } from "./scram-client.js";

export async function saslPlain(client: RawClient, user: string, password: string, authenticateVersion = 2): Promise<SaslAuthenticateResponse> {
  const hs = await client.request(ApiKeys.SaslHandshake, 1, makeSaslHandshakeRequest({ mechanism: "PLAIN" }));
  if (hs.errorCode !== 0) throw new Error(`SaslHandshake failed: ${hs.errorCode}`);
  return client.request(ApiKeys.SaslAuthenticate, authenticateVersion, makeSaslAuthenticateRequest({ authBytes: Buffer.from(`\u0000${user}\u0000${password}`) }));
}

export async function saslScram(client: RawClient, mechanism: ScramMechanismName, user: string, password: string, authenticateVersion = 2): Promise<SaslAuthenticateResponse> {
  const m = scramMechanism(mechanism)!;
  const hs = await client.request(ApiKeys.SaslHandshake, 1, makeSaslHandshakeRequest({ mechanism }));
  if (hs.errorCode !== 0) throw new Error(`SaslHandshake failed: ${hs.errorCode}`);
  const sc = scramClient(m, user, password);
  const first = await client.request(ApiKeys.SaslAuthenticate, authenticateVersion, makeSaslAuthenticateRequest({ authBytes: sc.first() }));
  if (first.errorCode !== 0) return first;
  const final = await client.request(ApiKeys.SaslAuthenticate, authenticateVersion, makeSaslAuthenticateRequest({ authBytes: sc.final(first.authBytes) }));
  if (final.errorCode === 0 && !sc.verify(final.authBytes)) throw new Error("the server signature did not verify");
  return final;
}

/** Upserts SCRAM credentials (both mechanisms unless given) through AlterUserScramCredentials. */
export async function addScramUser(client: RawClient, user: string, password: string, mechanisms: ScramMechanismName[] = ["SCRAM-SHA-256", "SCRAM-SHA-512"]): Promise<number[]> {
  const upsertions = mechanisms.map((name) => {
    const m = scramMechanism(name)!;
    const salt = randomBytes(16);
    return makeAlterUserScramCredentialsRequestScramCredentialUpsertion({ name: user, mechanism: m.type, iterations: 4096, salt, saltedPassword: saltedPassword(m, password, salt, 4096) });
  });
  const res = await client.request(ApiKeys.AlterUserScramCredentials, 0, makeAlterUserScramCredentialsRequest({ deletions: [], upsertions }));
  return res.results.map((r) => r.errorCode);
}
