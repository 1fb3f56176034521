// Kafka's ResourcePatternFilter.matches and AccessControlEntryFilter.matches: which
// stored bindings a DescribeAcls or DeleteAcls filter selects. MATCH selects every
// pattern that would apply to the named resource: the literal name, the literal
// wildcard `*`, and every prefix of it.
import { AclOperation, AclPermissionType, PatternType, ResourceType, WILDCARD_RESOURCE, type AclBinding, type AclBindingFilter } from "./acl-types.js";

export function filterMatches(f: AclBindingFilter, b: AclBinding): boolean {
  return patternMatches(f, b) && entryMatches(f, b);
}

function patternMatches(f: AclBindingFilter, b: AclBinding): boolean {
  if (f.resourceType !== ResourceType.ANY && f.resourceType !== b.resourceType) return false;
  if (f.patternType === PatternType.ANY) return f.resourceName === null || f.resourceName === b.resourceName;
  if (f.patternType === PatternType.MATCH) {
    if (f.resourceName === null) return true;
    if (b.patternType === PatternType.LITERAL) return b.resourceName === f.resourceName || b.resourceName === WILDCARD_RESOURCE;
    if (b.patternType === PatternType.PREFIXED) return f.resourceName.startsWith(b.resourceName);
    return false;
  }
  if (f.patternType !== b.patternType) return false;
  return f.resourceName === null || f.resourceName === b.resourceName;
}

function entryMatches(f: AclBindingFilter, b: AclBinding): boolean {
  if (f.principal !== null && f.principal !== b.principal) return false;
  if (f.host !== null && f.host !== b.host) return false;
  if (f.operation !== AclOperation.ANY && f.operation !== b.operation) return false;
  return f.permissionType === AclPermissionType.ANY || f.permissionType === b.permissionType;
}
