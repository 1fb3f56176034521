// The topic-level settings a partition log obeys, under Kafka's topic config names.
// The broker maps `segment.bytes`, `retention.ms`, ... (and their `log.*` broker
// defaults) to this object; `Log.updateConfig` swaps it at runtime.

export interface LogConfig {
  /** segment.bytes: roll when the active segment would grow past this. */
  segmentBytes: number;
  /** segment.ms: roll when the first batch of the active segment is this old. */
  segmentMs: number;
  /** retention.ms: delete segments whose largest timestamp is older; -1 keeps forever. */
  retentionMs: number;
  /** retention.bytes: delete oldest segments while the log is larger; -1 means no limit. */
  retentionBytes: number;
  /** flush.messages: fsync after this many appended records (acks=0/1 durability). */
  flushMessages: number;
  /** flush.ms: fsync when the last flush is this old (checked by LogManager's flusher). */
  flushMs: number;
  /** index.interval.bytes: bytes between sparse offset-index entries. */
  indexIntervalBytes: number;
  /** segment.index.bytes: max size of each index file; a full index rolls the segment. */
  segmentIndexBytes: number;
  /** file.delete.delay.ms: how long deleted segment files linger as `.deleted`. */
  fileDeleteDelayMs?: number;
  /** cleanup.policy contains compact: the log cleaner keeps the latest record per key. */
  compact?: boolean;
  /** min.cleanable.dirty.ratio: dirty bytes / (clean + dirty bytes) above which the log is cleaned. */
  minCleanableRatio?: number;
  /** min.compaction.lag.ms: a segment whose newest record is younger stays uncleaned. */
  minCompactionLagMs?: number;
  /** max.compaction.lag.ms: a dirty segment whose first batch is older is cleaned regardless of the ratio. */
  maxCompactionLagMs?: number;
  /** delete.retention.ms: how long a cleaned tombstone stays readable (KIP-534 delete horizon). */
  deleteRetentionMs?: number;
  /** carebus.encryption.enable + the key id for new writes (encryption/); null stores batches in clear. */
  encryptionKeyId?: string | null;
}

/** Kafka's "never" for flush.messages / flush.ms (Long.MAX_VALUE) as a JS number. */
export const NEVER = Number.MAX_SAFE_INTEGER;

/** Kafka's defaults (TopicConfig / ServerLogConfigs). */
export const DEFAULT_LOG_CONFIG: Readonly<Required<LogConfig>> = Object.freeze({
  segmentBytes: 1024 * 1024 * 1024,
  segmentMs: 7 * 24 * 60 * 60 * 1000,
  retentionMs: 7 * 24 * 60 * 60 * 1000,
  retentionBytes: -1,
  flushMessages: NEVER,
  flushMs: NEVER,
  indexIntervalBytes: 4096,
  segmentIndexBytes: 10 * 1024 * 1024,
  fileDeleteDelayMs: 60_000,
  compact: false,
  minCleanableRatio: 0.5,
  minCompactionLagMs: 0,
  maxCompactionLagMs: NEVER,
  deleteRetentionMs: 24 * 60 * 60 * 1000,
  encryptionKeyId: null,
});

export function logConfig(overrides: Partial<LogConfig> = {}): Required<LogConfig> {
  return { ...DEFAULT_LOG_CONFIG, ...overrides };
}
