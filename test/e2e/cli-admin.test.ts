// The admin verbs of the command line (`carebus topics|configs|produce|consume|dump-log`)
// against a real broker, checked from the outside: what a user types and reads.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { promisify } from "node:util";
import { runCli } from "../support/run-cli.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";

describe("carebus admin verbs", () => {
  let server: TestBroker;
  let b: string[];
  before(async () => {
    server = await startTestBroker();
    b = ["--bootstrap-server", server.bootstrap];
  });
  after(async () => server.stop());

  test("topics create, list, describe, alter and delete", async () => {
    const created = await runCli(["topics", "create", "clinical.patient.admitted", "-p", "3", "--config", "retention.ms=86400000", ...b]);
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /Created topic clinical\.patient\.admitted \(3 partitions, replication factor 1\)/);

    const again = await runCli(["topics", "create", "clinical.patient.admitted", ...b]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /TOPIC_ALREADY_EXISTS/);
    const quiet = await runCli(["topics", "create", "clinical.patient.admitted", "--if-not-exists", ...b]);
    assert.equal(quiet.code, 0);

    const rf = await runCli(["topics", "create", "lab.result.final", "-r", "3", ...b]);
    assert.equal(rf.code, 1);
    assert.match(rf.stderr, /INVALID_REPLICATION_FACTOR: .*single-node broker/);

    const list = await runCli(["topics", "list", ...b]);
    assert.deepEqual(list.stdout.trim().split("\n"), ["clinical.patient.admitted"]);

    const describeOut = await runCli(["topics", "describe", "clinical.patient.admitted", ...b]);
    assert.equal(describeOut.code, 0, describeOut.stderr);
    assert.match(describeOut.stdout, /PartitionCount: 3\tReplicationFactor: 1\tConfigs: retention\.ms=86400000/);
    assert.equal(describeOut.stdout.match(/\tPartition: \d\tLeader: 1\tReplicas: 1\tIsr: 1/g)?.length, 3);

    const grow = await runCli(["topics", "alter", "clinical.patient.admitted", "-p", "4", "--config", "retention.ms=3600000", ...b]);
    assert.equal(grow.code, 0, grow.stderr);
    const shrink = await runCli(["topics", "alter", "clinical.patient.admitted", "-p", "2", ...b]);
    assert.equal(shrink.code, 1);
    assert.match(shrink.stderr, /INVALID_PARTITIONS/);
    const json = JSON.parse((await runCli(["topics", "describe", "clinical.patient.admitted", "--json", ...b])).stdout) as { partitions: unknown[]; configs: Record<string, string> }[];
    assert.equal(json[0]?.partitions.length, 4);
    assert.deepEqual(json[0]?.configs, { "retention.ms": "3600000" });

    const del = await runCli(["topics", "delete", "clinical.patient.admitted", "no.such.topic", ...b]);
    assert.equal(del.code, 1);
    assert.match(del.stdout, /Deleted topic clinical\.patient\.admitted\./);
    assert.match(del.stderr, /topic no\.such\.topic does not exist/);
    assert.equal((await runCli(["topics", "list", ...b])).stdout.trim(), "");
  });

  test("configs describe and alter, with Kafka's errors for bad values", async () => {
    assert.equal((await runCli(["topics", "create", "patient.vitals.recorded", "-p", "1", ...b])).code, 0);
    const set = await runCli(["configs", "alter", "--topic", "patient.vitals.recorded", "--add-config", "retention.ms=7200000,cleanup.policy=[compact,delete]", ...b]);
    assert.equal(set.code, 0, set.stderr);
    const shown = await runCli(["configs", "describe", "--entity-type", "topics", "--entity-name", "patient.vitals.recorded", "--json", ...b]);
    const rows = JSON.parse(shown.stdout) as { name: string; value: string; source: string }[];
    assert.deepEqual(
      rows.map((r) => [r.name, r.value, r.source]),
      [
        ["cleanup.policy", "compact,delete", "TOPIC_CONFIG"],
        ["retention.ms", "7200000", "TOPIC_CONFIG"],
      ],
    );
    const removed = await runCli(["configs", "alter", "--topic", "patient.vitals.recorded", "--delete-config", "cleanup.policy", ...b]);
    assert.equal(removed.code, 0, removed.stderr);
    assert.doesNotMatch((await runCli(["configs", "describe", "--topic", "patient.vitals.recorded", ...b])).stdout, /cleanup\.policy/);

    const bad = await runCli(["configs", "alter", "--topic", "patient.vitals.recorded", "--add-config", "retention.ms=soon", ...b]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /INVALID_CONFIG: .*retention\.ms/);
    const noEntity = await runCli(["configs", "describe", ...b]);
    assert.equal(noEntity.code, 2);
    assert.match(noEntity.stderr, /--topic <name> or --broker <id>/);

    const broker = await runCli(["configs", "describe", "--broker", "1", "--all", "--json", ...b]);
    const brokerRows = JSON.parse(broker.stdout) as { name: string; value: string | null }[];
    assert.ok(brokerRows.some((r) => r.name === "num.partitions"));
  });

  test("produce from stdin with keys and a tombstone, consume it back, dump the segment", async () => {
    assert.equal((await runCli(["topics", "create", "adt.events", "-p", "2", ...b])).code, 0);
    const input = ["MRN001|A01 admit", "MRN002|A01 admit", "MRN001|A03 discharge", "MRN002|NULL"].join("\n");
    const produced = await runCli(["produce", "adt.events", "-K", "|", "--null-marker", "NULL", "-H", "source=his", ...b], { input });
    assert.equal(produced.code, 0, produced.stderr);
    assert.match(produced.stderr, /Produced 4 records to adt\.events/);

    const consumed = await runCli(["consume", "adt.events", "--from-beginning", "--exit-at-end", "--json", ...b]);
    assert.equal(consumed.code, 0, consumed.stderr);
    const records = consumed.stdout.trim().split("\n").map((l) => JSON.parse(l) as { partition: number; offset: number; key: string; value: string | null; headers: Record<string, string> });
    assert.equal(records.length, 4);
    const byKey = (k: string): (string | null)[] => records.filter((r) => r.key === k).sort((x, y) => x.offset - y.offset).map((r) => r.value);
    assert.deepEqual(byKey("MRN001"), ["A01 admit", "A03 discharge"]);
    assert.deepEqual(byKey("MRN002"), ["A01 admit", null]);
    assert.ok(records.every((r) => r.headers["source"] === "his"));
    // One key, one partition: the order of each patient's events is kept.
    assert.equal(new Set(records.filter((r) => r.key === "MRN001").map((r) => r.partition)).size, 1);

    const first = records.find((r) => r.key === "MRN001");
    assert.ok(first);
    const one = await runCli(["consume", "adt.events", "-p", String(first.partition), "-o", "0", "-n", "1", "--print-key", ...b]);
    assert.equal(one.stdout, "MRN001\tA01 admit\n");

    const dir = join(server.logDir, `adt.events-${first.partition}`);
    const segment = readdirSync(dir).find((f) => f.endsWith(".log"));
    assert.ok(segment);
    const dumped = await runCli(["dump-log", "--print-data-log", join(dir, segment)]);
    assert.equal(dumped.code, 0, dumped.stderr);
    assert.match(dumped.stdout, /^Dumping .*00000000000000000000\.log\nLog starting offset: 0\nbaseOffset: 0 /);
    assert.match(dumped.stdout, /isvalid: true/);
    assert.match(dumped.stdout, /\| offset: 0 CreateTime: \d+ keySize: 6 valueSize: 9 .*headerKeys: \[source\] key: MRN001 payload: A01 admit/);

    // kcat, a client nobody here wrote, reads what the CLI wrote.
    const { stdout } = await promisify(execFile)("kcat", ["-b", server.bootstrap, "-C", "-t", "adt.events", "-e", "-q", "-f", "%k=%s\\n"]);
    assert.equal(stdout.split("\n").filter((l) => l.startsWith("MRN001=")).length, 2);
  });

  test("unreachable cluster and bad usage give one clear line and a non-zero exit", async () => {
    const down = await runCli(["topics", "list", "--bootstrap-server", "127.0.0.1:1"]);
    assert.equal(down.code, 1);
    assert.match(down.stderr, /^carebus: Connection to 127\.0\.0\.1:1 failed/);
    const usage = await runCli(["produce", "x", "--acks", "2", ...b], { input: "a\n" });
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /--acks must be all, -1, 1 or 0/);
    const noFile = await runCli(["dump-log", "/nonexistent/00000000000000000000.log"]);
    assert.equal(noFile.code, 1);
  });

  test("the seeds' kafka-topics / kafka-console-* spelling works with the tool name replaced", async () => {
    const created = await runCli(["topics", "--create", "--topic", "patient.admissions", "--partitions", "2", "--replication-factor", "1", ...b]);
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /Created topic patient\.admissions \(2 partitions/);
    assert.match((await runCli(["topics", "--list", ...b])).stdout, /^patient\.admissions$/m);
    const produced = await runCli(["produce", "--topic", "patient.admissions", ...b], { input: "ADT^A01\n" });
    assert.equal(produced.code, 0, produced.stderr);
    const consumed = await runCli(["consume", ...b, "--topic", "patient.admissions", "--from-beginning", "--exit-at-end"]);
    assert.equal(consumed.stdout, "ADT^A01\n");
    const deleted = await runCli(["topics", "--delete", "--topic", "patient.admissions", ...b]);
    assert.match(deleted.stdout, /Deleted topic patient\.admissions\./);
  });
});
