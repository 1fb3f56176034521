// Generated from ShareGroupDescribeResponse.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import { type Reader, ZERO_UUID } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readTaggedFields, writeArray, writeTaggedFields } from "../message-codec.js";

/** ShareGroupDescribeResponse (API key 77): versions 0, flexible 0+. */
export interface ShareGroupDescribeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (v0+) */
  throttleTimeMs: number;
  /** Each described group. (v0+) */
  groups: ShareGroupDescribeResponseDescribedGroup[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareGroupDescribeResponseDescribedGroup {
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
  members: ShareGroupDescribeResponseMember[];
  /** 32-bit bitfield to represent authorized operations for this group. (v0+) */
  authorizedOperations: number;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareGroupDescribeResponseMember {
  /** The member ID. (v0+) */
  memberId: string;
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
  /** The current assignment. (v0+) */
  assignment: ShareGroupDescribeResponseAssignment;
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareGroupDescribeResponseAssignment {
  /** The assigned topic-partitions to the member. (v0+) */
  topicPartitions: ShareGroupDescribeResponseTopicPartitions[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareGroupDescribeResponseTopicPartitions {
  /** The topic ID. (v0+) */
  topicId: string;
  /** The topic name. (v0+) */
  topicName: string;
  /** The partitions. (v0+) */
  partitions: number[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeShareGroupDescribeResponse(init?: Partial<ShareGroupDescribeResponse>): ShareGroupDescribeResponse {
  return {
    throttleTimeMs: 0,
    groups: [],
    ...init,
  };
}

export function encodeShareGroupDescribeResponse(w: Writer, v: ShareGroupDescribeResponse, version: number): void {
  checkVersion("ShareGroupDescribeResponse", version, 0, 0);
  w.int32(v.throttleTimeMs);
  writeArray(w, true, v.groups, (e) => encodeShareGroupDescribeResponseDescribedGroup(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareGroupDescribeResponse(r: Reader, version: number): ShareGroupDescribeResponse {
  checkReadVersion(r, "ShareGroupDescribeResponse", version, 0, 0);
  const v: ShareGroupDescribeResponse = {
    throttleTimeMs: r.int32(),
    groups: readArray(r, true, () => decodeShareGroupDescribeResponseDescribedGroup(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeShareGroupDescribeResponseDescribedGroup(init?: Partial<ShareGroupDescribeResponseDescribedGroup>): ShareGroupDescribeResponseDescribedGroup {
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

export function encodeShareGroupDescribeResponseDescribedGroup(w: Writer, v: ShareGroupDescribeResponseDescribedGroup, version: number): void {
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.compactString(v.groupId);
  w.compactString(v.groupState);
  w.int32(v.groupEpoch);
  w.int32(v.assignmentEpoch);
  w.compactString(v.assignorName);
  writeArray(w, true, v.members, (e) => encodeShareGroupDescribeResponseMember(w, e, version));
  w.int32(v.authorizedOperations);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareGroupDescribeResponseDescribedGroup(r: Reader, version: number): ShareGroupDescribeResponseDescribedGroup {
  const v: ShareGroupDescribeResponseDescribedGroup = {
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    groupId: r.compactString(),
    groupState: r.compactString(),
    groupEpoch: r.int32(),
    assignmentEpoch: r.int32(),
    assignorName: r.compactString(),
    members: readArray(r, true, () => decodeShareGroupDescribeResponseMember(r, version)),
    authorizedOperations: r.int32(),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeShareGroupDescribeResponseMember(init?: Partial<ShareGroupDescribeResponseMember>): ShareGroupDescribeResponseMember {
  return {
    memberId: "",
    rackId: null,
    memberEpoch: 0,
    clientId: "",
    clientHost: "",
    subscribedTopicNames: [],
    assignment: makeShareGroupDescribeResponseAssignment(),
    ...init,
  };
}

export function encodeShareGroupDescribeResponseMember(w: Writer, v: ShareGroupDescribeResponseMember, version: number): void {
  w.compactString(v.memberId);
  w.compactNullableString(v.rackId);
  w.int32(v.memberEpoch);
  w.compactString(v.clientId);
  w.compactString(v.clientHost);
  writeArray(w, true, v.subscribedTopicNames, (e) => w.compactString(e));
  encodeShareGroupDescribeResponseAssignment(w, v.assignment, version);
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareGroupDescribeResponseMember(r: Reader, version: number): ShareGroupDescribeResponseMember {
  const v: ShareGroupDescribeResponseMember = {
    memberId: r.compactString(),
    rackId: r.compactNullableString(),
    memberEpoch: r.int32(),
    clientId: r.compactString(),
    clientHost: r.compactString(),
    subscribedTopicNames: readArray(r, true, () => r.compactString()),
    assignment: decodeShareGroupDescribeResponseAssignment(r, version),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeShareGroupDescribeResponseAssignment(init?: Partial<ShareGroupDescribeResponseAssignment>): ShareGroupDescribeResponseAssignment {
  return {
    topicPartitions: [],
    ...init,
  };
}

export function encodeShareGroupDescribeResponseAssignment(w: Writer, v: ShareGroupDescribeResponseAssignment, version: number): void {
  writeArray(w, true, v.topicPartitions, (e) => encodeShareGroupDescribeResponseTopicPartitions(w, e, version));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareGroupDescribeResponseAssignment(r: Reader, version: number): ShareGroupDescribeResponseAssignment {
  const v: ShareGroupDescribeResponseAssignment = {
    topicPartitions: readArray(r, true, () => decodeShareGroupDescribeResponseTopicPartitions(r, version)),
  };
  readTaggedFields(r, v);
  return v;
}

export function makeShareGroupDescribeResponseTopicPartitions(init?: Partial<ShareGroupDescribeResponseTopicPartitions>): ShareGroupDescribeResponseTopicPartitions {
  return {
    topicId: ZERO_UUID,
    topicName: "",
    partitions: [],
    ...init,
  };
}

export function encodeShareGroupDescribeResponseTopicPartitions(w: Writer, v: ShareGroupDescribeResponseTopicPartitions, _version: number): void {
  w.uuid(v.topicId);
  w.compactString(v.topicName);
  writeArray(w, true, v.partitions, (e) => w.int32(e));
  writeTaggedFields(w, true, v._unknownTaggedFields);
}

export function decodeShareGroupDescribeResponseTopicPartitions(r: Reader, _version: number): ShareGroupDescribeResponseTopicPartitions {
  const v: ShareGroupDescribeResponseTopicPartitions = {
    topicId: r.uuid(),
    topicName: r.compactString(),
    partitions: readArray(r, true, () => r.int32()),
  };
  readTaggedFields(r, v);
  return v;
}
