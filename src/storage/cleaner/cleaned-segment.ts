// The segment a cleaning writes: `<base>.log.cleaned` with its `.index.cleaned` and
// `.timeindex.cleaned`, indexed like any segment (an offset-index entry per
// index.interval.bytes, a time-index entry when the max timestamp grows, and the final
// max-timestamp entry of an inactive segment). `finish` makes the files durable and
// gives the log file the last modified time of the newest replaced segment (as Kafka),
// so time retention of timestamp-less data is not reset by cleaning; then
// Log.replaceSegments swaps it in.
import { utimesSync } from "node:fs";
import { FileRecords } from "../file-records.js";
import type { SyncFile } from "../index-file.js";
import { OffsetIndex } from "../offset-index.js";
import { TimeIndex } from "../time-index.js";
import { CLEANED_FILE_SUFFIX, deleteSegmentFilesWithSuffix, segmentPaths } from "./segment-swap.js";

export interface CleanedSegmentOptions {
  indexIntervalBytes: number;
  maxIndexSize: number;
}

export class CleanedSegment {
  readonly dir: string;
  readonly baseOffset: bigint;
  readonly #log: FileRecords;
  readonly #offsetIndex: OffsetIndex;
  readonly #timeIndex: TimeIndex;
  readonly #indexIntervalBytes: number;
  #maxTimestamp = -1n;
  #offsetOfMaxTimestamp = -1n;
  #bytesSinceLastIndexEntry = 0;

  constructor(dir: string, baseOffset: bigint, options: CleanedSegmentOptions) {
    this.dir = dir;
    this.baseOffset = baseOffset;
    // Leftovers of an earlier attempt at this base would be appended to.
    deleteSegmentFilesWithSuffix(dir, baseOffset, CLEANED_FILE_SUFFIX);
    const paths = segmentPaths(dir, baseOffset, CLEANED_FILE_SUFFIX);
    this.#log = new FileRecords(paths.log);
    this.#offsetIndex = new OffsetIndex(paths.index, baseOffset, options.maxIndexSize);
    this.#timeIndex = new TimeIndex(paths.timeIndex, baseOffset, options.maxIndexSize);
    this.#offsetIndex.reset();
    this.#timeIndex.reset();
    this.#indexIntervalBytes = options.indexIntervalBytes;
  }

  get size(): number {
    return this.#log.sizeInBytes;
  }

  /** Appends one whole batch ending at `lastOffset`. */
  append(batch: Buffer, lastOffset: bigint, maxTimestamp: bigint): void {
    const position = this.#log.append(batch);
    if (maxTimestamp > this.#maxTimestamp) {
      this.#maxTimestamp = maxTimestamp;
      this.#offsetOfMaxTimestamp = lastOffset;
    }
    // The grouping keeps the replaced segments' index sizes within segment.index.bytes, and
    // the cleaned data is smaller; a full index would only make lookups scan further.
    if (this.#bytesSinceLastIndexEntry > this.#indexIntervalBytes && !this.#offsetIndex.isFull && !this.#timeIndex.isFull) {
      this.#offsetIndex.append(lastOffset, position);
      this.#timeIndex.maybeAppend(this.#maxTimestamp, this.#offsetOfMaxTimestamp);
      this.#bytesSinceLastIndexEntry = 0;
    }
    this.#bytesSinceLastIndexEntry += batch.length;
  }

  /** Final time-index entry, fsync of the three files, close; the files stay `.cleaned`. */
  async finish(syncFile: SyncFile, lastModifiedMs: number): Promise<void> {
    this.#timeIndex.maybeAppend(this.#maxTimestamp, this.#offsetOfMaxTimestamp, true);
    try {
      await Promise.all([this.#log.sync(syncFile), this.#offsetIndex.file.sync(syncFile), this.#timeIndex.file.sync(syncFile)]);
    } finally {
      this.#close();
    }
    utimesSync(this.#log.path, lastModifiedMs / 1000, lastModifiedMs / 1000);
  }

  /** Closes and removes the files (the cleaning was abandoned). */
  discard(): void {
    this.#close();
    deleteSegmentFilesWithSuffix(this.dir, this.baseOffset, CLEANED_FILE_SUFFIX);
  }

  #close(): void {
    this.#log.close();
    this.#offsetIndex.file.close();
    this.#timeIndex.file.close();
  }
}
