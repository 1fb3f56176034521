import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { invalidBindingReason, invalidFilterReason } from "./acl-validation.js";
import { AclOperation, AclPermissionType, PatternType, ResourceType, type AclBinding } from "./acl-types.js";

const good: AclBinding = {
  resourceType: ResourceType.TOPIC,
  resourceName: "orders",
  patternType: PatternType.LITERAL,
  principal: "User:alice",
  host: "*",
  operation: AclOperation.READ,
  permissionType: AclPermissionType.ALLOW,
};

describe("ACL validation (Kafka's CreateAcls and filter rules)", () => {
  test("a concrete binding is accepted", () => {
    assert.equal(invalidBindingReason(good), undefined);
    assert.equal(invalidBindingReason({ ...good, resourceType: ResourceType.CLUSTER, resourceName: "kafka-cluster", operation: AclOperation.ALTER }), undefined);
  });

  test("ANY/MATCH/UNKNOWN codes, empty names, bad principals and other cluster names are refused", () => {
    assert.match(invalidBindingReason({ ...good, resourceType: ResourceType.ANY }) ?? "", /resource type/);
    assert.match(invalidBindingReason({ ...good, patternType: PatternType.MATCH }) ?? "", /pattern type/);
    assert.match(invalidBindingReason({ ...good, operation: AclOperation.ANY }) ?? "", /operation/);
    assert.match(invalidBindingReason({ ...good, permissionType: AclPermissionType.ANY }) ?? "", /permission/);
    assert.match(invalidBindingReason({ ...good, resourceName: "" }) ?? "", /empty/);
    assert.match(invalidBindingReason({ ...good, principal: "alice" }) ?? "", /principal/);
    assert.match(invalidBindingReason({ ...good, resourceType: ResourceType.CLUSTER, resourceName: "other" }) ?? "", /kafka-cluster/);
  });

  test("filters may say ANY and MATCH but not UNKNOWN", () => {
    const any = { resourceType: ResourceType.ANY, resourceName: null, patternType: PatternType.MATCH, principal: null, host: null, operation: AclOperation.ANY, permissionType: AclPermissionType.ANY };
    assert.equal(invalidFilterReason(any), undefined);
    assert.match(invalidFilterReason({ ...any, resourceType: ResourceType.UNKNOWN }) ?? "", /UNKNOWN/);
    assert.match(invalidFilterReason({ ...any, operation: AclOperation.UNKNOWN }) ?? "", /UNKNOWN/);
  });
});
