// `carebus users add|list|delete`: SCRAM users over the Kafka protocol
// (AlterUserScramCredentials / DescribeUserScramCredentials, KIP-554), as
// `kafka-configs --entity-type users --alter --add-config 'SCRAM-SHA-512=[password=...]'`
// does. The password is salted and iterated here (PBKDF2); only the SaltedPassword
// travels, and the broker keeps StoredKey/ServerKey. @platformatic/kafka's Admin has no
// verb for these APIs, so its Connection sends them directly.
import { randomBytes } from "node:crypto";
import type { Command } from "commander";
import { alterUserScramCredentialsV0, Connection, describeUserScramCredentialsV0 } from "@platformatic/kafka";
import { saltedPassword, SCRAM_MECHANISMS, scramMechanism } from "../../security/scram-credential.js";
import { withBootstrap, type ConnectionOptions } from "../kafka/client-options.js";
import { clientSecurityFromFile } from "../../kafka-client/client-security.js";
import { CliUsageError, parseIntOption } from "../kafka/config-args.js";
import { runAction } from "../kafka/run-action.js";

interface UserOptions extends ConnectionOptions {
  mechanism: string[];
}

function withSecurity(cmd: Command): Command {
  return withBootstrap(cmd);
}

async function connect(opts: ConnectionOptions): Promise<Connection> {
  const first = opts.bootstrapServer.split(",")[0]?.trim() ?? "";
  const colon = first.lastIndexOf(":");
  if (colon <= 0) throw new CliUsageError(`--bootstrap-server ${first} is not host:port`);
  const security = clientSecurityFromFile(opts.commandConfig);
  const connection = new Connection("carebus-cli-users", { connectTimeout: 5000, requestTimeout: 30000, ...security });
  await connection.connect(first.slice(0, colon).replace(/^\[|\]$/g, ""), Number(first.slice(colon + 1)));
  return connection;
}

function mechanismsOf(names: string[]) {
  const list = names.length === 0 ? ["SCRAM-SHA-256", "SCRAM-SHA-512"] : names;
  return list.map((n) => {
    const m = scramMechanism(n.toUpperCase());
    if (m === undefined) throw new CliUsageError(`unknown mechanism ${n} (use ${SCRAM_MECHANISMS.map((s) => s.name).join(" or ")})`);
    return m;
  });
}

function failures(results: { user: string; errorCode: number; errorMessage?: string | null | undefined }[]): string[] {
  return results.filter((r) => r.errorCode !== 0).map((r) => `${r.user}: ${r.errorMessage ?? `error ${r.errorCode}`}`);
}

/** The client throws when a result carries an error; turn that back into the results. */
function resultsOf<T>(err: unknown): T | undefined {
  return (err as { response?: T } | undefined)?.response;
}

export function registerUsers(program: Command): void {
  const users = program.command("users").description("SCRAM users (SASL/SCRAM-SHA-256 and -512)");
  const collect = (v: string, prev: string[]): string[] => [...prev, v];

  withSecurity(users.command("add").description("create a user or change its password").argument("<user>"))
    .requiredOption("--password <password>", "the password (or set CAREBUS_USER_PASSWORD and pass -)")
    .option("--mechanism <SCRAM-SHA-256|SCRAM-SHA-512>", "mechanism to set (repeatable; default both)", collect, [])
    .option("--iterations <n>", "PBKDF2 iterations (4096..16384)", parseIntOption("--iterations", 4096), 4096)
    .action((user: string, opts: UserOptions & { password: string; iterations: number }) =>
      runAction(async (track) => {
        const password = opts.password === "-" ? (process.env["CAREBUS_USER_PASSWORD"] ?? "") : opts.password;
        if (password === "") throw new CliUsageError("the password is empty");
        const upsertions = mechanismsOf(opts.mechanism).map((m) => {
          const salt = randomBytes(32);
          return { name: user, mechanism: m.type, iterations: opts.iterations, salt, saltedPassword: saltedPassword(m, password, salt, opts.iterations) };
        });
        const connection = track(await connect(opts));
        let results;
        try {
          results = (await alterUserScramCredentialsV0.api.async(connection, [], upsertions)).results;
        } catch (err) {
          results = resultsOf<{ results: typeof results }>(err)?.results;
          if (results === undefined) throw err;
        }
        const failed = failures(results);
        if (failed.length > 0) throw new Error(failed.join("; "));
        console.log(`Set ${upsertions.map((u) => scramMechanism(u.mechanism)?.name).join(", ")} credentials for user ${user}.`);
      }),
    );

  withSecurity(users.command("delete").description("remove a user's SCRAM credentials").argument("<user>"))
    .option("--mechanism <SCRAM-SHA-256|SCRAM-SHA-512>", "mechanism to remove (repeatable; default every one the user has)", collect, [])
    .action((user: string, opts: UserOptions) =>
      runAction(async (track) => {
        const connection = track(await connect(opts));
        let mechanisms = opts.mechanism.length > 0 ? mechanismsOf(opts.mechanism) : [];
        if (mechanisms.length === 0) {
          const described = await describe(connection, [user]);
          const found = described.find((r) => r.user === user);
          if (found === undefined || found.errorCode !== 0) throw new Error(`user ${user} has no SCRAM credentials`);
          mechanisms = found.credentialInfos.map((c) => scramMechanism(c.mechanism)).filter((m) => m !== undefined);
        }
        const deletions = mechanisms.map((m) => ({ name: user, mechanism: m.type }));
        let results;
        try {
          results = (await alterUserScramCredentialsV0.api.async(connection, deletions, [])).results;
        } catch (err) {
          results = resultsOf<{ results: typeof results }>(err)?.results;
          if (results === undefined) throw err;
        }
        const failed = failures(results);
        if (failed.length > 0) throw new Error(failed.join("; "));
        console.log(`Deleted ${mechanisms.map((m) => m.name).join(", ")} credentials of user ${user}.`);
      }),
    );

  withSecurity(users.command("list").description("users and their SCRAM mechanisms").argument("[users...]"))
    .option("--json", "print JSON")
    .action((names: string[], opts: ConnectionOptions & { json?: boolean }) =>
      runAction(async (track) => {
        const connection = track(await connect(opts));
        const results = await describe(connection, names);
        const rows = results.map((r) => ({
          user: r.user,
          ...(r.errorCode === 0 ? {} : { error: r.errorMessage ?? `error ${r.errorCode}` }),
          credentials: r.credentialInfos.map((c) => ({ mechanism: scramMechanism(c.mechanism)?.name ?? `mechanism ${c.mechanism}`, iterations: c.iterations })),
        }));
        if (opts.json === true) {
          console.log(JSON.stringify(rows, null, 2));
          return;
        }
        for (const r of rows) {
          console.log(`${r.user}\t${"error" in r ? `ERROR ${r.error}` : r.credentials.map((c) => `${c.mechanism} (iterations=${c.iterations})`).join(", ")}`);
        }
        if (rows.some((r) => "error" in r)) process.exitCode = 1;
      }),
    );
}

async function describe(connection: Connection, names: string[]) {
  try {
    return (await describeUserScramCredentialsV0.api.async(connection, names.map((name) => ({ name })))).results;
  } catch (err) {
    const results = resultsOf<{ results: Awaited<ReturnType<typeof describeUserScramCredentialsV0.api.async>>["results"] }>(err)?.results;
    if (results === undefined) throw err;
    return results;
  }
}
