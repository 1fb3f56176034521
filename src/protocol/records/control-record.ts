// Control records: the records of a control batch (attributes bit 5). Their key is
// `Version int16 (0) | Type int16` (Kafka's ControlRecordType.java); the value of the
// transaction markers ABORT and COMMIT is `Version int16 (0) | CoordinatorEpoch int32`
// (EndTransactionMarker.java). The values of the KRaft types (2-6) are the `data`
// messages LeaderChangeMessage, SnapshotHeaderRecord, ... of the generated codecs.
// Readers accept newer key and value versions and parse them as version 0, as Kafka does.
import { ErrorCode, KafkaError } from "../errors.js";
import { encodeRecordBatch } from "./record-batch.js";

export const ControlRecordType = {
  ABORT: 0,
  COMMIT: 1,
  LEADER_CHANGE: 2,
  SNAPSHOT_HEADER: 3,
  SNAPSHOT_FOOTER: 4,
  KRAFT_VERSION: 5,
  KRAFT_VOTERS: 6,
} as const;
export type ControlRecordTypeName = keyof typeof ControlRecordType;

const NAMES = new Map<number, ControlRecordTypeName>(
  Object.entries(ControlRecordType).map(([name, id]) => [id, name as ControlRecordTypeName]),
);

const CONTROL_KEY_VERSION = 0;
const CONTROL_KEY_SIZE = 4;
const END_TXN_MARKER_VERSION = 0;
const END_TXN_MARKER_VALUE_SIZE = 6;

export interface ControlRecordKey {
  version: number;
  /** The type id; types this code does not know are kept as numbers (Kafka's UNKNOWN). */
  typeId: number;
  /** undefined for an unknown type id, which readers must ignore. */
  type: ControlRecordTypeName | undefined;
}

export function encodeControlRecordKey(type: ControlRecordTypeName): Buffer {
  const key = Buffer.allocUnsafe(CONTROL_KEY_SIZE);
  key.writeInt16BE(CONTROL_KEY_VERSION, 0);
  key.writeInt16BE(ControlRecordType[type], 2);
  return key;
}

export function decodeControlRecordKey(key: Buffer | null): ControlRecordKey {
  if (key === null || key.length < CONTROL_KEY_SIZE) {
    throw new KafkaError(
      ErrorCode.INVALID_RECORD,
      `control record key must have at least ${CONTROL_KEY_SIZE} bytes, found ${key?.length ?? "null"}`,
    );
  }
  const version = key.readInt16BE(0);
  if (version < 0) throw new KafkaError(ErrorCode.INVALID_RECORD, `invalid control record key version ${version}`);
  const typeId = key.readInt16BE(2);
  return { version, typeId, type: NAMES.get(typeId) };
}

export interface EndTransactionMarker {
  type: "COMMIT" | "ABORT";
  coordinatorEpoch: number;
}

export function encodeEndTransactionMarkerValue(coordinatorEpoch: number): Buffer {
  const value = Buffer.allocUnsafe(END_TXN_MARKER_VALUE_SIZE);
  value.writeInt16BE(END_TXN_MARKER_VERSION, 0);
  value.writeInt32BE(coordinatorEpoch, 2);
  return value;
}

/** Reads a transaction marker from a control record's key and value. */
export function decodeEndTransactionMarker(key: Buffer | null, value: Buffer | null): EndTransactionMarker {
  const { type, typeId } = decodeControlRecordKey(key);
  if (type !== "COMMIT" && type !== "ABORT") {
    throw new KafkaError(ErrorCode.INVALID_RECORD, `control record type ${typeId} is not a transaction marker`);
  }
  if (value === null || value.length < END_TXN_MARKER_VALUE_SIZE) {
    throw new KafkaError(
      ErrorCode.INVALID_RECORD,
      `end transaction marker value must have at least ${END_TXN_MARKER_VALUE_SIZE} bytes, found ${value?.length ?? "null"}`,
    );
  }
  const version = value.readInt16BE(0);
  if (version < 0) throw new KafkaError(ErrorCode.INVALID_RECORD, `invalid end transaction marker version ${version}`);
  return { type, coordinatorEpoch: value.readInt32BE(2) };
}

export interface EndTransactionMarkerBatch {
  type: "COMMIT" | "ABORT";
  producerId: bigint;
  producerEpoch: number;
  coordinatorEpoch: number;
  timestamp: bigint;
  baseOffset?: bigint;
  partitionLeaderEpoch?: number;
}

/**
 * The batch a transaction coordinator's marker becomes in a partition (Kafka's
 * MemoryRecords.withEndTransactionMarker): transactional, control, CreateTime, no
 * compression, no sequence, one record.
 */
export function encodeEndTransactionMarkerBatch(marker: EndTransactionMarkerBatch): Buffer {
  return encodeRecordBatch({
    baseOffset: marker.baseOffset ?? 0n,
    partitionLeaderEpoch: marker.partitionLeaderEpoch ?? -1,
    isTransactional: true,
    isControl: true,
    producerId: marker.producerId,
    producerEpoch: marker.producerEpoch,
    records: [
      {
        key: encodeControlRecordKey(marker.type),
        value: encodeEndTransactionMarkerValue(marker.coordinatorEpoch),
        timestamp: marker.timestamp,
      },
    ],
  });
}
