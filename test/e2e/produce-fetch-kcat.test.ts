// Produce and consume with kcat (librdkafka), a client nobody here wrote: keys, headers,
// every compression codec, topic-side recompression, and a consumer waiting at the end
// of the log for a message to arrive.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { compressionOf } from "../../src/protocol/records/batch-header.js";
import { iterateBatches } from "../../src/protocol/records/records-iterator.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";

let server: TestBroker;

before(async () => {
  server = await startTestBroker();
});

after(async () => {
  await server.stop();
});

/** Runs kcat asynchronously (the broker runs in this process) and resolves with its stdout. */
function kcat(args: readonly string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("kcat", ["-b", server.bootstrap, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(stdout);
      else reject(new Error(`kcat ${args.join(" ")} exited with ${code}: ${stderr}`));
    });
    child.stdin.end(input ?? "");
  });
}

const FORMAT = "%k|%s|%h|%o\\n";

describe("kcat round trip", () => {
  for (const codec of ["none", "gzip", "snappy", "lz4", "zstd"] as const) {
    test(`kcat -P -z ${codec} with keys and headers is consumed back by kcat -C`, async () => {
      const topic = `clinical.kcat.${codec}`;
      const lines = ["mrn-001:ADT^A01 admit", "mrn-002:ORU^R01 glucose 5.4", "mrn-001:ADT^A03 discharge"];
      await kcat(["-P", "-t", topic, "-p", "0", "-K:", "-z", codec, "-H", "source=hl7", "-H", "site=north"], lines.join("\n") + "\n");
      const out = await kcat(["-C", "-t", topic, "-o", "beginning", "-e", "-q", "-f", FORMAT]);
      assert.deepEqual(out.trim().split("\n"), [
        "mrn-001|ADT^A01 admit|source=hl7,site=north|0",
        "mrn-002|ORU^R01 glucose 5.4|source=hl7,site=north|1",
        "mrn-001|ADT^A03 discharge|source=hl7,site=north|2",
      ]);
    });
  }

  test("a topic's compression.type recompresses what the producer sent", async () => {
    server.broker.createTopic("clinical.kcat.recompressed", 1, { "compression.type": "gzip" });
    await kcat(["-P", "-t", "clinical.kcat.recompressed", "-p", "0", "-K:", "-z", "snappy"], "k1:first\nk2:second\n");
    const log = server.broker.getLog("clinical.kcat.recompressed", 0);
    assert.ok(log !== undefined);
    const stored = log.read(0n, 1 << 20, { minOneBatch: true }).records;
    const codecs = [...iterateBatches(stored)].map((e) => (e.kind === "batch" ? compressionOf(e.header.attributes) : e.kind));
    assert.ok(codecs.length > 0);
    assert.ok(codecs.every((c) => c === "gzip"), `stored batches: ${codecs.join(", ")}`);
    const out = await kcat(["-C", "-t", "clinical.kcat.recompressed", "-o", "beginning", "-e", "-q", "-f", "%k=%s\\n"]);
    assert.deepEqual(out.trim().split("\n"), ["k1=first", "k2=second"]);
  });

  test("a consumer at the end of the log receives a message produced after it started", async () => {
    const topic = "clinical.kcat.tail";
    server.broker.createTopic(topic, 1, {});
    const consumed = kcat(["-C", "-t", topic, "-o", "end", "-c", "1", "-q", "-f", "%s\\n"]);
    // The consumer is waiting in long polls; produce until it has what it waits for (a
    // message produced before its first fetch would be skipped by "-o end").
    let done = false;
    consumed.then(
      () => (done = true),
      () => (done = true),
    );
    for (let i = 0; !done && i < 200; i++) {
      await kcat(["-P", "-t", topic, "-p", "0"], "vitals arrived\n");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal((await consumed).trim(), "vitals arrived");
  });
});
