// Generated from ElectLeadersRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, fieldVersionError, readArray, readNullableArray, readString, readTaggedFields, writeArray, writeNullableArray, writeString, writeTaggedFields } from "../message-codec.js";

/** ElectLeadersRequest (API key 43): versions 0-2, flexible 2+. */
export interface ElectLeadersRequest {
  /** Type of elections to conduct for the partition. A value of '0' elects the preferred replica. A value of '1' elects the first live replica if there are no in-sync replica. (v1+) */
  electionType: number;
  /** The topic partitions to elect leaders. (v0+, nullable v0+) */
  topicPartitions: ElectLeadersRequestTopicPartitions[] | null;
  /** The time in ms to wait for the election to complete. (v0+) */
  timeoutMs: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ElectLeadersRequestTopicPartitions {
  /** The name of a topic. (v0+) */
  topic: string;
  /** The partitions of this topic whose leader should be elected. (v0+) */
  partitions: number[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeElectLeadersRequest(init?: Partial<ElectLeadersRequest>): ElectLeadersRequest {
  return {
    electionType: 0,
    topicPartitions: [],
    timeoutMs: 60000,
    ...init,
  };
}

export function encodeElectLeadersRequest(w: Writer, v: ElectLeadersRequest, version: number): void {
  checkVersion("ElectLeadersRequest", version, 0, 2);
  const flexible = version >= 2;
  if (version >= 1) w.int8(v.electionType);
  else if (v.electionType !== 0) fieldVersionError("ElectLeadersRequest.electionType", version);
  writeNullableArray(w, flexible, v.topicPartitions, (e) => encodeElectLeadersRequestTopicPartitions(w, e, version));
  w.int32(v.timeoutMs);
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeElectLeadersRequest(r: Reader, version: number): ElectLeadersRequest {
  checkReadVersion(r, "ElectLeadersRequest", version, 0, 2);
  const flexible = version >= 2;
  const v: ElectLeadersRequest = {
    electionType: version >= 1 ? r.int8() : 0,
    topicPartitions: readNullableArray(r, flexible, () => decodeElectLeadersRequestTopicPartitions(r, version)),
    timeoutMs: r.int32(),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeElectLeadersRequestTopicPartitions(init?: Partial<ElectLeadersRequestTopicPartitions>): ElectLeadersRequestTopicPartitions {
  return {
    topic: "",
    partitions: [],
    ...init,
  };
}

export function encodeElectLeadersRequestTopicPartitions(w: Writer, v: ElectLeadersRequestTopicPartitions, version: number): void {
  const flexible = version >= 2;
  writeString(w, flexible, v.topic);
  writeArray(w, flexible, v.partitions, (e) => w.int32(e));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeElectLeadersRequestTopicPartitions(r: Reader, version: number): ElectLeadersRequestTopicPartitions {
  const flexible = version >= 2;
  const v: ElectLeadersRequestTopicPartitions = {
    topic: readString(r, flexible),
    partitions: readArray(r, flexible, () => r.int32()),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
