// Generated from DescribeUserScramCredentialsRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readNullableArray, readTaggedFields, writeNullableArray, writeTaggedFields } from "../message-codec.js";

/** DescribeUserScramCredentialsRequest (API key 50): versions 0, flexible 0+. */
export interface DescribeUserScramCredentialsRequest {
  /** The users to describe, or null/empty to describe all users. (v0+, nullable v0+) */
  users: DescribeUserScramCredentialsRequestUserName[] | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeUserScramCredentialsRequestUserName {
  /** The user name. (v0+) */
  name: string;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeDescribeUserScramCredentialsRequest(init?: Partial<DescribeUserScramCredentialsRequest>): DescribeUserScramCredentialsRequest {
  return {
    users: [],
    ...init,
  };
}

export function encodeDescribeUserScramCredentialsRequest(w: Writer, v: DescribeUserScramCredentialsRequest, version: number): void {
  checkVersion("DescribeUserScramCredentialsRequest", version, 0, 0);
  writeNullableArray(w, true, v.users, (e) => encodeDescribeUserScramCredentialsRequestUserName(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeUserScramCredentialsRequest(r: Reader, version: number): DescribeUserScramCredentialsRequest {
  checkReadVersion(r, "DescribeUserScramCredentialsRequest", version, 0, 0);
  const v: DescribeUserScramCredentialsRequest = {
    users: readNullableArray(r, true, () => decodeDescribeUserScramCredentialsRequestUserName(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeDescribeUserScramCredentialsRequestUserName(init?: Partial<DescribeUserScramCredentialsRequestUserName>): DescribeUserScramCredentialsRequestUserName {
  return {
    name: "",
    ...init,
  };
}

export function encodeDescribeUserScramCredentialsRequestUserName(w: Writer, v: DescribeUserScramCredentialsRequestUserName, _version: number): void {
  w.compactString(v.name);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeDescribeUserScramCredentialsRequestUserName(r: Reader, _version: number): DescribeUserScramCredentialsRequestUserName {
  const v: DescribeUserScramCredentialsRequestUserName = {
    name: r.compactString(),
  };
  readTaggedFields(r, v);
  return v;
}
