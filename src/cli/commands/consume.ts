// `carebus consume <topic>`: kafka-console-consumer. Without --group it reads the
// partitions directly (Metadata, ListOffsets, Fetch; no offsets committed), like
// `kcat -C`; with --group it joins a consumer group and commits as it goes.
import type { Command } from "commander";
import type { Consumer, RecordsBatch } from "@platformatic/kafka";
import { newConsumer, withBootstrap, type ConnectionOptions } from "../kafka/client-options.js";
import { CliUsageError, parseIntOption } from "../kafka/config-args.js";
import { runAction } from "../kafka/run-action.js";

interface ConsumeOptions extends ConnectionOptions {
  group?: string;
  fromBeginning?: boolean;
  offset?: string;
  partition?: number;
  maxMessages?: number;
  timeoutMs?: number;
  exitAtEnd?: boolean;
  printKey?: boolean;
  printOffset?: boolean;
  printHeaders?: boolean;
  printTimestamp?: boolean;
  keySeparator: string;
  json?: boolean;
}

export interface ConsumedRecord {
  topic: string;
  partition: number;
  offset: bigint;
  timestamp: bigint;
  key: Buffer | null;
  value: Buffer | null;
  headers: [Buffer | null, Buffer | null][];
}

export function registerConsume(program: Command): void {
  withBootstrap(program.command("consume").description("print records of a topic").argument("<topic>"))
    .option("-g, --group <id>", "consume as a member of this consumer group (commits offsets)")
    .option("--from-beginning", "start at the earliest offset (default: only new records)")
    .option("-o, --offset <where>", "earliest, latest or an offset (with --partition)")
    .option("-p, --partition <n>", "read only this partition", parseIntOption("--partition", 0))
    .option("-n, --max-messages <n>", "exit after this many records", parseIntOption("--max-messages", 1))
    .option("--timeout-ms <ms>", "exit when no record arrives for this long", parseIntOption("--timeout-ms", 1))
    .option("-e, --exit-at-end", "exit when every partition is read to its end (without --group)")
    .option("--print-key", "print the key before the value")
    .option("--print-offset", "print partition and offset")
    .option("--print-headers", "print the headers")
    .option("--print-timestamp", "print the record timestamp")
    .option("--key-separator <sep>", "between printed fields", "\t")
    .option("--json", "one JSON object per record (key/value as UTF-8 text)")
    .action((topic: string, opts: ConsumeOptions) =>
      runAction(async (track) => {
        if (opts.group !== undefined && opts.exitAtEnd === true) throw new CliUsageError("--exit-at-end works without --group only");
        if (opts.offset !== undefined && opts.group !== undefined) throw new CliUsageError("--offset works without --group only");
        const consumer = track(newConsumer(opts, opts.group ?? "carebus-cli"));
        let printed = 0;
        const print = (r: ConsumedRecord): boolean => {
          console.log(formatRecord(r, opts));
          printed++;
          return opts.maxMessages !== undefined && printed >= opts.maxMessages;
        };
        if (opts.group === undefined) await readPartitions(consumer, topic, opts, print);
        else await readAsGroup(consumer, topic, opts, print);
        console.error(`Processed a total of ${printed} message${printed === 1 ? "" : "s"}`);
      }),
    );
}

export function formatRecord(r: ConsumedRecord, opts: Pick<ConsumeOptions, "printKey" | "printOffset" | "printHeaders" | "printTimestamp" | "keySeparator" | "json">): string {
  const text = (b: Buffer | null): string => (b === null ? "null" : b.toString("utf8"));
  if (opts.json === true) {
    return JSON.stringify({
      topic: r.topic,
      partition: r.partition,
      offset: Number(r.offset),
      timestamp: Number(r.timestamp),
      key: r.key === null ? null : r.key.toString("utf8"),
      value: r.value === null ? null : r.value.toString("utf8"),
      headers: Object.fromEntries(r.headers.map(([k, v]) => [text(k), v === null ? null : v.toString("utf8")])),
    });
  }
  const fields: string[] = [];
  if (opts.printTimestamp === true) fields.push(`CreateTime:${r.timestamp}`);
  if (opts.printOffset === true) fields.push(`Partition:${r.partition}`, `Offset:${r.offset}`);
  if (opts.printHeaders === true) fields.push(r.headers.length === 0 ? "NO_HEADERS" : r.headers.map(([k, v]) => `${text(k)}:${text(v)}`).join(","));
  if (opts.printKey === true) fields.push(text(r.key));
  fields.push(text(r.value));
  return fields.join(opts.keySeparator);
}

function* recordsOf(topic: string, partition: number, batches: readonly RecordsBatch[], from: bigint): Generator<ConsumedRecord> {
  for (const batch of batches) {
    // Control batches (transaction markers) are not user records.
    if ((batch.attributes & 0x20) !== 0) continue;
    for (const rec of batch.records) {
      const offset = batch.firstOffset + BigInt(rec.offsetDelta);
      if (offset < from) continue;
      yield { topic, partition, offset, timestamp: batch.firstTimestamp + rec.timestampDelta, key: rec.key, value: rec.value, headers: rec.headers };
    }
  }
}

type Print = (r: ConsumedRecord) => boolean;

async function readPartitions(consumer: Consumer<Buffer, Buffer, Buffer, Buffer>, topic: string, opts: ConsumeOptions, print: Print): Promise<void> {
  const metadata = await consumer.metadata({ topics: [topic] });
  const meta = metadata.topics.get(topic);
  if (meta === undefined) throw new Error(`UNKNOWN_TOPIC_OR_PARTITION: topic ${topic} does not exist`);
  const all = meta.partitions.map((_, i) => i);
  if (opts.partition !== undefined && !all.includes(opts.partition)) {
    throw new CliUsageError(`topic ${topic} has no partition ${opts.partition} (it has ${all.length})`);
  }
  const partitions = opts.partition === undefined ? all : [opts.partition];
  const where = opts.offset ?? (opts.fromBeginning === true ? "earliest" : "latest");
  const earliest = await consumer.listOffsets({ topics: [topic], timestamp: -2n });
  const latest = await consumer.listOffsets({ topics: [topic], timestamp: -1n });
  const next = new Map<number, bigint>();
  for (const p of partitions) {
    const lo = earliest.get(topic)?.[p] ?? 0n;
    const hi = latest.get(topic)?.[p] ?? 0n;
    if (where === "earliest") next.set(p, lo);
    else if (where === "latest") next.set(p, hi);
    else if (/^\d+$/.test(where)) next.set(p, BigInt(where) < lo ? lo : BigInt(where));
    else throw new CliUsageError(`--offset must be earliest, latest or a number, got "${where}"`);
  }
  const ends = new Map(partitions.map((p) => [p, latest.get(topic)?.[p] ?? 0n] as const));
  let idleSince = Date.now();
  for (;;) {
    if (opts.exitAtEnd === true && partitions.every((p) => (next.get(p) ?? 0n) >= (ends.get(p) ?? 0n))) return;
    if (opts.timeoutMs !== undefined && Date.now() - idleSince >= opts.timeoutMs) return;
    // One fetch per leader; a single node in the embedded case.
    const byLeader = new Map<number, number[]>();
    for (const p of partitions) {
      const leader = meta.partitions[p]?.leader ?? 0;
      byLeader.set(leader, [...(byLeader.get(leader) ?? []), p]);
    }
    let got = false;
    for (const [node, ps] of byLeader) {
      const response = await consumer.fetch({
        node,
        maxWaitTime: opts.timeoutMs === undefined ? 500 : Math.min(500, opts.timeoutMs),
        minBytes: 1,
        maxBytes: 52428800,
        topics: [
          {
            topicId: meta.id,
            partitions: ps.map((p) => ({ partition: p, fetchOffset: next.get(p) ?? 0n, currentLeaderEpoch: -1, lastFetchedEpoch: -1, partitionMaxBytes: 1048576 })),
          },
        ],
      });
      for (const t of response.responses) {
        for (const part of t.partitions) {
          if (part.errorCode !== 0) throw new Error(`fetch from ${topic}-${part.partitionIndex} failed with error code ${part.errorCode}`);
          ends.set(part.partitionIndex, part.highWatermark);
          const from = next.get(part.partitionIndex) ?? 0n;
          let last = from - 1n;
          for (const batch of part.records ?? []) {
            const batchEnd = batch.firstOffset + BigInt(batch.lastOffsetDelta);
            if (batchEnd > last) last = batchEnd;
          }
          for (const r of recordsOf(topic, part.partitionIndex, part.records ?? [], from)) {
            got = true;
            if (print(r)) return;
          }
          if (last >= from) next.set(part.partitionIndex, last + 1n);
        }
      }
    }
    if (got) idleSince = Date.now();
  }
}

async function readAsGroup(consumer: Consumer<Buffer, Buffer, Buffer, Buffer>, topic: string, opts: ConsumeOptions, print: Print): Promise<void> {
  const stream = await consumer.consume({
    topics: [topic],
    mode: opts.fromBeginning === true ? "earliest" : "latest",
    autocommit: 1000,
  });
  let timer: NodeJS.Timeout | undefined;
  const armTimeout = (): void => {
    if (opts.timeoutMs === undefined) return;
    clearTimeout(timer);
    timer = setTimeout(() => void stream.close(), opts.timeoutMs);
  };
  armTimeout();
  try {
    for await (const message of stream) {
      armTimeout();
      const done = print({
        topic: message.topic,
        partition: message.partition,
        offset: message.offset,
        timestamp: message.timestamp,
        key: message.key ?? null,
        value: message.value ?? null,
        headers: [...message.headers.entries()],
      });
      if (done) break;
    }
  } finally {
    clearTimeout(timer);
    await stream.close();
  }
}
