// TEST-ONLY: a real Broker on a free loopback port with its own temporary log dir.
// `stop()` stops the broker and removes the dir; call it in `after`/`afterEach` or a
// finally block so no test leaves a listener or files behind.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Broker } from "../../src/broker/broker.js";
import { loadBrokerConfig } from "../../src/config/broker-config.js";

export interface TestBroker {
  readonly broker: Broker;
  readonly port: number;
  /** "127.0.0.1:<port>", for clients' bootstrap lists. */
  readonly bootstrap: string;
  readonly logDir: string;
  stop(): Promise<void>;
}

export interface TestBrokerOptions {
  /** Use this log dir (e.g. a previous broker's, to test a restart) and leave it in place on stop. */
  logDir?: string;
}

/** Starts a broker; `overrides` are --override style settings (Kafka names). */
export async function startTestBroker(overrides: Readonly<Record<string, string>> = {}, options: TestBrokerOptions = {}): Promise<TestBroker> {
  const ownsDir = options.logDir === undefined;
  const logDir = options.logDir ?? mkdtempSync(join(tmpdir(), "carebus-test-broker-"));
  let broker: Broker;
  try {
    // The audit file is kept, but its topic would join every topic listing the tests assert
    // on; test/e2e/audit-log.test.ts covers the topic.
    const defaults = { listeners: "PLAINTEXT://127.0.0.1:0", "log.dirs": logDir, "carebus.audit.topic.enable": "false" };
    const { config } = loadBrokerConfig({ overrides: { ...defaults, ...overrides } });
    broker = await Broker.start({ config });
  } catch (err) {
    if (ownsDir) rmSync(logDir, { recursive: true, force: true });
    throw err;
  }
  const port = broker.boundListeners[0]?.port;
  if (port === undefined) {
    await broker.stop();
    if (ownsDir) rmSync(logDir, { recursive: true, force: true });
    throw new Error("the broker bound no listener");
  }
  let stopped = false;
  return {
    broker,
    port,
    bootstrap: `127.0.0.1:${port}`,
    logDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        await broker.stop();
      } finally {
        if (ownsDir) rmSync(logDir, { recursive: true, force: true });
      }
    },
  };
}
