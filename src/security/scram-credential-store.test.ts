import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCredential, scramMechanism } from "./scram-credential.js";
import { SCRAM_CREDENTIALS_FILE, ScramCredentialStore } from "./scram-credential-store.js";

test("ScramCredentialStore persists credentials atomically, without passwords, and reopens them", () => {
  const dir = mkdtempSync(join(tmpdir(), "carebus-scram-store-"));
  try {
    const m256 = scramMechanism("SCRAM-SHA-256")!;
    const m512 = scramMechanism("SCRAM-SHA-512")!;
    const store = ScramCredentialStore.open(dir);
    const alice256 = generateCredential(m256, "alice-secret", 4096);
    store.apply({
      upsert: [
        { user: "alice", mechanism: "SCRAM-SHA-256", credential: alice256 },
        { user: "alice", mechanism: "SCRAM-SHA-512", credential: generateCredential(m512, "alice-secret", 8192) },
        { user: "bob", mechanism: "SCRAM-SHA-512", credential: generateCredential(m512, "bob-secret") },
      ],
    });
    const text = readFileSync(join(dir, SCRAM_CREDENTIALS_FILE), "utf8");
    assert.ok(!text.includes("alice-secret") && !text.includes("bob-secret"), "no password is stored");
    assert.equal(statSync(join(dir, SCRAM_CREDENTIALS_FILE)).mode & 0o777, 0o600);
    assert.deepEqual(readdirSync(dir), [SCRAM_CREDENTIALS_FILE], "no temp file is left behind");

    const reopened = ScramCredentialStore.open(dir);
    assert.deepEqual(reopened.get("alice", "SCRAM-SHA-256"), alice256);
    assert.deepEqual(reopened.list(), [
      { user: "alice", credentials: [{ mechanism: "SCRAM-SHA-256", iterations: 4096 }, { mechanism: "SCRAM-SHA-512", iterations: 8192 }] },
      { user: "bob", credentials: [{ mechanism: "SCRAM-SHA-512", iterations: 4096 }] },
    ]);

    reopened.apply({ remove: [{ user: "bob", mechanism: "SCRAM-SHA-512" }, { user: "alice", mechanism: "SCRAM-SHA-512" }] });
    const again = ScramCredentialStore.open(dir);
    assert.equal(again.describe("bob"), undefined, "a user without credentials is gone");
    assert.deepEqual(again.describe("alice"), [{ mechanism: "SCRAM-SHA-256", iterations: 4096 }]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
