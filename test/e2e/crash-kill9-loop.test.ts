// Nothing acknowledged with acks=-1 is lost when the broker process is killed with
// SIGKILL in the middle of a produce load, again and again: each round starts
// `carebus start` on the same data dir, runs four concurrent producers until a random
// moment, kills the broker, and the next start recovers the log. At the end every value
// any producer saw acknowledged is read back exactly where it was acknowledged.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ErrorCode } from "../../src/protocol/errors.js";
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import { makeCreateTopicsRequest } from "../../src/protocol/generated/create-topics-request.js";
import { seededRandom } from "../../src/util/seeded-random.js";
import { startCliBroker } from "../support/cli-broker.js";
import { RawClient } from "../support/raw-client.js";
import { batchOf, decodeRecords, fetch, onlyPartition, produce } from "../support/data-path.js";
import { startTestBroker } from "../support/test-broker.js";

const TOPIC = "clinical.observation.recorded";
const ROUNDS = 4;

test("kill -9 during acks=-1 produce load, four times: every acknowledged record survives", { timeout: 180_000 }, async () => {
  const logDir = mkdtempSync(join(tmpdir(), "carebus-kill9-"));
  const random = seededRandom(20261202);
  const acknowledged = new Map<string, bigint>(); // value -> offset it was acknowledged at
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const broker = await startCliBroker(logDir);
      const client = await RawClient.connect(broker.port);
      if (round === 0) {
        const created = await client.request(ApiKeys.CreateTopics, 5, makeCreateTopicsRequest({ topics: [{ name: TOPIC, numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 5000 }));
        assert.equal(created.topics[0]?.errorCode, ErrorCode.NONE);
      }
      let killed = false;
      const producer = async (id: number): Promise<void> => {
        for (let n = 0; !killed; n++) {
          const value = `r${round}-p${id}-${n}`;
          try {
            const [answer] = await produce(client, TOPIC, [{ partition: 0, records: batchOf([{ key: `patient-${id}`, value }]) }], { acks: -1 });
            if (answer?.errorCode === ErrorCode.NONE) acknowledged.set(value, answer.baseOffset);
          } catch {
            return; // the connection died with the broker: unacknowledged, may or may not be there
          }
        }
      };
      const producers = Array.from({ length: 4 }, (_, id) => producer(id));
      await new Promise((resolve) => setTimeout(resolve, 300 + Math.floor(random() * 700)));
      killed = true;
      await broker.kill9();
      await Promise.all(producers);
      await client.close().catch(() => {});
    }
    assert.ok(acknowledged.size > 20, `only ${acknowledged.size} produces were acknowledged`);

    const server = await startTestBroker({}, { logDir });
    const client = await RawClient.connect(server.port);
    try {
      const topic = server.broker.topics.get(TOPIC);
      assert.ok(topic);
      const found = new Map<string, bigint>();
      let offset = 0n;
      for (;;) {
        const p = onlyPartition(await fetch(client, 12, { name: TOPIC, topicId: topic.topicId }, [{ partition: 0, fetchOffset: offset, maxBytes: 1 << 20 }]));
        const records = decodeRecords(p.records);
        if (records.length === 0) break;
        for (const r of records) if (r.value !== null) found.set(r.value, r.offset);
        offset = (records.at(-1)?.offset ?? offset) + 1n;
      }
      const lost = [...acknowledged].filter(([value, at]) => found.get(value) !== at);
      assert.deepEqual(lost, [], `${lost.length} of ${acknowledged.size} acknowledged records lost or moved`);
    } finally {
      await client.close();
      await server.stop();
    }
  } finally {
    rmSync(logDir, { recursive: true, force: true });
  }
});
