// `carebus produce <topic>`: kafka-console-producer. One record per line of stdin (or
// --file, or each --value); `--key-separator` splits key and value as
// parse.key/key.separator do; `--null-marker` turns a value into a tombstone.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Command } from "commander";
import type { CompressionAlgorithmValue, MessageToProduce } from "@platformatic/kafka";
import { newProducer, withBootstrap, type ConnectionOptions } from "../kafka/client-options.js";
import { CliUsageError, collectPairs, parseIntOption } from "../kafka/config-args.js";
import { runAction } from "../kafka/run-action.js";

interface ProduceOptions extends ConnectionOptions {
  value: string[];
  file?: string;
  keySeparator?: string;
  key?: string;
  nullMarker?: string;
  partition?: number;
  header: [string, string][];
  acks: string;
  compression: string;
  idempotent?: boolean;
  printOffsets?: boolean;
  batchSize: number;
}

const COMPRESSIONS = ["none", "gzip", "snappy", "lz4", "zstd"];

export function registerProduce(program: Command): void {
  withBootstrap(program.command("produce").description("write records read line by line from stdin (or --file/--value)").argument("<topic>"))
    .option("--value <text>", "produce this value instead of reading stdin (repeatable)", (v: string, p: string[]) => [...p, v], [])
    .option("-f, --file <path>", "read records from a file instead of stdin")
    .option("-K, --key-separator <sep>", "each line is <key><sep><value>")
    .option("-k, --key <key>", "the same key for every record")
    .option("--null-marker <text>", "a value equal to this is sent as null (a tombstone)")
    .option("-p, --partition <n>", "write to this partition (default: by key hash, else spread)", parseIntOption("--partition", 0))
    .option("-H, --header <key=value>", "a header on every record (repeatable)", collectPairs, [])
    .option("--acks <acks>", "-1/all, 1 or 0", "all")
    .option("-z, --compression <codec>", `one of ${COMPRESSIONS.join(", ")}`, "none")
    .option("--idempotent", "use an idempotent producer (enable.idempotence)")
    .option("--print-offsets", "print partition and offset of each send")
    .option("--batch-size <n>", "records per produce request", parseIntOption("--batch-size", 1), 500)
    .action((topic: string, opts: ProduceOptions) =>
      runAction(async (track) => {
        const acks = parseAcks(opts.acks);
        if (!COMPRESSIONS.includes(opts.compression)) throw new CliUsageError(`--compression must be one of ${COMPRESSIONS.join(", ")}`);
        const producer = track(newProducer(opts, { acks, idempotent: opts.idempotent === true }));
        const headers = new Map(opts.header.map(([k, v]) => [Buffer.from(k), Buffer.from(v)] as const));
        let pending: MessageToProduce<Buffer, Buffer, Buffer, Buffer>[] = [];
        let total = 0;
        const flush = async (): Promise<void> => {
          if (pending.length === 0) return;
          const batch = pending;
          pending = [];
          const result = await producer.send({ messages: batch, acks, compression: opts.compression as CompressionAlgorithmValue });
          total += batch.length;
          if (opts.printOffsets === true) {
            for (const o of result.offsets ?? []) console.log(`${o.topic}-${o.partition}@${o.offset}`);
          }
        };
        for await (const line of lines(opts)) {
          pending.push(toMessage(topic, line, opts, headers));
          if (pending.length >= opts.batchSize) await flush();
        }
        await flush();
        console.error(`Produced ${total} record${total === 1 ? "" : "s"} to ${topic}.`);
      }),
    );
}

function parseAcks(text: string): number {
  if (text === "all" || text === "-1") return -1;
  if (text === "1") return 1;
  if (text === "0") return 0;
  throw new CliUsageError(`--acks must be all, -1, 1 or 0, got "${text}"`);
}

async function* lines(opts: ProduceOptions): AsyncGenerator<string> {
  if (opts.value.length > 0) {
    yield* opts.value;
    return;
  }
  const input = opts.file === undefined ? process.stdin : createReadStream(opts.file);
  const rl = createInterface({ input, crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.length > 0) yield line;
  }
}

function toMessage(
  topic: string,
  line: string,
  opts: ProduceOptions,
  headers: ReadonlyMap<Buffer, Buffer>,
): MessageToProduce<Buffer, Buffer, Buffer, Buffer> {
  let key = opts.key;
  let value = line;
  if (opts.keySeparator !== undefined) {
    const at = line.indexOf(opts.keySeparator);
    if (at < 0) throw new CliUsageError(`no key separator "${opts.keySeparator}" in line: ${line.slice(0, 80)}`);
    key = line.slice(0, at);
    value = line.slice(at + opts.keySeparator.length);
  }
  return {
    topic,
    ...(key === undefined ? {} : { key: Buffer.from(key) }),
    ...(opts.nullMarker !== undefined && value === opts.nullMarker ? {} : { value: Buffer.from(value) }),
    ...(opts.partition === undefined ? {} : { partition: opts.partition }),
    ...(headers.size > 0 ? { headers: new Map(headers) } : {}),
  };
}
