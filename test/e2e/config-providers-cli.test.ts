// `carebus start -c server.properties` where the SASL/PLAIN JAAS passwords come from a
// FileConfigProvider (KIP-297): kcat authenticates with the password kept in the secrets
// file, the secret never appears in what start-up prints, and a reference to a key the
// file lacks stops start-up naming the config key.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const MAIN = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));
const SECRET = "pw-4f9e1c-from-provider";

let dir: string;

before(() => {
  dir = mkdtempSync(join(tmpdir(), "carebus-providers-cli-"));
  writeFileSync(join(dir, "secrets.properties"), `admin_password=${SECRET}\n`);
});
after(() => rmSync(dir, { recursive: true, force: true }));

function serverProperties(name: string, passwordKey: string): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    [
      "listeners=PLAINTEXT://127.0.0.1:0,SASL_PLAINTEXT://127.0.0.1:0",
      "sasl.enabled.mechanisms=PLAIN",
      "carebus.schema.registry.enable=false",
      "config.providers=file",
      "config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider",
      `config.providers.file.param.allowed.paths=${dir}`,
      "listener.name.sasl_plaintext.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\",
      '  username="admin" \\',
      `  user_admin="\${file:${join(dir, "secrets.properties")}:${passwordKey}}";`,
      "",
    ].join("\n"),
  );
  return path;
}

interface Started {
  readonly saslPort: number;
  readonly output: () => string;
  stop(): Promise<number | null>;
}

/** Starts `carebus start -c <file>`; resolves once ready, rejects with the output if it exits first. */
function start(config: string, dataDir: string): Promise<Started> {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN, "start", "-c", config, "--data-dir", dataDir], {
    env: { ...process.env, CAREBUS_LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer): void => {
      output += d.toString();
      const m = /listening on SASL_PLAINTEXT:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (m?.[1] !== undefined && /ready in \d+ ms/.test(output)) {
        resolve({
          saslPort: Number(m[1]),
          output: () => output,
          stop: async () => {
            child.kill("SIGTERM");
            return exited;
          },
        });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`carebus start exited (${code}) before it was ready:\n${output}`)));
  });
}

function kcat(args: readonly string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("kcat", args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

test("the PLAIN password comes from the file provider; start-up never prints it", async () => {
  const broker = await start(serverProperties("server.properties", "admin_password"), join(dir, "data-ok"));
  try {
    const plain = (password: string, waitS: number) => [
      "-b", `127.0.0.1:${broker.saslPort}`, "-X", "security.protocol=SASL_PLAINTEXT", "-X", "sasl.mechanisms=PLAIN",
      "-X", "sasl.username=admin", "-X", `sasl.password=${password}`, "-X", "reconnect.backoff.max.ms=100", "-L", "-m", String(waitS),
    ];
    const ok = await kcat(plain(SECRET, 5));
    assert.equal(ok.code, 0, ok.out);
    assert.match(ok.out, /Metadata for all topics/);
    const literal = await kcat(plain(`\${file:${join(dir, "secrets.properties")}:admin_password}`, 2));
    assert.notEqual(literal.code, 0, "the reference text itself is not the password");
    assert.doesNotMatch(broker.output(), new RegExp(SECRET));
  } finally {
    await broker.stop();
  }
});

test("a key the secrets file lacks stops start-up naming the config key", async () => {
  await assert.rejects(start(serverProperties("bad.properties", "no_such_key"), join(dir, "data-bad")), (err: Error) => {
    assert.match(err.message, /listener\.name\.sasl_plaintext\.plain\.sasl\.jaas\.config/);
    assert.match(err.message, /has no key 'no_such_key'/);
    assert.doesNotMatch(err.message, new RegExp(SECRET));
    return true;
  });
});
