// kcat (librdkafka) as a child process for tests whose broker runs in the test's own
// process: asynchronous (a blocking spawnSync would stall the broker), killed after a
// time limit, rejecting with kcat's stderr when it exits non-zero.
import { spawn } from "node:child_process";

export interface KcatOptions {
  /** Written to kcat's stdin (producer mode); stdin is closed either way. */
  readonly input?: string;
  readonly timeoutMs?: number;
}

/** Runs `kcat -b <bootstrap> ...args` and resolves with its stdout. */
export function runKcat(bootstrap: string, args: readonly string[], options: KcatOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("kcat", ["-b", bootstrap, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 30_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(stdout);
      else reject(new Error(`kcat ${args.join(" ")} exited with ${code}: ${stderr}`));
    });
    child.stdin.end(options.input ?? "");
  });
}
