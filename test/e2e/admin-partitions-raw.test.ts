// DeleteRecords, OffsetForLeaderEpoch, DescribeLogDirs and DescribeCluster over the wire
// at every version, against partitions whose records are appended straight to the log.
import { afterEach, beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { resolve } from "node:path";
import { ALL_CLUSTER_OPERATIONS, AUTHORIZED_OPERATIONS_OMITTED } from "../../src/broker/authorized-operations.js";
import { ErrorCode } from "../../src/protocol/errors.js";
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import { makeApiVersionsRequest } from "../../src/protocol/generated/api-versions-request.js";
import { makeDeleteRecordsRequest } from "../../src/protocol/generated/delete-records-request.js";
import { makeDescribeClusterRequest } from "../../src/protocol/generated/describe-cluster-request.js";
import { makeDescribeLogDirsRequest } from "../../src/protocol/generated/describe-log-dirs-request.js";
import { makeOffsetForLeaderEpochRequest } from "../../src/protocol/generated/offset-for-leader-epoch-request.js";
import { encodeRecordBatch } from "../../src/protocol/records/record-batch.js";
import { RawClient } from "../support/raw-client.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";

let server: TestBroker;
let client: RawClient;

beforeEach(async () => {
  server = await startTestBroker();
  client = await RawClient.connect(server.port);
});

afterEach(async () => {
  await client.close();
  await server.stop();
});

/** Appends `count` one-record batches to a partition; the high watermark follows (one replica). */
function append(topic: string, partition: number, count: number): void {
  const log = server.broker.getLog(topic, partition);
  assert.ok(log !== undefined, `no log for ${topic}-${partition}`);
  for (let i = 0; i < count; i++) {
    log.append(encodeRecordBatch({ records: [{ key: Buffer.from(`patient-${i}`), value: Buffer.from("{}"), timestamp: 1_700_000_000_000n }] }));
  }
}

function deleteRecords(version: number, topic: string, partitions: [number, bigint][]) {
  const body = makeDeleteRecordsRequest({ topics: [{ name: topic, partitions: partitions.map(([partitionIndex, offset]) => ({ partitionIndex, offset })) }] });
  return client.request(ApiKeys.DeleteRecords, version, body);
}

describe("DeleteRecords over the wire", () => {
  test("every version 0-2 moves the log start offset; -1 means the high watermark", async () => {
    server.broker.createTopic("vitals", 3, {});
    for (let v = 0; v <= 2; v++) {
      append("vitals", v, 10);
      const first = await deleteRecords(v, "vitals", [[v, 4n]]);
      assert.deepEqual(first.topics[0]?.partitions.map((p) => [p.partitionIndex, p.errorCode, p.lowWatermark]), [[v, ErrorCode.NONE, 4n]]);
      assert.equal(server.broker.getLog("vitals", v)?.logStartOffset, 4n);
      const all = await deleteRecords(v, "vitals", [[v, -1n]]);
      assert.equal(all.topics[0]?.partitions[0]?.lowWatermark, 10n);
    }
  });

  test("each partition gets its own error and low watermark -1 when it fails", async () => {
    server.broker.createTopic("labs", 2, {});
    server.broker.createTopic("state", 1, { "cleanup.policy": "compact" });
    server.broker.createTopic("__consumer_offsets", 1, {});
    append("labs", 0, 5);
    const labs = await deleteRecords(2, "labs", [[0, 6n], [0, -2n], [1, 0n], [7, 0n]]);
    assert.deepEqual(labs.topics[0]?.partitions.map((p) => [p.partitionIndex, p.errorCode, p.lowWatermark]), [
      [0, ErrorCode.OFFSET_OUT_OF_RANGE, -1n],
      [0, ErrorCode.OFFSET_OUT_OF_RANGE, -1n],
      [1, ErrorCode.NONE, 0n],
      [7, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, -1n],
    ]);
    assert.equal(server.broker.getLog("labs", 0)?.logStartOffset, 0n);
    assert.equal((await deleteRecords(1, "state", [[0, 0n]])).topics[0]?.partitions[0]?.errorCode, ErrorCode.POLICY_VIOLATION);
    assert.equal((await deleteRecords(1, "__consumer_offsets", [[0, 0n]])).topics[0]?.partitions[0]?.errorCode, ErrorCode.INVALID_TOPIC_EXCEPTION);
    assert.equal((await deleteRecords(0, "nowhere", [[0, 0n]])).topics[0]?.partitions[0]?.errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  });
});

describe("OffsetForLeaderEpoch over the wire", () => {
  test("epoch 0 ends at the log end offset at every version 0-4; other epochs have no end offset", async () => {
    server.broker.createTopic("adt", 1, {});
    append("adt", 0, 7);
    for (let v = 0; v <= 4; v++) {
      const partitions = [
        { partition: 0, leaderEpoch: 0, currentLeaderEpoch: -1 },
        { partition: 0, leaderEpoch: 1, currentLeaderEpoch: -1 },
        { partition: 0, leaderEpoch: -1, currentLeaderEpoch: -1 },
        { partition: 9, leaderEpoch: 0, currentLeaderEpoch: -1 },
      ];
      const body = makeOffsetForLeaderEpochRequest({ replicaId: -1, topics: [{ topic: "adt", partitions }, { topic: "missing", partitions: [partitions[0]!] }] });
      const { topics } = await client.request(ApiKeys.OffsetForLeaderEpoch, v, body);
      const answers = topics.flatMap((t) => t.partitions.map((p) => [t.topic, p.partition, p.errorCode, p.endOffset, v >= 1 ? p.leaderEpoch : "-"]));
      assert.deepEqual(answers, [
        ["adt", 0, ErrorCode.NONE, 7n, v >= 1 ? 0 : "-"],
        ["adt", 0, ErrorCode.NONE, -1n, v >= 1 ? -1 : "-"],
        ["adt", 0, ErrorCode.NONE, -1n, v >= 1 ? -1 : "-"],
        ["adt", 9, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, -1n, v >= 1 ? -1 : "-"],
        ["missing", 0, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, -1n, v >= 1 ? -1 : "-"],
      ], `v${v}`);
    }
  });

  test("a current leader epoch other than 0 is fenced (older) or unknown (newer), v2+", async () => {
    server.broker.createTopic("adt", 1, {});
    const partitions = [-3, 0, 4].map((currentLeaderEpoch) => ({ partition: 0, leaderEpoch: 0, currentLeaderEpoch }));
    const { topics } = await client.request(ApiKeys.OffsetForLeaderEpoch, 2, makeOffsetForLeaderEpochRequest({ topics: [{ topic: "adt", partitions }] }));
    assert.deepEqual(topics[0]?.partitions.map((p) => p.errorCode), [ErrorCode.FENCED_LEADER_EPOCH, ErrorCode.NONE, ErrorCode.UNKNOWN_LEADER_EPOCH]);
  });
});

describe("DescribeLogDirs over the wire", () => {
  test("every version 0-4 lists the one log dir with each partition's size; v4 adds the volume's space", async () => {
    server.broker.createTopic("a", 2, {});
    server.broker.createTopic("b", 1, {});
    append("a", 1, 3);
    for (let v = 0; v <= 4; v++) {
      const all = await client.request(ApiKeys.DescribeLogDirs, v, makeDescribeLogDirsRequest({ topics: null }));
      assert.equal(all.results.length, 1);
      const dir = all.results[0]!;
      assert.equal(dir.logDir, resolve(server.logDir));
      assert.equal(dir.errorCode, ErrorCode.NONE);
      const sizes = dir.topics.flatMap((t) => t.partitions.map((p) => [t.name, p.partitionIndex, p.partitionSize > 0n, p.offsetLag, p.isFutureKey]));
      assert.deepEqual(sizes, [["a", 0, false, 0n, false], ["a", 1, true, 0n, false], ["b", 0, false, 0n, false]]);
      assert.equal(dir.topics[0]?.partitions[1]?.partitionSize, BigInt(server.broker.getLog("a", 1)?.size ?? -1));
      if (v >= 4) {
        assert.ok(dir.totalBytes > 0n && dir.usableBytes >= 0n && dir.usableBytes <= dir.totalBytes);
      }
      const some = await client.request(ApiKeys.DescribeLogDirs, v, makeDescribeLogDirsRequest({ topics: [{ topic: "a", partitions: [1, 5] }, { topic: "zz", partitions: [0] }] }));
      assert.deepEqual(some.results[0]?.topics.map((t) => [t.name, t.partitions.map((p) => p.partitionIndex)]), [["a", [1]]]);
    }
  });
});

describe("DescribeCluster over the wire", () => {
  test("v0 and v1 name this node as broker and controller on the request's listener", async () => {
    for (const v of [0, 1]) {
      for (const includeClusterAuthorizedOperations of [false, true]) {
        const body = await client.request(ApiKeys.DescribeCluster, v, makeDescribeClusterRequest({ includeClusterAuthorizedOperations, endpointType: 1 }));
        assert.equal(body.errorCode, ErrorCode.NONE);
        assert.equal(body.clusterId, server.broker.clusterId);
        assert.equal(body.controllerId, server.broker.nodeId);
        assert.equal(body.endpointType, 1);
        assert.deepEqual(body.brokers.map((b) => [b.brokerId, b.host, b.port, b.rack]), [[server.broker.nodeId, "127.0.0.1", server.port, null]]);
        assert.equal(body.clusterAuthorizedOperations, includeClusterAuthorizedOperations ? ALL_CLUSTER_OPERATIONS : AUTHORIZED_OPERATIONS_OMITTED);
      }
    }
  });

  test("v1 asking for controllers or an unknown endpoint type is refused as Kafka refuses it", async () => {
    const controllers = await client.request(ApiKeys.DescribeCluster, 1, makeDescribeClusterRequest({ endpointType: 2 }));
    assert.equal(controllers.errorCode, ErrorCode.MISMATCHED_ENDPOINT_TYPE);
    assert.equal(controllers.errorMessage, "The request was sent to an endpoint of type BROKER, but we wanted an endpoint of type CONTROLLER");
    const unknown = await client.request(ApiKeys.DescribeCluster, 1, makeDescribeClusterRequest({ endpointType: 9 }));
    assert.deepEqual([unknown.errorCode, unknown.errorMessage], [ErrorCode.UNSUPPORTED_ENDPOINT_TYPE, "Unsupported endpoint type 9"]);
    assert.deepEqual(unknown.brokers, []);
  });
});

test("ApiVersions advertises every admin API at every version of its codec", async () => {
  const { apiKeys } = await client.request(ApiKeys.ApiVersions, 3, makeApiVersionsRequest({ clientSoftwareName: "raw", clientSoftwareVersion: "1" }));
  const ranges = new Map(apiKeys.map((k) => [k.apiKey, [k.minVersion, k.maxVersion]]));
  const expected: [number, number][] = [[19, 7], [20, 6], [21, 2], [23, 4], [32, 4], [33, 2], [35, 4], [37, 3], [44, 1], [60, 1]];
  for (const [key, max] of expected) assert.deepEqual(ranges.get(key), [0, max], `API key ${key}`);
});
