// `carebus audit verify`: walks every audit file in chain order, recomputes each hash and
// checks the links, and names the first entry that breaks the chain and why:
//   altered   the entry's hash is not the hash of its content;
//   removed   seq jumps forward (entries are missing) or the head file names a later seq;
//   reordered seq goes back, or the missing seq appears later in the files;
//   broken-link  seq continues but prevHash is not the previous entry's hash;
//   torn-tail the last line of the active file has no newline (a crash mid-write);
//   corrupt   a line that is not an entry (bad JSON, a torn line inside the log).
import { basename } from "node:path";
import { entryHash, GENESIS_HASH, type AuditChainHead } from "./audit-chain.js";
import type { AuditEntry } from "./audit-event.js";
import { auditLines, readHeadFile, type AuditLine } from "./audit-files.js";

export type AuditProblem = "altered" | "removed" | "reordered" | "broken-link" | "torn-tail" | "corrupt";

export type AuditVerification =
  | { readonly ok: true; readonly entries: number; readonly head: AuditChainHead }
  | {
      readonly ok: false;
      /** Entries verified before the break. */
      readonly entries: number;
      readonly problem: AuditProblem;
      /** The seq the chain expected at the break. */
      readonly seq: number;
      readonly file: string;
      readonly line: number;
      readonly message: string;
    };

export function verifyAuditLog(dir: string): AuditVerification {
  const lines = [...auditLines(dir)];
  // The chain starts at seq 1: the broker never deletes rotated files, so a later start
  // means the first entries (or whole old files) were removed.
  let prevHash = GENESIS_HASH;
  let expected = 1;
  const fail = (l: AuditLine, problem: AuditProblem, message: string): AuditVerification => ({
    ok: false, entries: expected - 1, problem, seq: expected, file: l.file, line: l.line,
    message: `${basename(l.file)}:${l.line}: ${message}`,
  });
  const entries = lines.map((l) => parseEntry(l.text));
  for (const [i, l] of lines.entries()) {
    const entry = entries[i];
    if (l.torn) {
      const last = i === lines.length - 1;
      return fail(l, last ? "torn-tail" : "corrupt", last ? `torn tail: the last line is incomplete (a write cut short), after seq ${expected - 1}` : "incomplete line inside the log");
    }
    if (entry === undefined) return fail(l, "corrupt", "not an audit entry");
    if (entryHash(entry) !== entry.hash) return fail(l, "altered", `entry seq ${entry.seq} was altered (its hash does not match its content)`);
    if (entry.seq > expected) {
      const later = entries.slice(i + 1).some((e) => e?.seq === expected);
      return later
        ? fail(l, "reordered", `entries reordered: found seq ${entry.seq} where seq ${expected} belongs`)
        : fail(l, "removed", `entries removed: seq ${expected}${entry.seq - 1 > expected ? `..${entry.seq - 1}` : ""} missing before seq ${entry.seq}`);
    }
    if (entry.seq < expected) return fail(l, "reordered", `entries reordered or duplicated: seq ${entry.seq} after seq ${expected - 1}`);
    if (entry.prevHash !== prevHash) return fail(l, "broken-link", `entry seq ${entry.seq} does not link to the previous entry (prevHash mismatch: removed or replaced entries)`);
    prevHash = entry.hash;
    expected++;
  }
  const head = { seq: expected - 1, hash: prevHash };
  const persisted = readHeadFile(dir);
  if (persisted !== undefined && persisted.seq > head.seq) {
    const last = lines.at(-1);
    return {
      ok: false, entries: expected - 1, problem: "removed", seq: head.seq + 1, file: last?.file ?? dir, line: last?.line ?? 0,
      message: `entries removed at the end: the chain ends at seq ${head.seq} but the head file records seq ${persisted.seq}`,
    };
  }
  if (persisted !== undefined && persisted.seq === head.seq && persisted.hash !== head.hash && head.seq > 0) {
    const last = lines.at(-1);
    return {
      ok: false, entries: expected - 1, problem: "altered", seq: head.seq, file: last?.file ?? dir, line: last?.line ?? 0,
      message: `the last entry (seq ${head.seq}) differs from the one the head file records`,
    };
  }
  return { ok: true, entries: expected - 1, head };
}

/** An entry if `text` has an entry's shape; undefined otherwise. */
export function parseEntry(text: string): AuditEntry | undefined {
  try {
    const v = JSON.parse(text) as Partial<AuditEntry> | null;
    if (v === null || typeof v !== "object" || typeof v.seq !== "number" || typeof v.hash !== "string" || typeof v.prevHash !== "string") return undefined;
    return v as AuditEntry;
  } catch {
    return undefined;
  }
}
