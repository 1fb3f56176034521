// Generated from ListTransactionsResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** ListTransactionsResponse (API key 66): versions 0-1, flexible 0+. */
export interface ListTransactionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** (v0+) */
  errorCode: number;
  /** Set of state filters provided in the request which were unknown to the transaction coordinator (v0+) */
  unknownStateFilters: string[];
  /** (v0+) */
  transactionStates: ListTransactionsResponseTransactionState[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListTransactionsResponseTransactionState {
  /** (v0+) */
  transactionalId: string;
  /** (v0+) */
  producerId: bigint;
  /** The current transaction state of the producer (v0+) */
  transactionState: string;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeListTransactionsResponse(init?: Partial<ListTransactionsResponse>): ListTransactionsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    unknownStateFilters: [],
    transactionStates: [],
    ...init,
  };
}

export function encodeListTransactionsResponse(w: Writer, v: ListTransactionsResponse, version: number): void {
  checkVersion("ListTransactionsResponse", version, 0, 1);
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  writeArray(w, true, v.unknownStateFilters, (e) => w.compactString(e));
  writeArray(w, true, v.transactionStates, (e) => encodeListTransactionsResponseTransactionState(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeListTransactionsResponse(r: Reader, version: number): ListTransactionsResponse {
  checkReadVersion(r, "ListTransactionsResponse", version, 0, 1);
  const v: ListTransactionsResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    unknownStateFilters: readArray(r, true, () => r.compactString()),
    transactionStates: readArray(r, true, () => decodeListTransactionsResponseTransactionState(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeListTransactionsResponseTransactionState(init?: Partial<ListTransactionsResponseTransactionState>): ListTransactionsResponseTransactionState {
  return {
    transactionalId: "",
    producerId: 0n,
    transactionState: "",
    ...init,
  };
}

export function encodeListTransactionsResponseTransactionState(w: Writer, v: ListTransactionsResponseTransactionState, _version: number): void {
  w.compactString(v.transactionalId);
  w.int64(v.producerId);
  w.compactString(v.transactionState);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeListTransactionsResponseTransactionState(r: Reader, _version: number): ListTransactionsResponseTransactionState {
  const v: ListTransactionsResponseTransactionState = {
    transactionalId: r.compactString(),
    producerId: r.int64(),
    transactionState: r.compactString(),
  };
  readTaggedFields(r, v);
  return v;
}
