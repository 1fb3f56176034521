import { test } from "node:test";
import assert from "node:assert/strict";
import { kafkaToolArgs } from "./kafka-tool-args.js";

const run = (...args: string[]) => kafkaToolArgs(["node", "carebus", ...args]).slice(2);

test("kafka-topics' action flags and --topic become the subcommand and its argument", () => {
  assert.deepEqual(run("topics", "--create", "--topic", "clinical.admissions", "--bootstrap-server", "localhost:9092", "--partitions", "3"), [
    "topics", "create", "clinical.admissions", "--bootstrap-server", "localhost:9092", "--partitions", "3",
  ]);
  assert.deepEqual(run("topics", "--list", "--bootstrap-server", "b:9092"), ["topics", "list", "--bootstrap-server", "b:9092"]);
  assert.deepEqual(run("topics", "--describe", "--topic=a,b"), ["topics", "describe", "a", "b"]);
  assert.deepEqual(run("topics", "delete", "--topic", "x"), ["topics", "delete", "x"]);
});

test("Carebus's own spelling is left alone", () => {
  assert.deepEqual(run("topics", "create", "t", "-p", "3"), ["topics", "create", "t", "-p", "3"]);
  assert.deepEqual(run("acls", "add", "--topic", "t", "--operation", "Read"), ["acls", "add", "--topic", "t", "--operation", "Read"]);
  assert.deepEqual(run("start", "--override", "a=b"), ["start", "--override", "a=b"]);
});

test("kafka-acls and kafka-configs action flags; acls keep --topic as their resource flag", () => {
  assert.deepEqual(run("acls", "--bootstrap-server", "b:1", "--add", "--allow-principal", "User:a", "--topic", "t"), [
    "acls", "add", "--bootstrap-server", "b:1", "--allow-principal", "User:a", "--topic", "t",
  ]);
  assert.deepEqual(run("configs", "--alter", "--entity-type", "topics"), ["configs", "alter", "--entity-type", "topics"]);
});

test("console producer and consumer take --topic", () => {
  assert.deepEqual(run("consume", "--bootstrap-server", "b:1", "--topic", "t", "--from-beginning"), ["consume", "t", "--bootstrap-server", "b:1", "--from-beginning"]);
  assert.deepEqual(run("produce", "t"), ["produce", "t"]);
  assert.deepEqual(run("produce", "--topic", "t", "--producer.config", "p.properties"), ["produce", "t", "--command-config", "p.properties"]);
  assert.deepEqual(run("consume", "t", "--consumer.config=c.properties"), ["consume", "t", "--command-config=c.properties"]);
});

test("two action flags are ambiguous: left for the parser to reject", () => {
  assert.deepEqual(run("topics", "--create", "--delete"), ["topics", "--create", "--delete"]);
});
