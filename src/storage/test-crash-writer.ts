// TEST-ONLY child process for crash.test.ts: producers append batches to one log in a
// loop, and print "<seq> <firstOffset>" once flush() acknowledged the batch. The parent
// SIGKILLs it at a random moment. Batch <seq> is rebuilt by `crashTestBatch`. With
// CRASH_ENCRYPTION_KEY (base64) set, the log encrypts at rest under key id "crash".
import { KeyRing } from "./encryption/key-ring.js";
import { LogManager } from "./log-manager.js";
import { logConfig } from "./log-config.js";
import { testBatch } from "./test-support.js";

export const CRASH_TOPIC = "crash";

/** The key ring of an encrypted crash run, from the base64 key the parent passes. */
export function crashKeyRing(base64Key: string): KeyRing {
  return new KeyRing(new Map([["crash", Buffer.from(base64Key, "base64")]]));
}

/** The batch the writer appends as number `seq` (deterministic, sizes vary across segment boundaries). */
export function crashTestBatch(seq: number): Buffer {
  return testBatch({
    records: 1 + (seq % 7),
    valueSize: 50 + ((seq * 7919) % 3000),
    fill: seq % 251,
    timestamp: 1_700_000_000_000n + BigInt(seq),
  });
}

async function main(logDir: string): Promise<void> {
  const key = process.env.CRASH_ENCRYPTION_KEY;
  const manager = LogManager.open({
    logDir,
    defaultConfig: logConfig({ segmentBytes: 256 * 1024, indexIntervalBytes: 1024, encryptionKeyId: key === undefined ? null : "crash" }),
    ...(key !== undefined && { keyRing: crashKeyRing(key) }),
  });
  const log = manager.getOrCreateLog(CRASH_TOPIC, 0);
  let seq = Number(process.argv[3] ?? "0");
  const producer = async (): Promise<void> => {
    for (;;) {
      const mine = seq++;
      const { firstOffset } = log.append(crashTestBatch(mine));
      await log.flush();
      process.stdout.write(`${mine} ${firstOffset}\n`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, producer));
}

if (process.argv[2] !== undefined) await main(process.argv[2]);
