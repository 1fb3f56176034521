import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  ASSIGNMENT_DUPLICATE_URLS,
  ASSIGNMENT_NO_ERROR,
  decodeAssignment,
  decodeIdentity,
  electLeader,
  encodeAssignment,
  encodeIdentity,
  identityUrl,
} from "./sr-protocol.js";

const a = { host: "registry-a", port: 8081, scheme: "http", leaderEligibility: true };
const b = { host: "registry-b", port: 8081, scheme: "http", leaderEligibility: true };

void describe("Confluent's sr group protocol", () => {
  void test("member metadata is SchemaRegistryIdentity's JSON", () => {
    const json = JSON.parse(encodeIdentity(a).toString("utf8")) as Record<string, unknown>;
    assert.deepEqual(json, { host: "registry-a", port: 8081, master_eligibility: true, scheme: "http", version: 1, leader: false });
    assert.deepEqual(decodeIdentity(encodeIdentity(a)), a);
  });

  void test("identities written by Confluent's registry decode, scheme defaulting to http", () => {
    const confluent = Buffer.from('{"version":1,"host":"sr-1","port":8081,"master_eligibility":false,"leader":false}');
    assert.deepEqual(decodeIdentity(confluent), { host: "sr-1", port: 8081, scheme: "http", leaderEligibility: false });
    assert.throws(() => decodeIdentity(Buffer.from('{"port":1}')), /host and port/);
  });

  void test("the assignment names the leader's member id and identity; without a leader both are left out", () => {
    const assignment = { error: ASSIGNMENT_NO_ERROR, leader: "member-1", leaderIdentity: a };
    const json = JSON.parse(encodeAssignment(assignment).toString("utf8")) as Record<string, unknown>;
    assert.equal(json["master"], "member-1");
    assert.deepEqual((json["master_identity"] as Record<string, unknown>)["host"], "registry-a");
    assert.equal(json["version"], 1);
    assert.deepEqual(decodeAssignment(encodeAssignment(assignment)), assignment);
    const none = { error: ASSIGNMENT_NO_ERROR, leader: undefined, leaderIdentity: undefined };
    assert.deepEqual(JSON.parse(encodeAssignment(none).toString("utf8")), { error: 0, version: 1 });
    assert.deepEqual(decodeAssignment(encodeAssignment(none)), none);
  });

  void test("the eligible member with the smallest URL leads, whatever the member order", () => {
    const members = [
      { memberId: "m-2", identity: b },
      { memberId: "m-1", identity: a },
    ];
    assert.deepEqual(electLeader(members), { error: ASSIGNMENT_NO_ERROR, leader: "m-1", leaderIdentity: a });
    assert.deepEqual(electLeader([...members].reverse()).leader, "m-1");
    assert.equal(identityUrl(a), "http://registry-a:8081");
  });

  void test("ineligible members never lead; none eligible means no leader", () => {
    const follower = { ...a, leaderEligibility: false };
    assert.equal(electLeader([{ memberId: "m-1", identity: follower }, { memberId: "m-2", identity: b }]).leader, "m-2");
    const none = electLeader([{ memberId: "m-1", identity: follower }]);
    assert.equal(none.leader, undefined);
    assert.equal(none.error, ASSIGNMENT_NO_ERROR);
  });

  void test("two members advertising one URL is DUPLICATE_URLS", () => {
    const result = electLeader([
      { memberId: "m-1", identity: a },
      { memberId: "m-2", identity: { ...a } },
    ]);
    assert.equal(result.error, ASSIGNMENT_DUPLICATE_URLS);
  });
});
