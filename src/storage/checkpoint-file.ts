// Kafka's offset checkpoint files (`recovery-point-offset-checkpoint`,
// `log-start-offset-checkpoint` in each log dir), plain text:
//
//   0                     <- version
//   2                     <- number of entries
//   orders 0 1042         <- topic partition offset
//   orders 1 977
//
// Written to `<name>.tmp`, fsynced and renamed over the old file, then the directory is
// fsynced: a crash leaves either the old or the new checkpoint, never a mix.
import { closeSync, constants, fsyncSync, openSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export const RECOVERY_POINT_CHECKPOINT_FILE = "recovery-point-offset-checkpoint";
export const LOG_START_OFFSET_CHECKPOINT_FILE = "log-start-offset-checkpoint";
const VERSION = 0;

export class CorruptCheckpointError extends Error {
  override name = "CorruptCheckpointError";
}

export interface CheckpointEntry {
  topic: string;
  partition: number;
  offset: bigint;
}

/** The entries keyed `topic-partition`; a missing file is empty; a malformed one throws CorruptCheckpointError. */
export function readCheckpoint(path: string): Map<string, CheckpointEntry> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return new Map();
    throw err;
  }
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const fail = (why: string): never => {
    throw new CorruptCheckpointError(`${path}: ${why}`);
  };
  if (lines[0] !== String(VERSION)) fail(`unrecognised version ${lines[0]}`);
  const count = Number(lines[1]);
  if (!Number.isInteger(count) || count < 0 || lines.length !== count + 2) fail(`expected ${lines[1]} entries, found ${lines.length - 2}`);
  const entries = new Map<string, CheckpointEntry>();
  for (const line of lines.slice(2)) {
    // Topic names cannot contain spaces, so the line splits into exactly three fields.
    const m = /^(\S+) (\d+) (-?\d+)$/.exec(line);
    if (m === null) return fail(`malformed line "${line}"`);
    const entry = { topic: m[1]!, partition: Number(m[2]), offset: BigInt(m[3]!) };
    entries.set(`${entry.topic}-${entry.partition}`, entry);
  }
  return entries;
}

export function writeCheckpoint(path: string, entries: Iterable<CheckpointEntry>): void {
  const list = [...entries];
  const text = [String(VERSION), String(list.length), ...list.map((e) => `${e.topic} ${e.partition} ${e.offset}`)].join("\n") + "\n";
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, text);
  fsyncPath(tmp, constants.O_RDONLY);
  renameSync(tmp, path);
  fsyncPath(dirname(path), constants.O_RDONLY | constants.O_DIRECTORY);
}

export function fsyncPath(path: string, flags: number): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
