// AlterConfigs (key 33), versions 0-2: the legacy, non-incremental API. A TOPIC
// resource's entries become its complete override set (keys left out are removed),
// validated as a whole: an unknown key or bad value → INVALID_CONFIG with Kafka's
// message, an unknown topic → UNKNOWN_TOPIC_OR_PARTITION. BROKER resources ("" or this
// node's id) accept no change: Carebus reads broker settings at start-up only (dynamic
// broker configs, KIP-226, are not implemented), so a change is INVALID_REQUEST "Cannot
// update these configs dynamically", as Kafka answers for a static key; an empty change
// succeeds. As in ConfigAdminManager.preprocess: a resource named twice, a key named
// twice or a null value → INVALID_REQUEST; BROKER_LOGGER and unknown types →
// INVALID_REQUEST. validateOnly checks everything and changes nothing. Each resource is
// answered on its own. Not implemented: AlterConfigPolicy, ACLs, CLIENT_METRICS, GROUP.
import { configAuthorizationError } from "./config-resources.js";
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { ErrorCode } from "../../protocol/errors.js";
import type { AlterConfigsRequestAlterConfigsResource } from "../../protocol/generated/alter-configs-request.js";
import { makeAlterConfigsResponse, makeAlterConfigsResponseAlterConfigsResourceResponse } from "../../protocol/generated/alter-configs-response.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import type { Broker } from "../broker.js";
import { apiError, NO_ERROR, type ApiError } from "./api-error.js";
import {
  brokerConfigChangeError, brokerResourceNameError, configEntriesError, ConfigResourceType, DUPLICATE_RESOURCE, duplicateResources,
  replaceTopicOverrides, unsupportedResourceError,
} from "./config-resources.js";
import { auditChange } from "../audit-request.js";
import { defineHandler } from "./define-handler.js";

export const alterConfigsHandler = defineHandler(ApiKeys.AlterConfigs, {
  minVersion: 0,
  maxVersion: 2,
  handle(request, ctx) {
    const duplicates = duplicateResources(request.resources);
    return makeAlterConfigsResponse({
      responses: request.resources.map((r) => {
        const error = duplicates.has(r)
          ? DUPLICATE_RESOURCE
          : (configAuthorizationError(ctx, r.resourceType, r.resourceName, AclOperation.ALTER_CONFIGS) ?? alter(ctx.broker, r, request.validateOnly));
        if (error.code === ErrorCode.NONE && !request.validateOnly) {
          ctx.log.info({ resourceType: r.resourceType, resourceName: r.resourceName, clientId: ctx.clientId }, "AlterConfigs replaced the configs");
        }
        if (!request.validateOnly && r.resourceType === ConfigResourceType.TOPIC) {
          const configs = Object.fromEntries(r.configs.map((c) => [c.name, c.value]));
          auditChange(ctx, "TOPIC_CONFIG_CHANGE", { resource: { type: "TOPIC", name: r.resourceName }, operation: "ALTER_CONFIGS", errorCode: error.code, errorMessage: error.message, details: { configs } });
        }
        return response(r, error);
      }),
    });
  },
  errorResponse(request, errorCode) {
    return makeAlterConfigsResponse({ responses: request.resources.map((r) => response(r, apiError(errorCode))) });
  },
});

function alter(broker: Broker, resource: AlterConfigsRequestAlterConfigsResource, validateOnly: boolean): ApiError {
  const entriesError = configEntriesError(resource.configs, () => false);
  if (entriesError !== undefined) return entriesError;
  switch (resource.resourceType) {
    case ConfigResourceType.TOPIC: {
      const overrides: Record<string, string> = Object.fromEntries(resource.configs.map((c) => [c.name, c.value ?? ""]));
      return replaceTopicOverrides(broker, resource.resourceName, overrides, validateOnly);
    }
    case ConfigResourceType.BROKER:
      return (
        brokerResourceNameError(resource.resourceName, broker.nodeId) ??
        brokerConfigChangeError(resource.configs.map((c) => c.name)) ??
        NO_ERROR
      );
    case ConfigResourceType.BROKER_LOGGER:
      // KIP-412 log levels were only ever added to IncrementalAlterConfigs.
      return apiError(ErrorCode.INVALID_REQUEST, `Unknown resource type ${resource.resourceType}`);
    default:
      return unsupportedResourceError(resource.resourceType);
  }
}

function response(resource: AlterConfigsRequestAlterConfigsResource, error: ApiError) {
  return makeAlterConfigsResponseAlterConfigsResourceResponse({
    errorCode: error.code,
    errorMessage: error.message,
    resourceType: resource.resourceType,
    resourceName: resource.resourceName,
  });
}
