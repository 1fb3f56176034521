// Generated from DescribeDelegationTokenRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readNullableArray, readString, readTaggedFields, writeNullableArray, writeString, writeTaggedFields } from "../message-codec.js";

/** DescribeDelegationTokenRequest (API key 41): versions 0-3, flexible 2+, deprecated 0. */
export interface DescribeDelegationTokenRequest {
  /** Each owner that we want to describe delegation tokens for, or null to describe all tokens. (v0+, nullable v0+) */
  owners: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  /** The owner principal type. (v0+) */
  principalType: string;
  /** The owner principal name. (v0+) */
  principalName: string;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDescribeDelegationTokenRequest(init?: Partial<DescribeDelegationTokenRequest>): DescribeDelegationTokenRequest {
  return {
    owners: [],
    ...init,
  };
}

export function encodeDescribeDelegationTokenRequest(w: Writer, v: DescribeDelegationTokenRequest, version: number): void {
  checkVersion("DescribeDelegationTokenRequest", version, 0, 3);
  const flexible = version >= 2;
  writeNullableArray(w, flexible, v.owners, (e) => encodeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeDelegationTokenRequest(r: Reader, version: number): DescribeDelegationTokenRequest {
  checkReadVersion(r, "DescribeDelegationTokenRequest", version, 0, 3);
  const flexible = version >= 2;
  const v: DescribeDelegationTokenRequest = {
    owners: readNullableArray(r, flexible, () => decodeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(init?: Partial<DescribeDelegationTokenRequestDescribeDelegationTokenOwner>): DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  return {
    principalType: "",
    principalName: "",
    ...init,
  };
}

export function encodeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(w: Writer, v: DescribeDelegationTokenRequestDescribeDelegationTokenOwner, version: number): void {
  const flexible = version >= 2;
  writeString(w, flexible, v.principalType);
  writeString(w, flexible, v.principalName);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(r: Reader, version: number): DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  const flexible = version >= 2;
  const v: DescribeDelegationTokenRequestDescribeDelegationTokenOwner = {
    principalType: readString(r, flexible),
    principalName: readString(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
