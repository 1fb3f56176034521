// Generated from ProduceRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readNullableBytes, readNullableString, readString, readTaggedFields, writeArray, writeNullableBytes, writeNullableString, writeString, writeTaggedFields } from "../message-codec.js";

/** ProduceRequest (API key 0): versions 0-11, flexible 9+, deprecated 0-6. */
export interface ProduceRequest {
  /** The transactional ID, or null if the producer is not transactional. (v3+, nullable v3+) */
  transactionalId: string | null;
  /** The number of acknowledgments the producer requires the leader to have received before considering a request complete. Allowed values: 0 for no acknowledgments, 1 for only the leader and -1 for the full ISR. (v0+) */
  acks: number;
  /** The timeout to await a response in milliseconds. (v0+) */
  timeoutMs: number;
  /** Each topic to produce to. (v0+) */
  topicData: ProduceRequestTopicProduceData[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ProduceRequestTopicProduceData {
  /** The topic name. (v0+) */
  name: string;
  /** Each partition to produce to. (v0+) */
  partitionData: ProduceRequestPartitionProduceData[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ProduceRequestPartitionProduceData {
  /** The partition index. (v0+) */
  index: number;
  /** The record data to be produced. (v0+, nullable v0+) */
  records: Buffer | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeProduceRequest(init?: Partial<ProduceRequest>): ProduceRequest {
  return {
    transactionalId: null,
    acks: 0,
    timeoutMs: 0,
    topicData: [],
    ...init,
  };
}

export function encodeProduceRequest(w: Writer, v: ProduceRequest, version: number): void {
  checkVersion("ProduceRequest", version, 0, 11);
  const flexible = version >= 9;
  if (version >= 3) writeNullableString(w, flexible, v.transactionalId);
  else if (v.transactionalId !== null) fieldVersionError("ProduceRequest.transactionalId", version);
  w.int16(v.acks);
  w.int32(v.timeoutMs);
  writeArray(w, flexible, v.topicData, (e) => encodeProduceRequestTopicProduceData(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeProduceRequest(r: Reader, version: number): ProduceRequest {
  checkReadVersion(r, "ProduceRequest", version, 0, 11);
  const flexible = version >= 9;
  const v: ProduceRequest = {
    transactionalId: version >= 3 ? readNullableString(r, flexible) : null,
    acks: r.int16(),
    timeoutMs: r.int32(),
    topicData: readArray(r, flexible, () => decodeProduceRequestTopicProduceData(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeProduceRequestTopicProduceData(init?: Partial<ProduceRequestTopicProduceData>): ProduceRequestTopicProduceData {
  return {
    name: "",
    partitionData: [],
    ...init,
  };
}

export function encodeProduceRequestTopicProduceData(w: Writer, v: ProduceRequestTopicProduceData, version: number): void {
  const flexible = version >= 9;
  writeString(w, flexible, v.name);
  writeArray(w, flexible, v.partitionData, (e) => encodeProduceRequestPartitionProduceData(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeProduceRequestTopicProduceData(r: Reader, version: number): ProduceRequestTopicProduceData {
  const flexible = version >= 9;
  const v: ProduceRequestTopicProduceData = {
    name: readString(r, flexible),
    partitionData: readArray(r, flexible, () => decodeProduceRequestPartitionProduceData(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeProduceRequestPartitionProduceData(init?: Partial<ProduceRequestPartitionProduceData>): ProduceRequestPartitionProduceData {
  return {
    index: 0,
    records: null,
    ...init,
  };
}

export function encodeProduceRequestPartitionProduceData(w: Writer, v: ProduceRequestPartitionProduceData, version: number): void {
  const flexible = version >= 9;
  w.int32(v.index);
  writeNullableBytes(w, flexible, v.records);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeProduceRequestPartitionProduceData(r: Reader, version: number): ProduceRequestPartitionProduceData {
  const flexible = version >= 9;
  const v: ProduceRequestPartitionProduceData = {
    index: r.int32(),
    records: readNullableBytes(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
