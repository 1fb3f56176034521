import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { ErrorCode } from "../protocol/errors.js";
import { makeFetchResponsePartitionData } from "../protocol/generated/fetch-response.js";
import { ZERO_UUID } from "../protocol/primitives/reader.js";
import { ManualClock } from "../storage/clock.js";
import {
  FINAL_EPOCH,
  FetchSessionCache,
  INITIAL_EPOCH,
  INVALID_SESSION_ID,
  nextEpoch,
  type FetchContext,
  type FetchPartitionRequest,
  type FetchPartitionResult,
} from "./fetch-session-cache.js";

function part(topic: string, partition: number, fetchOffset = 0n): FetchPartitionRequest {
  return { topicId: ZERO_UUID, topic, partition, fetchOffset, logStartOffset: -1n, maxBytes: 1024, currentLeaderEpoch: -1, lastFetchedEpoch: -1 };
}

/** Answers every partition of the context: `hw` per topic-partition, records when `withRecords` has it. */
function answer(context: FetchContext, hw: Record<string, bigint>, withRecords: string[] = []) {
  const results: FetchPartitionResult[] = context.partitions.map((p) => {
    const name = `${p.topic}-${p.partition}`;
    return {
      key: p,
      data: makeFetchResponsePartitionData({
        partitionIndex: p.partition,
        highWatermark: hw[name] ?? 0n,
        logStartOffset: 0n,
        records: withRecords.includes(name) ? Buffer.from([1, 2, 3]) : Buffer.alloc(0),
      }),
    };
  });
  const out = context.respond(results);
  return { ...out, names: out.partitions.map((r) => `${r.key.topic}-${r.key.partition}`) };
}

function newCache(maxSlots = 10, clock = new ManualClock()) {
  return { cache: new FetchSessionCache({ maxSlots, clock }), clock };
}

const base = { version: 12, isFromFollower: false, toForget: [] };

describe("FetchSessionCache (KIP-227)", () => {
  test("epochs count from 1 and wrap to 1; a negative epoch stays final", () => {
    assert.equal(nextEpoch(INITIAL_EPOCH), 1);
    assert.equal(nextEpoch(2 ** 31 - 1), 1);
    assert.equal(nextEpoch(FINAL_EPOCH), FINAL_EPOCH);
  });

  test("a full fetch opens a session; incremental fetches answer only partitions with news", () => {
    const { cache } = newCache();
    const full = cache.newContext({ ...base, sessionId: 0, sessionEpoch: INITIAL_EPOCH, fetchData: [part("a", 0), part("a", 1), part("b", 0)] });
    const opened = answer(full, { "a-0": 5n, "a-1": 5n, "b-0": 5n });
    assert.notEqual(opened.sessionId, INVALID_SESSION_ID);
    assert.deepEqual(opened.names, ["a-0", "a-1", "b-0"]);

    // Nothing changed: the session reads all three partitions and answers none.
    const quiet = cache.newContext({ ...base, sessionId: opened.sessionId, sessionEpoch: 1, fetchData: [] });
    assert.deepEqual(quiet.partitions.map((p) => `${p.topic}-${p.partition}`), ["a-0", "a-1", "b-0"]);
    assert.deepEqual(answer(quiet, { "a-0": 5n, "a-1": 5n, "b-0": 5n }).names, []);

    // a-1's high watermark moved and b-0 returned records.
    const news = cache.newContext({ ...base, sessionId: opened.sessionId, sessionEpoch: 2, fetchData: [part("b", 0, 5n)] });
    assert.equal(news.partitions.find((p) => p.topic === "b")?.fetchOffset, 5n);
    const answered = answer(news, { "a-0": 5n, "a-1": 9n, "b-0": 6n }, ["b-0"]);
    assert.equal(answered.errorCode, ErrorCode.NONE);
    assert.equal(answered.sessionId, opened.sessionId);
    assert.deepEqual(answered.names, ["a-1", "b-0"]);
  });

  test("partitions that returned records move to the end of the session", () => {
    const { cache } = newCache();
    const opened = answer(cache.newContext({ ...base, sessionId: 0, sessionEpoch: 0, fetchData: [part("a", 0), part("a", 1)] }), {});
    answer(cache.newContext({ ...base, sessionId: opened.sessionId, sessionEpoch: 1, fetchData: [] }), {}, ["a-0"]);
    const next = cache.newContext({ ...base, sessionId: opened.sessionId, sessionEpoch: 2, fetchData: [] });
    assert.deepEqual(next.partitions.map((p) => p.partition), [1, 0]);
  });

  test("an unknown session, a wrong epoch or a topic-id mismatch is a session error", () => {
    const { cache } = newCache();
    const opened = answer(cache.newContext({ ...base, sessionId: 0, sessionEpoch: 0, fetchData: [part("a", 0)] }), {});
    const unknown = answer(cache.newContext({ ...base, sessionId: opened.sessionId + 1, sessionEpoch: 1, fetchData: [] }), {});
    assert.equal(unknown.errorCode, ErrorCode.FETCH_SESSION_ID_NOT_FOUND);
    const stale = answer(cache.newContext({ ...base, sessionId: opened.sessionId, sessionEpoch: 7, fetchData: [] }), {});
    assert.equal(stale.errorCode, ErrorCode.INVALID_FETCH_SESSION_EPOCH);
    assert.deepEqual(stale.names, []);
    const ids = answer(cache.newContext({ ...base, version: 13, sessionId: opened.sessionId, sessionEpoch: 1, fetchData: [] }), {});
    assert.equal(ids.errorCode, ErrorCode.FETCH_SESSION_TOPIC_ID_ERROR);
  });

  test("a request overtaken by a newer one of the same session answers INVALID_FETCH_SESSION_EPOCH", () => {
    const { cache } = newCache();
    const opened = answer(cache.newContext({ ...base, sessionId: 0, sessionEpoch: 0, fetchData: [part("a", 0)] }), {});
    const slow = cache.newContext({ ...base, sessionId: opened.sessionId, sessionEpoch: 1, fetchData: [] });
    const fast = cache.newContext({ ...base, sessionId: opened.sessionId, sessionEpoch: 2, fetchData: [] });
    assert.equal(answer(fast, {}).errorCode, ErrorCode.NONE);
    assert.equal(answer(slow, {}).errorCode, ErrorCode.INVALID_FETCH_SESSION_EPOCH);
  });

  test("forgetting every partition or sending epoch -1 closes the session", () => {
    const { cache } = newCache();
    const opened = answer(cache.newContext({ ...base, sessionId: 0, sessionEpoch: 0, fetchData: [part("a", 0)] }), {});
    const emptied = cache.newContext({ ...base, sessionId: opened.sessionId, sessionEpoch: 1, fetchData: [], toForget: [part("a", 0)] });
    assert.equal(answer(emptied, {}).sessionId, INVALID_SESSION_ID);
    assert.equal(cache.size, 0);

    const again = answer(cache.newContext({ ...base, sessionId: 0, sessionEpoch: 0, fetchData: [part("a", 0)] }), {});
    const closing = cache.newContext({ ...base, sessionId: again.sessionId, sessionEpoch: FINAL_EPOCH, fetchData: [part("a", 0)] });
    const closed = answer(closing, {});
    assert.equal(closed.sessionId, INVALID_SESSION_ID);
    assert.deepEqual(closed.names, ["a-0"]);
    assert.equal(cache.size, 0);
  });

  test("the cache holds max.incremental.fetch.session.cache.slots sessions; idle ones are evicted after 120 s", () => {
    const { cache, clock } = newCache(1);
    const first = answer(cache.newContext({ ...base, sessionId: 0, sessionEpoch: 0, fetchData: [part("a", 0)] }), {});
    assert.notEqual(first.sessionId, INVALID_SESSION_ID);
    const refused = answer(cache.newContext({ ...base, sessionId: 0, sessionEpoch: 0, fetchData: [part("b", 0)] }), {});
    assert.equal(refused.sessionId, INVALID_SESSION_ID);
    assert.deepEqual(refused.names, ["b-0"]); // still answered, just without a session
    clock.advance(120_001);
    const evicting = answer(cache.newContext({ ...base, sessionId: 0, sessionEpoch: 0, fetchData: [part("b", 0)] }), {});
    assert.notEqual(evicting.sessionId, INVALID_SESSION_ID);
    assert.equal(cache.size, 1);
    assert.equal(answer(cache.newContext({ ...base, sessionId: first.sessionId, sessionEpoch: 1, fetchData: [] }), {}).errorCode, ErrorCode.FETCH_SESSION_ID_NOT_FOUND);
  });

  test("with no cache slots every fetch is sessionless", () => {
    const { cache } = newCache(0);
    assert.equal(answer(cache.newContext({ ...base, sessionId: 0, sessionEpoch: 0, fetchData: [part("a", 0)] }), {}).sessionId, INVALID_SESSION_ID);
  });
});
