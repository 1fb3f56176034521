// What CreateAcls accepts and what DescribeAcls/DeleteAcls filters may say, as Kafka's
// AclControlManager.validateNewAcl and AclBindingFilter.findIndefiniteField decide.
// Each failure is a reason text; the handler answers INVALID_REQUEST with it.
import { parseKafkaPrincipal } from "../kafka-principal.js";
import { AclOperation, AclPermissionType, CLUSTER_NAME, PatternType, ResourceType, type AclBinding, type AclBindingFilter } from "./acl-types.js";

const KNOWN_RESOURCE_TYPES: ReadonlySet<number> = new Set(Object.values(ResourceType));
const KNOWN_OPERATIONS: ReadonlySet<number> = new Set(Object.values(AclOperation));

/** Why a binding cannot be stored, or undefined when it can. */
export function invalidBindingReason(b: AclBinding): string | undefined {
  if (b.resourceType === ResourceType.UNKNOWN || b.resourceType === ResourceType.ANY || !KNOWN_RESOURCE_TYPES.has(b.resourceType)) {
    return "Invalid resource type";
  }
  if (b.patternType !== PatternType.LITERAL && b.patternType !== PatternType.PREFIXED) return "Invalid pattern type";
  if (b.operation === AclOperation.ANY || b.operation === AclOperation.UNKNOWN || !KNOWN_OPERATIONS.has(b.operation)) return "Invalid operation type";
  if (b.permissionType !== AclPermissionType.ALLOW && b.permissionType !== AclPermissionType.DENY) return "Invalid permission type";
  if (b.resourceName === "") return "Resource name should not be empty";
  if (b.resourceType === ResourceType.CLUSTER && b.resourceName !== CLUSTER_NAME) {
    return `The only valid name for the CLUSTER resource is ${CLUSTER_NAME}`;
  }
  try {
    parseKafkaPrincipal(b.principal);
  } catch {
    return `Could not parse principal from \`${b.principal}\` (no colon is present separating the principal type from the principal name)`;
  }
  if (b.host === "") return "Invalid host: empty";
  return undefined;
}

/** A filter naming an UNKNOWN code matches nothing meaningful: Kafka refuses it. */
export function invalidFilterReason(f: AclBindingFilter): string | undefined {
  if (f.resourceType === ResourceType.UNKNOWN || !KNOWN_RESOURCE_TYPES.has(f.resourceType)) return "Resource type is UNKNOWN.";
  if (f.patternType === PatternType.UNKNOWN || f.patternType > PatternType.PREFIXED) return "Resource pattern type is UNKNOWN.";
  if (f.operation === AclOperation.UNKNOWN || !KNOWN_OPERATIONS.has(f.operation)) return "Operation is UNKNOWN.";
  if (f.permissionType === AclPermissionType.UNKNOWN || f.permissionType > AclPermissionType.ALLOW) return "Permission type is UNKNOWN.";
  return undefined;
}
