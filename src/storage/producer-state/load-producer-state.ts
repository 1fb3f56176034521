// Rebuilding a partition's producer state when its log opens (Kafka's
// UnifiedLog.rebuildProducerState): stray snapshots are dropped, the latest usable
// snapshot at or below the log end is loaded, and the batch headers after it are
// replayed up to the log end. Without any snapshot the whole log (from the log start
// offset) is replayed — cheap, headers only, and needed once for logs written before
// snapshots existed. A snapshot at the log end is then written, so the next clean start
// reads one file and scans nothing. Replayed ABORT markers whose entry is missing from
// their segment's `.txnindex` (cut by recovery, or never synced) get it back.
import type { LogSegment } from "../log-segment.js";
import type { AppendOrigin, ProducerAppendInfo } from "./producer-append-info.js";
import { applyBatch } from "./analyze-producer-batches.js";
import type { ProducerStateManager } from "./producer-state-manager.js";

const REPLAY: AppendOrigin = "replication";

export function loadProducerState(
  manager: ProducerStateManager,
  segments: readonly LogSegment[],
  logStartOffset: bigint,
  logEndOffset: bigint,
  nowMs: number,
): void {
  manager.removeStraySnapshots(segments.map((s) => s.baseOffset));
  manager.truncateAndReload(logStartOffset, logEndOffset, nowMs);
  if (logEndOffset > manager.mapEndOffset) replay(manager, segments, logStartOffset, logEndOffset);
  manager.updateMapEndOffset(logEndOffset);
  manager.takeSnapshot();
}

function replay(manager: ProducerStateManager, segments: readonly LogSegment[], logStartOffset: bigint, logEndOffset: bigint): void {
  const from = manager.mapEndOffset > logStartOffset ? manager.mapEndOffset : logStartOffset;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const next = segments[i + 1]?.baseOffset;
    if (next !== undefined && next <= from) continue;
    const start = segment.baseOffset > from ? segment.baseOffset : from;
    const first = segment.translateOffset(start);
    if (first === undefined) continue;
    for (const batch of segment.log.batchesFrom(first.position)) {
      if (batch.header.baseOffset >= logEndOffset) return;
      if (batch.lastOffset < start || batch.header.producerId < 0n) continue;
      const updates = new Map<bigint, ProducerAppendInfo>();
      const completed = applyBatch(manager, updates, batch.header, REPLAY, () => segment.log.read(batch.position, batch.size));
      for (const info of updates.values()) manager.update(info);
      if (completed !== undefined) {
        const indexed = segment.txnIndex.entries.at(-1)?.lastOffset ?? -1n;
        if (completed.isAborted && completed.lastOffset > indexed) {
          segment.txnIndex.append({ ...completed, lastStableOffset: manager.lastStableOffsetAfter(completed) });
        }
        manager.completeTxn(completed);
      }
    }
  }
}
