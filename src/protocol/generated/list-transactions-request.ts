// Generated from ListTransactionsRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** ListTransactionsRequest (API key 66): versions 0-1, flexible 0+. */
export interface ListTransactionsRequest {
  /** The transaction states to filter by: if empty, all transactions are returned; if non-empty, then only transactions matching one of the filtered states will be returned (v0+) */
  stateFilters: string[];
  /** The producerIds to filter by: if empty, all transactions will be returned; if non-empty, only transactions which match one of the filtered producerIds will be returned (v0+) */
  producerIdFilters: bigint[];
  /** Duration (in millis) to filter by: if < 0, all transactions will be returned; otherwise, only transactions running longer than this duration will be returned (v1+) */
  durationFilter: bigint;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeListTransactionsRequest(init?: Partial<ListTransactionsRequest>): ListTransactionsRequest {
  return {
    stateFilters: [],
    producerIdFilters: [],
    durationFilter: -1n,
    ...init,
  };
}

export function encodeListTransactionsRequest(w: Writer, v: ListTransactionsRequest, version: number): void {
  checkVersion("ListTransactionsRequest", version, 0, 1);
  writeArray(w, true, v.stateFilters, (e) => w.compactString(e));
  writeArray(w, true, v.producerIdFilters, (e) => w.int64(e));
  if (version >= 1) w.int64(v.durationFilter);
  else if (v.durationFilter !== -1n) fieldVersionError("ListTransactionsRequest.durationFilter", version);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeListTransactionsRequest(r: Reader, version: number): ListTransactionsRequest {
  checkReadVersion(r, "ListTransactionsRequest", version, 0, 1);
  const v: ListTransactionsRequest = {
    stateFilters: readArray(r, true, () => r.compactString()),
    producerIdFilters: readArray(r, true, () => r.int64()),
    durationFilter: version >= 1 ? r.int64() : -1n,
  };
  readTaggedFields(r, v);
  return v;
}
