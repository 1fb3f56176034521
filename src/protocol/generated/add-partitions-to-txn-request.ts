// Generated from AddPartitionsToTxnRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readString, readTaggedFields, writeArray, writeString, writeTaggedFields } from "../message-codec.js";

/** AddPartitionsToTxnRequest (API key 24): versions 0-5, flexible 3+. */
export interface AddPartitionsToTxnRequest {
  /** List of transactions to add partitions to. (v4+) */
  transactions: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[];
  /** The transactional id corresponding to the transaction. (v0-3) */
  v3AndBelowTransactionalId: string;
  /** Current producer id in use by the transactional id. (v0-3) */
  v3AndBelowProducerId: bigint;
  /** Current epoch associated with the producer id. (v0-3) */
  v3AndBelowProducerEpoch: number;
  /** The partitions to add to the transaction. (v0-3) */
  v3AndBelowTopics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  /** The transactional id corresponding to the transaction. (v4+) */
  transactionalId: string;
  /** Current producer id in use by the transactional id. (v4+) */
  producerId: bigint;
  /** Current epoch associated with the producer id. (v4+) */
  producerEpoch: number;
  /** Boolean to signify if we want to check if the partition is in the transaction rather than add it. (v4+) */
  verifyOnly: boolean;
  /** The partitions to add to the transaction. (v4+) */
  topics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  /** The name of the topic. (v0+) */
  name: string;
  /** The partition indexes to add to the transaction (v0+) */
  partitions: number[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeAddPartitionsToTxnRequest(init?: Partial<AddPartitionsToTxnRequest>): AddPartitionsToTxnRequest {
  return {
    transactions: [],
    v3AndBelowTransactionalId: "",
    v3AndBelowProducerId: 0n,
    v3AndBelowProducerEpoch: 0,
    v3AndBelowTopics: [],
    ...init,
  };
}

export function encodeAddPartitionsToTxnRequest(w: Writer, v: AddPartitionsToTxnRequest, version: number): void {
  checkVersion("AddPartitionsToTxnRequest", version, 0, 5);
  const flexible = version >= 3;
  if (version >= 4) writeArray(w, true, v.transactions, (e) => encodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(w, e, version));
  else if (v.transactions.length !== 0) fieldVersionError("AddPartitionsToTxnRequest.transactions", version);
  if (version <= 3) writeString(w, flexible, v.v3AndBelowTransactionalId);
  else if (v.v3AndBelowTransactionalId !== "") fieldVersionError("AddPartitionsToTxnRequest.v3AndBelowTransactionalId", version);
  if (version <= 3) w.int64(v.v3AndBelowProducerId);
  else if (v.v3AndBelowProducerId !== 0n) fieldVersionError("AddPartitionsToTxnRequest.v3AndBelowProducerId", version);
  if (version <= 3) w.int16(v.v3AndBelowProducerEpoch);
  else if (v.v3AndBelowProducerEpoch !== 0) fieldVersionError("AddPartitionsToTxnRequest.v3AndBelowProducerEpoch", version);
  if (version <= 3) writeArray(w, flexible, v.v3AndBelowTopics, (e) => encodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w, e, version));
  else if (v.v3AndBelowTopics.length !== 0) fieldVersionError("AddPartitionsToTxnRequest.v3AndBelowTopics", version);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAddPartitionsToTxnRequest(r: Reader, version: number): AddPartitionsToTxnRequest {
  checkReadVersion(r, "AddPartitionsToTxnRequest", version, 0, 5);
  const flexible = version >= 3;
  const v: AddPartitionsToTxnRequest = {
    transactions: version >= 4 ? readArray(r, true, () => decodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(r, version)) : [],
    v3AndBelowTransactionalId: version <= 3 ? readString(r, flexible) : "",
    v3AndBelowProducerId: version <= 3 ? r.int64() : 0n,
    v3AndBelowProducerEpoch: version <= 3 ? r.int16() : 0,
    v3AndBelowTopics: version <= 3 ? readArray(r, flexible, () => decodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r, version)) : [],
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(init?: Partial<AddPartitionsToTxnRequestAddPartitionsToTxnTransaction>): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  return {
    transactionalId: "",
    producerId: 0n,
    producerEpoch: 0,
    verifyOnly: false,
    topics: [],
    ...init,
  };
}

export function encodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(w: Writer, v: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction, version: number): void {
  w.compactString(v.transactionalId);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  w.bool(v.verifyOnly);
  writeArray(w, true, v.topics, (e) => encodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(r: Reader, version: number): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  const v: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction = {
    transactionalId: r.compactString(),
    producerId: r.int64(),
    producerEpoch: r.int16(),
    verifyOnly: r.bool(),
    topics: readArray(r, true, () => decodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(init?: Partial<AddPartitionsToTxnRequestAddPartitionsToTxnTopic>): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  return {
    name: "",
    partitions: [],
    ...init,
  };
}

export function encodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w: Writer, v: AddPartitionsToTxnRequestAddPartitionsToTxnTopic, version: number): void {
  const flexible = version >= 3;
  writeString(w, flexible, v.name);
  writeArray(w, flexible, v.partitions, (e) => w.int32(e));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r: Reader, version: number): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  const flexible = version >= 3;
  const v: AddPartitionsToTxnRequestAddPartitionsToTxnTopic = {
    name: readString(r, flexible),
    partitions: readArray(r, flexible, () => r.int32()),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
