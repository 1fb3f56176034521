// A committed offset as Kafka stores it in __consumer_offsets (group-coordinator's
// OffsetCommitKey.json / OffsetCommitValue.json):
//
//   key   = int16 key version (0 or 1; Kafka writes 1) | group string | topic string | partition int32
//   value = int16 value version | offset int64 | [leaderEpoch int32, v3+] | metadata string
//           | commitTimestamp int64 | [expireTimestamp int64, v1 only] | [tagged fields, v4+]
//   a null value (tombstone) deletes the offset.
//
// Strings are int16-length UTF-8 in the non-flexible versions. Carebus writes value v3,
// or v1 when the commit carries an explicit expire timestamp (OffsetCommit v2-v4
// retention_time_ms), as Kafka's GroupCoordinatorRecordHelpers does.
import { Reader } from "../../../protocol/primitives/reader.js";
import { Writer } from "../../../protocol/primitives/writer.js";
import { readString, skipTaggedFields } from "./record-fields.js";

export const OFFSET_COMMIT_KEY_VERSION = 1;

export interface OffsetCommitKey {
  group: string;
  topic: string;
  partition: number;
}

export interface OffsetCommitValue {
  offset: bigint;
  /** -1 when unknown (value versions before 3 have none). */
  leaderEpoch: number;
  metadata: string;
  commitTimestampMs: bigint;
  /** -1 when none: the retention comes from offsets.retention.minutes. */
  expireTimestampMs: bigint;
}

export function encodeOffsetCommitKey(key: OffsetCommitKey): Buffer {
  const w = new Writer(64);
  w.int16(OFFSET_COMMIT_KEY_VERSION);
  w.string(key.group);
  w.string(key.topic);
  w.int32(key.partition);
  return Buffer.from(w.finish());
}

/** Reads the key body after its int16 version (0 and 1 share a layout). */
export function readOffsetCommitKey(r: Reader): OffsetCommitKey {
  return { group: r.string(), topic: r.string(), partition: r.int32() };
}

export function encodeOffsetCommitValue(value: OffsetCommitValue): Buffer {
  const w = new Writer(64);
  if (value.expireTimestampMs >= 0n) {
    w.int16(1);
    w.int64(value.offset);
    w.string(value.metadata);
    w.int64(value.commitTimestampMs);
    w.int64(value.expireTimestampMs);
  } else {
    w.int16(3);
    w.int64(value.offset);
    w.int32(value.leaderEpoch);
    w.string(value.metadata);
    w.int64(value.commitTimestampMs);
  }
  return Buffer.from(w.finish());
}

export function decodeOffsetCommitValue(buf: Buffer): OffsetCommitValue {
  const r = new Reader(buf);
  const version = r.int16();
  if (version < 0 || version > 4) r.fail(`unknown OffsetCommitValue version ${version}`);
  const flexible = version >= 4;
  const offset = r.int64();
  const leaderEpoch = version >= 3 ? r.int32() : -1;
  const metadata = readString(r, flexible);
  const commitTimestampMs = r.int64();
  const expireTimestampMs = version === 1 ? r.int64() : -1n;
  if (flexible) skipTaggedFields(r);
  r.check("OffsetCommitValue");
  return { offset, leaderEpoch, metadata, commitTimestampMs, expireTimestampMs };
}
