// Generated from ConsumerGroupDescribeResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** ConsumerGroupDescribeResponse (API key 69): versions 0, flexible 0+. */
export interface ConsumerGroupDescribeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** Each described group. (v0+) */
  groups: ConsumerGroupDescribeResponseDescribedGroup[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ConsumerGroupDescribeResponseDescribedGroup {
  /** The describe error, or 0 if there was no error. (v0+) */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (v0+, nullable v0+) */
  errorMessage: string | null;
  /** The group ID string. (v0+) */
  groupId: string;
  /** The group state string, or the empty string. (v0+) */
  groupState: string;
  /** The group epoch. (v0+) */
  groupEpoch: number;
  /** The assignment epoch. (v0+) */
  assignmentEpoch: number;
  /** The selected assignor. (v0+) */
  assignorName: string;
  /** The members. (v0+) */
  members: ConsumerGroupDescribeResponseMember[];
  /** 32-bit bitfield to represent authorized operations for this group. (v0+) */
  authorizedOperations: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ConsumerGroupDescribeResponseMember {
  /** The member ID. (v0+) */
  memberId: string;
  /** The member instance ID. (v0+, nullable v0+) */
  instanceId: string | null;
  /** The member rack ID. (v0+, nullable v0+) */
  rackId: string | null;
  /** The current member epoch. (v0+) */
  memberEpoch: number;
  /** The client ID. (v0+) */
  clientId: string;
  /** The client host. (v0+) */
  clientHost: string;
  /** The subscribed topic names. (v0+) */
  subscribedTopicNames: string[];
  /** the subscribed topic regex otherwise or null of not provided. (v0+, nullable v0+) */
  subscribedTopicRegex: string | null;
  /** The current assignment. (v0+) */
  assignment: ConsumerGroupDescribeResponseAssignment;
  /** The target assignment. (v0+) */
  targetAssignment: ConsumerGroupDescribeResponseAssignment;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ConsumerGroupDescribeResponseAssignment {
  /** The assigned topic-partitions to the member. (v0+) */
  topicPartitions: ConsumerGroupDescribeResponseTopicPartitions[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ConsumerGroupDescribeResponseTopicPartitions {
  /** The topic ID. (v0+) */
  topicId: string;
  /** The topic name. (v0+) */
  topicName: string;
  /** The partitions. (v0+) */
  partitions: number[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeConsumerGroupDescribeResponse(init?: Partial<ConsumerGroupDescribeResponse>): ConsumerGroupDescribeResponse {
  return {
    throttleTimeMs: 0,
    groups: [],
    ...init,
  };
}

export function encodeConsumerGroupDescribeResponse(w: Writer, v: ConsumerGroupDescribeResponse, version: number): void {
  checkVersion("ConsumerGroupDescribeResponse", version, 0, 0);
  w.int32(v.throttleTimeMs);
  writeArray(w, true, v.groups, (e) => encodeConsumerGroupDescribeResponseDescribedGroup(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeConsumerGroupDescribeResponse(r: Reader, version: number): ConsumerGroupDescribeResponse {
  checkReadVersion(r, "ConsumerGroupDescribeResponse", version, 0, 0);
  const v: ConsumerGroupDescribeResponse = {
    throttleTimeMs: r.int32(),
    groups: readArray(r, true, () => decodeConsumerGroupDescribeResponseDescribedGroup(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeConsumerGroupDescribeResponseDescribedGroup(init?: Partial<ConsumerGroupDescribeResponseDescribedGroup>): ConsumerGroupDescribeResponseDescribedGroup {
  return {
    errorCode: 0,
    errorMessage: null,
    groupId: "",
    groupState: "",
    groupEpoch: 0,
    assignmentEpoch: 0,
    assignorName: "",
    members: [],
    authorizedOperations: -2147483648,
    ...init,
  };
}

export function encodeConsumerGroupDescribeResponseDescribedGroup(w: Writer, v: ConsumerGroupDescribeResponseDescribedGroup, version: number): void {
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.compactString(v.groupId);
  w.compactString(v.groupState);
  w.int32(v.groupEpoch);
  w.int32(v.assignmentEpoch);
  w.compactString(v.assignorName);
  writeArray(w, true, v.members, (e) => encodeConsumerGroupDescribeResponseMember(w, e, version));
  w.int32(v.authorizedOperations);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeConsumerGroupDescribeResponseDescribedGroup(r: Reader, version: number): ConsumerGroupDescribeResponseDescribedGroup {
  const v: ConsumerGroupDescribeResponseDescribedGroup = {
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    groupId: r.compactString(),
    groupState: r.compactString(),
    groupEpoch: r.int32(),
    assignmentEpoch: r.int32(),
    assignorName: r.compactString(),
    members: readArray(r, true, () => decodeConsumerGroupDescribeResponseMember(r, version)),
    authorizedOperations: r.int32(),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeConsumerGroupDescribeResponseMember(init?: Partial<ConsumerGroupDescribeResponseMember>): ConsumerGroupDescribeResponseMember {
  return {
    memberId: "",
    instanceId: null,
    rackId: null,
    memberEpoch: 0,
    clientId: "",
    clientHost: "",
    subscribedTopicNames: [],
    subscribedTopicRegex: null,
    assignment: makeConsumerGroupDescribeResponseAssignment(),
    targetAssignment: makeConsumerGroupDescribeResponseAssignment(),
    ...init,
  };
}

export function encodeConsumerGroupDescribeResponseMember(w: Writer, v: ConsumerGroupDescribeResponseMember, version: number): void {
  w.compactString(v.memberId);
  w.compactNullableString(v.instanceId);
  w.compactNullableString(v.rackId);
  w.int32(v.memberEpoch);
  w.compactString(v.clientId);
  w.compactString(v.clientHost);
  writeArray(w, true, v.subscribedTopicNames, (e) => w.compactString(e));
  w.compactNullableString(v.subscribedTopicRegex);
  encodeConsumerGroupDescribeResponseAssignment(w, v.assignment, version);
  encodeConsumerGroupDescribeResponseAssignment(w, v.targetAssignment, version);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeConsumerGroupDescribeResponseMember(r: Reader, version: number): ConsumerGroupDescribeResponseMember {
  const v: ConsumerGroupDescribeResponseMember = {
    memberId: r.compactString(),
    instanceId: r.compactNullableString(),
    rackId: r.compactNullableString(),
    memberEpoch: r.int32(),
    clientId: r.compactString(),
    clientHost: r.compactString(),
    subscribedTopicNames: readArray(r, true, () => r.compactString()),
    subscribedTopicRegex: r.compactNullableString(),
    assignment: decodeConsumerGroupDescribeResponseAssignment(r, version),
    targetAssignment: decodeConsumerGroupDescribeResponseAssignment(r, version),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeConsumerGroupDescribeResponseAssignment(init?: Partial<ConsumerGroupDescribeResponseAssignment>): ConsumerGroupDescribeResponseAssignment {
  return {
    topicPartitions: [],
    ...init,
  };
}

export function encodeConsumerGroupDescribeResponseAssignment(w: Writer, v: ConsumerGroupDescribeResponseAssignment, version: number): void {
  writeArray(w, true, v.topicPartitions, (e) => encodeConsumerGroupDescribeResponseTopicPartitions(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeConsumerGroupDescribeResponseAssignment(r: Reader, version: number): ConsumerGroupDescribeResponseAssignment {
  const v: ConsumerGroupDescribeResponseAssignment = {
    topicPartitions: readArray(r, true, () => decodeConsumerGroupDescribeResponseTopicPartitions(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeConsumerGroupDescribeResponseTopicPartitions(init?: Partial<ConsumerGroupDescribeResponseTopicPartitions>): ConsumerGroupDescribeResponseTopicPartitions {
  return {
    topicId: ZERO_UUID,
    topicName: "",
    partitions: [],
    ...init,
  };
}

export function encodeConsumerGroupDescribeResponseTopicPartitions(w: Writer, v: ConsumerGroupDescribeResponseTopicPartitions, _version: number): void {
  w.uuid(v.topicId);
  w.compactString(v.topicName);
  writeArray(w, true, v.partitions, (e) => w.int32(e));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeConsumerGroupDescribeResponseTopicPartitions(r: Reader, _version: number): ConsumerGroupDescribeResponseTopicPartitions {
  const v: ConsumerGroupDescribeResponseTopicPartitions = {
    topicId: r.uuid(),
    topicName: r.compactString(),
    partitions: readArray(r, true, () => r.int32()),
  };
  readTaggedFields(r, v);
  return v;
}
