// The `carebus` command line. Each verb lives in its own file under commands/.
import { readFileSync } from "node:fs";
import { Command } from "commander";
import { registerStart } from "./commands/start.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

const program = new Command()
  .name("carebus")
  .description("Carebus: a Kafka-compatible healthcare event broker (one program, no Java, Docker or ZooKeeper)")
  .version(pkg.version, "-V, --version");

registerStart(program);

await program.parseAsync(process.argv);
