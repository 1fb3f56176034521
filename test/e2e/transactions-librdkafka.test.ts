// confluent_kafka (librdkafka) transactional producer: init_transactions, begin, produce,
// commit, then an aborted transaction; the partition holds both with their markers.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { RawClient } from "../support/raw-client.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";
import { partitionBatches } from "../support/txn-batches.js";

const SCRIPT = fileURLToPath(new URL("./transactions-librdkafka.py", import.meta.url));
const PYTHON = "/usr/bin/python3";
const TOPIC = "clinical.orders.txn";

let server: TestBroker;

before(async () => {
  server = await startTestBroker({ "transaction.state.log.num.partitions": "3" });
  server.broker.createTopic(TOPIC, 1, {});
});

after(async () => {
  await server.stop();
});

test("a transactional confluent_kafka Producer commits and aborts", async () => {
  // async: the broker runs in this process, so a synchronous child would starve it
  const { stdout } = await promisify(execFile)(PYTHON, [SCRIPT, server.bootstrap, TOPIC], { timeout: 90_000 });
  const out = JSON.parse(stdout) as { errors: string[] };
  assert.deepEqual(out.errors, []);
  const raw = await RawClient.connect(server.port);
  try {
    const batches = await partitionBatches(raw, server.broker.topics.get(TOPIC)!, 0);
    assert.deepEqual(
      batches.map((b) => b.marker ?? b.values.join("|")),
      ["committed 0|committed 1|committed 2", "COMMIT", "aborted", "ABORT"],
    );
    assert.ok(batches.every((b) => b.transactional));
  } finally {
    await raw.close();
  }
  assert.equal(server.broker.transactionCoordinator.transaction("py-txn")?.state, "CompleteAbort");
});
