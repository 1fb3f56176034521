// SASL/PLAIN server (RFC 4616), as Kafka's PlainSaslServer: one client message
// `[authzid] NUL authcid NUL passwd`, checked against the `user_<name>` options of the
// listener's PlainLoginModule JAAS entry. An authzid other than the user is refused
// (Kafka: "Authentication failed: Client requested an authorization id that is
// different from username"). Password comparison is constant-time.
import { timingSafeEqual, createHash } from "node:crypto";
import { authenticationFailedMessage, SaslAuthenticationError, SaslProtocolError, type SaslServer } from "./sasl-server.js";

export const PLAIN = "PLAIN";

export class PlainSaslServer implements SaslServer {
  readonly mechanism = PLAIN;
  readonly #users: ReadonlyMap<string, string>;
  #user: string | null = null;

  constructor(users: ReadonlyMap<string, string>) {
    this.#users = users;
  }

  get complete(): boolean {
    return this.#user !== null;
  }

  evaluateResponse(response: Buffer): Buffer {
    if (this.#user !== null) throw new SaslProtocolError(authenticationFailedMessage(PLAIN), "PLAIN exchange already complete");
    const parts = response.toString("utf8").split("\u0000");
    if (parts.length !== 3) {
      throw new SaslProtocolError(authenticationFailedMessage(PLAIN), `invalid SASL/PLAIN response: expected 3 tokens, got ${parts.length}`);
    }
    const [authzid, username, password] = parts as [string, string, string];
    if (username === "") throw new SaslProtocolError(authenticationFailedMessage(PLAIN), "SASL/PLAIN username not specified");
    if (password === "") throw new SaslProtocolError(authenticationFailedMessage(PLAIN), "SASL/PLAIN password not specified");
    const expected = this.#users.get(username);
    // Hash both sides so the comparison takes the same time whatever the lengths, and
    // compare against a dummy for unknown users so timing does not tell who exists.
    const ok = timingSafeEqual(digest(password), digest(expected ?? "\u0000unknown-user")) && expected !== undefined;
    if (!ok) {
      throw new SaslAuthenticationError(authenticationFailedMessage(PLAIN), expected === undefined ? `unknown user ${username}` : `wrong password for ${username}`);
    }
    if (authzid !== "" && authzid !== username) {
      throw new SaslAuthenticationError(authenticationFailedMessage(PLAIN), `authorization id ${authzid} differs from user ${username}`);
    }
    this.#user = username;
    return Buffer.alloc(0);
  }

  authorizationId(): string {
    if (this.#user === null) throw new Error("PLAIN authentication is not complete");
    return this.#user;
  }
}

function digest(s: string): Buffer {
  return createHash("sha256").update(s, "utf8").digest();
}
