// One record of __consumer_offsets, told apart by its key version as Kafka's
// CoordinatorRecordSerde does: versions 0 and 1 are OffsetCommitKey, 2 is
// GroupMetadataKey, 3-8 the KIP-848 consumer group records. Other key versions (share
// groups, streams groups) are written only by coordinators Carebus does not have; they
// are skipped on load.
import { Reader } from "../../../protocol/primitives/reader.js";
import { decodeConsumerGroupRecord, isConsumerGroupKeyVersion, type ConsumerGroupRecord } from "./consumer-group-records.js";
import { decodeGroupMetadataValue, type GroupMetadataValue } from "./group-metadata-record.js";
import { decodeOffsetCommitValue, readOffsetCommitKey, type OffsetCommitKey, type OffsetCommitValue } from "./offset-commit-record.js";

export type CoordinatorRecord =
  | { kind: "offset"; key: OffsetCommitKey; value: OffsetCommitValue | null }
  | { kind: "group"; group: string; value: GroupMetadataValue | null }
  | { kind: "consumerGroup"; record: ConsumerGroupRecord }
  | { kind: "unknown"; keyVersion: number };

export function decodeCoordinatorRecord(key: Buffer, value: Buffer | null): CoordinatorRecord {
  const r = new Reader(key);
  const keyVersion = r.int16();
  r.check("coordinator record key");
  if (keyVersion === 0 || keyVersion === 1) {
    const k = readOffsetCommitKey(r);
    r.check("OffsetCommitKey");
    return { kind: "offset", key: k, value: value === null ? null : decodeOffsetCommitValue(value) };
  }
  if (keyVersion === 2) {
    const group = r.string();
    r.check("GroupMetadataKey");
    return { kind: "group", group, value: value === null ? null : decodeGroupMetadataValue(value) };
  }
  if (isConsumerGroupKeyVersion(keyVersion)) return { kind: "consumerGroup", record: decodeConsumerGroupRecord(keyVersion, r, value) };
  return { kind: "unknown", keyVersion };
}
