// Where the audit log lives on disk: the active file `audit.jsonl`, rotated files
// `audit-<seq of their first entry, 20 digits>.jsonl` (so name order is chain order), and
// `audit-head.json`, the chain head written after every fsync so a restart continues the
// chain and a cut-off tail is noticed.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AuditChainHead } from "./audit-chain.js";

export const ACTIVE_FILE = "audit.jsonl";
export const HEAD_FILE = "audit-head.json";
const ROTATED = /^audit-(\d{20})\.jsonl$/;

export function rotatedFileName(firstSeq: number): string {
  return `audit-${String(firstSeq).padStart(20, "0")}.jsonl`;
}

/** Every audit file of `dir`, oldest first, the active file last. */
export function auditFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir);
  const rotated = names.filter((n) => ROTATED.test(n)).sort();
  if (names.includes(ACTIVE_FILE)) rotated.push(ACTIVE_FILE);
  return rotated.map((n) => join(dir, n));
}

export function readHeadFile(dir: string): AuditChainHead | undefined {
  const path = join(dir, HEAD_FILE);
  if (!existsSync(path)) return undefined;
  try {
    const v = JSON.parse(readFileSync(path, "utf8")) as { seq?: unknown; hash?: unknown };
    if (typeof v.seq === "number" && typeof v.hash === "string") return { seq: v.seq, hash: v.hash };
  } catch {
    // unreadable: treated as absent; the files themselves still carry the chain
  }
  return undefined;
}

export interface AuditLine {
  readonly file: string;
  /** 1-based line number within the file. */
  readonly line: number;
  readonly text: string;
  /** The last line of the file lacks its newline: a write that did not finish. */
  readonly torn: boolean;
}

/** The lines of every audit file in chain order. */
export function* auditLines(dir: string): Generator<AuditLine> {
  for (const file of auditFiles(dir)) {
    const text = readFileSync(file, "utf8");
    const parts = text.split("\n");
    const last = parts.pop() ?? "";
    let line = 0;
    for (const part of parts) yield { file, line: ++line, text: part, torn: false };
    if (last !== "") yield { file, line: ++line, text: last, torn: true };
  }
}
