// How a cleaned segment replaces the segments it was made from, crash-safely (Kafka's
// LocalLog.replaceSegments and LogLoader's swap recovery). The files of one segment:
//
//   <base>.log.cleaned, .index.cleaned, .timeindex.cleaned   being written by the cleaner
//   <base>.log.swap,    .index.swap,    .timeindex.swap      complete and fsynced, about to replace
//   <old>.log.deleted, ...                                   replaced segments awaiting removal
//
// Replacement: .cleaned -> .swap (indexes first, log last), every old segment -> .deleted,
// .swap -> final name, fsync the directory. A crash at any step is finished by
// `recoverInterruptedSwaps` at load time:
//   - `.deleted` files are removed;
//   - `.cleaned` files are removed, and so is any `.swap` file at or above the lowest
//     `.cleaned` base offset (KAFKA-6264): while one `.cleaned` file remains, the old
//     segments were not yet touched;
//   - a `.log.swap` covers offsets [base, next offset after its last batch): every other
//     segment file in that range is a replaced segment whose deletion was interrupted and
//     is removed; then every `.swap` file is renamed to its final name.
// A missing or partial index after this is rebuilt from the log by the loader.
import { readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { FileRecords, CorruptRecordError } from "../file-records.js";
import {
  DELETED_FILE_SUFFIX,
  INDEX_FILE_SUFFIX,
  LOG_FILE_SUFFIX,
  TIME_INDEX_FILE_SUFFIX,
  filenamePrefixFromOffset,
} from "../log-segment.js";

export const CLEANED_FILE_SUFFIX = ".cleaned";
export const SWAP_FILE_SUFFIX = ".swap";

export type SegmentFileSuffix = typeof CLEANED_FILE_SUFFIX | typeof SWAP_FILE_SUFFIX | "";

interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
}

const SEGMENT_FILE = /^(\d{20})\.(log|index|timeindex|txnindex)(\.cleaned|\.swap|\.deleted)?$/;

/** Indexes before the log, so a `.log.swap` exists only once its indexes are renamed too. */
const RENAME_ORDER = [INDEX_FILE_SUFFIX, TIME_INDEX_FILE_SUFFIX, ".txnindex", LOG_FILE_SUFFIX];

/** The paths of the segment at `baseOffset` with `suffix` appended (`""` for the final names). */
export function segmentPaths(dir: string, baseOffset: bigint, suffix: SegmentFileSuffix): { log: string; index: string; timeIndex: string } {
  const prefix = join(dir, filenamePrefixFromOffset(baseOffset));
  return { log: prefix + LOG_FILE_SUFFIX + suffix, index: prefix + INDEX_FILE_SUFFIX + suffix, timeIndex: prefix + TIME_INDEX_FILE_SUFFIX + suffix };
}

/** Renames whichever files of the segment exist from suffix `from` to `to` (Kafka's changeFileSuffixes). */
export function changeSegmentFileSuffixes(dir: string, baseOffset: bigint, from: SegmentFileSuffix, to: SegmentFileSuffix): void {
  const prefix = join(dir, filenamePrefixFromOffset(baseOffset));
  for (const kind of RENAME_ORDER) {
    try {
      renameSync(prefix + kind + from, prefix + kind + to);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
  }
}

/** Removes the files of the segment at `baseOffset` carrying `suffix`. */
export function deleteSegmentFilesWithSuffix(dir: string, baseOffset: bigint, suffix: SegmentFileSuffix): void {
  const prefix = join(dir, filenamePrefixFromOffset(baseOffset));
  for (const kind of RENAME_ORDER) rmSync(prefix + kind + suffix, { force: true });
}

/** Finishes or rolls back an interrupted replacement in `dir` (see the header). Run before the segments are opened. */
export function recoverInterruptedSwaps(dir: string, logger: Logger): void {
  const files = readdirSync(dir).flatMap((name) => {
    const m = SEGMENT_FILE.exec(name);
    return m === null ? [] : [{ name, base: BigInt(m[1]!), kind: m[2]!, suffix: m[3] ?? "" }];
  });
  // .deleted of any file name (a dangling index too), not just the recognised segment files.
  for (const name of readdirSync(dir)) if (name.endsWith(DELETED_FILE_SUFFIX)) rmSync(join(dir, name), { force: true });

  const cleaned = files.filter((f) => f.suffix === CLEANED_FILE_SUFFIX);
  const minCleaned = cleaned.reduce<bigint | undefined>((min, f) => (min === undefined || f.base < min ? f.base : min), undefined);
  let swaps = files.filter((f) => f.suffix === SWAP_FILE_SUFFIX);
  for (const f of [...cleaned, ...swaps.filter((s) => minCleaned !== undefined && s.base >= minCleaned)]) {
    logger.warn(`removing ${join(dir, f.name)} left by an interrupted log cleaning`);
    rmSync(join(dir, f.name), { force: true });
  }
  if (minCleaned !== undefined) swaps = swaps.filter((s) => s.base < minCleaned);

  for (const swapLog of swaps.filter((f) => f.kind === "log")) {
    const end = nextOffsetOf(join(dir, swapLog.name), swapLog.base);
    logger.info(`completing the interrupted swap of ${join(dir, swapLog.name)} (offsets [${swapLog.base}, ${end}))`);
    for (const f of files) {
      if (f.suffix === "" && f.base >= swapLog.base && f.base < end) rmSync(join(dir, f.name), { force: true });
    }
  }
  for (const f of swaps) renameSync(join(dir, f.name), join(dir, f.name.slice(0, -SWAP_FILE_SUFFIX.length)));
}

/** The offset after the last whole batch of a segment file (its base when empty). */
function nextOffsetOf(path: string, baseOffset: bigint): bigint {
  const records = new FileRecords(path);
  let next = baseOffset;
  try {
    for (const batch of records.batchesFrom(0)) next = batch.lastOffset + 1n;
  } catch (err) {
    if (!(err instanceof CorruptRecordError)) throw err;
  } finally {
    records.close();
  }
  return next;
}
