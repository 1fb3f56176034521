// Generated from InitProducerIdRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readNullableString, readTaggedFields, writeNullableString, writeTaggedFields } from "../message-codec.js";

/** InitProducerIdRequest (API key 22): versions 0-5, flexible 2+. */
export interface InitProducerIdRequest {
  /** The transactional id, or null if the producer is not transactional. (v0+, nullable v0+) */
  transactionalId: string | null;
  /** The time in ms to wait before aborting idle transactions sent by this producer. This is only relevant if a TransactionalId has been defined. (v0+) */
  transactionTimeoutMs: number;
  /** The producer id. This is used to disambiguate requests if a transactional id is reused following its expiration. (v3+) */
  producerId: bigint;
  /** The producer's current epoch. This will be checked against the producer epoch on the broker, and the request will return an error if they do not match. (v3+) */
  producerEpoch: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeInitProducerIdRequest(init?: Partial<InitProducerIdRequest>): InitProducerIdRequest {
  return {
    transactionalId: "",
    transactionTimeoutMs: 0,
    producerId: -1n,
    producerEpoch: -1,
    ...init,
  };
}

export function encodeInitProducerIdRequest(w: Writer, v: InitProducerIdRequest, version: number): void {
  checkVersion("InitProducerIdRequest", version, 0, 5);
  const flexible = version >= 2;
  writeNullableString(w, flexible, v.transactionalId);
  w.int32(v.transactionTimeoutMs);
  if (version >= 3) w.int64(v.producerId);
  else if (v.producerId !== -1n) fieldVersionError("InitProducerIdRequest.producerId", version);
  if (version >= 3) w.int16(v.producerEpoch);
  else if (v.producerEpoch !== -1) fieldVersionError("InitProducerIdRequest.producerEpoch", version);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeInitProducerIdRequest(r: Reader, version: number): InitProducerIdRequest {
  checkReadVersion(r, "InitProducerIdRequest", version, 0, 5);
  const flexible = version >= 2;
  const v: InitProducerIdRequest = {
    transactionalId: readNullableString(r, flexible),
    transactionTimeoutMs: r.int32(),
    producerId: version >= 3 ? r.int64() : -1n,
    producerEpoch: version >= 3 ? r.int16() : -1,
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
