// SCRAM credentials (RFC 5802 §3, RFC 7677): what the broker keeps for a user is the
// salt, the iteration count, StoredKey = H(HMAC(SaltedPassword, "Client Key")) and
// ServerKey = HMAC(SaltedPassword, "Server Key") — enough to verify a client proof and
// prove the server, never enough to log in as the user. SaltedPassword = Hi(password,
// salt, i) is PBKDF2 with HMAC-H. Mechanism numbers are Kafka's ScramMechanism enum as
// used by DescribeUserScramCredentials/AlterUserScramCredentials (KIP-554).
import { createHash, createHmac, pbkdf2Sync, randomBytes } from "node:crypto";

export type ScramMechanismName = "SCRAM-SHA-256" | "SCRAM-SHA-512";

export interface ScramMechanism {
  readonly name: ScramMechanismName;
  /** Kafka's ScramMechanism type byte on the wire. */
  readonly type: 1 | 2;
  readonly hash: "sha256" | "sha512";
  readonly keyLength: number;
  /** Kafka's bounds (ScramMechanism.minIterations / AlterUserScramCredentials' maximum). */
  readonly minIterations: number;
  readonly maxIterations: number;
}

export const SCRAM_MECHANISMS: readonly ScramMechanism[] = [
  { name: "SCRAM-SHA-256", type: 1, hash: "sha256", keyLength: 32, minIterations: 4096, maxIterations: 16384 },
  { name: "SCRAM-SHA-512", type: 2, hash: "sha512", keyLength: 64, minIterations: 4096, maxIterations: 16384 },
];

export function scramMechanism(nameOrType: string | number): ScramMechanism | undefined {
  return SCRAM_MECHANISMS.find((m) => m.name === nameOrType || m.type === nameOrType);
}

export interface ScramCredential {
  readonly salt: Buffer;
  readonly storedKey: Buffer;
  readonly serverKey: Buffer;
  readonly iterations: number;
}

export function hmac(m: ScramMechanism, key: Buffer, data: Buffer | string): Buffer {
  return createHmac(m.hash, key).update(data).digest();
}

export function hash(m: ScramMechanism, data: Buffer): Buffer {
  return createHash(m.hash).update(data).digest();
}

/** Hi(password, salt, i) of RFC 5802 — PBKDF2 with HMAC-H and the hash's output length. */
export function saltedPassword(m: ScramMechanism, password: string, salt: Buffer, iterations: number): Buffer {
  return pbkdf2Sync(Buffer.from(password.normalize("NFKC"), "utf8"), salt, iterations, m.keyLength, m.hash);
}

export function clientKey(m: ScramMechanism, salted: Buffer): Buffer {
  return hmac(m, salted, "Client Key");
}

/** The stored form from a SaltedPassword (what AlterUserScramCredentials sends). */
export function credentialFromSaltedPassword(m: ScramMechanism, salt: Buffer, salted: Buffer, iterations: number): ScramCredential {
  return { salt, iterations, storedKey: hash(m, clientKey(m, salted)), serverKey: hmac(m, salted, "Server Key") };
}

export function generateCredential(m: ScramMechanism, password: string, iterations = m.minIterations, salt: Buffer = randomBytes(32)): ScramCredential {
  return credentialFromSaltedPassword(m, salt, saltedPassword(m, password, salt, iterations), iterations);
}

export function xor(a: Buffer, b: Buffer): Buffer {
  const out = Buffer.alloc(a.length);
  for (let i = 0; i < a.length; i++) out[i] = (a[i] as number) ^ (b[i] ?? 0);
  return out;
}
