// `carebus dump-log <files...>`: kafka-dump-log.sh for Carebus's (Kafka-layout) segments.
import type { Command } from "commander";
import { dumpFile } from "../dump/segment-dump.js";

export function registerDumpLog(program: Command): void {
  program
    .command("dump-log")
    .description("print the batches (and records) of segment files: .log, .index, .timeindex")
    .argument("<files...>")
    .option("--print-data-log", "also print each record's key and payload")
    .option("--max-batches <n>", "stop after this many batches per file", (v: string) => Number.parseInt(v, 10))
    .action((files: string[], opts: { printDataLog?: boolean; maxBatches?: number }) => {
      for (const file of files) {
        try {
          dumpFile(file, { printDataLog: opts.printDataLog === true, ...(opts.maxBatches === undefined ? {} : { maxBatches: opts.maxBatches }) }, (line) => {
            process.stdout.write(`${line}\n`);
          });
        } catch (err) {
          console.error(`carebus: ${(err as Error).message}`);
          process.exitCode = 1;
        }
      }
    });
}
