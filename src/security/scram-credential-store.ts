// The SCRAM credentials of every user, kept in the log dir as one JSON document
// (`carebus-scram-credentials.json`) replaced atomically like the topic store: write a
// temp file, fsync, rename, fsync the directory — a crash leaves the old or the new
// set, never a torn one. Kafka keeps these in its metadata log (KIP-554); Carebus has
// one node. Only salt, StoredKey, ServerKey and iterations are stored (base64), never a
// password. The file is created with mode 0600.
import { replaceFileAtomically } from "../util/replace-file-atomically.js";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ScramCredential, ScramMechanismName } from "./scram-credential.js";

export const SCRAM_CREDENTIALS_FILE = "carebus-scram-credentials.json";

interface StoredCredential {
  salt: string;
  storedKey: string;
  serverKey: string;
  iterations: number;
}

interface CredentialsDocument {
  version: 1;
  users: Record<string, Partial<Record<ScramMechanismName, StoredCredential>>>;
}

export class ScramCredentialStore {
  readonly #path: string;
  readonly #users = new Map<string, Map<ScramMechanismName, ScramCredential>>();

  private constructor(dir: string) {
    this.#path = join(dir, SCRAM_CREDENTIALS_FILE);
    if (!existsSync(this.#path)) return;
    const doc = JSON.parse(readFileSync(this.#path, "utf8")) as CredentialsDocument;
    for (const [user, byMechanism] of Object.entries(doc.users)) {
      const creds = new Map<ScramMechanismName, ScramCredential>();
      for (const [mechanism, c] of Object.entries(byMechanism) as [ScramMechanismName, StoredCredential][]) {
        creds.set(mechanism, {
          salt: Buffer.from(c.salt, "base64"),
          storedKey: Buffer.from(c.storedKey, "base64"),
          serverKey: Buffer.from(c.serverKey, "base64"),
          iterations: c.iterations,
        });
      }
      this.#users.set(user, creds);
    }
  }

  static open(dir: string): ScramCredentialStore {
    return new ScramCredentialStore(dir);
  }

  get(user: string, mechanism: ScramMechanismName): ScramCredential | undefined {
    return this.#users.get(user)?.get(mechanism);
  }

  /** Users with at least one credential, sorted, with their mechanisms and iterations. */
  list(): { user: string; credentials: { mechanism: ScramMechanismName; iterations: number }[] }[] {
    return [...this.#users.keys()].sort().map((user) => ({ user, credentials: this.describe(user) ?? [] }));
  }

  describe(user: string): { mechanism: ScramMechanismName; iterations: number }[] | undefined {
    const creds = this.#users.get(user);
    if (creds === undefined) return undefined;
    return [...creds].sort(([a], [b]) => a.localeCompare(b)).map(([mechanism, c]) => ({ mechanism, iterations: c.iterations }));
  }

  /** Applies deletions and upsertions together and persists once (one AlterUserScramCredentials). */
  apply(changes: { upsert?: readonly { user: string; mechanism: ScramMechanismName; credential: ScramCredential }[]; remove?: readonly { user: string; mechanism: ScramMechanismName }[] }): void {
    for (const d of changes.remove ?? []) {
      const creds = this.#users.get(d.user);
      creds?.delete(d.mechanism);
      if (creds?.size === 0) this.#users.delete(d.user);
    }
    for (const u of changes.upsert ?? []) {
      let creds = this.#users.get(u.user);
      if (creds === undefined) this.#users.set(u.user, (creds = new Map<ScramMechanismName, ScramCredential>()));
      creds.set(u.mechanism, u.credential);
    }
    this.#persist();
  }

  #persist(): void {
    const doc: CredentialsDocument = { version: 1, users: {} };
    for (const [user, creds] of [...this.#users].sort(([a], [b]) => a.localeCompare(b))) {
      const entry: Partial<Record<ScramMechanismName, StoredCredential>> = {};
      for (const [mechanism, c] of creds) {
        entry[mechanism] = { salt: c.salt.toString("base64"), storedKey: c.storedKey.toString("base64"), serverKey: c.serverKey.toString("base64"), iterations: c.iterations };
      }
      doc.users[user] = entry;
    }
    // Mode 0600: the file holds salted keys, never passwords, but still only for the broker.
    replaceFileAtomically(this.#path, `${JSON.stringify(doc, null, 2)}
`, 0o600);
  }
}
