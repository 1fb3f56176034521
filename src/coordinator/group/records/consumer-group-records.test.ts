import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { decodeCoordinatorRecord } from "./coordinator-record.js";
import { encodeConsumerGroupRecord, type ConsumerGroupRecord } from "./consumer-group-records.js";

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ""), "hex");
// 16 bytes 00..0f as Kafka prints a Uuid (URL-safe base64, no padding)
const TOPIC_ID = Buffer.from("000102030405060708090a0b0c0d0e0f", "hex").toString("base64url");

describe("KIP-848 consumer group records", () => {
  test("ConsumerGroupMetadataKey v3 / Value v0 have Kafka's layout (flexible value, empty tagged fields)", () => {
    const { key, value } = encodeConsumerGroupRecord({ type: "metadata", groupId: "g", value: { epoch: 5 } });
    assert.deepEqual(key, hex("0003 0001 67"));
    assert.deepEqual(value, hex("0000 00000005 00"));
  });

  test("ConsumerGroupCurrentMemberAssignment (key v8) has Kafka's layout", () => {
    const { key, value } = encodeConsumerGroupRecord({
      type: "currentMemberAssignment",
      groupId: "g",
      memberId: "m",
      value: { memberEpoch: 3, previousMemberEpoch: 2, state: 1, assignedPartitions: [{ topicId: TOPIC_ID, partitions: [0, 2] }], partitionsPendingRevocation: [] },
    });
    assert.deepEqual(key, hex("0008 0001 67 0001 6d"));
    assert.deepEqual(value, hex("0000 00000003 00000002 01 02 000102030405060708090a0b0c0d0e0f 03 00000000 00000002 00 01 00"));
  });

  test("every record type round-trips through the __consumer_offsets decoder; null is a tombstone", () => {
    const records: ConsumerGroupRecord[] = [
      { type: "metadata", groupId: "g", value: { epoch: 9 } },
      { type: "partitionMetadata", groupId: "g", value: { topics: [{ topicId: TOPIC_ID, topicName: "adt", numPartitions: 6 }] } },
      {
        type: "memberMetadata",
        groupId: "g",
        memberId: "m",
        value: { instanceId: "pod-1", rackId: null, clientId: "c", clientHost: "/h", subscribedTopicNames: ["adt"], subscribedTopicRegex: "lab.*", rebalanceTimeoutMs: 300, serverAssignor: "range" },
      },
      { type: "targetAssignmentMetadata", groupId: "g", value: { assignmentEpoch: 9 } },
      { type: "targetAssignmentMember", groupId: "g", memberId: "m", value: { topicPartitions: [{ topicId: TOPIC_ID, partitions: [1, 4] }] } },
      { type: "currentMemberAssignment", groupId: "g", memberId: "m", value: { memberEpoch: 9, previousMemberEpoch: 8, state: 0, assignedPartitions: [], partitionsPendingRevocation: [{ topicId: TOPIC_ID, partitions: [5] }] } },
      { type: "memberMetadata", groupId: "g", memberId: "m", value: null },
    ];
    for (const record of records) {
      const { key, value } = encodeConsumerGroupRecord(record);
      assert.deepEqual(decodeCoordinatorRecord(key, value), { kind: "consumerGroup", record });
    }
  });
});
