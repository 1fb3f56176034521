import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import Fastify, { type FastifyInstance } from "fastify";
import { buildRegistryServer } from "../registry-server.js";
import { SCHEMA_FORMATS } from "../formats/index.js";
import { SchemaRegistry } from "../schema-registry.js";
import { FORWARDED_HEADER, writeOperation, type LeaderState } from "./leader-forwarding.js";

interface Seen {
  method: string;
  url: string;
  headers: Record<string, unknown>;
  body: unknown;
}

void describe("forwarding writes to the leader", () => {
  let fakeLeader: FastifyInstance;
  let leaderUrl: string;
  const seen: Seen[] = [];
  let leader: LeaderState = { kind: "unknown" };
  let syncs = 0;
  let follower: FastifyInstance;
  const written: string[] = [];

  before(async () => {
    fakeLeader = Fastify();
    fakeLeader.addContentTypeParser("*", { parseAs: "string" }, (_req, body, done) => done(null, JSON.parse(body as string)));
    fakeLeader.all("/*", (req, reply) => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body: req.body });
      if (req.url.includes("/bad")) {
        return reply.code(409).type("application/vnd.schemaregistry.v1+json").send({ error_code: 409, message: "incompatible" });
      }
      return reply.type("application/vnd.schemaregistry.v1+json").send({ id: 42 });
    });
    leaderUrl = await fakeLeader.listen({ host: "127.0.0.1", port: 0 });
    const registry = new SchemaRegistry({
      formats: SCHEMA_FORMATS,
      write: (record) => {
        written.push(record.key.keytype);
        registry.apply(record);
        return Promise.resolve();
      },
    });
    follower = buildRegistryServer(registry, {
      forwarding: {
        leader: () => leader,
        sync: () => {
          syncs += 1;
          return Promise.resolve();
        },
        timeoutMs: 5_000,
      },
    });
    await follower.ready();
  });

  after(async () => {
    await follower.close();
    await fakeLeader.close();
  });

  const schema = JSON.stringify({ type: "record", name: "R", fields: [{ name: "a", type: "string" }] });

  void test("which routes are writes", () => {
    assert.equal(writeOperation("POST", "/subjects/:subject/versions"), "register schema");
    assert.equal(writeOperation("POST", "/subjects/:subject"), undefined);
    assert.equal(writeOperation("POST", "/compatibility/subjects/:subject/versions"), undefined);
    assert.equal(writeOperation("PUT", "/config/:subject"), "update config");
    assert.equal(writeOperation("DELETE", "/mode/:subject"), "delete mode");
    assert.equal(writeOperation("DELETE", "/subjects/:subject/versions/:version"), "delete schema version");
    assert.equal(writeOperation("GET", "/subjects"), undefined);
  });

  void test("with no leader known a write is 50004 and a read is served", async () => {
    leader = { kind: "unknown" };
    const write = await follower.inject({ method: "POST", url: "/subjects/s/versions", payload: { schema }, headers: { "content-type": "application/json" } });
    assert.equal(write.statusCode, 500);
    assert.deepEqual(write.json(), { error_code: 50004, message: "Leader not known." });
    const read = await follower.inject({ method: "GET", url: "/subjects" });
    assert.equal(read.statusCode, 200);
  });

  void test("a follower forwards method, path, query, headers and body, and waits for its store", async () => {
    leader = { kind: "follower", url: leaderUrl };
    seen.length = 0;
    const before = syncs;
    const res = await follower.inject({
      method: "POST",
      url: "/subjects/s/versions?normalize=true",
      payload: { schema },
      headers: { "content-type": "application/vnd.schemaregistry.v1+json", authorization: "Basic dTpw", "x-custom": "1" },
    });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { id: 42 });
    assert.equal(res.headers["content-type"], "application/vnd.schemaregistry.v1+json");
    const forwarded = seen[0];
    assert.ok(forwarded !== undefined);
    assert.equal(forwarded.method, "POST");
    assert.equal(forwarded.url, "/subjects/s/versions?normalize=true");
    assert.equal(forwarded.headers["authorization"], "Basic dTpw");
    assert.equal(forwarded.headers["x-custom"], "1");
    assert.equal(forwarded.headers[FORWARDED_HEADER], "true");
    assert.deepEqual(forwarded.body, { schema });
    assert.equal(syncs, before + 1);
    assert.deepEqual(written, [], "the follower wrote nothing itself");
  });

  void test("the leader's error answer is passed through; reads are not forwarded", async () => {
    leader = { kind: "follower", url: leaderUrl };
    seen.length = 0;
    const res = await follower.inject({ method: "PUT", url: "/config/bad", payload: { compatibility: "FULL" }, headers: { "content-type": "application/json" } });
    assert.equal(res.statusCode, 409);
    assert.deepEqual(res.json(), { error_code: 409, message: "incompatible" });
    await follower.inject({ method: "GET", url: "/config" });
    assert.equal(seen.length, 1);
  });

  void test("an unreachable leader is 50003; a forwarded write reaching a non-leader is 50004", async () => {
    leader = { kind: "follower", url: "http://127.0.0.1:1" };
    const res = await follower.inject({ method: "DELETE", url: "/subjects/s" });
    assert.equal(res.statusCode, 500);
    assert.equal(res.json<{ error_code: number }>().error_code, 50003);
    assert.match(res.json<{ message: string }>().message, /forwarding delete subject request to the leader/);
    const bounced = await follower.inject({ method: "DELETE", url: "/subjects/s", headers: { [FORWARDED_HEADER]: "true" } });
    assert.equal(bounced.json<{ error_code: number }>().error_code, 50004);
  });

  void test("the leader writes itself once it has caught up", async () => {
    let caughtUp = false;
    leader = { kind: "leader", ready: new Promise((resolve) => setTimeout(() => ((caughtUp = true), resolve()), 20)) };
    const res = await follower.inject({ method: "POST", url: "/subjects/own/versions", payload: { schema }, headers: { "content-type": "application/json" } });
    assert.equal(res.statusCode, 200);
    assert.equal(caughtUp, true);
    assert.deepEqual(res.json(), { id: 1 });
    assert.deepEqual(written, ["SCHEMA"]);
  });

  void test("a wrong method on a known path is Confluent's 405; an unknown path stays 404", async () => {
    const res = await follower.inject({ method: "PUT", url: "/schemas/ids/1" });
    assert.equal(res.statusCode, 405);
    assert.deepEqual(res.json(), { error_code: 405, message: "HTTP 405 Method Not Allowed" });
    const missing = await follower.inject({ method: "GET", url: "/no/such/path" });
    assert.equal(missing.statusCode, 404);
  });

  void test("GET and POST / are {} and /v1/metadata/id has Confluent's scope shape", async () => {
    assert.deepEqual((await follower.inject({ method: "GET", url: "/" })).json(), {});
    assert.deepEqual((await follower.inject({ method: "POST", url: "/", payload: {}, headers: { "content-type": "application/json" } })).json(), {});
    const id = (await follower.inject({ method: "GET", url: "/v1/metadata/id" })).json<{ scope: { clusters: Record<string, unknown> } }>();
    assert.equal(id.scope.clusters["schema-registry-cluster"], "schema-registry");
    const version = (await follower.inject({ method: "GET", url: "/v1/metadata/version" })).json<{ version: string }>();
    assert.equal(typeof version.version, "string");
  });
});
