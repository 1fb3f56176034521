// Generated from WriteTxnMarkersRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readString, readTaggedFields, writeArray, writeString, writeTaggedFields } from "../message-codec.js";

/** WriteTxnMarkersRequest (API key 27): versions 0-1, flexible 1+. */
export interface WriteTxnMarkersRequest {
  /** The transaction markers to be written. (v0+) */
  markers: WriteTxnMarkersRequestWritableTxnMarker[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WriteTxnMarkersRequestWritableTxnMarker {
  /** The current producer ID. (v0+) */
  producerId: bigint;
  /** The current epoch associated with the producer ID. (v0+) */
  producerEpoch: number;
  /** The result of the transaction to write to the partitions (false = ABORT, true = COMMIT). (v0+) */
  transactionResult: boolean;
  /** Each topic that we want to write transaction marker(s) for. (v0+) */
  topics: WriteTxnMarkersRequestWritableTxnMarkerTopic[];
  /** Epoch associated with the transaction state partition hosted by this transaction coordinator (v0+) */
  coordinatorEpoch: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WriteTxnMarkersRequestWritableTxnMarkerTopic {
  /** The topic name. (v0+) */
  name: string;
  /** The indexes of the partitions to write transaction markers for. (v0+) */
  partitionIndexes: number[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeWriteTxnMarkersRequest(init?: Partial<WriteTxnMarkersRequest>): WriteTxnMarkersRequest {
  return {
    markers: [],
    ...init,
  };
}

export function encodeWriteTxnMarkersRequest(w: Writer, v: WriteTxnMarkersRequest, version: number): void {
  checkVersion("WriteTxnMarkersRequest", version, 0, 1);
  const flexible = version >= 1;
  writeArray(w, flexible, v.markers, (e) => encodeWriteTxnMarkersRequestWritableTxnMarker(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeWriteTxnMarkersRequest(r: Reader, version: number): WriteTxnMarkersRequest {
  checkReadVersion(r, "WriteTxnMarkersRequest", version, 0, 1);
  const flexible = version >= 1;
  const v: WriteTxnMarkersRequest = {
    markers: readArray(r, flexible, () => decodeWriteTxnMarkersRequestWritableTxnMarker(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeWriteTxnMarkersRequestWritableTxnMarker(init?: Partial<WriteTxnMarkersRequestWritableTxnMarker>): WriteTxnMarkersRequestWritableTxnMarker {
  return {
    producerId: 0n,
    producerEpoch: 0,
    transactionResult: false,
    topics: [],
    coordinatorEpoch: 0,
    ...init,
  };
}

export function encodeWriteTxnMarkersRequestWritableTxnMarker(w: Writer, v: WriteTxnMarkersRequestWritableTxnMarker, version: number): void {
  const flexible = version >= 1;
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  w.bool(v.transactionResult);
  writeArray(w, flexible, v.topics, (e) => encodeWriteTxnMarkersRequestWritableTxnMarkerTopic(w, e, version));
  w.int32(v.coordinatorEpoch);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeWriteTxnMarkersRequestWritableTxnMarker(r: Reader, version: number): WriteTxnMarkersRequestWritableTxnMarker {
  const flexible = version >= 1;
  const v: WriteTxnMarkersRequestWritableTxnMarker = {
    producerId: r.int64(),
    producerEpoch: r.int16(),
    transactionResult: r.bool(),
    topics: readArray(r, flexible, () => decodeWriteTxnMarkersRequestWritableTxnMarkerTopic(r, version)),
    coordinatorEpoch: r.int32(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeWriteTxnMarkersRequestWritableTxnMarkerTopic(init?: Partial<WriteTxnMarkersRequestWritableTxnMarkerTopic>): WriteTxnMarkersRequestWritableTxnMarkerTopic {
  return {
    name: "",
    partitionIndexes: [],
    ...init,
  };
}

export function encodeWriteTxnMarkersRequestWritableTxnMarkerTopic(w: Writer, v: WriteTxnMarkersRequestWritableTxnMarkerTopic, version: number): void {
  const flexible = version >= 1;
  writeString(w, flexible, v.name);
  writeArray(w, flexible, v.partitionIndexes, (e) => w.int32(e));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeWriteTxnMarkersRequestWritableTxnMarkerTopic(r: Reader, version: number): WriteTxnMarkersRequestWritableTxnMarkerTopic {
  const flexible = version >= 1;
  const v: WriteTxnMarkersRequestWritableTxnMarkerTopic = {
    name: readString(r, flexible),
    partitionIndexes: readArray(r, flexible, () => r.int32()),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
