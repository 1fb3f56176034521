// `carebus audit verify|tail`: checks the hash chain of the audit log's JSON-lines files
// (src/security/audit/audit-verify.ts) and prints recent entries. The directory is
// --dir, else what the broker configuration says (carebus.audit.log.dir, or
// <log.dirs>/audit, from --config / --data-dir / CAREBUS_* like `carebus start`).
// verify exits 0 when the chain is whole, 1 when it is broken (or the dir has no log).
import { join } from "node:path";
import type { Command } from "commander";
import { loadBrokerConfig } from "../../config/broker-config.js";
import type { AuditEntry } from "../../security/audit/audit-event.js";
import { auditFiles, auditLines } from "../../security/audit/audit-files.js";
import { parseEntry, verifyAuditLog } from "../../security/audit/audit-verify.js";

interface DirOptions {
  dir?: string;
  config?: string;
  dataDir?: string;
}

export function registerAudit(program: Command): void {
  const audit = program.command("audit").description("check and read the tamper-evident audit log");
  const dirOptions = (c: Command): Command =>
    c
      .option("--dir <dir>", "audit log directory (default: carebus.audit.log.dir or <log.dirs>/audit)")
      .option("--config <file>", "server.properties to read the directory from")
      .option("--data-dir <dir>", "the broker's data directory (log.dirs)");

  dirOptions(audit.command("verify").description("recompute the hash chain; exit 1 at the first altered, removed or reordered entry")).action((opts: DirOptions) => {
    const dir = auditDir(opts);
    if (auditFiles(dir).length === 0) {
      console.error(`carebus: no audit log in ${dir}`);
      process.exitCode = 1;
      return;
    }
    const result = verifyAuditLog(dir);
    if (result.ok) {
      process.stdout.write(`OK: ${result.entries} entries, chain intact (last seq ${result.head.seq}, hash ${result.head.hash})\n`);
      return;
    }
    process.stdout.write(`BROKEN at seq ${result.seq} (${result.problem}): ${result.message}\n${result.entries} entries verified before it\n`);
    process.exitCode = 1;
  });

  dirOptions(audit.command("tail").description("print the most recent audit entries"))
    .option("-n, --lines <n>", "how many entries", (v: string) => Number.parseInt(v, 10), 20)
    .option("--json", "print the entries as JSON lines")
    .action((opts: DirOptions & { lines: number; json?: boolean }) => {
      const dir = auditDir(opts);
      const recent: AuditEntry[] = [];
      for (const l of auditLines(dir)) {
        const e = parseEntry(l.text);
        if (e === undefined) continue;
        recent.push(e);
        if (recent.length > opts.lines) recent.shift();
      }
      for (const e of recent) process.stdout.write(`${opts.json === true ? JSON.stringify(e) : formatEntry(e)}\n`);
    });
}

function auditDir(opts: DirOptions): string {
  if (opts.dir !== undefined) return opts.dir;
  const { config } = loadBrokerConfig({
    ...(opts.config === undefined ? {} : { file: opts.config }),
    env: process.env,
    ...(opts.dataDir === undefined ? {} : { dataDir: opts.dataDir }),
  });
  const configured = config.get("carebus.audit.log.dir");
  const dir = configured ?? join(config.logDirs[0] ?? ".", "audit");
  return dir;
}

/** One readable line: time, seq, kind, decision, who, what. */
export function formatEntry(e: AuditEntry): string {
  const who = `${e.principal}@${e.clientAddress || "-"}${e.clientId === null ? "" : ` (${e.clientId})`}`;
  const what = `${e.operation} ${e.resource.type}:${e.resource.name}${e.api === null ? "" : ` via ${e.api}`}`;
  const details = Object.keys(e.details).length === 0 ? "" : ` ${JSON.stringify(e.details)}`;
  return `${e.time} #${e.seq} ${e.kind} ${e.decision} ${who} ${what} [${e.listener}]${details}`;
}
