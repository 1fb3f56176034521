import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { AuditChain, entryHash, GENESIS_HASH } from "./audit-chain.js";
import type { AuditEntry, AuditRequestFields } from "./audit-event.js";
import { ACTIVE_FILE, auditFiles } from "./audit-files.js";
import { AuditLog } from "./audit-log.js";
import { verifyAuditLog } from "./audit-verify.js";
import { canonicalJson } from "./canonical-json.js";

const silent = pino({ level: "silent" });
const who: AuditRequestFields = { principal: "User:alice", clientId: "app", clientAddress: "127.0.0.1", listener: "SASL_PLAINTEXT", api: "Produce", correlationId: 7 };

function withDir(fn: (dir: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), "carebus-audit-"));
    try {
      await fn(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

async function writeEntries(dir: string, n: number, maxBytes = 1 << 20): Promise<AuditLog> {
  const audit = AuditLog.open({ dir, maxBytes, authenticationSuccess: false, log: silent, nowMs: () => 1_700_000_000_000 });
  for (let i = 0; i < n; i++) {
    audit.record("AUTHORIZATION", who, { resource: { type: "TOPIC", name: `clinical.patient.admitted` }, operation: "WRITE", decision: "ALLOW", details: { i } });
  }
  await audit.close();
  return audit;
}

function activeLines(dir: string): string[] {
  return readFileSync(join(dir, ACTIVE_FILE), "utf8").split("\n").filter((l) => l !== "");
}

function rewrite(dir: string, lines: readonly string[]): void {
  writeFileSync(join(dir, ACTIVE_FILE), lines.map((l) => `${l}\n`).join(""));
}

describe("canonical JSON and the chain", () => {
  test("keys are sorted at every level, so key order does not change the hash", () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [1, "x"], c: null } }), '{"a":{"c":null,"d":[1,"x"]},"b":1}');
  });

  test("each entry links to the previous hash and hashes its own content including prevHash", () => {
    const chain = new AuditChain();
    const event = { ...who, kind: "AUTHENTICATION" as const, time: "2026-01-01T00:00:00.000Z", timeMs: 0, resource: { type: "CLUSTER", name: "kafka-cluster" }, operation: "AUTHENTICATE", decision: "FAILURE" as const, details: {} };
    const a = chain.append(event);
    const b = chain.append(event);
    assert.equal(a.seq, 1);
    assert.equal(a.prevHash, GENESIS_HASH);
    assert.equal(b.seq, 2);
    assert.equal(b.prevHash, a.hash);
    assert.notEqual(a.hash, b.hash);
    assert.equal(entryHash(b), b.hash);
    assert.notEqual(entryHash({ ...b, prevHash: GENESIS_HASH }), b.hash);
    assert.deepEqual(chain.head, { seq: 2, hash: b.hash });
  });
});

describe("AuditLog files and verification", () => {
  test("writes JSON lines that verify OK with the entry count", withDir(async (dir) => {
    await writeEntries(dir, 5);
    const lines = activeLines(dir);
    assert.equal(lines.length, 5);
    const first = JSON.parse(lines[0] ?? "") as AuditEntry;
    assert.equal(first.kind, "AUTHORIZATION");
    assert.equal(first.time, "2023-11-14T22:13:20.000Z");
    assert.equal(first.timeMs, 1_700_000_000_000);
    assert.deepEqual(first.resource, { type: "TOPIC", name: "clinical.patient.admitted" });
    const result = verifyAuditLog(dir);
    assert.equal(result.ok, true);
    assert.equal(result.entries, 5);
  }));

  test("an altered field is reported as altered at its seq", withDir(async (dir) => {
    await writeEntries(dir, 4);
    const lines = activeLines(dir);
    lines[2] = (lines[2] ?? "").replace('"decision":"ALLOW"', '"decision":"DENY"');
    rewrite(dir, lines);
    const result = verifyAuditLog(dir);
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.problem === "altered" && result.seq === 3 && result.line === 3, JSON.stringify(result));
  }));

  test("a removed line is reported as removed", withDir(async (dir) => {
    await writeEntries(dir, 4);
    const lines = activeLines(dir);
    lines.splice(1, 1);
    rewrite(dir, lines);
    const result = verifyAuditLog(dir);
    assert.ok(!result.ok && result.problem === "removed" && result.seq === 2, JSON.stringify(result));
  }));

  test("a removed last line is caught through the persisted head", withDir(async (dir) => {
    await writeEntries(dir, 4);
    rewrite(dir, activeLines(dir).slice(0, 3));
    const result = verifyAuditLog(dir);
    assert.ok(!result.ok && result.problem === "removed" && result.seq === 4, JSON.stringify(result));
  }));

  test("a swapped pair is reported as reordered", withDir(async (dir) => {
    await writeEntries(dir, 4);
    const lines = activeLines(dir);
    const [b, c] = [lines[1] ?? "", lines[2] ?? ""];
    lines[1] = c;
    lines[2] = b;
    rewrite(dir, lines);
    const result = verifyAuditLog(dir);
    assert.ok(!result.ok && result.problem === "reordered" && result.seq === 2, JSON.stringify(result));
  }));

  test("a truncated last line is reported as a torn tail, not as tampering", withDir(async (dir) => {
    await writeEntries(dir, 3);
    const text = readFileSync(join(dir, ACTIVE_FILE), "utf8");
    writeFileSync(join(dir, ACTIVE_FILE), text.slice(0, text.length - 20));
    const result = verifyAuditLog(dir);
    assert.ok(!result.ok && result.problem === "torn-tail" && result.seq === 3 && result.entries === 2, JSON.stringify(result));
  }));

  test("rotation by size keeps one chain across files", withDir(async (dir) => {
    await writeEntries(dir, 12, 1500);
    const files = auditFiles(dir);
    assert.ok(files.length >= 3, `expected several files, got ${files.join(",")}`);
    const firstOf = (f: string): AuditEntry => JSON.parse(readFileSync(f, "utf8").split("\n")[0] ?? "") as AuditEntry;
    const lastOf = (f: string): AuditEntry => JSON.parse(readFileSync(f, "utf8").trimEnd().split("\n").at(-1) ?? "") as AuditEntry;
    for (let i = 1; i < files.length; i++) {
      assert.equal(firstOf(files[i] ?? "").prevHash, lastOf(files[i - 1] ?? "").hash);
      assert.equal(firstOf(files[i] ?? "").seq, lastOf(files[i - 1] ?? "").seq + 1);
    }
    const result = verifyAuditLog(dir);
    assert.ok(result.ok && result.entries === 12, JSON.stringify(result));
    // Dropping a whole rotated file in the middle breaks the chain.
    rmSync(files[1] ?? "");
    const broken = verifyAuditLog(dir);
    assert.ok(!broken.ok && broken.problem === "removed", JSON.stringify(broken));
  }));

  test("a restart continues the chain from the persisted head", withDir(async (dir) => {
    await writeEntries(dir, 3);
    const reopened = await writeEntries(dir, 2);
    assert.equal(reopened.head.seq, 5);
    const lines = activeLines(dir).map((l) => JSON.parse(l) as AuditEntry);
    assert.deepEqual(lines.map((e) => e.seq), [1, 2, 3, 4, 5]);
    assert.equal(lines[3]?.prevHash, lines[2]?.hash);
    assert.ok(verifyAuditLog(dir).ok);
  }));

  test("a restart after a torn write moves the fragment aside and the chain stays whole", withDir(async (dir) => {
    await writeEntries(dir, 2);
    appendFileSync(join(dir, ACTIVE_FILE), '{"seq":3,"half');
    await writeEntries(dir, 1);
    assert.ok(readdirSync(dir).some((n) => n.startsWith(`${ACTIVE_FILE}.torn-`)));
    const result = verifyAuditLog(dir);
    assert.ok(result.ok && result.entries === 3, JSON.stringify(result));
  }));

  test("authorization decisions: PHI topics and every DENY are kept, other ALLOWs are not", withDir(async (dir) => {
    const audit = AuditLog.open({ dir, maxBytes: 1 << 20, authenticationSuccess: false, log: silent });
    const base = { principal: { principalType: "User", name: "bob" }, clientId: "c", clientAddress: "10.0.0.1", listener: "SASL_SSL", apiKey: 1, correlationId: 3 };
    audit.auditAuthorization({ ...base, resourceType: 2, resourceName: "clinical.vitals.recorded", operation: 3, allowed: true, classification: "PHI" });
    audit.auditAuthorization({ ...base, resourceType: "TOPIC", resourceName: "public.news", operation: "READ", allowed: true, classification: "public" });
    audit.auditAuthorization({ ...base, resourceType: "GROUP", resourceName: "g1", operation: "READ", allowed: false });
    audit.auditAuthentication({ clientAddress: "10.0.0.2", listener: "SASL_SSL", mechanism: "PLAIN", success: true, principal: "User:bob" });
    audit.auditAuthentication({ clientAddress: "10.0.0.2", listener: "SASL_SSL", mechanism: "PLAIN", success: false, principal: "User:ANONYMOUS", reason: "wrong password for bob" });
    await audit.close();
    const entries = activeLines(dir).map((l) => JSON.parse(l) as AuditEntry);
    assert.deepEqual(entries.map((e) => `${e.kind} ${e.decision} ${e.resource.type}:${e.resource.name} ${e.operation}`), [
      "AUTHORIZATION ALLOW TOPIC:clinical.vitals.recorded READ",
      "AUTHORIZATION DENY GROUP:g1 READ",
      "AUTHENTICATION FAILURE CLUSTER:kafka-cluster AUTHENTICATE",
    ]);
    assert.equal(entries[0]?.principal, "User:bob");
    assert.equal(entries[0]?.api, "Fetch");
    assert.equal(entries[2]?.clientAddress, "10.0.0.2");
  }));

  test("entries reach the topic appender in order, and a failing appender does not lose the file copy", withDir(async (dir) => {
    const audit = AuditLog.open({ dir, maxBytes: 1 << 20, authenticationSuccess: false, log: silent });
    const seen: number[] = [];
    let calls = 0;
    audit.connectTopic({
      append(entries) {
        calls++;
        if (calls === 1) return Promise.reject(new Error("disk full"));
        seen.push(...entries.map((e) => e.seq));
        return Promise.resolve();
      },
    });
    audit.record("USER_CHANGE", who, { resource: { type: "USER", name: "carol" }, operation: "ALTER", decision: "SUCCESS" });
    await audit.flush();
    audit.record("USER_CHANGE", who, { resource: { type: "USER", name: "dave" }, operation: "ALTER", decision: "SUCCESS" });
    await audit.close();
    assert.deepEqual(seen, [2]);
    assert.equal(activeLines(dir).length, 2);
  }));
});

test("a removed first line is reported as removed", withDir(async (dir) => {
  await writeEntries(dir, 3);
  rewrite(dir, activeLines(dir).slice(1));
  const result = verifyAuditLog(dir);
  assert.ok(!result.ok && result.problem === "removed" && result.seq === 1, JSON.stringify(result));
}));

test("allowed reads of the audit topic itself are not audited (no feedback loop), denials are", withDir(async (dir) => {
  const audit = AuditLog.open({ dir, maxBytes: 1 << 20, authenticationSuccess: false, log: silent });
  const base = { principal: "User:siem", resourceType: "TOPIC", resourceName: "security.audit.phi-access", operation: "READ", classification: "PHI" };
  audit.auditAuthorization({ ...base, allowed: true });
  audit.auditAuthorization({ ...base, allowed: false });
  await audit.close();
  assert.deepEqual(activeLines(dir).map((l) => (JSON.parse(l) as AuditEntry).decision), ["DENY"]);
}));
