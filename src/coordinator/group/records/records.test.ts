import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { decodeCoordinatorRecord } from "./coordinator-record.js";
import { decodeGroupMetadataValue, encodeGroupMetadataKey, encodeGroupMetadataValue, type GroupMetadataValue } from "./group-metadata-record.js";
import { decodeOffsetCommitValue, encodeOffsetCommitKey, encodeOffsetCommitValue } from "./offset-commit-record.js";

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ""), "hex");

describe("__consumer_offsets record codecs", () => {
  test("OffsetCommitKey v1 has Kafka's layout: int16 version, group, topic, int32 partition", () => {
    const key = encodeOffsetCommitKey({ group: "g1", topic: "adt", partition: 7 });
    assert.deepEqual(key, hex("0001 0002 6731 0003 616474 00000007"));
  });

  test("OffsetCommitValue v3 has Kafka's layout and round-trips", () => {
    const value = { offset: 42n, leaderEpoch: 3, metadata: "m", commitTimestampMs: 1000n, expireTimestampMs: -1n };
    const bytes = encodeOffsetCommitValue(value);
    assert.deepEqual(bytes, hex("0003 000000000000002a 00000003 0001 6d 00000000000003e8"));
    assert.deepEqual(decodeOffsetCommitValue(bytes), value);
  });

  test("an explicit expire timestamp is written as OffsetCommitValue v1 (no leader epoch)", () => {
    const value = { offset: 1n, leaderEpoch: -1, metadata: "", commitTimestampMs: 10n, expireTimestampMs: 20n };
    const bytes = encodeOffsetCommitValue(value);
    assert.deepEqual(bytes, hex("0001 0000000000000001 0000 000000000000000a 0000000000000014"));
    assert.deepEqual(decodeOffsetCommitValue(bytes), value);
  });

  test("OffsetCommitValue v0 and flexible v4 (compact string, tagged fields) decode", () => {
    assert.deepEqual(decodeOffsetCommitValue(hex("0000 0000000000000005 0000 0000000000000009")), {
      offset: 5n, leaderEpoch: -1, metadata: "", commitTimestampMs: 9n, expireTimestampMs: -1n,
    });
    // v4: offset, epoch, compact "ab" (length+1 = 3), timestamp, one unknown tag (tag 9, 1 byte)
    assert.deepEqual(decodeOffsetCommitValue(hex("0004 0000000000000006 00000002 03 6162 0000000000000007 01 09 01 ff")), {
      offset: 6n, leaderEpoch: 2, metadata: "ab", commitTimestampMs: 7n, expireTimestampMs: -1n,
    });
  });

  test("GroupMetadataKey v2 and GroupMetadataValue v3 have Kafka's layout and round-trip", () => {
    assert.deepEqual(encodeGroupMetadataKey("g1"), hex("0002 0002 6731"));
    const value: GroupMetadataValue = {
      protocolType: "consumer",
      generation: 2,
      protocol: "range",
      leader: "m1",
      currentStateTimestampMs: 5n,
      members: [
        { memberId: "m1", groupInstanceId: null, clientId: "c", clientHost: "/h", rebalanceTimeoutMs: 300, sessionTimeoutMs: 100, subscription: hex("0102"), assignment: hex("03") },
      ],
    };
    const bytes = encodeGroupMetadataValue(value);
    assert.deepEqual(
      bytes,
      hex(
        "0003 0008 636f6e73756d6572 00000002 0005 72616e6765 0002 6d31 0000000000000005" +
          " 00000001 0002 6d31 ffff 0001 63 0002 2f68 0000012c 00000064 00000002 0102 00000001 03",
      ),
    );
    assert.deepEqual(decodeGroupMetadataValue(bytes), value);
  });

  test("GroupMetadataValue v0 (no rebalance timeout, no state timestamp) decodes with the session timeout for both", () => {
    const v0 = hex("0000 0001 78 00000001 ffff ffff 00000001 0002 6d31 0001 63 0001 68 00000064 00000000 00000000");
    const decoded = decodeGroupMetadataValue(v0);
    assert.equal(decoded.protocol, null);
    assert.equal(decoded.currentStateTimestampMs, -1n);
    assert.deepEqual(decoded.members.map((m) => [m.memberId, m.rebalanceTimeoutMs, m.sessionTimeoutMs, m.groupInstanceId]), [["m1", 100, 100, null]]);
  });

  test("records are told apart by key version; a null value is a tombstone", () => {
    const offset = decodeCoordinatorRecord(encodeOffsetCommitKey({ group: "g", topic: "t", partition: 1 }), null);
    assert.deepEqual(offset, { kind: "offset", key: { group: "g", topic: "t", partition: 1 }, value: null });
    const group = decodeCoordinatorRecord(encodeGroupMetadataKey("g"), null);
    assert.deepEqual(group, { kind: "group", group: "g", value: null });
    assert.deepEqual(decodeCoordinatorRecord(hex("0009 0001 67"), hex("00")), { kind: "unknown", keyVersion: 9 });
    // key version 0 is an offset key too (written by old brokers)
    assert.equal(decodeCoordinatorRecord(hex("0000 0001 67 0001 74 00000000"), null).kind, "offset");
  });

  test("a truncated value is an error, not a partial record", () => {
    assert.throws(() => decodeOffsetCommitValue(hex("0003 0000")), /OffsetCommitValue/);
    assert.throws(() => decodeGroupMetadataValue(hex("0009")), /GroupMetadataValue/);
  });
});
