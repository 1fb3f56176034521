// TEST-ONLY: the client side of a SCRAM exchange (RFC 5802), to drive ScramSaslServer
// and SaslAuthenticate from tests without a third-party client. Returns the user name
// the server authenticated; throws what the server throws.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { clientKey, hash, hmac, saltedPassword, xor, type ScramMechanism } from "../../src/security/scram-credential.js";
import { encodeSaslName } from "../../src/security/scram-server.js";
import type { SaslServer } from "../../src/security/sasl-server.js";

export interface ScramClient {
  first(): Buffer;
  final(serverFirst: Buffer): Buffer;
  verify(serverFinal: Buffer): boolean;
}

export function scramClient(m: ScramMechanism, user: string, password: string): ScramClient {
  const nonce = randomBytes(18).toString("base64url");
  const bare = `n=${encodeSaslName(user)},r=${nonce}`;
  let authMessage = "";
  let salted: Buffer = Buffer.alloc(0);
  return {
    first: () => Buffer.from(`n,,${bare}`),
    final(serverFirst) {
      const text = serverFirst.toString();
      const fields = new Map(text.split(",").map((f) => [f.slice(0, 1), f.slice(2)] as const));
      salted = saltedPassword(m, password, Buffer.from(fields.get("s") ?? "", "base64"), Number(fields.get("i")));
      const withoutProof = `c=biws,r=${fields.get("r") ?? ""}`;
      authMessage = `${bare},${text},${withoutProof}`;
      const ck = clientKey(m, salted);
      const proof = xor(ck, hmac(m, hash(m, ck), authMessage));
      return Buffer.from(`${withoutProof},p=${proof.toString("base64")}`);
    },
    verify(serverFinal) {
      const expected = hmac(m, hmac(m, salted, "Server Key"), authMessage);
      const got = Buffer.from(serverFinal.toString().replace(/^v=/, ""), "base64");
      return got.length === expected.length && timingSafeEqual(got, expected);
    },
  };
}

export function scramClientExchange(server: Pick<SaslServer, "authorizationId"> & { evaluateResponse(response: Buffer): Buffer }, m: ScramMechanism, user: string, password: string): string {
  const client = scramClient(m, user, password);
  const serverFirst = server.evaluateResponse(client.first());
  const serverFinal = server.evaluateResponse(client.final(serverFirst));
  if (!client.verify(serverFinal)) throw new Error("server signature did not verify");
  return server.authorizationId();
}
