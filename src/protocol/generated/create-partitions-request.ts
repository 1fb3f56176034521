// Generated from CreatePartitionsRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readNullableArray, readString, readTaggedFields, writeArray, writeNullableArray, writeString, writeTaggedFields } from "../message-codec.js";

/** CreatePartitionsRequest (API key 37): versions 0-3, flexible 2+. */
export interface CreatePartitionsRequest {
  /** Each topic that we want to create new partitions inside. (v0+) */
  topics: CreatePartitionsRequestCreatePartitionsTopic[];
  /** The time in ms to wait for the partitions to be created. (v0+) */
  timeoutMs: number;
  /** If true, then validate the request, but don't actually increase the number of partitions. (v0+) */
  validateOnly: boolean;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreatePartitionsRequestCreatePartitionsTopic {
  /** The topic name. (v0+) */
  name: string;
  /** The new partition count. (v0+) */
  count: number;
  /** The new partition assignments. (v0+, nullable v0+) */
  assignments: CreatePartitionsRequestCreatePartitionsAssignment[] | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreatePartitionsRequestCreatePartitionsAssignment {
  /** The assigned broker IDs. (v0+) */
  brokerIds: number[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeCreatePartitionsRequest(init?: Partial<CreatePartitionsRequest>): CreatePartitionsRequest {
  return {
    topics: [],
    timeoutMs: 0,
    validateOnly: false,
    ...init,
  };
}

export function encodeCreatePartitionsRequest(w: Writer, v: CreatePartitionsRequest, version: number): void {
  checkVersion("CreatePartitionsRequest", version, 0, 3);
  const flexible = version >= 2;
  writeArray(w, flexible, v.topics, (e) => encodeCreatePartitionsRequestCreatePartitionsTopic(w, e, version));
  w.int32(v.timeoutMs);
  w.bool(v.validateOnly);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeCreatePartitionsRequest(r: Reader, version: number): CreatePartitionsRequest {
  checkReadVersion(r, "CreatePartitionsRequest", version, 0, 3);
  const flexible = version >= 2;
  const v: CreatePartitionsRequest = {
    topics: readArray(r, flexible, () => decodeCreatePartitionsRequestCreatePartitionsTopic(r, version)),
    timeoutMs: r.int32(),
    validateOnly: r.bool(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeCreatePartitionsRequestCreatePartitionsTopic(init?: Partial<CreatePartitionsRequestCreatePartitionsTopic>): CreatePartitionsRequestCreatePartitionsTopic {
  return {
    name: "",
    count: 0,
    assignments: [],
    ...init,
  };
}

export function encodeCreatePartitionsRequestCreatePartitionsTopic(w: Writer, v: CreatePartitionsRequestCreatePartitionsTopic, version: number): void {
  const flexible = version >= 2;
  writeString(w, flexible, v.name);
  w.int32(v.count);
  writeNullableArray(w, flexible, v.assignments, (e) => encodeCreatePartitionsRequestCreatePartitionsAssignment(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeCreatePartitionsRequestCreatePartitionsTopic(r: Reader, version: number): CreatePartitionsRequestCreatePartitionsTopic {
  const flexible = version >= 2;
  const v: CreatePartitionsRequestCreatePartitionsTopic = {
    name: readString(r, flexible),
    count: r.int32(),
    assignments: readNullableArray(r, flexible, () => decodeCreatePartitionsRequestCreatePartitionsAssignment(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeCreatePartitionsRequestCreatePartitionsAssignment(init?: Partial<CreatePartitionsRequestCreatePartitionsAssignment>): CreatePartitionsRequestCreatePartitionsAssignment {
  return {
    brokerIds: [],
    ...init,
  };
}

export function encodeCreatePartitionsRequestCreatePartitionsAssignment(w: Writer, v: CreatePartitionsRequestCreatePartitionsAssignment, version: number): void {
  const flexible = version >= 2;
  writeArray(w, flexible, v.brokerIds, (e) => w.int32(e));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeCreatePartitionsRequestCreatePartitionsAssignment(r: Reader, version: number): CreatePartitionsRequestCreatePartitionsAssignment {
  const flexible = version >= 2;
  const v: CreatePartitionsRequestCreatePartitionsAssignment = {
    brokerIds: readArray(r, flexible, () => r.int32()),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
