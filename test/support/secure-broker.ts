// TEST-ONLY: a broker with security listeners whose log lines are captured, so tests can
// see what the broker said about a connection (principal, failed authentication).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { Broker } from "../../src/broker/broker.js";
import { loadBrokerConfig } from "../../src/config/broker-config.js";
import type { Clock } from "../../src/storage/clock.js";

export interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly [key: string]: unknown;
}

export interface SecureBroker {
  readonly broker: Broker;
  readonly logDir: string;
  readonly logs: LogLine[];
  /** Bound port of the listener `name` (upper case, e.g. "SASL_SSL"). */
  port(name: string): number;
  bootstrap(name: string): string;
  stop(): Promise<void>;
}

export async function startSecureBroker(overrides: Readonly<Record<string, string>>, opts: { clock?: Clock; logDir?: string } = {}): Promise<SecureBroker> {
  const logDir = opts.logDir ?? mkdtempSync(join(tmpdir(), "carebus-secure-broker-"));
  const logs: LogLine[] = [];
  const log = pino({ level: "info" }, { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
  let broker: Broker;
  try {
    const { config } = loadBrokerConfig({ overrides: { "log.dirs": logDir, "connection.failed.authentication.delay.ms": "10", ...overrides } });
    broker = await Broker.start({ config, log, ...(opts.clock === undefined ? {} : { clock: opts.clock }) });
  } catch (err) {
    if (opts.logDir === undefined) rmSync(logDir, { recursive: true, force: true });
    throw err;
  }
  const port = (name: string): number => {
    const bound = broker.boundListeners.find((b) => b.listener.name === name);
    if (bound === undefined) throw new Error(`no listener ${name}`);
    return bound.port;
  };
  let stopped = false;
  return {
    broker,
    logDir,
    logs,
    port,
    bootstrap: (name) => `127.0.0.1:${port(name)}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        await broker.stop();
      } finally {
        if (opts.logDir === undefined) rmSync(logDir, { recursive: true, force: true });
      }
    },
  };
}
