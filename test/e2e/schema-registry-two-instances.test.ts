// Two registry instances against one broker, as `carebus start --bootstrap-servers` runs
// them side by side: one is elected through the `schema-registry` group, the other
// forwards its writes; ids stay unique and increasing across a leader change, and the
// seeds' KafkaJS registry client works through the follower.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { SchemaRegistry as RegistryClient, SchemaType } from "@kafkajs/confluent-schema-registry";
import { startSchemaRegistry, type RunningSchemaRegistry } from "../../src/registry/start-schema-registry.js";
import { startTestBroker, type TestBroker } from "../support/test-broker.js";

const V1 = "application/vnd.schemaregistry.v1+json";

function schemaNamed(name: string): string {
  return JSON.stringify({ type: "record", name, namespace: "org.carebus.test", fields: [{ name: "patientId", type: "string" }] });
}

async function register(url: string, subject: string, schema: string): Promise<number> {
  const res = await fetch(`${url}/subjects/${encodeURIComponent(subject)}/versions`, {
    method: "POST",
    headers: { "content-type": V1 },
    body: JSON.stringify({ schema }),
  });
  const body = (await res.json()) as { id?: number; message?: string };
  assert.equal(res.status, 200, body.message);
  assert.equal(typeof body.id, "number");
  return body.id ?? -1;
}

async function latestId(url: string, subject: string): Promise<number | undefined> {
  const res = await fetch(`${url}/subjects/${encodeURIComponent(subject)}/versions/latest`);
  if (res.status === 404) return undefined;
  assert.equal(res.status, 200);
  return ((await res.json()) as { id: number }).id;
}

/** Polls `check` until it returns a value (bounded: fails after `tries` polls). */
async function eventually<T>(what: string, check: () => T | undefined | Promise<T | undefined>, tries = 200): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`gave up waiting for ${what}`);
}

void describe("two schema registry instances against one broker", () => {
  let server: TestBroker;
  const instances: RunningSchemaRegistry[] = [];
  let leader: RunningSchemaRegistry;
  let follower: RunningSchemaRegistry;
  const ids = new Map<string, number>();

  const start = (): Promise<RunningSchemaRegistry> =>
    startSchemaRegistry({ bootstrapServers: [server.bootstrap], listener: "http://127.0.0.1:0", sessionTimeoutMs: 6_000, heartbeatIntervalMs: 100 });

  before(async () => {
    server = await startTestBroker({ "group.initial.rebalance.delay.ms": "0" });
    instances.push(await start(), await start());
    // Both have seen the rebalance that followed the second join.
    await eventually("one agreed leader", () => {
      const [a, b] = instances;
      if (a === undefined || b === undefined) return undefined;
      const url = a.leaderUrl();
      return url !== undefined && url === b.leaderUrl() && a.isLeader() !== b.isLeader() ? true : undefined;
    });
    const [a, b] = instances as [RunningSchemaRegistry, RunningSchemaRegistry];
    [leader, follower] = a.isLeader() ? [a, b] : [b, a];
  });

  after(async () => {
    for (const instance of instances) await instance.close();
    await server.stop();
  });

  void test("exactly one is leader, and both name it by its advertised URL", () => {
    assert.equal(leader.isLeader(), true);
    assert.equal(follower.isLeader(), false);
    assert.equal(follower.leaderUrl(), leader.advertisedUrl);
    assert.notEqual(leader.advertisedUrl, follower.advertisedUrl);
  });

  void test("/v1/metadata/id names the same Kafka cluster and registry group on both", async () => {
    type ClusterId = { id: string; scope: { path: unknown[]; clusters: Record<string, unknown> } };
    const [a, b] = await Promise.all([leader, follower].map(async (r) => (await (await fetch(`${r.url}/v1/metadata/id`)).json()) as ClusterId));
    assert.ok(a !== undefined && b !== undefined);
    assert.equal(typeof a.scope.clusters["kafka-cluster"], "string");
    assert.equal(a.scope.clusters["schema-registry-cluster"], "schema-registry");
    assert.deepEqual(a, b);
  });

  void test("concurrent registrations through both get distinct ids both instances agree on", async () => {
    const subjects = Array.from({ length: 8 }, (_, i) => `clinical.concurrent-${i}-value`);
    const registered = await Promise.all(
      subjects.map(async (subject, i) => [subject, await register((i % 2 === 0 ? leader : follower).url, subject, schemaNamed(`Concurrent${i}`))] as const),
    );
    assert.equal(new Set(registered.map(([, id]) => id)).size, subjects.length);
    for (const [subject, id] of registered) {
      ids.set(subject, id);
      assert.equal(await eventually(`${subject} on the leader`, () => latestId(leader.url, subject)), id);
      assert.equal(await eventually(`${subject} on the follower`, () => latestId(follower.url, subject)), id);
    }
  });

  void test("a write through the follower is readable from the follower as soon as it is answered", async () => {
    const id = await register(follower.url, "clinical.ryw-value", schemaNamed("ReadYourWrites"));
    ids.set("clinical.ryw-value", id);
    assert.equal(await latestId(follower.url, "clinical.ryw-value"), id);
    const config = await fetch(`${follower.url}/config/clinical.ryw-value`, { method: "PUT", headers: { "content-type": V1 }, body: '{"compatibility":"FULL"}' });
    assert.equal(config.status, 200);
    const read = await fetch(`${follower.url}/config/clinical.ryw-value`);
    assert.deepEqual(await read.json(), { compatibilityLevel: "FULL" });
  });

  void test("the leader's refusal comes back through the follower", async () => {
    const res = await fetch(`${follower.url}/subjects/clinical.ryw-value/versions`, {
      method: "POST",
      headers: { "content-type": V1 },
      body: JSON.stringify({ schema: JSON.stringify({ type: "record", name: "ReadYourWrites", namespace: "org.carebus.test", fields: [{ name: "n", type: "int" }] }) }),
    });
    assert.equal(res.status, 409);
    assert.equal(((await res.json()) as { error_code: number }).error_code, 409);
  });

  void test("@kafkajs/confluent-schema-registry through the follower registers, encodes and decodes", async () => {
    const client = new RegistryClient({ host: follower.url });
    const { id } = await client.register({ type: SchemaType.AVRO, schema: schemaNamed("ViaFollower") }, { subject: "clinical.via-follower-value" });
    ids.set("clinical.via-follower-value", id);
    const encoded = await client.encode(id, { patientId: "patient-7" });
    assert.equal(encoded.readInt32BE(1), id);
    const fresh = new RegistryClient({ host: leader.url });
    assert.deepEqual({ ...((await fresh.decode(encoded)) as object) }, { patientId: "patient-7" });
  });

  void test("stopping the leader elects the other, which writes ids above every earlier one", async () => {
    const stopped = leader;
    await stopped.close();
    instances.splice(instances.indexOf(stopped), 1);
    await eventually("the survivor to lead", () => (follower.isLeader() ? true : undefined));
    assert.equal(follower.leaderUrl(), follower.advertisedUrl);
    const id = await register(follower.url, "clinical.after-failover-value", schemaNamed("AfterFailover"));
    assert.ok(id > Math.max(...ids.values()), `id ${id} is above ${Math.max(...ids.values())}`);
    // What the old leader wrote is still served.
    for (const [subject, earlier] of ids) assert.equal(await latestId(follower.url, subject), earlier);
  });
});
