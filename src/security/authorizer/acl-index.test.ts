import { test } from "node:test";
import assert from "node:assert/strict";
import { seededRandom } from "../../util/seeded-random.js";
import { AclIndex } from "./acl-index.js";
import { AclOperation, AclPermissionType, PatternType, ResourceType, WILDCARD_RESOURCE, type AclBinding } from "./acl-types.js";

/** The definition: what a full scan would find. */
function scan(acls: readonly AclBinding[], resourceType: number, name: string): AclBinding[] {
  return acls.filter(
    (b) =>
      b.resourceType === resourceType &&
      ((b.patternType === PatternType.LITERAL && (b.resourceName === name || b.resourceName === WILDCARD_RESOURCE)) ||
        (b.patternType === PatternType.PREFIXED && name.startsWith(b.resourceName))),
  );
}

const key = (b: AclBinding) => `${b.resourceType}|${b.patternType}|${b.resourceName}|${b.principal}`;

test("the index finds exactly what a scan of every ACL finds", () => {
  const random = seededRandom(848);
  const words = ["clinical", "clinical.", "clinical.adt", "clinical.adt.a01", "lab", "lab.results", "c", "*", "patient.vitals"];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const acls: AclBinding[] = [];
  for (let i = 0; i < 400; i++) {
    acls.push({
      resourceType: pick([ResourceType.TOPIC, ResourceType.GROUP]),
      resourceName: pick(words),
      patternType: pick([PatternType.LITERAL, PatternType.PREFIXED]),
      principal: `User:u${i % 7}`,
      host: "*",
      operation: AclOperation.READ,
      permissionType: AclPermissionType.ALLOW,
    });
  }
  const index = new AclIndex(acls);
  for (const type of [ResourceType.TOPIC, ResourceType.GROUP, ResourceType.CLUSTER]) {
    for (const name of [...words, "clinical.adt.a01.extra", "", "x", "lab.results.final"]) {
      assert.deepEqual(index.matching(type, name).map(key).sort(), scan(acls, type, name).map(key).sort(), `${type} ${name}`);
    }
    assert.equal(index.ofType(type).length, acls.filter((b) => b.resourceType === type).length);
  }
});
