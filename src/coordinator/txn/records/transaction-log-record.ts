// A transactional id's metadata as Kafka stores it in __transaction_state
// (transaction-coordinator's TransactionLogKey.json / TransactionLogValue.json):
//
//   key   = int16 version (0) | transactional_id string
//   value = int16 version | producer_id int64 | producer_epoch int16 | timeout_ms int32
//           | state int8 | partitions nullable [topic string, [partition int32]]
//           | last_update_timestamp_ms int64 | start_timestamp_ms int64
//   v1 is flexible (compact strings/arrays, tagged fields) and adds tagged fields
//   0 PreviousProducerId, 1 NextProducerId (int64), 2 ClientTransactionVersion.
//   A null value (tombstone) removes the transactional id.
//
// Carebus writes key v0 and value v0, as Kafka before transaction version 2; it reads v1.
// An Empty transaction is stored with null partitions, as Kafka's TransactionLog does.
import { Reader } from "../../../protocol/primitives/reader.js";
import { Writer } from "../../../protocol/primitives/writer.js";
import { readArrayLength, readString, skipTaggedFields } from "../../group/records/record-fields.js";
import { transactionStateFromId, transactionStateId, type TransactionState } from "../transaction-state.js";

export const TRANSACTION_LOG_KEY_VERSION = 0;
export const TRANSACTION_LOG_VALUE_VERSION = 0;

export interface TransactionLogValue {
  producerId: bigint;
  /** v1 tagged field 0; -1 when absent. */
  previousProducerId: bigint;
  /** v1 tagged field 1; -1 when absent. */
  nextProducerId: bigint;
  producerEpoch: number;
  transactionTimeoutMs: number;
  state: TransactionState;
  partitions: { topic: string; partitions: number[] }[];
  lastUpdateTimestampMs: bigint;
  startTimestampMs: bigint;
}

export function encodeTransactionLogKey(transactionalId: string): Buffer {
  const w = new Writer(32);
  w.int16(TRANSACTION_LOG_KEY_VERSION);
  w.string(transactionalId);
  return Buffer.from(w.finish());
}

/** The transactional id of a key, or undefined for a key version this code does not know. */
export function decodeTransactionLogKey(buf: Buffer): string | undefined {
  const r = new Reader(buf);
  const version = r.int16();
  if (version !== 0) return undefined;
  const id = r.string();
  r.check("TransactionLogKey");
  return id;
}

export function encodeTransactionLogValue(v: TransactionLogValue): Buffer {
  const w = new Writer(64);
  w.int16(TRANSACTION_LOG_VALUE_VERSION);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  w.int32(v.transactionTimeoutMs);
  w.int8(transactionStateId(v.state));
  if (v.state === "Empty") w.arrayLength(-1);
  else {
    w.arrayLength(v.partitions.length);
    for (const t of v.partitions) {
      w.string(t.topic);
      w.arrayLength(t.partitions.length);
      for (const p of t.partitions) w.int32(p);
    }
  }
  w.int64(v.lastUpdateTimestampMs);
  w.int64(v.startTimestampMs);
  return Buffer.from(w.finish());
}

export function decodeTransactionLogValue(buf: Buffer): TransactionLogValue {
  const r = new Reader(buf);
  const version = r.int16();
  if (version < 0 || version > 1) r.fail(`unknown TransactionLogValue version ${version}`);
  const flexible = version >= 1;
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const transactionTimeoutMs = r.int32();
  const stateId = r.int8();
  const state = transactionStateFromId(stateId);
  if (state === undefined) r.fail(`unknown transaction state ${stateId}`);
  const partitions: TransactionLogValue["partitions"] = [];
  const topics = readArrayLength(r, flexible);
  for (let i = 0; i < topics && r.ok; i++) {
    const topic = readString(r, flexible);
    const count = readArrayLength(r, flexible);
    const ids: number[] = [];
    for (let j = 0; j < count && r.ok; j++) ids.push(r.int32());
    if (flexible) skipTaggedFields(r);
    partitions.push({ topic, partitions: ids });
  }
  const lastUpdateTimestampMs = r.int64();
  const startTimestampMs = r.int64();
  let previousProducerId = -1n;
  let nextProducerId = -1n;
  if (flexible) {
    const tags = r.unsignedVarint();
    for (let i = 0; i < tags && r.ok; i++) {
      const tag = r.unsignedVarint();
      const size = r.unsignedVarint();
      if (tag === 0 && size === 8) previousProducerId = r.int64();
      else if (tag === 1 && size === 8) nextProducerId = r.int64();
      else r.skip(size);
    }
  }
  r.check("TransactionLogValue");
  return {
    producerId,
    previousProducerId,
    nextProducerId,
    producerEpoch,
    transactionTimeoutMs,
    state: state ?? "Dead",
    partitions,
    lastUpdateTimestampMs,
    startTimestampMs,
  };
}
