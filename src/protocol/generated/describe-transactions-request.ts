// Generated from DescribeTransactionsRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** DescribeTransactionsRequest (API key 65): versions 0, flexible 0+. */
export interface DescribeTransactionsRequest {
  /** Array of transactionalIds to include in describe results. If empty, then no results will be returned. (v0+) */
  transactionalIds: string[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDescribeTransactionsRequest(init?: Partial<DescribeTransactionsRequest>): DescribeTransactionsRequest {
  return {
    transactionalIds: [],
    ...init,
  };
}

export function encodeDescribeTransactionsRequest(w: Writer, v: DescribeTransactionsRequest, version: number): void {
  checkVersion("DescribeTransactionsRequest", version, 0, 0);
  writeArray(w, true, v.transactionalIds, (e) => w.compactString(e));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeTransactionsRequest(r: Reader, version: number): DescribeTransactionsRequest {
  checkReadVersion(r, "DescribeTransactionsRequest", version, 0, 0);
  const v: DescribeTransactionsRequest = {
    transactionalIds: readArray(r, true, () => r.compactString()),
  };
  readTaggedFields(r, v);
  return v;
}
