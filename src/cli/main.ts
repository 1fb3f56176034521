// The `carebus` command line. Each verb lives in its own file under commands/.
import { readFileSync } from "node:fs";
import { Command } from "commander";
import { registerConfigs } from "./commands/configs.js";
import { registerConsume } from "./commands/consume.js";
import { registerDumpLog } from "./commands/dump-log.js";
import { registerProduce } from "./commands/produce.js";
import { registerStart } from "./commands/start.js";
import { registerTopics } from "./commands/topics.js";
import { registerUsers } from "./commands/users.js";
import { registerAcls } from "./commands/acls.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

const program = new Command()
  .name("carebus")
  .description("Carebus: a Kafka-compatible healthcare event broker (one program, no Java, Docker or ZooKeeper)")
  .version(pkg.version, "-V, --version");

registerStart(program);
registerTopics(program);
registerConfigs(program);
registerProduce(program);
registerConsume(program);
registerDumpLog(program);
registerUsers(program);
registerAcls(program);

await program.parseAsync(process.argv);
