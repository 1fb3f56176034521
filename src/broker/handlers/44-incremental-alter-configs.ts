// IncrementalAlterConfigs (key 44), versions 0-1 (KIP-339). Applies SET, DELETE, APPEND
// and SUBTRACT operations to a TOPIC resource's overrides, then validates the resulting
// set as a whole (Kafka's ConfigurationControlManager): APPEND/SUBTRACT work on LIST keys
// only (cleanup.policy, ...), starting from the key's default when it has no override,
// else INVALID_CONFIG; an unknown key or a bad value → INVALID_CONFIG with Kafka's
// message; an unknown topic → UNKNOWN_TOPIC_OR_PARTITION; DELETE of a key without an
// override succeeds. BROKER resources ("" or this node's id) accept no change: Carebus
// reads broker settings at start-up only (KIP-226 dynamic configs are not implemented),
// so SET/APPEND/SUBTRACT → INVALID_REQUEST "Cannot update these configs dynamically", as
// Kafka answers for a static key, and DELETE (of a dynamic value that cannot exist) is a
// no-op. As in ConfigAdminManager.preprocess: a resource named twice, a key named twice,
// a null value outside DELETE, or an unknown operation → INVALID_REQUEST. validateOnly
// checks everything and changes nothing. Not implemented: BROKER_LOGGER (KIP-412 runtime
// log levels; answered INVALID_REQUEST after Kafka's name checks), CLIENT_METRICS, GROUP,
// AlterConfigPolicy, ACLs.
import { configAuthorizationError } from "./config-resources.js";
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { TOPIC_CONFIG_DEF } from "../../config/topic-config.js";
import { BROKER_CONFIG_DEF } from "../../config/broker-config.js";
import { formatValue } from "../../config/config-def.js";
import { ErrorCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import type { IncrementalAlterConfigsRequestAlterConfigsResource } from "../../protocol/generated/incremental-alter-configs-request.js";
import {
  makeIncrementalAlterConfigsResponse,
  makeIncrementalAlterConfigsResponseAlterConfigsResourceResponse,
} from "../../protocol/generated/incremental-alter-configs-response.js";
import type { Broker } from "../broker.js";
import { apiError, NO_ERROR, type ApiError } from "./api-error.js";
import {
  brokerConfigChangeError, brokerResourceNameError, configEntriesError, ConfigResourceType, DUPLICATE_RESOURCE, duplicateResources,
  parseJavaInt, replaceTopicOverrides, unsupportedResourceError,
} from "./config-resources.js";
import { auditChange } from "../audit-request.js";
import { defineHandler } from "./define-handler.js";

/** AlterConfigOp.OpType ids. */
export const ConfigOperation = { SET: 0, DELETE: 1, APPEND: 2, SUBTRACT: 3 } as const;
const OP_NAMES = ["SET", "DELETE", "APPEND", "SUBTRACT"] as const;

export const incrementalAlterConfigsHandler = defineHandler(ApiKeys.IncrementalAlterConfigs, {
  minVersion: 0,
  maxVersion: 1,
  handle(request, ctx) {
    const duplicates = duplicateResources(request.resources);
    return makeIncrementalAlterConfigsResponse({
      responses: request.resources.map((r) => {
        const error = duplicates.has(r)
          ? DUPLICATE_RESOURCE
          : (configAuthorizationError(ctx, r.resourceType, r.resourceName, AclOperation.ALTER_CONFIGS) ?? alter(ctx.broker, r, request.validateOnly));
        if (error.code === ErrorCode.NONE && !request.validateOnly && r.configs.length > 0) {
          const ops = r.configs.map((c) => `${OP_NAMES[c.configOperation] ?? c.configOperation} ${c.name}`);
          ctx.log.info({ resourceType: r.resourceType, resourceName: r.resourceName, clientId: ctx.clientId }, `IncrementalAlterConfigs: ${ops.join(", ")}`);
        }
        if (!request.validateOnly && r.resourceType === ConfigResourceType.TOPIC) {
          const operations = r.configs.map((c) => ({ operation: OP_NAMES[c.configOperation] ?? String(c.configOperation), name: c.name, value: c.value }));
          auditChange(ctx, "TOPIC_CONFIG_CHANGE", { resource: { type: "TOPIC", name: r.resourceName }, operation: "ALTER_CONFIGS", errorCode: error.code, errorMessage: error.message, details: { operations } });
        }
        return response(r, error);
      }),
    });
  },
  errorResponse(request, errorCode) {
    return makeIncrementalAlterConfigsResponse({ responses: request.resources.map((r) => response(r, apiError(errorCode))) });
  },
});

function alter(broker: Broker, resource: IncrementalAlterConfigsRequestAlterConfigsResource, validateOnly: boolean): ApiError {
  const { configs } = resource;
  const entriesError = configEntriesError(configs, (i) => configs[i]?.configOperation === ConfigOperation.DELETE);
  if (entriesError !== undefined) return entriesError;
  const unknownOp = configs.find((c) => OP_NAMES[c.configOperation] === undefined);
  if (unknownOp !== undefined) return apiError(ErrorCode.INVALID_REQUEST, `Unknown operations type ${unknownOp.configOperation}`);
  switch (resource.resourceType) {
    case ConfigResourceType.TOPIC:
      return alterTopic(broker, resource, validateOnly);
    case ConfigResourceType.BROKER:
      return brokerResourceNameError(resource.resourceName, broker.nodeId) ?? alterBroker(resource);
    case ConfigResourceType.BROKER_LOGGER: {
      const id = parseJavaInt(resource.resourceName);
      if (id === undefined) return apiError(ErrorCode.INVALID_REQUEST, `Node id must be an integer, but it is: ${resource.resourceName}`);
      if (id !== broker.nodeId) return apiError(ErrorCode.INVALID_REQUEST, `Unexpected node id. Expected ${broker.nodeId}, but received ${resource.resourceName}`);
      return unsupportedResourceError(resource.resourceType);
    }
    default:
      return unsupportedResourceError(resource.resourceType);
  }
}

function alterTopic(broker: Broker, resource: IncrementalAlterConfigsRequestAlterConfigsResource, validateOnly: boolean): ApiError {
  // A map, not an object: a key such as "__proto__" must stay a key to be refused as unknown.
  const next = new Map(Object.entries(broker.topics.get(resource.resourceName)?.configs ?? {}));
  for (const c of resource.configs) {
    switch (c.configOperation) {
      case ConfigOperation.SET:
        next.set(c.name, c.value ?? "");
        break;
      case ConfigOperation.DELETE:
        next.delete(c.name);
        break;
      default: {
        const key = TOPIC_CONFIG_DEF.get(c.name);
        if (key?.type !== "list") {
          return apiError(ErrorCode.INVALID_CONFIG, `Can't ${OP_NAMES[c.configOperation]} to key ${c.name} because its type is not LIST.`);
        }
        const parts = splitList(next.get(c.name) ?? formatValue(key.default, key.type));
        for (const v of splitList(c.value ?? "", true)) {
          if (c.configOperation === ConfigOperation.APPEND) {
            if (!parts.includes(v)) parts.push(v);
          } else {
            const at = parts.indexOf(v);
            if (at >= 0) parts.splice(at, 1);
          }
        }
        next.set(c.name, parts.join(","));
      }
    }
  }
  return replaceTopicOverrides(broker, resource.resourceName, Object.fromEntries(next), validateOnly);
}

/** Kafka checks the operations against the key types, then refuses every key that would be set. */
function alterBroker(resource: IncrementalAlterConfigsRequestAlterConfigsResource): ApiError {
  for (const c of resource.configs) {
    if (c.configOperation !== ConfigOperation.APPEND && c.configOperation !== ConfigOperation.SUBTRACT) continue;
    const key = BROKER_CONFIG_DEF.get(c.name);
    if (key === undefined) return apiError(ErrorCode.INVALID_CONFIG, `Unknown config name: ${c.name}`);
    if (key.type !== "list") {
      const verb = c.configOperation === ConfigOperation.APPEND ? "append" : "subtract";
      return apiError(ErrorCode.INVALID_CONFIG, `Config value ${verb} is not allowed for config key: ${c.name}`);
    }
  }
  return brokerConfigChangeError(resource.configs.filter((c) => c.configOperation !== ConfigOperation.DELETE).map((c) => c.name)) ?? NO_ERROR;
}

/**
 * Java's String.split(","): trailing empty strings dropped. The stored value's empty
 * elements are dropped too (ConfigurationControlManager.getParts); the operand's are kept.
 */
function splitList(text: string | null, keepInnerEmpty = false): string[] {
  if (text === null || text === "") return [];
  const parts = text.split(",");
  while (parts.length > 0 && parts.at(-1) === "") parts.pop();
  return keepInnerEmpty ? parts : parts.filter((p) => p !== "");
}

function response(resource: IncrementalAlterConfigsRequestAlterConfigsResource, error: ApiError) {
  return makeIncrementalAlterConfigsResponseAlterConfigsResourceResponse({
    errorCode: error.code,
    errorMessage: error.message,
    resourceType: resource.resourceType,
    resourceName: resource.resourceName,
  });
}
