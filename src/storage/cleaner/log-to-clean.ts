// Which part of a compacted log a cleaning round may touch, and how dirty it is (Kafka's
// LogCleanerManager.cleanableOffsets, calculateCleanableBytes, maxCompactionDelay and
// LogToClean):
//
//   [logStart ........ firstDirtyOffset ............ firstUncleanableOffset ...... logEnd)
//    clean: cleaned before   dirty: cleanable now          uncleanable
//
// The first dirty offset comes from cleaner-offset-checkpoint (reset to the log start
// when missing or out of range). Never cleanable: the active segment, anything at or above
// the last stable offset (the high watermark without open transactions), and any segment
// whose newest record is younger than min.compaction.lag.ms. The dirty ratio is
// cleanable bytes / (clean + cleanable bytes), over whole segments.
import type { LogSegment } from "../log-segment.js";
import type { Log } from "../log.js";

export interface LogToClean {
  log: Log;
  firstDirtyOffset: bigint;
  firstUncleanableOffset: bigint;
  cleanBytes: number;
  cleanableBytes: number;
  cleanableRatio: number;
  /** A dirty segment's first batch is older than max.compaction.lag.ms. */
  needCompactionNow: boolean;
  /** The checkpointed offset was out of range and has been reset. */
  checkpointReset: boolean;
}

/** Kafka's logSegments(from, to): the segment holding `from` and every later one starting below `to`. */
export function segmentsInRange(segments: readonly LogSegment[], from: bigint, to: bigint): LogSegment[] {
  if (from >= to) return [];
  let start = 0;
  for (let i = 0; i < segments.length; i++) if (segments[i]!.baseOffset <= from) start = i;
  return segments.slice(start).filter((s) => s.baseOffset < to);
}

export function logToClean(log: Log, checkpointed: bigint | undefined, nowMs: number): LogToClean {
  let firstDirtyOffset = checkpointed ?? log.logStartOffset;
  let checkpointReset = false;
  if (firstDirtyOffset < log.logStartOffset || firstDirtyOffset > log.logEndOffset) {
    firstDirtyOffset = log.logStartOffset;
    checkpointReset = checkpointed !== undefined;
  }
  const active = log.activeSegment;
  const dirtyNonActive = segmentsInRange(log.segments, firstDirtyOffset, active.baseOffset);

  // Kafka: never past the last stable offset, so an open transaction is not cleaned under its readers.
  let uncleanable = log.lastStableOffset < active.baseOffset ? log.lastStableOffset : active.baseOffset;
  const minLagMs = Math.max(0, log.config.minCompactionLagMs);
  if (minLagMs > 0) {
    const young = dirtyNonActive.find((s) => s.largestTimestampMs() > nowMs - minLagMs);
    if (young !== undefined && young.baseOffset < uncleanable) uncleanable = young.baseOffset;
  }
  if (uncleanable < firstDirtyOffset) uncleanable = firstDirtyOffset;

  // Cleanable bytes count whole segments up to the segment holding the uncleanable offset.
  const firstUncleanableSegment = segmentsInRange(log.segments, uncleanable, active.baseOffset)[0] ?? active;
  const firstUncleanableOffset = firstUncleanableSegment.baseOffset;
  const from = firstDirtyOffset < firstUncleanableOffset ? firstDirtyOffset : firstUncleanableOffset;
  const cleanableBytes = sizeOf(segmentsInRange(log.segments, from, firstUncleanableOffset));
  const cleanBytes = sizeOf(log.segments.filter((s) => s.baseOffset < firstDirtyOffset));
  const total = cleanBytes + cleanableBytes;

  return {
    log,
    firstDirtyOffset,
    firstUncleanableOffset,
    cleanBytes,
    cleanableBytes,
    cleanableRatio: total === 0 ? 0 : cleanableBytes / total,
    needCompactionNow: maxCompactionDelayMs(dirtyNonActive, log.config.maxCompactionLagMs, nowMs) > 0,
    checkpointReset,
  };
}

/** Whether the log qualifies for a round: past its dirty ratio, or overdue by max.compaction.lag.ms. */
export function isCleanable(ltc: LogToClean): boolean {
  return (ltc.needCompactionNow && ltc.cleanableBytes > 0) || ltc.cleanableRatio > ltc.log.config.minCleanableRatio;
}

/** How long the oldest dirty segment is past max.compaction.lag.ms (0 when none is). */
function maxCompactionDelayMs(dirtyNonActive: readonly LogSegment[], maxLagMs: number, nowMs: number): number {
  let earliest = Number.POSITIVE_INFINITY;
  for (const segment of dirtyNonActive) {
    const ts = firstBatchTimestamp(segment);
    if (ts > 0 && ts < earliest) earliest = ts;
  }
  const cleanUntil = nowMs - Math.max(0, maxLagMs);
  return earliest < cleanUntil ? cleanUntil - earliest : 0;
}

/** Kafka's getFirstBatchTimestamp: the max timestamp of the segment's first batch, -1 when empty. */
function firstBatchTimestamp(segment: LogSegment): number {
  const first = segment.log.batchesFrom(0).next();
  return first.done === true ? -1 : Number(first.value.header.maxTimestamp);
}

function sizeOf(segments: readonly LogSegment[]): number {
  return segments.reduce((n, s) => n + s.size, 0);
}
