// Generated from ConsumerProtocolAssignment.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, writeArray, writeTaggedFields } from "../message-codec.js";

/** ConsumerProtocolAssignment: versions 0-3, flexible none. */
export interface ConsumerProtocolAssignment {
  /** (v0+) */
  assignedPartitions: ConsumerProtocolAssignmentTopicPartition[];
  /** (v0+, nullable v0+) */
  userData: Buffer | null;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ConsumerProtocolAssignmentTopicPartition {
  /** (v0+) */
  topic: string;
  /** (v0+) */
  partitions: number[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeConsumerProtocolAssignment(init?: Partial<ConsumerProtocolAssignment>): ConsumerProtocolAssignment {
  return {
    assignedPartitions: [],
    userData: null,
    ...init,
  };
}

export function encodeConsumerProtocolAssignment(w: Writer, v: ConsumerProtocolAssignment, version: number): void {
  checkVersion("ConsumerProtocolAssignment", version, 0, 3);
  writeArray(w, false, v.assignedPartitions, (e) => encodeConsumerProtocolAssignmentTopicPartition(w, e, version));
  w.nullableBytes(v.userData);
  writeTaggedFields(w, false, v._unknownTaggedFields);
}

export function decodeConsumerProtocolAssignment(r: Reader, version: number): ConsumerProtocolAssignment {
  checkReadVersion(r, "ConsumerProtocolAssignment", version, 0, 3);
  return {
    assignedPartitions: readArray(r, false, () => decodeConsumerProtocolAssignmentTopicPartition(r, version)),
    userData: r.nullableBytes(),
  };
}

export function makeConsumerProtocolAssignmentTopicPartition(init?: Partial<ConsumerProtocolAssignmentTopicPartition>): ConsumerProtocolAssignmentTopicPartition {
  return {
    topic: "",
    partitions: [],
    ...init,
  };
}

export function encodeConsumerProtocolAssignmentTopicPartition(w: Writer, v: ConsumerProtocolAssignmentTopicPartition, _version: number): void {
  w.string(v.topic);
  writeArray(w, false, v.partitions, (e) => w.int32(e));
  writeTaggedFields(w, false, v._unknownTaggedFields);
}

export function decodeConsumerProtocolAssignmentTopicPartition(r: Reader, _version: number): ConsumerProtocolAssignmentTopicPartition {
  return {
    topic: r.string(),
    partitions: readArray(r, false, () => r.int32()),
  };
}
