// The `carebus` command line. Each verb lives in its own file under commands/; only the
// verb being run is loaded (the broker, the registry and the Kafka client library take
// a moment to import), all of them for `--help` and unknown verbs.
import { readFileSync } from "node:fs";
import { Command } from "commander";
import { kafkaToolArgs } from "./kafka/kafka-tool-args.js";

type Register = (program: Command) => void;

const VERBS: Record<string, () => Promise<Register>> = {
  start: async () => (await import("./commands/start.js")).registerStart,
  topics: async () => (await import("./commands/topics.js")).registerTopics,
  configs: async () => (await import("./commands/configs.js")).registerConfigs,
  produce: async () => (await import("./commands/produce.js")).registerProduce,
  consume: async () => (await import("./commands/consume.js")).registerConsume,
  "dump-log": async () => (await import("./commands/dump-log.js")).registerDumpLog,
  users: async () => (await import("./commands/users.js")).registerUsers,
  schemas: async () => (await import("./commands/schemas.js")).registerSchemas,
  audit: async () => (await import("./commands/audit.js")).registerAudit,
  acls: async () => (await import("./commands/acls.js")).registerAcls,
};

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

const program = new Command()
  .name("carebus")
  .description("Carebus: a Kafka-compatible healthcare event broker (one program, no Java, Docker or ZooKeeper)")
  .version(pkg.version, "-V, --version");

const verb = process.argv[2];
const wanted = verb !== undefined && Object.hasOwn(VERBS, verb) ? [verb] : Object.keys(VERBS);
for (const name of wanted) (await VERBS[name]?.())?.(program);

await program.parseAsync(kafkaToolArgs(process.argv));
