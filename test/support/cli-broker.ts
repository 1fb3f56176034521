// TEST-ONLY: `carebus start` as its own process (from source, through tsx) on a free
// loopback port, for tests that kill the broker the way an operating system would.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const MAIN = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));

export interface CliBroker {
  readonly child: ChildProcess;
  readonly port: number;
  /** SIGKILL: no flush, no clean-shutdown marker. Resolves when the process is gone. */
  kill9(): Promise<void>;
}

export function startCliBroker(logDir: string, overrides: Readonly<Record<string, string>> = {}): Promise<CliBroker> {
  const settings = { listeners: "PLAINTEXT://127.0.0.1:0", "carebus.schema.registry.enable": "false", ...overrides };
  const args = [MAIN, "start", "--data-dir", logDir, ...Object.entries(settings).flatMap(([k, v]) => ["--override", `${k}=${v}`])];
  const child = spawn(process.execPath, ["--import", "tsx", ...args], { env: { ...process.env, CAREBUS_LOG_LEVEL: "warn" }, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (d: Buffer): void => {
      output += d.toString();
      const m = /listening on PLAINTEXT:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (m?.[1] !== undefined && /ready in \d+ ms/.test(output)) {
        child.stdout?.off("data", onData);
        resolve({
          child,
          port: Number(m[1]),
          kill9: async () => {
            if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
            await exited;
          },
        });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    child.once("exit", (code) => reject(new Error(`carebus start exited (${code}) before it was ready: ${output}`)));
  });
}
