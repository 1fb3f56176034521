// SCRAM-SHA-256/512 server (RFC 5802, RFC 7677), Kafka's ScramSaslServer:
//
//   client-first  n,,n=<user>,r=<cnonce>[,tokenauth=true...]
//   server-first  r=<cnonce><snonce>,s=<salt b64>,i=<iterations>
//   client-final  c=<b64 gs2 header>,r=<nonce>,p=<proof b64>
//   server-final  v=<server signature b64>
//
// Channel binding is not supported (gs2 flag 'n' or 'y' only, as Kafka). For an unknown
// user the exchange continues with a made-up credential derived from a per-process
// secret, so the failure happens at the same step with the same message as a wrong
// password: clients learn nothing about which users exist. Delegation tokens
// (tokenauth) are refused: Carebus has none yet.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { credentialFromSaltedPassword, hash, hmac, xor, type ScramCredential, type ScramMechanism } from "./scram-credential.js";
import { authenticationFailedMessage, SaslAuthenticationError, SaslProtocolError, type SaslServer } from "./sasl-server.js";

export type CredentialLookup = (user: string, mechanism: ScramMechanism) => ScramCredential | undefined;

const FAKE_SECRET = randomBytes(32);

type State = "receive-client-first" | "receive-client-final" | "complete" | "failed";

export class ScramSaslServer implements SaslServer {
  readonly mechanism: string;
  readonly #m: ScramMechanism;
  readonly #lookup: CredentialLookup;
  readonly #serverNonce: string;
  #state: State = "receive-client-first";
  #user = "";
  #userKnown = false;
  #credential: ScramCredential | undefined;
  #clientFirstBare = "";
  #serverFirst = "";
  #nonce = "";

  constructor(m: ScramMechanism, lookup: CredentialLookup, serverNonce: string = randomBytes(24).toString("base64url")) {
    this.#m = m;
    this.mechanism = m.name;
    this.#lookup = lookup;
    this.#serverNonce = serverNonce;
  }

  get complete(): boolean {
    return this.#state === "complete";
  }

  authorizationId(): string {
    if (this.#state !== "complete") throw new Error("SCRAM authentication is not complete");
    return this.#user;
  }

  evaluateResponse(response: Buffer): Buffer {
    try {
      switch (this.#state) {
        case "receive-client-first":
          return this.#clientFirst(response.toString("utf8"));
        case "receive-client-final":
          return this.#clientFinal(response.toString("utf8"));
        default:
          throw this.#protocolError(`unexpected SCRAM message in state ${this.#state}`);
      }
    } catch (err) {
      this.#state = "failed";
      throw err;
    }
  }

  #clientFirst(message: string): Buffer {
    // gs2-header: cbind-flag "," [authzid] ","
    const m = /^([ny]),(a=[^,]*)?,(n=[^,]*),(r=[^,]+)((?:,[^,]+)*)$/.exec(message);
    if (m === null) throw this.#protocolError("invalid SCRAM client-first message");
    const user = decodeSaslName((m[3] ?? "n=").slice(2));
    const authzid = m[2] === undefined ? "" : decodeSaslName(m[2].slice(2));
    if (user === null || authzid === null || user === "") throw this.#protocolError("invalid SCRAM user name");
    const extensions = (m[5] ?? "").split(",").filter((e) => e !== "");
    if (extensions.some((e) => e.startsWith("tokenauth=") && e !== "tokenauth=false")) {
      throw new SaslAuthenticationError(authenticationFailedMessage(this.mechanism), "delegation tokens are not supported");
    }
    if (authzid !== "" && authzid !== user) {
      throw new SaslAuthenticationError(authenticationFailedMessage(this.mechanism), `authorization id ${authzid} differs from user ${user}`);
    }
    this.#user = user;
    this.#credential = this.#lookup(user, this.#m);
    this.#userKnown = this.#credential !== undefined;
    this.#credential ??= this.#fakeCredential(user);
    const gs2Header = `${m[1] ?? ""},${m[2] ?? ""},`;
    this.#clientFirstBare = message.slice(gs2Header.length);
    this.#nonce = (m[4] ?? "r=").slice(2) + this.#serverNonce;
    this.#serverFirst = `r=${this.#nonce},s=${this.#credential.salt.toString("base64")},i=${this.#credential.iterations}`;
    this.#state = "receive-client-final";
    return Buffer.from(this.#serverFirst, "utf8");
  }

  #clientFinal(message: string): Buffer {
    const m = /^(c=[^,]*),(r=[^,]*)((?:,[^,]+)*?),p=([A-Za-z0-9+/=]+)$/.exec(message);
    if (m === null) throw this.#protocolError("invalid SCRAM client-final message");
    // Kafka's ScramSaslServer only checks that the nonce ends with the server-first nonce,
    // and librdkafka (through 2.x) relies on it: it sends client nonce + the whole combined
    // nonce. Being stricter than Kafka would lock every librdkafka client out.
    if (!(m[2] ?? "").slice(2).endsWith(this.#nonce)) throw this.#protocolError("invalid SCRAM nonce in client-final message");
    const withoutProof = message.slice(0, message.lastIndexOf(",p="));
    const authMessage = `${this.#clientFirstBare},${this.#serverFirst},${withoutProof}`;
    const credential = this.#credential as ScramCredential;
    const proof = Buffer.from(m[4] ?? "", "base64");
    const clientSignature = hmac(this.#m, credential.storedKey, authMessage);
    const computedStoredKey = hash(this.#m, xor(proof, clientSignature));
    const proofOk = proof.length === clientSignature.length && timingSafeEqual(computedStoredKey, credential.storedKey);
    if (!proofOk || !this.#userKnown) {
      throw new SaslAuthenticationError(
        authenticationFailedMessage(this.mechanism),
        this.#userKnown ? `invalid SCRAM proof for ${this.#user}` : `unknown user ${this.#user}`,
      );
    }
    this.#state = "complete";
    const serverSignature = hmac(this.#m, credential.serverKey, authMessage);
    return Buffer.from(`v=${serverSignature.toString("base64")}`, "utf8");
  }

  #fakeCredential(user: string): ScramCredential {
    const seed = createHmac("sha256", FAKE_SECRET).update(`${this.#m.name}:${user}`).digest();
    return credentialFromSaltedPassword(this.#m, seed, hmac(this.#m, seed, "salted"), this.#m.minIterations);
  }

  #protocolError(detail: string): SaslProtocolError {
    return new SaslProtocolError(authenticationFailedMessage(this.mechanism), detail);
  }
}

/** RFC 5802 saslname: "=2C" is ',' and "=3D" is '='; any other '=' is invalid. */
export function decodeSaslName(name: string): string | null {
  if (/=(?!2C|3D)/.test(name)) return null;
  return name.replace(/=2C/g, ",").replace(/=3D/g, "=");
}

export function encodeSaslName(name: string): string {
  return name.replace(/=/g, "=3D").replace(/,/g, "=2C");
}
