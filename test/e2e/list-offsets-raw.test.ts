// ListOffsets on the wire across versions 0-10: the special timestamps and the versions
// that may ask for them, lookups by timestamp, the legacy v0 form, and per-partition errors.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { ErrorCode } from "../../src/protocol/errors.js";
import { encodeRecordBatch } from "../../src/protocol/records/record-batch.js";
import { RawClient } from "../support/raw-client.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";
import { listOffsets, produce } from "../support/data-path.js";

const EARLIEST = -2n;
const LATEST = -1n;
const MAX_TIMESTAMP = -3n;
const EARLIEST_LOCAL = -4n;
const LATEST_TIERED = -5n;
const T0 = 1_700_000_000_000n;

let server: TestBroker;
let client: RawClient;
const TOPIC = "clinical.observations";

before(async () => {
  server = await startTestBroker();
  client = await RawClient.connect(server.port);
  server.broker.createTopic(TOPIC, 2, {});
  // Offsets 0-2 at T0, T0+10 and T0+5; offsets 3-4 at T0+20 and T0+30 (compressed).
  const first = encodeRecordBatch({
    records: [
      { value: Buffer.from("a"), timestamp: T0 },
      { value: Buffer.from("b"), timestamp: T0 + 10n },
      { value: Buffer.from("c"), timestamp: T0 + 5n },
    ],
  });
  const second = encodeRecordBatch({
    compression: "gzip",
    records: [
      { value: Buffer.from("d"), timestamp: T0 + 20n },
      { value: Buffer.from("e"), timestamp: T0 + 30n },
    ],
  });
  for (const records of [first, second]) {
    const [answer] = await produce(client, TOPIC, [{ partition: 0, records }]);
    assert.equal(answer?.errorCode, ErrorCode.NONE);
  }
});

after(async () => {
  await client.close();
  await server.stop();
});

async function one(version: number, timestamp: bigint, extra: { partition?: number; currentLeaderEpoch?: number } = {}) {
  const [p] = await listOffsets(client, version, TOPIC, [{ partition: extra.partition ?? 0, timestamp, ...(extra.currentLeaderEpoch !== undefined && { currentLeaderEpoch: extra.currentLeaderEpoch }) }]);
  assert.ok(p !== undefined);
  return p;
}

describe("ListOffsets", () => {
  test("earliest and latest in every version from v1, with leader epoch 0 from v4", async () => {
    for (let version = 1; version <= 10; version++) {
      const earliest = await one(version, EARLIEST);
      const latest = await one(version, LATEST);
      assert.deepEqual([earliest.errorCode, earliest.offset, earliest.timestamp], [ErrorCode.NONE, 0n, -1n], `v${version}`);
      assert.deepEqual([latest.errorCode, latest.offset, latest.timestamp], [ErrorCode.NONE, 5n, -1n], `v${version}`);
      assert.equal(latest.leaderEpoch, version >= 4 ? 0 : -1);
    }
  });

  test("a timestamp finds the first record at or after it, or -1 when none", async () => {
    const exact = await one(5, T0 + 5n);
    assert.deepEqual([exact.offset, exact.timestamp], [1n, T0 + 10n]); // offset 1 is the first with ts >= T0+5
    const inSecondBatch = await one(5, T0 + 11n);
    assert.deepEqual([inSecondBatch.offset, inSecondBatch.timestamp], [3n, T0 + 20n]);
    const beyond = await one(5, T0 + 31n);
    assert.deepEqual([beyond.errorCode, beyond.offset, beyond.timestamp, beyond.leaderEpoch], [ErrorCode.NONE, -1n, -1n, -1]);
    const empty = await one(5, T0, { partition: 1 });
    assert.deepEqual([empty.offset, empty.timestamp], [-1n, -1n]);
  });

  test("special timestamps need the version that introduced them", async () => {
    for (const [timestamp, since] of [
      [MAX_TIMESTAMP, 7],
      [EARLIEST_LOCAL, 8],
      [LATEST_TIERED, 9],
    ] as const) {
      assert.equal((await one(since - 1, timestamp)).errorCode, ErrorCode.UNSUPPORTED_VERSION, `${timestamp} at v${since - 1}`);
      assert.equal((await one(since, timestamp)).errorCode, ErrorCode.NONE, `${timestamp} at v${since}`);
    }
    assert.equal((await one(10, -6n)).errorCode, ErrorCode.UNSUPPORTED_VERSION);
  });

  test("MAX_TIMESTAMP is the record carrying the largest timestamp (KIP-734)", async () => {
    const max = await one(7, MAX_TIMESTAMP);
    assert.deepEqual([max.offset, max.timestamp], [4n, T0 + 30n]);
  });

  test("EARLIEST_LOCAL is the log start offset; LATEST_TIERED is -1 without tiered storage", async () => {
    server.broker.getLog(TOPIC, 0)?.deleteRecordsBefore(2n);
    const local = await one(9, EARLIEST_LOCAL);
    assert.deepEqual([local.offset, local.leaderEpoch], [2n, 0]);
    assert.equal((await one(9, EARLIEST)).offset, 2n);
    const tiered = await one(9, LATEST_TIERED);
    assert.deepEqual([tiered.offset, tiered.timestamp, tiered.leaderEpoch], [-1n, -1n, -1]);
  });

  test("isolation levels see the same last offset until transactions exist", async () => {
    const [committed] = await listOffsets(client, 2, TOPIC, [{ partition: 0, timestamp: LATEST }], { isolationLevel: 1 });
    assert.equal(committed?.offset, 5n);
  });

  test("v0 answers the legacy offsets array, newest first", async () => {
    const [latest] = await listOffsets(client, 0, TOPIC, [{ partition: 0, timestamp: LATEST, maxNumOffsets: 10 }]);
    assert.equal(latest?.errorCode, ErrorCode.NONE);
    assert.equal(latest?.oldStyleOffsets[0], 5n);
    const [earliest] = await listOffsets(client, 0, TOPIC, [{ partition: 0, timestamp: EARLIEST, maxNumOffsets: 1 }]);
    assert.deepEqual(earliest?.oldStyleOffsets, [server.broker.getLog(TOPIC, 0)?.logStartOffset]);
    const [unsupported] = await listOffsets(client, 0, TOPIC, [{ partition: 0, timestamp: MAX_TIMESTAMP }]);
    assert.equal(unsupported?.errorCode, ErrorCode.UNSUPPORTED_VERSION);
  });

  test("per-partition errors: unknown partition and topic, duplicate partition, leader epochs", async () => {
    assert.equal((await one(5, LATEST, { partition: 9 })).errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    const [unknownTopic] = await listOffsets(client, 5, "no.such.topic", [{ partition: 0, timestamp: LATEST }]);
    assert.equal(unknownTopic?.errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    const duplicated = await listOffsets(client, 5, TOPIC, [
      { partition: 1, timestamp: LATEST },
      { partition: 1, timestamp: EARLIEST },
    ]);
    assert.deepEqual(duplicated.map((p) => [p.partitionIndex, p.errorCode]), [[1, ErrorCode.INVALID_REQUEST]]);
    assert.equal((await one(5, LATEST, { currentLeaderEpoch: 0 })).errorCode, ErrorCode.NONE);
    assert.equal((await one(5, LATEST, { currentLeaderEpoch: 3 })).errorCode, ErrorCode.UNKNOWN_LEADER_EPOCH);
  });
});
