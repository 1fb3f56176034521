// The group APIs over the wire at every version the specs define: FindCoordinator 0-6,
// JoinGroup 0-9, SyncGroup 0-5, Heartbeat 0-4, LeaveGroup 0-5, OffsetCommit 0-9,
// OffsetFetch 0-9, DescribeGroups 0-5, ListGroups 0-5, DeleteGroups 0-2, OffsetDelete 0,
// including the versions no client here speaks, with Kafka's error codes.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { ErrorCode } from "../../src/protocol/errors.js";
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import { makeDeleteGroupsRequest } from "../../src/protocol/generated/delete-groups-request.js";
import { makeDescribeGroupsRequest } from "../../src/protocol/generated/describe-groups-request.js";
import { makeFindCoordinatorRequest } from "../../src/protocol/generated/find-coordinator-request.js";
import { makeHeartbeatRequest } from "../../src/protocol/generated/heartbeat-request.js";
import { makeJoinGroupRequest, makeJoinGroupRequestProtocol } from "../../src/protocol/generated/join-group-request.js";
import { makeLeaveGroupRequest, makeLeaveGroupRequestMemberIdentity } from "../../src/protocol/generated/leave-group-request.js";
import { makeListGroupsRequest } from "../../src/protocol/generated/list-groups-request.js";
import { makeMetadataRequest, makeMetadataRequestTopic } from "../../src/protocol/generated/metadata-request.js";
import { makeOffsetCommitRequest, makeOffsetCommitRequestPartition, makeOffsetCommitRequestTopic } from "../../src/protocol/generated/offset-commit-request.js";
import { makeOffsetDeleteRequest, makeOffsetDeleteRequestPartition, makeOffsetDeleteRequestTopic } from "../../src/protocol/generated/offset-delete-request.js";
import { makeOffsetFetchRequest, makeOffsetFetchRequestGroup, makeOffsetFetchRequestTopic, makeOffsetFetchRequestTopics } from "../../src/protocol/generated/offset-fetch-request.js";
import { makeSyncGroupRequest, makeSyncGroupRequestAssignment } from "../../src/protocol/generated/sync-group-request.js";
import { RawClient } from "../support/raw-client.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";

let server: TestBroker;
let client: RawClient;
const TOPIC = "clinical.raw.groups";

before(async () => {
  server = await startTestBroker({ "group.initial.rebalance.delay.ms": "0", "group.min.session.timeout.ms": "1000", "offsets.topic.num.partitions": "5" });
  server.broker.createTopic(TOPIC, 2, {});
  client = await RawClient.connect(server.port);
});

after(async () => {
  await client.close();
  await server.stop();
});

/** ConsumerProtocolSubscription v0 for one topic. */
function subscription(topic: string): Buffer {
  const name = Buffer.from(topic);
  const b = Buffer.alloc(2 + 4 + 2 + name.length + 4);
  b.writeInt16BE(0, 0);
  b.writeInt32BE(1, 2);
  b.writeInt16BE(name.length, 6);
  name.copy(b, 8);
  b.writeInt32BE(-1, 8 + name.length);
  return b;
}

async function join(version: number, groupId: string, memberId = "", groupInstanceId: string | null = null) {
  return client.request(
    ApiKeys.JoinGroup,
    version,
    makeJoinGroupRequest({
      groupId,
      memberId,
      groupInstanceId,
      sessionTimeoutMs: 5000,
      rebalanceTimeoutMs: 5000,
      protocolType: "consumer",
      protocols: [makeJoinGroupRequestProtocol({ name: "range", metadata: subscription(TOPIC) })],
    }),
  );
}

describe("group APIs at every version", () => {
  test("FindCoordinator 0-6 names this node for groups and transactions, creating __consumer_offsets", async () => {
    for (let v = 0; v <= 6; v++) {
      if (v >= 4) {
        const r = await client.request(ApiKeys.FindCoordinator, v, makeFindCoordinatorRequest({ keyType: 0, coordinatorKeys: ["a", "b"] }));
        assert.deepEqual(r.coordinators.map((c) => [c.key, c.nodeId, c.port, c.errorCode]), [["a", 1, server.port, 0], ["b", 1, server.port, 0]]);
        const txn = await client.request(ApiKeys.FindCoordinator, v, makeFindCoordinatorRequest({ keyType: 1, coordinatorKeys: ["tx"] }));
        assert.equal(txn.coordinators[0]?.errorCode, ErrorCode.NONE);
        const bad = await client.request(ApiKeys.FindCoordinator, v, makeFindCoordinatorRequest({ keyType: 7, coordinatorKeys: ["x"] }));
        assert.equal(bad.coordinators[0]?.errorCode, ErrorCode.INVALID_REQUEST);
      } else {
        const r = await client.request(ApiKeys.FindCoordinator, v, makeFindCoordinatorRequest({ key: "a" }));
        assert.deepEqual([r.errorCode, r.nodeId, r.port], [0, 1, server.port]);
      }
    }
    const md = await client.request(ApiKeys.Metadata, 12, makeMetadataRequest({ topics: [makeMetadataRequestTopic({ name: "__consumer_offsets" })] }));
    assert.equal(md.topics[0]?.isInternal, true);
    assert.equal(md.topics[0]?.partitions.length, 5);
    assert.deepEqual(server.broker.topicConfig("__consumer_offsets").get("cleanup.policy"), ["compact"]);
  });

  for (let v = 0; v <= 9; v++) {
    test(`JoinGroup v${v}, then SyncGroup, Heartbeat, OffsetCommit, OffsetFetch and LeaveGroup at matching versions`, async () => {
      const groupId = `raw-v${v}`;
      let joined = await join(v, groupId);
      if (v >= 4) {
        assert.equal(joined.errorCode, ErrorCode.MEMBER_ID_REQUIRED);
        joined = await join(v, groupId, joined.memberId);
      }
      assert.equal(joined.errorCode, ErrorCode.NONE);
      assert.equal(joined.generationId, 1);
      assert.equal(joined.leader, joined.memberId);
      assert.equal(joined.protocolName, "range");
      assert.equal(joined.members.length, 1);
      const memberId = joined.memberId;
      const syncV = Math.min(v, 5);
      const synced = await client.request(
        ApiKeys.SyncGroup,
        syncV,
        makeSyncGroupRequest({
          groupId,
          generationId: 1,
          memberId,
          protocolType: syncV >= 5 ? "consumer" : null,
          protocolName: syncV >= 5 ? "range" : null,
          assignments: [makeSyncGroupRequestAssignment({ memberId, assignment: Buffer.from("assigned") })],
        }),
      );
      assert.equal(synced.errorCode, ErrorCode.NONE);
      assert.equal(synced.assignment.toString(), "assigned");
      const hbV = Math.min(v, 4);
      assert.equal((await client.request(ApiKeys.Heartbeat, hbV, makeHeartbeatRequest({ groupId, generationId: 1, memberId }))).errorCode, ErrorCode.NONE);
      assert.equal((await client.request(ApiKeys.Heartbeat, hbV, makeHeartbeatRequest({ groupId, generationId: 2, memberId }))).errorCode, ErrorCode.ILLEGAL_GENERATION);

      const commit = await client.request(
        ApiKeys.OffsetCommit,
        v,
        makeOffsetCommitRequest({
          groupId,
          generationIdOrMemberEpoch: 1,
          memberId,
          topics: [
            makeOffsetCommitRequestTopic({ name: TOPIC, partitions: [makeOffsetCommitRequestPartition({ partitionIndex: 1, committedOffset: 42n, committedMetadata: "meta" })] }),
            makeOffsetCommitRequestTopic({ name: "no.such.topic", partitions: [makeOffsetCommitRequestPartition({ partitionIndex: 0, committedOffset: 1n })] }),
          ],
        }),
      );
      // v0 carries no generation or member id: like any generation -1 commit, a group with
      // members refuses it (Kafka's coordinator; v0 commits once went to ZooKeeper instead).
      const accepted = v === 0 ? ErrorCode.UNKNOWN_MEMBER_ID : ErrorCode.NONE;
      assert.deepEqual(commit.topics.map((t) => t.partitions.map((p) => p.errorCode)), [[accepted], [ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]]);

      const fetched = await client.request(
        ApiKeys.OffsetFetch,
        v,
        v >= 8
          ? makeOffsetFetchRequest({ groups: [makeOffsetFetchRequestGroup({ groupId, topics: [makeOffsetFetchRequestTopics({ name: TOPIC, partitionIndexes: [0, 1] })] })] })
          : makeOffsetFetchRequest({ groupId, topics: [makeOffsetFetchRequestTopic({ name: TOPIC, partitionIndexes: [0, 1] })] }),
      );
      const partitions = v >= 8 ? fetched.groups[0]?.topics[0]?.partitions : fetched.topics[0]?.partitions;
      const committed = v === 0 ? [1, -1n, "", 0] : [1, 42n, "meta", 0];
      assert.deepEqual(partitions?.map((p) => [p.partitionIndex, p.committedOffset, p.metadata, p.errorCode]), [[0, -1n, "", 0], committed]);

      const leaveV = Math.min(v, 5);
      const left = await client.request(
        ApiKeys.LeaveGroup,
        leaveV,
        leaveV >= 3
          ? makeLeaveGroupRequest({ groupId, members: [makeLeaveGroupRequestMemberIdentity({ memberId }), makeLeaveGroupRequestMemberIdentity({ memberId: "ghost" })] })
          : makeLeaveGroupRequest({ groupId, memberId }),
      );
      assert.equal(left.errorCode, ErrorCode.NONE);
      if (leaveV >= 3) assert.deepEqual(left.members.map((m) => m.errorCode), [ErrorCode.NONE, ErrorCode.UNKNOWN_MEMBER_ID]);
      assert.equal(server.broker.groupCoordinator.group(groupId)?.state, "Empty");
    });
  }

  test("DescribeGroups 0-5 and ListGroups 0-5 (state filter v4+, type filter v5+)", async () => {
    const groupId = "raw-describe";
    const joined = await join(9, groupId, (await join(9, groupId)).memberId);
    await client.request(ApiKeys.SyncGroup, 5, makeSyncGroupRequest({ groupId, generationId: 1, memberId: joined.memberId, assignments: [makeSyncGroupRequestAssignment({ memberId: joined.memberId, assignment: Buffer.from("a") })] }));
    for (let v = 0; v <= 5; v++) {
      const r = await client.request(ApiKeys.DescribeGroups, v, makeDescribeGroupsRequest({ groups: [groupId, "never-seen"], includeAuthorizedOperations: v >= 3 }));
      const [g, missing] = r.groups;
      assert.deepEqual([g?.groupState, g?.protocolType, g?.protocolData, g?.members.length], ["Stable", "consumer", "range", 1]);
      assert.equal(g?.members[0]?.memberAssignment.toString(), "a");
      assert.equal(g?.members[0]?.clientHost, "/127.0.0.1");
      assert.deepEqual([missing?.errorCode, missing?.groupState], [ErrorCode.NONE, "Dead"]);
      if (v >= 3) assert.ok((g?.authorizedOperations ?? 0) > 0);
    }
    for (let v = 0; v <= 5; v++) {
      const all = await client.request(ApiKeys.ListGroups, v, makeListGroupsRequest({}));
      const listed = all.groups.find((g) => g.groupId === groupId);
      assert.equal(listed?.protocolType, "consumer");
      if (v >= 4) {
        assert.equal(listed?.groupState, "Stable");
        const empty = await client.request(ApiKeys.ListGroups, v, makeListGroupsRequest({ statesFilter: ["empty"] }));
        assert.ok(!empty.groups.some((g) => g.groupId === groupId));
        assert.ok(empty.groups.length > 0, "the raw-vN groups are Empty");
      }
      if (v >= 5) {
        assert.equal(listed?.groupType, "classic");
        const consumerType = await client.request(ApiKeys.ListGroups, v, makeListGroupsRequest({ typesFilter: ["consumer"] }));
        assert.deepEqual(consumerType.groups, [], "no KIP-848 groups here");
      }
    }
  });

  test("OffsetDelete refuses a subscribed topic of a live group; DeleteGroups 0-2 deletes only Empty groups", async () => {
    const od = await client.request(
      ApiKeys.OffsetDelete,
      0,
      makeOffsetDeleteRequest({ groupId: "raw-describe", topics: [makeOffsetDeleteRequestTopic({ name: TOPIC, partitions: [makeOffsetDeleteRequestPartition({ partitionIndex: 0 })] })] }),
    );
    assert.equal(od.topics[0]?.partitions[0]?.errorCode, ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC);
    const odEmpty = await client.request(
      ApiKeys.OffsetDelete,
      0,
      makeOffsetDeleteRequest({ groupId: "raw-v5", topics: [makeOffsetDeleteRequestTopic({ name: TOPIC, partitions: [makeOffsetDeleteRequestPartition({ partitionIndex: 1 })] })] }),
    );
    assert.deepEqual([odEmpty.errorCode, odEmpty.topics[0]?.partitions[0]?.errorCode], [0, 0]);
    for (let v = 0; v <= 2; v++) {
      const r = await client.request(ApiKeys.DeleteGroups, v, makeDeleteGroupsRequest({ groupsNames: [`raw-v${v + 1}`, "raw-describe", "never-seen"] }));
      assert.deepEqual(r.results.map((x) => x.errorCode), [ErrorCode.NONE, ErrorCode.NON_EMPTY_GROUP, ErrorCode.GROUP_ID_NOT_FOUND]);
    }
    const after = await client.request(ApiKeys.OffsetFetch, 7, makeOffsetFetchRequest({ groupId: "raw-v1", topics: null }));
    assert.deepEqual(after.topics, []);
  });
});
