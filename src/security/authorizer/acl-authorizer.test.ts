import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { userPrincipal } from "../kafka-principal.js";
import { AclAuthorizer } from "./acl-authorizer.js";
import { AclStore } from "./acl-store.js";
import { AclOperation as Op, AclPermissionType, PatternType, ResourceType, type AclBinding } from "./acl-types.js";
import type { DataClassification } from "./data-classification.js";

function acl(over: Partial<AclBinding>): AclBinding {
  return {
    resourceType: ResourceType.TOPIC,
    resourceName: "orders",
    patternType: PatternType.LITERAL,
    principal: "User:alice",
    host: "*",
    operation: Op.READ,
    permissionType: AclPermissionType.ALLOW,
    ...over,
  };
}

function setup(acls: AclBinding[], opts: { superUsers?: string[]; allowEveryone?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "acl-"));
  const store = AclStore.open(dir);
  store.add(acls);
  const authorizer = new AclAuthorizer(store, { superUsers: opts.superUsers ?? [], allowEveryoneIfNoAclFound: opts.allowEveryone ?? false });
  const check = (user: string, operation: number, name = "orders", o: { type?: number; host?: string; classification?: DataClassification } = {}) =>
    authorizer.authorize({
      principal: userPrincipal(user),
      host: o.host ?? "127.0.0.1",
      operation,
      resourceType: o.type ?? ResourceType.TOPIC,
      resourceName: name,
      ...(o.classification === undefined ? {} : { classification: o.classification }),
    }).allowed;
  return { dir, store, check, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

describe("AclAuthorizer (Kafka's StandardAuthorizer semantics)", () => {
  test("a literal ALLOW grants only that principal, operation and resource", () => {
    const { check, cleanup } = setup([acl({})]);
    assert.equal(check("alice", Op.READ), true);
    assert.equal(check("alice", Op.WRITE), false);
    assert.equal(check("bob", Op.READ), false);
    assert.equal(check("alice", Op.READ, "orders2"), false);
    cleanup();
  });

  test("DENY wins over ALLOW, and DENY ALL denies every operation", () => {
    const { check, cleanup } = setup([
      acl({ operation: Op.ALL }),
      acl({ operation: Op.WRITE, permissionType: AclPermissionType.DENY }),
      acl({ principal: "User:*", resourceName: "*", operation: Op.ALL }),
      acl({ principal: "User:bob", resourceName: "*", operation: Op.ALL, permissionType: AclPermissionType.DENY }),
    ]);
    assert.equal(check("alice", Op.READ), true);
    assert.equal(check("alice", Op.WRITE), false);
    assert.equal(check("bob", Op.READ), false);
    assert.equal(check("carol", Op.WRITE), true, "User:* on * allows everyone else");
    cleanup();
  });

  test("a DENY on DESCRIBE does not deny READ (no implication for DENY)", () => {
    const { check, cleanup } = setup([acl({}), acl({ operation: Op.DESCRIBE, permissionType: AclPermissionType.DENY })]);
    assert.equal(check("alice", Op.READ), true);
    assert.equal(check("alice", Op.DESCRIBE), false);
    cleanup();
  });

  test("prefixed patterns match names that start with the prefix", () => {
    const { check, cleanup } = setup([acl({ resourceName: "lab.", patternType: PatternType.PREFIXED, operation: Op.WRITE })]);
    assert.equal(check("alice", Op.WRITE, "lab.results"), true);
    assert.equal(check("alice", Op.WRITE, "lab"), false);
    assert.equal(check("alice", Op.WRITE, "orders"), false);
    cleanup();
  });

  test("wildcard host and specific host", () => {
    const { check, cleanup } = setup([acl({ host: "10.0.0.1" })]);
    assert.equal(check("alice", Op.READ, "orders", { host: "10.0.0.1" }), true);
    assert.equal(check("alice", Op.READ, "orders", { host: "10.0.0.2" }), false);
    cleanup();
  });

  test("implied operations: DESCRIBE by READ/WRITE/DELETE/ALTER, DESCRIBE_CONFIGS by ALTER_CONFIGS", () => {
    for (const op of [Op.READ, Op.WRITE, Op.DELETE, Op.ALTER]) {
      const { check, cleanup } = setup([acl({ operation: op })]);
      assert.equal(check("alice", Op.DESCRIBE), true, `DESCRIBE implied by ${op}`);
      cleanup();
    }
    const { check, cleanup } = setup([acl({ operation: Op.ALTER_CONFIGS })]);
    assert.equal(check("alice", Op.DESCRIBE_CONFIGS), true);
    assert.equal(check("alice", Op.ALTER), false);
    cleanup();
    const c = setup([acl({ operation: Op.DESCRIBE })]);
    assert.equal(c.check("alice", Op.READ), false, "DESCRIBE implies nothing else");
    c.cleanup();
  });

  test("super users are always allowed, even against DENY", () => {
    const { check, cleanup } = setup([acl({ principal: "User:admin", operation: Op.ALL, permissionType: AclPermissionType.DENY })], {
      superUsers: ["User:admin", "User:kafka"],
    });
    assert.equal(check("admin", Op.WRITE), true);
    assert.equal(check("kafka", Op.ALTER, "kafka-cluster", { type: ResourceType.CLUSTER }), true);
    assert.equal(check("alice", Op.WRITE), false);
    cleanup();
  });

  test("allow.everyone.if.no.acl.found applies only when no ACL is on the resource", () => {
    const { check, cleanup } = setup([acl({})], { allowEveryone: true });
    assert.equal(check("bob", Op.WRITE, "other"), true, "no ACL on 'other'");
    assert.equal(check("bob", Op.READ, "orders"), false, "an ACL exists on 'orders' (for alice)");
    cleanup();
    const d = setup([], {});
    assert.equal(d.check("bob", Op.WRITE, "other"), false, "default is deny");
    d.cleanup();
  });

  test("PHI topics are deny-by-default even with allow.everyone.if.no.acl.found", () => {
    const { check, cleanup } = setup([acl({ resourceName: "clinical.", patternType: PatternType.PREFIXED, operation: Op.READ })], {
      allowEveryone: true,
      superUsers: ["User:admin"],
    });
    assert.equal(check("bob", Op.READ, "patient.admits", { classification: "PHI" }), false);
    assert.equal(check("bob", Op.READ, "patient.admits", { classification: "public" }), true);
    assert.equal(check("alice", Op.READ, "clinical.notes", { classification: "PHI" }), true, "explicit ALLOW");
    assert.equal(check("admin", Op.READ, "patient.admits", { classification: "PHI" }), true, "super user");
    cleanup();
  });

  test("ACLs persist in the log dir and duplicates are stored once", () => {
    const { dir, store, cleanup } = setup([acl({}), acl({})]);
    assert.equal(store.all().length, 1);
    const reopened = AclStore.open(dir);
    assert.deepEqual(reopened.all(), store.all());
    const removed = reopened.remove([
      { resourceType: ResourceType.ANY, resourceName: null, patternType: PatternType.ANY, principal: "User:alice", host: null, operation: Op.ANY, permissionType: AclPermissionType.ANY },
    ]);
    assert.equal(removed[0]?.length, 1);
    assert.equal(AclStore.open(dir).all().length, 0);
    cleanup();
  });

  test("MATCH filters select literal, wildcard and prefixed patterns that apply to a name", () => {
    const { store, cleanup } = setup([
      acl({}),
      acl({ resourceName: "*" }),
      acl({ resourceName: "ord", patternType: PatternType.PREFIXED }),
      acl({ resourceName: "x", patternType: PatternType.PREFIXED }),
    ]);
    const any = { principal: null, host: null, operation: Op.ANY, permissionType: AclPermissionType.ANY } as const;
    assert.equal(store.find({ resourceType: ResourceType.TOPIC, resourceName: "orders", patternType: PatternType.MATCH, ...any }).length, 3);
    assert.equal(store.find({ resourceType: ResourceType.TOPIC, resourceName: "orders", patternType: PatternType.LITERAL, ...any }).length, 1);
    assert.equal(store.find({ resourceType: ResourceType.ANY, resourceName: null, patternType: PatternType.PREFIXED, ...any }).length, 2);
    cleanup();
  });
});
