// The hash chain that makes the audit log tamper-evident: entry n carries seq n, the
// hash of entry n-1 as prevHash, and its own hash = SHA-256(canonical JSON of the entry
// without `hash`). Changing a field changes that entry's hash; removing or reordering
// entries breaks seq continuity or a prevHash link. The first entry ever has seq 1 and
// prevHash GENESIS_HASH. The head (last seq and hash) is all a writer needs to continue.
import { createHash } from "node:crypto";
import type { AuditEntry, AuditEvent, AuditJson } from "./audit-event.js";
import { canonicalJson } from "./canonical-json.js";

export const GENESIS_HASH = "0".repeat(64);

export interface AuditChainHead {
  readonly seq: number;
  readonly hash: string;
}

export const EMPTY_HEAD: AuditChainHead = { seq: 0, hash: GENESIS_HASH };

/** SHA-256 hex of the entry's canonical JSON, `hash` left out. */
export function entryHash(entry: Omit<AuditEntry, "hash"> | AuditEntry): string {
  const { hash: _ignored, ...rest } = entry as AuditEntry;
  return createHash("sha256").update(canonicalJson(rest as unknown as AuditJson)).digest("hex");
}

export class AuditChain {
  #head: AuditChainHead;

  constructor(head: AuditChainHead = EMPTY_HEAD) {
    this.#head = head;
  }

  get head(): AuditChainHead {
    return this.#head;
  }

  /** Links `event` after the head and makes it the new head. */
  append(event: AuditEvent): AuditEntry {
    const unhashed = { ...event, seq: this.#head.seq + 1, prevHash: this.#head.hash };
    const entry: AuditEntry = { ...unhashed, hash: entryHash(unhashed) };
    this.#head = { seq: entry.seq, hash: entry.hash };
    return entry;
  }
}
