// `<logDir>/cleaner-offset-checkpoint`: for each compacted partition, the first dirty
// offset — everything below it was cleaned in an earlier round. Kafka's checkpoint text
// format (checkpoint-file.ts), rewritten whole after every cleaned log. A missing or
// unreadable file means every compacted log is dirty from its log start offset.
import { join } from "node:path";
import { CorruptCheckpointError, readCheckpoint, writeCheckpoint, type CheckpointEntry } from "../checkpoint-file.js";

export const CLEANER_OFFSET_CHECKPOINT_FILE = "cleaner-offset-checkpoint";

interface Logger {
  warn(msg: string): void;
  error(msg: string): void;
}

export class CleanerCheckpoint {
  readonly path: string;
  readonly #entries: Map<string, CheckpointEntry>;
  readonly #logger: Logger;

  constructor(logDir: string, logger: Logger) {
    this.path = join(logDir, CLEANER_OFFSET_CHECKPOINT_FILE);
    this.#logger = logger;
    let entries = new Map<string, CheckpointEntry>();
    try {
      entries = readCheckpoint(this.path);
    } catch (err) {
      if (!(err instanceof CorruptCheckpointError)) throw err;
      logger.warn(`ignoring ${this.path}: ${err.message}; compacted logs will be cleaned from their start`);
    }
    this.#entries = entries;
  }

  /** The checkpointed first dirty offset of `topic-partition`, if any. */
  get(topic: string, partition: number): bigint | undefined {
    return this.#entries.get(`${topic}-${partition}`)?.offset;
  }

  update(topic: string, partition: number, firstDirtyOffset: bigint): void {
    this.#entries.set(`${topic}-${partition}`, { topic, partition, offset: firstDirtyOffset });
    this.#write();
  }

  remove(topic: string, partition: number): void {
    if (this.#entries.delete(`${topic}-${partition}`)) this.#write();
  }

  #write(): void {
    try {
      writeCheckpoint(this.path, this.#entries.values());
    } catch (err) {
      // A lost checkpoint only costs re-cleaning already clean segments.
      this.#logger.error(`writing ${this.path} failed: ${String(err)}`);
    }
  }
}
