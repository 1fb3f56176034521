// The log cleaner (Kafka's LogCleaner with its LogCleanerManager): compaction of every log
// whose cleanup.policy contains `compact`. One loop, whatever log.cleaner.threads says:
// it cleans the filthiest cleanable log (highest dirty ratio above
// min.cleanable.dirty.ratio, or any log overdue by max.compaction.lag.ms), then the next,
// and when none is left waits log.cleaner.backoff.ms on the injected clock. The first
// dirty offset of each log is kept in cleaner-offset-checkpoint.
//
// Rounds run one at a time, also those asked for by `cleanNow` (tests, admin tools). A
// round that fails unexpectedly marks its log uncleanable until restart, as Kafka does, so
// one bad log cannot spin the cleaner; retention and DeleteRecords removing segments under
// a round, a deleted log or a shutdown only abandon the round.
import { SystemClock, type Clock, type Timer } from "../clock.js";
import { defaultSyncFile, type SyncFile } from "../index-file.js";
import { silentLogger, type StorageLogger } from "../log-loader.js";
import type { Log } from "../log.js";
import { CleanerCheckpoint } from "./cleaner-checkpoint.js";
import { Cleaner, CleaningAbortedError, type CleanerStats } from "./cleaner.js";
import { isCleanable, logToClean, type LogToClean } from "./log-to-clean.js";
import { OffsetMap } from "./offset-map.js";

export interface LogCleanerConfig {
  /** log.cleaner.enable: run the loop (cleanNow works either way). */
  enable?: boolean;
  /** log.cleaner.backoff.ms: pause when no log is cleanable. */
  backoffMs?: number;
  /** log.cleaner.dedupe.buffer.size: memory for the key map, all of it for the one loop. */
  dedupeBufferSize?: number;
  /** log.cleaner.threads: accepted; there is one loop (0 turns it off, as in Kafka). */
  threads?: number;
}

export interface LogCleanerOptions extends LogCleanerConfig {
  logDir: string;
  /** The logs to consider (the LogManager's open logs). */
  logs: () => Iterable<Log>;
  clock?: Clock;
  syncFile?: SyncFile;
  logger?: StorageLogger;
}

export const DEFAULT_DEDUPE_BUFFER_SIZE = 128 * 1024 * 1024;
export const DEFAULT_CLEANER_BACKOFF_MS = 15_000;

export class LogCleaner {
  readonly checkpoint: CleanerCheckpoint;
  readonly #options: LogCleanerOptions;
  readonly #clock: Clock;
  readonly #logger: StorageLogger;
  readonly #cleaner: Cleaner;
  readonly #aborted = new WeakSet<Log>();
  readonly #uncleanable = new WeakSet<Log>();
  #queue: Promise<unknown> = Promise.resolve();
  #current: Log | undefined;
  #timer: Timer | undefined;
  #closed = false;

  constructor(options: LogCleanerOptions) {
    this.#options = options;
    this.#clock = options.clock ?? new SystemClock();
    this.#logger = options.logger ?? silentLogger;
    this.checkpoint = new CleanerCheckpoint(options.logDir, this.#logger);
    this.#cleaner = new Cleaner({
      offsetMap: new OffsetMap(options.dedupeBufferSize ?? DEFAULT_DEDUPE_BUFFER_SIZE),
      syncFile: options.syncFile ?? defaultSyncFile,
      shouldAbort: (log) => this.#closed || this.#aborted.has(log),
    });
  }

  /** Starts the background loop when log.cleaner.enable is on (and log.cleaner.threads is not 0, as in Kafka). */
  start(): void {
    if ((this.#options.enable ?? true) && (this.#options.threads ?? 1) > 0) this.#scheduleNext();
  }

  /** Whether a round is running on `log` right now (retention leaves it alone meanwhile). */
  isCleaning(log: Log): boolean {
    return this.#current === log;
  }

  /**
   * Cleans now every compacted log (of `topic`, when given) that has anything dirty,
   * regardless of its dirty ratio; resolves with one entry per cleaned log.
   */
  cleanNow(topic?: string): Promise<CleanerStats[]> {
    return this.#exclusive(async () => {
      const nowMs = this.#clock.nowMs();
      const cleaned: CleanerStats[] = [];
      for (const ltc of this.#dirtyLogs(nowMs, topic)) {
        if (ltc.cleanableBytes === 0) continue;
        const stats = await this.#cleanLog(ltc, nowMs);
        if (stats !== undefined) cleaned.push(stats);
      }
      return cleaned;
    });
  }

  /** One step of the loop: cleans the filthiest cleanable log, if any. */
  cleanFilthiestLog(): Promise<CleanerStats | undefined> {
    return this.#exclusive(() => this.#cleanFilthiest());
  }

  /** Stops any round on `log` (being deleted) and waits until the cleaner has let go of it. */
  async abortCleaning(log: Log): Promise<void> {
    this.#aborted.add(log);
    await this.#queue;
  }

  /** Forgets the checkpointed offset of a deleted partition. */
  removeLog(topic: string, partition: number): void {
    this.checkpoint.remove(topic, partition);
  }

  /** Stops the loop and waits for a running round to stop (its temporary files are removed). */
  async shutdown(): Promise<void> {
    this.#closed = true;
    this.#timer?.cancel();
    await this.#queue;
  }

  #scheduleNext(): void {
    if (this.#closed) return;
    this.#timer = this.#clock.schedule(this.#options.backoffMs ?? DEFAULT_CLEANER_BACKOFF_MS, () => {
      this.#exclusive(async () => {
        // Kafka's CleanerThread: keep going while there is work, back off when there is none.
        while (!this.#closed && (await this.#cleanFilthiest()) !== undefined);
      })
        .catch((err: unknown) => this.#logger.error(`log cleaner failed: ${String(err)}`))
        .finally(() => this.#scheduleNext());
    });
  }

  async #cleanFilthiest(): Promise<CleanerStats | undefined> {
    const nowMs = this.#clock.nowMs();
    const cleanable = this.#dirtyLogs(nowMs).filter(isCleanable);
    const filthiest = cleanable.reduce<LogToClean | undefined>((a, b) => (a === undefined || b.cleanableRatio > a.cleanableRatio ? b : a), undefined);
    return filthiest === undefined ? undefined : this.#cleanLog(filthiest, nowMs);
  }

  #dirtyLogs(nowMs: number, topic?: string): LogToClean[] {
    const out: LogToClean[] = [];
    for (const log of this.#options.logs()) {
      if (!log.config.compact || this.#uncleanable.has(log) || this.#aborted.has(log)) continue;
      if (topic !== undefined && log.topic !== topic) continue;
      const ltc = logToClean(log, this.checkpoint.get(log.topic, log.partition), nowMs);
      if (ltc.checkpointReset) {
        // Expected when retention or DeleteRecords moved the start past the checkpoint.
        if (log.config.retentionMs < 0 && log.config.retentionBytes < 0) {
          this.#logger.warn(`resetting the first dirty offset of ${log.topic}-${log.partition} to the log start offset ${log.logStartOffset}`);
        }
        this.checkpoint.update(log.topic, log.partition, ltc.firstDirtyOffset);
      }
      if (ltc.cleanBytes + ltc.cleanableBytes > 0) out.push(ltc);
    }
    return out;
  }

  async #cleanLog(ltc: LogToClean, nowMs: number): Promise<CleanerStats | undefined> {
    const { log } = ltc;
    const name = `${log.topic}-${log.partition}`;
    this.#current = log;
    const started = performance.now();
    try {
      const stats = await this.#cleaner.clean(ltc, nowMs);
      this.checkpoint.update(log.topic, log.partition, stats.endOffset);
      const ms = Math.round(performance.now() - started);
      this.#logger.info(
        `cleaned ${name}: dirty offsets [${stats.firstDirtyOffset}, ${stats.endOffset}), ` +
          `${stats.segmentsBefore} segment(s) of ${stats.bytesBefore} bytes -> ${stats.segmentsAfter} of ${stats.bytesAfter} bytes, ` +
          `${stats.recordsRead - stats.recordsRetained} of ${stats.recordsRead} records removed, in ${ms} ms`,
      );
      return stats;
    } catch (err) {
      if (err instanceof CleaningAbortedError || this.#closed || this.#aborted.has(log)) {
        this.#logger.info(`cleaning of ${name} abandoned: ${(err as Error).message}`);
      } else {
        this.#uncleanable.add(log);
        this.#logger.error(`cleaning of ${name} failed; it is not cleaned again until restart: ${String(err)}`);
      }
      return undefined;
    } finally {
      this.#current = undefined;
    }
  }

  #exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(fn);
    this.#queue = run.catch(() => {});
    return run;
  }
}
