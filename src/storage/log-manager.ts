// All partition logs under one log dir (Kafka's LogManager), laid out as Kafka's:
//
//   <logDir>/<topic>-<partition>/                 one Log each
//   <logDir>/recovery-point-offset-checkpoint     see checkpoint-file.ts
//   <logDir>/log-start-offset-checkpoint
//   <logDir>/cleaner-offset-checkpoint            the log cleaner's (cleaner/cleaner-checkpoint.ts)
//   <logDir>/.kafka_cleanshutdown                 present only while the broker is cleanly stopped
//
// The marker is removed (durably) at open and written after a clean close, so a crash
// at any point leaves no marker and the next open scans every log from its recovery
// point. Background tasks run on the injected Clock: retention, flush.ms, checkpoints,
// and the log cleaner (compaction) with its own backoff.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync, constants } from "node:fs";
import { join } from "node:path";
import {
  CorruptCheckpointError,
  LOG_START_OFFSET_CHECKPOINT_FILE,
  RECOVERY_POINT_CHECKPOINT_FILE,
  fsyncPath,
  readCheckpoint,
  writeCheckpoint,
  type CheckpointEntry,
} from "./checkpoint-file.js";
import { LogCleaner, type LogCleanerConfig } from "./cleaner/log-cleaner.js";
import { SystemClock, schedulePeriodic, type Clock, type Timer } from "./clock.js";
import type { SyncFile } from "./index-file.js";
import { DEFAULT_LOG_CONFIG, type LogConfig } from "./log-config.js";
import { silentLogger, type StorageLogger } from "./log-loader.js";
import { Log, type LogStartOffsetIncrementReason } from "./log.js";
import type { KeyRing } from "./encryption/key-ring.js";

export const CLEAN_SHUTDOWN_FILE = ".kafka_cleanshutdown";

export interface LogManagerOptions {
  logDir: string;
  clock?: Clock;
  /** Config for topics without their own (`log.*` broker defaults). */
  defaultConfig?: LogConfig;
  /** Per-topic config for logs found at start-up. */
  topicConfig?: (topic: string) => LogConfig | undefined;
  /** log.retention.check.interval.ms (Kafka: 300000). */
  retentionCheckIntervalMs?: number;
  /**
   * log.flush.scheduler.interval.ms: how often flush.ms is checked. Kafka's default is
   * "never", which silently disables flush.ms; here it defaults to 1000 ms so flush.ms works.
   */
  flushCheckIntervalMs?: number;
  /** log.flush.offset.checkpoint.interval.ms (Kafka: 60000). */
  recoveryPointCheckpointIntervalMs?: number;
  /** log.flush.start.offset.checkpoint.interval.ms (Kafka: 60000). */
  logStartOffsetCheckpointIntervalMs?: number;
  syncFile?: SyncFile;
  logger?: StorageLogger;
  /** log.cleaner.* settings. */
  cleaner?: LogCleanerConfig;
  /** producer.id.expiration.ms (Kafka: 86400000). */
  producerIdExpirationMs?: number;
  /** producer.id.expiration.check.interval.ms (Kafka: 600000). */
  producerIdExpirationCheckIntervalMs?: number;
  /** Keys of encryption at rest, given to every log. */
  keyRing?: KeyRing;
}

const PARTITION_DIR = /^(.+)-(\d+)$/;

export class LogManager {
  readonly logDir: string;
  /** Whether the previous shutdown was clean (logs were opened without scanning). */
  readonly hadCleanShutdown: boolean;
  /** Compaction of the logs whose cleanup.policy contains compact. */
  readonly cleaner: LogCleaner;
  readonly #clock: Clock;
  readonly #options: LogManagerOptions;
  readonly #logger: StorageLogger;
  readonly #logs = new Map<string, Log>();
  readonly #timers: Timer[] = [];
  #closed = false;

  private constructor(options: LogManagerOptions) {
    this.logDir = options.logDir;
    this.#options = options;
    this.#clock = options.clock ?? new SystemClock();
    this.#logger = options.logger ?? silentLogger;
    mkdirSync(this.logDir, { recursive: true });
    const marker = join(this.logDir, CLEAN_SHUTDOWN_FILE);
    this.hadCleanShutdown = existsSync(marker);
    if (this.hadCleanShutdown) {
      rmSync(marker);
      // If this removal were lost to a power cut, the next start would skip recovery of a torn log.
      fsyncPath(this.logDir, constants.O_RDONLY | constants.O_DIRECTORY);
    }
    this.#loadLogs();
    this.cleaner = new LogCleaner({
      ...options.cleaner,
      logDir: this.logDir,
      logs: () => this.#logs.values(),
      clock: this.#clock,
      ...(options.syncFile !== undefined && { syncFile: options.syncFile }),
      logger: this.#logger,
    });
    this.#startScheduler();
  }

  /** Opens every `<topic>-<partition>` directory under `logDir`, recovering unclean ones. */
  static open(options: LogManagerOptions): LogManager {
    return new LogManager(options);
  }

  getLog(topic: string, partition: number): Log | undefined {
    return this.#logs.get(`${topic}-${partition}`);
  }

  /** Every open log, keyed `topic-partition`. */
  get logs(): ReadonlyMap<string, Log> {
    return this.#logs;
  }

  getOrCreateLog(topic: string, partition: number, config?: LogConfig): Log {
    const existing = this.getLog(topic, partition);
    if (existing !== undefined) return existing;
    this.#checkOpen();
    const log = this.#openLog(topic, partition, config ?? this.#configFor(topic), {});
    return log;
  }

  /** Closes the log and removes its directory. */
  async deleteLog(topic: string, partition: number): Promise<void> {
    const log = this.getLog(topic, partition);
    if (log === undefined) return;
    this.#logs.delete(`${topic}-${partition}`);
    await this.cleaner.abortCleaning(log);
    await log.delete();
    this.cleaner.removeLog(topic, partition);
    this.checkpointRecoveryPoints();
    this.checkpointLogStartOffsets();
  }

  /**
   * One retention pass over every log (Kafka's cleanupLogs); returns segments deleted. A
   * log in the middle of a cleaning round is left for the next pass.
   */
  cleanupLogs(): number {
    let deleted = 0;
    for (const log of this.#logs.values()) {
      if (this.cleaner.isCleaning(log)) continue;
      try {
        deleted += log.deleteOldSegments();
      } catch (err) {
        this.#logger.error(`retention of ${log.dir} failed: ${String(err)}`);
      }
    }
    return deleted;
  }

  /** Flushes logs whose flush.ms has passed (Kafka's flushDirtyLogs). */
  flushDirtyLogs(): void {
    const now = this.#clock.nowMs();
    for (const log of this.#logs.values()) {
      if (log.unflushedMessages > 0n && now - log.lastFlushTimeMs >= log.config.flushMs) {
        log.flush().catch((err: unknown) => this.#logger.error(`flush of ${log.dir} failed: ${String(err)}`));
      }
    }
  }

  checkpointRecoveryPoints(): void {
    this.#writeCheckpoint(RECOVERY_POINT_CHECKPOINT_FILE, (log) => log.recoveryPoint);
  }

  checkpointLogStartOffsets(): void {
    // Kafka writes only starts above the first segment's base; the segment files record the rest.
    this.#writeCheckpoint(LOG_START_OFFSET_CHECKPOINT_FILE, (log) => log.logStartOffset, true);
  }

  /** Flushes every log, writes the checkpoints and the clean-shutdown marker. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const timer of this.#timers) timer.cancel();
    await this.cleaner.shutdown();
    const logs = [...this.#logs.values()];
    const flushed = await Promise.allSettled(logs.map((log) => log.flush()));
    this.checkpointRecoveryPoints();
    this.checkpointLogStartOffsets();
    const closed = await Promise.allSettled(logs.map((log) => log.close()));
    const failed = [...flushed, ...closed].filter((r) => r.status === "rejected");
    if (failed.length > 0) {
      // No marker: the next start must scan, since some data may not be on disk.
      this.#logger.error(`${failed.length} flush(es) failed at shutdown`);
      return;
    }
    const marker = join(this.logDir, CLEAN_SHUTDOWN_FILE);
    writeFileSync(marker, JSON.stringify({ version: 0, brokerEpoch: -1 }));
    fsyncPath(marker, constants.O_RDONLY);
    fsyncPath(this.logDir, constants.O_RDONLY | constants.O_DIRECTORY);
  }

  #loadLogs(): void {
    const recoveryPoints = this.#readCheckpointOrEmpty(RECOVERY_POINT_CHECKPOINT_FILE);
    const logStartOffsets = this.#readCheckpointOrEmpty(LOG_START_OFFSET_CHECKPOINT_FILE);
    for (const name of readdirSync(this.logDir).sort()) {
      const path = join(this.logDir, name);
      if (!statSync(path).isDirectory()) continue;
      if (name.endsWith("-delete")) {
        rmSync(path, { recursive: true, force: true }); // a deletion interrupted by a crash
        continue;
      }
      const m = PARTITION_DIR.exec(name);
      if (m === null || name.endsWith("-future") || name.endsWith("-stray")) continue;
      const topic = m[1]!;
      const partition = Number(m[2]);
      const log = this.#openLog(topic, partition, this.#configFor(topic), {
        recoveryPoint: recoveryPoints.get(name)?.offset ?? 0n,
        logStartOffset: logStartOffsets.get(name)?.offset ?? 0n,
        hadCleanShutdown: this.hadCleanShutdown,
      });
      this.#logger.info(`loaded ${name}: offsets [${log.logStartOffset}, ${log.logEndOffset}) in ${log.segments.length} segment(s)`);
    }
  }

  #openLog(
    topic: string,
    partition: number,
    config: LogConfig,
    offsets: { recoveryPoint?: bigint; logStartOffset?: bigint; hadCleanShutdown?: boolean },
  ): Log {
    const log = Log.open(this.logDir, topic, partition, config, {
      clock: this.#clock,
      ...offsets,
      ...(this.#options.syncFile !== undefined && { syncFile: this.#options.syncFile }),
      logger: this.#logger,
      producerState: { producerIdExpirationMs: this.#options.producerIdExpirationMs ?? 86_400_000 },
      ...(this.#options.keyRing !== undefined && { keyRing: this.#options.keyRing }),
      onLogStartOffsetIncremented: (_log, reason) => this.#onLogStartOffsetIncremented(reason),
    });
    this.#logs.set(`${topic}-${partition}`, log);
    return log;
  }

  #onLogStartOffsetIncremented(reason: LogStartOffsetIncrementReason): void {
    // A DeleteRecords answer promises the records are gone; persist that right away
    // (Kafka waits for the next periodic checkpoint). Segment deletion needs nothing:
    // the first remaining segment's base offset already says it.
    if (reason === "ClientRecordDeletion" && !this.#closed) this.checkpointLogStartOffsets();
  }

  #configFor(topic: string): LogConfig {
    return this.#options.topicConfig?.(topic) ?? this.#options.defaultConfig ?? DEFAULT_LOG_CONFIG;
  }

  #readCheckpointOrEmpty(name: string): Map<string, CheckpointEntry> {
    try {
      return readCheckpoint(join(this.logDir, name));
    } catch (err) {
      if (!(err instanceof CorruptCheckpointError)) throw err;
      // As Kafka: a bad recovery point means recovering everything, a bad start offset means
      // falling back to the first segment.
      this.#logger.warn(`ignoring ${name}: ${err.message}`);
      return new Map();
    }
  }

  #writeCheckpoint(name: string, offsetOf: (log: Log) => bigint, onlyAboveFirstSegment = false): void {
    const entries: CheckpointEntry[] = [];
    for (const log of this.#logs.values()) {
      const offset = offsetOf(log);
      if (onlyAboveFirstSegment && offset <= (log.segments[0]?.baseOffset ?? 0n)) continue;
      entries.push({ topic: log.topic, partition: log.partition, offset });
    }
    try {
      writeCheckpoint(join(this.logDir, name), entries);
    } catch (err) {
      this.#logger.error(`writing ${name} failed: ${String(err)}`);
    }
  }

  #startScheduler(): void {
    const o = this.#options;
    const every = (ms: number, name: string, task: () => void): void => {
      this.#timers.push(
        schedulePeriodic(this.#clock, ms, () => {
          try {
            task();
          } catch (err) {
            this.#logger.error(`${name} failed: ${String(err)}`);
          }
        }),
      );
    };
    every(o.retentionCheckIntervalMs ?? 300_000, "log retention", () => {
      this.cleanupLogs();
    });
    every(o.flushCheckIntervalMs ?? 1000, "log flusher", () => this.flushDirtyLogs());
    every(o.recoveryPointCheckpointIntervalMs ?? 60_000, "recovery-point checkpoint", () => this.checkpointRecoveryPoints());
    every(o.logStartOffsetCheckpointIntervalMs ?? 60_000, "log-start-offset checkpoint", () => this.checkpointLogStartOffsets());
    this.cleaner.start();
    every(o.producerIdExpirationCheckIntervalMs ?? 600_000, "producer id expiration", () => {
      for (const log of this.#logs.values()) log.removeExpiredProducers(this.#clock.nowMs());
    });
  }

  #checkOpen(): void {
    if (this.#closed) throw new Error(`log manager for ${this.logDir} is closed`);
  }
}
