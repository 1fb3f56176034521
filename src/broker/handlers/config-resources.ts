// What DescribeConfigs, AlterConfigs and IncrementalAlterConfigs share: Kafka's config
// resource types, the request checks of ConfigAdminManager.preprocess, the controller's
// checks of a topic resource (ControllerConfigurationValidator, existence checker), and
// the broker resource, whose settings are all static in Carebus: dynamic broker configs
// (KIP-226) are not implemented, so every change to one is refused as Kafka refuses a
// change to a key that is not dynamic.
import { CLUSTER_NAME } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import type { RequestContext } from "../request-context.js";
import { effectiveTopicConfig, validateTopicConfigs } from "../../config/topic-config.js";
import { checkTopicEncryption } from "../encryption-at-rest.js";
import { ErrorCode } from "../../protocol/errors.js";
import type { Broker } from "../broker.js";
import { invalidTopicNameReason } from "../metadata/topic-name.js";
import { apiError, NO_ERROR, toApiError, type ApiError } from "./api-error.js";

/** Kafka's ConfigResource.Type ids. */
export const ConfigResourceType = {
  UNKNOWN: 0,
  TOPIC: 2,
  BROKER: 4,
  BROKER_LOGGER: 8,
  CLIENT_METRICS: 16,
  GROUP: 32,
} as const;

interface ResourceRef {
  readonly resourceType: number;
  readonly resourceName: string;
}

/** Resources named more than once: Kafka answers INVALID_REQUEST for every copy. */
export function duplicateResources<R extends ResourceRef>(resources: readonly R[]): Set<R> {
  const seen = new Map<string, R>();
  const duplicates = new Set<R>();
  for (const r of resources) {
    const key = `${r.resourceType}\u0000${r.resourceName}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      duplicates.add(earlier);
      duplicates.add(r);
    } else {
      seen.set(key, r);
    }
  }
  return duplicates;
}

export const DUPLICATE_RESOURCE = apiError(ErrorCode.INVALID_REQUEST, "Each resource must appear at most once.");

/** The request-level checks of ConfigAdminManager.preprocess on one resource's entries. */
export function configEntriesError(entries: readonly { name: string; value: string | null }[], nullAllowed: (index: number) => boolean): ApiError | undefined {
  const names = new Set<string>();
  const nulls: string[] = [];
  for (const [i, e] of entries.entries()) {
    if (names.has(e.name)) return apiError(ErrorCode.INVALID_REQUEST, "Error due to duplicate config keys");
    names.add(e.name);
    if (e.value === null && !nullAllowed(i)) nulls.push(e.name);
  }
  if (nulls.length > 0) return apiError(ErrorCode.INVALID_REQUEST, `Null value not supported for : ${nulls.join(", ")}`);
  return undefined;
}

/** Resource types Kafka knows but Carebus does not configure, and unknown ones. */
export function unsupportedResourceError(resourceType: number): ApiError {
  switch (resourceType) {
    case ConfigResourceType.BROKER_LOGGER:
      return apiError(ErrorCode.INVALID_REQUEST, "Carebus does not change log levels at runtime (BROKER_LOGGER); set CAREBUS_LOG_LEVEL at start-up.");
    case ConfigResourceType.CLIENT_METRICS:
      return apiError(ErrorCode.INVALID_REQUEST, "Carebus does not support client metrics subscriptions (KIP-714).");
    case ConfigResourceType.GROUP:
      return apiError(ErrorCode.INVALID_REQUEST, "Carebus does not support group configs (KIP-848).");
    default:
      return apiError(ErrorCode.INVALID_REQUEST, `Unknown resource type ${resourceType}`);
  }
}

/** Java's Integer.parseInt: optional sign, decimal digits, int32 range; undefined otherwise. */
export function parseJavaInt(text: string): number | undefined {
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n >= -(2 ** 31) && n <= 2 ** 31 - 1 ? n : undefined;
}

/** A broker resource names the cluster default ("") or this node (ConfigAdminManager). */
export function brokerResourceNameError(name: string, nodeId: number): ApiError | undefined {
  if (name === "") return undefined;
  const id = parseJavaInt(name);
  if (id === undefined) return apiError(ErrorCode.INVALID_REQUEST, `Node id must be an integer, but it is: ${name}`);
  if (id !== nodeId) return apiError(ErrorCode.INVALID_REQUEST, `Unexpected broker id, expected ${nodeId}, but received ${name}`);
  return undefined;
}

/** Every broker setting is static (read at start-up), so any change is refused as Kafka refuses a non-dynamic key. */
export function brokerConfigChangeError(names: readonly string[]): ApiError | undefined {
  if (names.length === 0) return undefined;
  return apiError(ErrorCode.INVALID_REQUEST, `Cannot update these configs dynamically: Set(${names.join(", ")})`);
}

/** ControllerConfigurationValidator's name check of a topic resource. */
export function topicResourceNameError(name: string): ApiError | undefined {
  if (name === "") return apiError(ErrorCode.INVALID_REQUEST, "Default topic resources are not allowed.");
  const reason = invalidTopicNameReason(name);
  return reason === undefined ? undefined : apiError(ErrorCode.INVALID_TOPIC_EXCEPTION, reason);
}

/**
 * Validates `overrides` as the topic's complete new override set and, unless
 * `validateOnly`, installs it. Checks run in the controller's order: name, values, then
 * that the topic exists.
 */
export function replaceTopicOverrides(broker: Broker, topic: string, overrides: Record<string, string>, validateOnly: boolean): ApiError {
  const nameError = topicResourceNameError(topic);
  if (nameError !== undefined) return nameError;
  try {
    validateTopicConfigs(overrides);
    checkTopicEncryption(broker.keyRing, effectiveTopicConfig(overrides, broker.config, topic), topic);
  } catch (err) {
    return toApiError(err);
  }
  if (broker.topics.get(topic) === undefined) {
    return apiError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `The topic '${topic}' does not exist.`);
  }
  if (!validateOnly) broker.setTopicConfigs(topic, overrides);
  return NO_ERROR;
}

/**
 * DESCRIBE_CONFIGS / ALTER_CONFIGS on the topic (TOPIC_AUTHORIZATION_FAILED) or, for
 * broker and broker-logger resources, on the cluster (CLUSTER_AUTHORIZATION_FAILED), as
 * Kafka's ConfigHelper and ConfigAdminManager check; undefined when allowed.
 */
export function configAuthorizationError(ctx: RequestContext, resourceType: number, resourceName: string, operation: number): ApiError | undefined {
  if (resourceType === ConfigResourceType.TOPIC) {
    return authorize(ctx, operation, "TOPIC", resourceName) ? undefined : apiError(ErrorCode.TOPIC_AUTHORIZATION_FAILED);
  }
  if (resourceType === ConfigResourceType.BROKER || resourceType === ConfigResourceType.BROKER_LOGGER) {
    return authorize(ctx, operation, "CLUSTER", CLUSTER_NAME) ? undefined : apiError(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
  }
  return undefined;
}
