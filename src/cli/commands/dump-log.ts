// `carebus dump-log <files...>`: kafka-dump-log.sh for Carebus's (Kafka-layout) segments.
// Records of encrypted segments print only with their keys (--encryption-keys-file or
// CAREBUS_ENCRYPTION_KEYS, the broker's formats).
import type { Command } from "commander";
import { ENCRYPTION_KEYS_ENV, KeyRing } from "../../storage/encryption/key-ring.js";
import { dumpFile } from "../dump/segment-dump.js";

export function registerDumpLog(program: Command): void {
  program
    .command("dump-log")
    .description("print the batches (and records) of segment files: .log, .index, .timeindex")
    .argument("<files...>")
    .option("--print-data-log", "also print each record's key and payload")
    .option("--max-batches <n>", "stop after this many batches per file", (v: string) => Number.parseInt(v, 10))
    .option("--encryption-keys-file <file>", `keys of encrypted segments (<key-id>=<base64> lines); also ${ENCRYPTION_KEYS_ENV}`)
    .action((files: string[], opts: { printDataLog?: boolean; maxBatches?: number; encryptionKeysFile?: string }) => {
      let keys: KeyRing;
      try {
        keys = KeyRing.load({ file: opts.encryptionKeysFile, env: process.env[ENCRYPTION_KEYS_ENV] });
      } catch (err) {
        console.error(`carebus: ${(err as Error).message}`);
        process.exitCode = 1;
        return;
      }
      for (const file of files) {
        try {
          const dumpOptions = { printDataLog: opts.printDataLog === true, keys, ...(opts.maxBatches === undefined ? {} : { maxBatches: opts.maxBatches }) };
          dumpFile(file, dumpOptions, (line) => {
            process.stdout.write(`${line}\n`);
          });
        } catch (err) {
          console.error(`carebus: ${(err as Error).message}`);
          process.exitCode = 1;
        }
      }
    });
}
