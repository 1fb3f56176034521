// Which segments retention may delete (Kafka's UnifiedLog.deletableSegments and the
// three breach checks). Segments go oldest first and the scan stops at the first one
// that must stay, so the log never gets a hole. A segment is deletable only when all
// of it lies below the high watermark. The active segment counts too, as in Kafka:
// when everything is deletable the log rolls a fresh empty segment first, so the log
// end offset survives. An empty active segment is never deleted.
import type { LogSegment } from "./log-segment.js";

export type RetentionPredicate = (segment: LogSegment, next: LogSegment | undefined) => boolean;

export function deletableSegments(
  segments: readonly LogSegment[],
  logEndOffset: bigint,
  highWatermark: bigint,
  predicate: RetentionPredicate | undefined,
): LogSegment[] {
  const deletable: LogSegment[] = [];
  if (predicate === undefined) return deletable;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const next = segments[i + 1];
    const isLastAndEmpty = next === undefined && segment.size === 0;
    const upperBoundOffset = next?.baseOffset ?? logEndOffset;
    if (isLastAndEmpty || highWatermark < upperBoundOffset || !predicate(segment, next)) break;
    deletable.push(segment);
  }
  return deletable;
}

export const retentionPredicates = {
  /** Segments wholly below the log start offset (moved by DeleteRecords). */
  logStart(logStartOffset: bigint): RetentionPredicate {
    return (_segment, next) => next !== undefined && next.baseOffset <= logStartOffset;
  },

  /** retention.bytes: oldest segments while the log stays at or above the limit without them. */
  size(logSize: number, retentionBytes: number): RetentionPredicate | undefined {
    if (retentionBytes < 0 || logSize < retentionBytes) return undefined;
    let excess = logSize - retentionBytes;
    return (segment) => {
      if (excess - segment.size < 0) return false;
      excess -= segment.size;
      return true;
    };
  },

  /** retention.ms: segments whose largest timestamp is older than the limit. */
  time(nowMs: number, retentionMs: number): RetentionPredicate | undefined {
    if (retentionMs < 0) return undefined;
    return (segment) => nowMs - segment.largestTimestampMs() > retentionMs;
  },
};
