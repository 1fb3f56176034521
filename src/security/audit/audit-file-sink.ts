// The JSON-lines sink of the audit log: one entry per line in `audit.jsonl`, appended in
// chain order and fsynced by group commit (entries recorded while a write+fsync is under
// way go out together in the next one). Past `maxBytes` the active file is renamed to
// `audit-<first seq>.jsonl` and a new one started; the chain does not restart, so the
// first entry of the new file links to the last of the previous one. After each fsync
// the head is written to `audit-head.json` (atomically). Opening recovers: a torn last
// line (a write the crash cut short, never fsynced) is moved to `audit.jsonl.torn-<ms>`
// for inspection, and the head is the later of the last entry and the head file, so
// entries cut from the end stay visible as a gap in the chain.
import { closeSync, existsSync, ftruncateSync, mkdirSync, openSync, readFileSync, readSync, statSync, writeFileSync, fstatSync } from "node:fs";
import { open, rename, writeFile, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import type { Logger } from "../../util/logger.js";
import { EMPTY_HEAD, type AuditChainHead } from "./audit-chain.js";
import type { AuditEntry } from "./audit-event.js";
import { ACTIVE_FILE, auditFiles, HEAD_FILE, readHeadFile, rotatedFileName } from "./audit-files.js";
import { parseEntry } from "./audit-verify.js";

export interface AuditFileSinkOptions {
  readonly dir: string;
  /** Rotate once the active file would pass this size (an entry is never split). */
  readonly maxBytes: number;
  readonly log: Logger;
}

interface Pending {
  readonly seq: number;
  readonly hash: string;
  readonly bytes: Buffer;
}

export class AuditFileSink {
  readonly #opts: AuditFileSinkOptions;
  readonly #activePath: string;
  #pending: Pending[] = [];
  #handle: FileHandle | undefined;
  #size: number;
  /** Seq of the active file's first entry (names the file when it rotates). */
  #firstSeq: number | undefined;
  #flushing: Promise<void> | undefined;
  #closed = false;

  private constructor(opts: AuditFileSinkOptions, size: number, firstSeq: number | undefined) {
    this.#opts = opts;
    this.#activePath = join(opts.dir, ACTIVE_FILE);
    this.#size = size;
    this.#firstSeq = firstSeq;
  }

  /** Opens (creating) the directory, recovers a torn tail and returns the chain head to continue from. */
  static open(opts: AuditFileSinkOptions): { sink: AuditFileSink; head: AuditChainHead } {
    mkdirSync(opts.dir, { recursive: true });
    const active = join(opts.dir, ACTIVE_FILE);
    if (existsSync(active)) dropTornTail(active, opts.log);
    const lastInFiles = lastEntry(opts.dir);
    const persisted = readHeadFile(opts.dir);
    let head: AuditChainHead = lastInFiles === undefined ? EMPTY_HEAD : { seq: lastInFiles.seq, hash: lastInFiles.hash };
    if (persisted !== undefined && persisted.seq > head.seq) {
      opts.log.warn({ dir: opts.dir, lastSeqInFiles: head.seq, headSeq: persisted.seq }, "audit log files end before the recorded chain head: entries were removed; continuing from the head so the gap stays visible");
      head = persisted;
    }
    const size = existsSync(active) ? statSync(active).size : 0;
    const first = size > 0 ? parseEntry(readFileSync(active, "utf8").split("\n", 1)[0] ?? "") : undefined;
    return { sink: new AuditFileSink(opts, size, first?.seq), head };
  }

  write(entry: AuditEntry): void {
    if (this.#closed) return;
    this.#pending.push({ seq: entry.seq, hash: entry.hash, bytes: Buffer.from(`${JSON.stringify(entry)}\n`) });
    this.#flushing ??= this.#drain();
  }

  /** Resolves once everything written so far is fsynced. */
  async flush(): Promise<void> {
    while (this.#flushing !== undefined) await this.#flushing;
  }

  async close(): Promise<void> {
    await this.flush();
    this.#closed = true;
    await this.#handle?.close();
    this.#handle = undefined;
  }

  async #drain(): Promise<void> {
    // Let the current tick's entries join this batch.
    await new Promise<void>((resolve) => setImmediate(resolve));
    try {
      while (this.#pending.length > 0) {
        const batch = this.#pending;
        this.#pending = [];
        try {
          await this.#writeBatch(batch);
        } catch (err) {
          this.#pending = [...batch, ...this.#pending];
          this.#opts.log.error({ err, dir: this.#opts.dir, entries: batch.length }, "cannot write the audit log file; will retry with the next entry");
          await this.#handle?.close().catch(() => undefined);
          this.#handle = undefined;
          return;
        }
      }
    } finally {
      this.#flushing = undefined;
    }
  }

  async #writeBatch(batch: readonly Pending[]): Promise<void> {
    let chunk: Pending[] = [];
    let chunkBytes = 0;
    for (const p of batch) {
      if (this.#size + chunkBytes > 0 && this.#size + chunkBytes + p.bytes.length > this.#opts.maxBytes) {
        await this.#append(chunk);
        await this.#rotate();
        chunk = [];
        chunkBytes = 0;
      }
      chunk.push(p);
      chunkBytes += p.bytes.length;
    }
    await this.#append(chunk);
    const last = batch.at(-1);
    if (last !== undefined) await this.#writeHead({ seq: last.seq, hash: last.hash });
  }

  async #append(chunk: readonly Pending[]): Promise<void> {
    if (chunk.length === 0) return;
    this.#handle ??= await open(this.#activePath, "a", 0o600);
    const data = Buffer.concat(chunk.map((p) => p.bytes));
    await this.#handle.write(data);
    await this.#handle.sync();
    this.#firstSeq ??= chunk[0]?.seq;
    this.#size += data.length;
  }

  async #rotate(): Promise<void> {
    if (this.#size === 0 || this.#firstSeq === undefined) return;
    await this.#handle?.close();
    this.#handle = undefined;
    await rename(this.#activePath, join(this.#opts.dir, rotatedFileName(this.#firstSeq)));
    this.#size = 0;
    this.#firstSeq = undefined;
    this.#opts.log.info({ dir: this.#opts.dir }, "rotated the audit log file");
  }

  async #writeHead(head: AuditChainHead): Promise<void> {
    const path = join(this.#opts.dir, HEAD_FILE);
    await writeFile(`${path}.tmp`, `${JSON.stringify(head)}\n`, { mode: 0o600 });
    await rename(`${path}.tmp`, path);
  }
}

/** Moves an unterminated last line aside and cuts it from the file. */
function dropTornTail(path: string, log: Logger): void {
  const fd = openSync(path, "r+");
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return;
    // Scan back for the last newline; a torn tail is at most one entry long.
    let end = size;
    const buf = Buffer.alloc(64 * 1024);
    let keep = 0;
    while (end > 0) {
      const start = Math.max(0, end - buf.length);
      const n = readSync(fd, buf, 0, end - start, start);
      const nl = buf.subarray(0, n).lastIndexOf(0x0a);
      if (nl >= 0) {
        keep = start + nl + 1;
        break;
      }
      end = start;
    }
    if (keep === size) return;
    const fragment = Buffer.alloc(size - keep);
    readSync(fd, fragment, 0, fragment.length, keep);
    const aside = `${path}.torn-${Date.now()}`;
    writeFileSync(aside, fragment, { mode: 0o600 });
    ftruncateSync(fd, keep);
    log.warn({ file: path, bytes: fragment.length, movedTo: aside }, "audit log ended in an incomplete line (a write cut short); moved it aside");
  } finally {
    closeSync(fd);
  }
}

/** The last complete entry of the newest file that has one. */
function lastEntry(dir: string): AuditEntry | undefined {
  for (const file of auditFiles(dir).reverse()) {
    const lines = readFileSync(file, "utf8").split("\n").filter((l) => l !== "");
    for (let i = lines.length - 1; i >= 0; i--) {
      const e = parseEntry(lines[i] ?? "");
      if (e !== undefined) return e;
    }
  }
  return undefined;
}
