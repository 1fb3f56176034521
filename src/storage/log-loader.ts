// Opening a partition directory (Kafka's LogLoader). Recovery rules:
//  - leftovers of interrupted deletes (`.deleted`) and orphan indexes are removed, and an
//    interrupted log-cleaner swap is finished or rolled back (cleaner/segment-swap.ts);
//  - a segment whose index is missing, partial or points past its log is rebuilt;
//  - without a clean shutdown, every segment from the one holding the recovery point
//    (the offset below which everything was fsynced) is scanned batch by batch; the
//    first torn, malformed or CRC-failing batch truncates its segment and every later
//    segment is deleted;
//  - the log end offset is the offset after the last valid batch.
// Data that `Log.flush` acknowledged lies below the recovery point or passes these
// checks, so it survives; only the unacknowledged tail can be cut.
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Clock } from "./clock.js";
import type { LogConfig } from "./log-config.js";
import { recoverInterruptedSwaps } from "./cleaner/segment-swap.js";
import { LOG_FILE_SUFFIX, LogSegment, deleteSegmentFiles } from "./log-segment.js";

/** Where storage reports what recovery did (pino's logger fits). */
export interface StorageLogger {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
}

export const silentLogger: StorageLogger = { info: () => {}, warn: () => {}, error: () => {} };

export interface LoadParams {
  dir: string;
  config: LogConfig;
  clock: Clock;
  recoveryPoint: bigint;
  logStartOffset: bigint;
  hadCleanShutdown: boolean;
  logger: StorageLogger;
}

export interface LoadedLog {
  segments: LogSegment[];
  logStartOffset: bigint;
  recoveryPoint: bigint;
  logEndOffset: bigint;
}

const SEGMENT_FILE = /^(\d{20})\.(log|index|timeindex|txnindex)$/;

export function loadLog(p: LoadParams): LoadedLog {
  const options = { indexIntervalBytes: p.config.indexIntervalBytes, maxIndexSize: p.config.segmentIndexBytes, clock: p.clock };
  // Interrupted deletes and log-cleaner replacements (.deleted, .cleaned, .swap) first.
  recoverInterruptedSwaps(p.dir, p.logger);
  const names = readdirSync(p.dir);
  const logFiles = new Set<string>();
  for (const name of names) {
    if (name.endsWith(LOG_FILE_SUFFIX) && SEGMENT_FILE.test(name)) {
      logFiles.add(name.slice(0, 20));
    }
  }
  for (const name of names) {
    const m = SEGMENT_FILE.exec(name);
    if (m !== null && m[2] !== "log" && !logFiles.has(m[1] ?? "")) {
      p.logger.warn(`removing orphaned index ${join(p.dir, name)}`);
      rmSync(join(p.dir, name), { force: true });
    }
  }

  const segments: LogSegment[] = [];
  for (const prefix of [...logFiles].sort()) {
    const segment = new LogSegment(p.dir, BigInt(prefix), options);
    const problem = segment.indexProblem();
    if (problem !== undefined) {
      p.logger.warn(`rebuilding indexes of ${segment.log.path}: ${problem}`);
      segment.recover();
    }
    segments.push(segment);
  }

  if (!p.hadCleanShutdown) recoverUnflushed(segments, p);

  const last = segments.at(-1);
  let logEndOffset = last?.readNextOffset() ?? p.logStartOffset;
  if (last === undefined || p.logStartOffset > logEndOffset) {
    // Kafka's deleteSegmentsIfLogStartGreaterThanLogEnd: DeleteRecords reached past
    // everything that survived, so the log restarts empty at the checkpointed start.
    for (const segment of segments) segment.delete(0);
    segments.length = 0;
    deleteSegmentFiles(p.dir, p.logStartOffset);
    segments.push(new LogSegment(p.dir, p.logStartOffset, options));
    logEndOffset = p.logStartOffset;
  }

  const first = segments[0]!;
  const logStartOffset = p.logStartOffset > first.baseOffset ? p.logStartOffset : first.baseOffset;
  const recoveryPoint = p.hadCleanShutdown || p.recoveryPoint > logEndOffset ? logEndOffset : p.recoveryPoint;
  return { segments, logStartOffset, recoveryPoint, logEndOffset };
}

function recoverUnflushed(segments: LogSegment[], p: LoadParams): void {
  // Start at the segment holding the recovery point: its tail may be unflushed.
  let from = 0;
  for (let i = 0; i < segments.length; i++) if (segments[i]!.baseOffset <= p.recoveryPoint) from = i;
  for (let i = from; i < segments.length; i++) {
    const segment = segments[i]!;
    const truncated = segment.recover();
    if (truncated > 0) {
      p.logger.warn(`truncated ${truncated} invalid bytes at the end of ${segment.log.path} during recovery`);
      const dropped = segments.splice(i + 1);
      for (const later of dropped) {
        p.logger.warn(`deleting ${later.log.path}: it follows a truncated segment`);
        later.delete(0);
      }
      return;
    }
  }
}
