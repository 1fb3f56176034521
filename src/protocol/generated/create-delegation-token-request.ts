// Generated from CreateDelegationTokenRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readString, readTaggedFields, writeArray, writeString, writeTaggedFields } from "../message-codec.js";

/** CreateDelegationTokenRequest (API key 38): versions 0-3, flexible 2+, deprecated 0. */
export interface CreateDelegationTokenRequest {
  /** The principal type of the owner of the token. If it's null it defaults to the token request principal. (v3+, nullable v3+) */
  ownerPrincipalType: string | null;
  /** The principal name of the owner of the token. If it's null it defaults to the token request principal. (v3+, nullable v3+) */
  ownerPrincipalName: string | null;
  /** A list of those who are allowed to renew this token before it expires. (v0+) */
  renewers: CreateDelegationTokenRequestCreatableRenewers[];
  /** The maximum lifetime of the token in milliseconds, or -1 to use the server side default. (v0+) */
  maxLifetimeMs: bigint;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreateDelegationTokenRequestCreatableRenewers {
  /** The type of the Kafka principal. (v0+) */
  principalType: string;
  /** The name of the Kafka principal. (v0+) */
  principalName: string;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeCreateDelegationTokenRequest(init?: Partial<CreateDelegationTokenRequest>): CreateDelegationTokenRequest {
  return {
    ownerPrincipalType: "",
    ownerPrincipalName: "",
    renewers: [],
    maxLifetimeMs: 0n,
    ...init,
  };
}

export function encodeCreateDelegationTokenRequest(w: Writer, v: CreateDelegationTokenRequest, version: number): void {
  checkVersion("CreateDelegationTokenRequest", version, 0, 3);
  const flexible = version >= 2;
  if (version >= 3) w.compactNullableString(v.ownerPrincipalType);
  else if (v.ownerPrincipalType !== "") fieldVersionError("CreateDelegationTokenRequest.ownerPrincipalType", version);
  if (version >= 3) w.compactNullableString(v.ownerPrincipalName);
  else if (v.ownerPrincipalName !== "") fieldVersionError("CreateDelegationTokenRequest.ownerPrincipalName", version);
  writeArray(w, flexible, v.renewers, (e) => encodeCreateDelegationTokenRequestCreatableRenewers(w, e, version));
  w.int64(v.maxLifetimeMs);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeCreateDelegationTokenRequest(r: Reader, version: number): CreateDelegationTokenRequest {
  checkReadVersion(r, "CreateDelegationTokenRequest", version, 0, 3);
  const flexible = version >= 2;
  const v: CreateDelegationTokenRequest = {
    ownerPrincipalType: version >= 3 ? r.compactNullableString() : "",
    ownerPrincipalName: version >= 3 ? r.compactNullableString() : "",
    renewers: readArray(r, flexible, () => decodeCreateDelegationTokenRequestCreatableRenewers(r, version)),
    maxLifetimeMs: r.int64(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeCreateDelegationTokenRequestCreatableRenewers(init?: Partial<CreateDelegationTokenRequestCreatableRenewers>): CreateDelegationTokenRequestCreatableRenewers {
  return {
    principalType: "",
    principalName: "",
    ...init,
  };
}

export function encodeCreateDelegationTokenRequestCreatableRenewers(w: Writer, v: CreateDelegationTokenRequestCreatableRenewers, version: number): void {
  const flexible = version >= 2;
  writeString(w, flexible, v.principalType);
  writeString(w, flexible, v.principalName);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeCreateDelegationTokenRequestCreatableRenewers(r: Reader, version: number): CreateDelegationTokenRequestCreatableRenewers {
  const flexible = version >= 2;
  const v: CreateDelegationTokenRequestCreatableRenewers = {
    principalType: readString(r, flexible),
    principalName: readString(r, flexible),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
