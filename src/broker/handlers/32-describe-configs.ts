// DescribeConfigs (key 32), versions 0-4, as Kafka's ConfigHelper answers it. TOPIC (2):
// every topic config with its effective value (the topic's override, else the broker's
// setting through Kafka's synonym table, else the default), an illegal name →
// INVALID_TOPIC_EXCEPTION, an unknown topic → UNKNOWN_TOPIC_OR_PARTITION. BROKER (4):
// "" is the cluster-wide dynamic default set, which is empty because every Carebus
// broker setting is static; this node's id lists every known broker setting; another id
// → INVALID_REQUEST. BROKER_LOGGER (8): this node's root log level as one read-only
// "root" entry. Other resource types → INVALID_REQUEST. A null or empty key list means
// all keys; unknown keys are left out. v0 marks defaults with isDefault (Kafka's own
// server leaves it false); v1+ carry the config source and, when asked, the synonyms
// (most specific first); v3+ the config type and, when asked, the documentation.
// Sensitive (password) values are null. Not implemented: ACLs, CLIENT_METRICS, GROUP.
import { BROKER_CONFIG_DEF } from "../../config/broker-config.js";
import { CONFIG_SOURCE_IDS, CONFIG_TYPE_IDS, formatValue, type ConfigSource, type ConfigType } from "../../config/config-def.js";
import { ErrorCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import type { DescribeConfigsRequestDescribeConfigsResource } from "../../protocol/generated/describe-configs-request.js";
import {
  makeDescribeConfigsResponse,
  makeDescribeConfigsResponseDescribeConfigsResourceResult,
  makeDescribeConfigsResponseDescribeConfigsResult,
  makeDescribeConfigsResponseDescribeConfigsSynonym,
  type DescribeConfigsResponseDescribeConfigsResourceResult,
  type DescribeConfigsResponseDescribeConfigsResult,
} from "../../protocol/generated/describe-configs-response.js";
import type { Broker } from "../broker.js";
import { invalidTopicNameReason } from "../metadata/topic-name.js";
import type { RequestContext } from "../request-context.js";
import { apiError, NO_ERROR, type ApiError } from "./api-error.js";
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { ConfigResourceType, configAuthorizationError, parseJavaInt, unsupportedResourceError } from "./config-resources.js";
import { defineHandler } from "./define-handler.js";

/** DescribeConfigsResponse.ConfigSource.DYNAMIC_BROKER_LOGGER_CONFIG. */
const DYNAMIC_BROKER_LOGGER_CONFIG = 6;

/** One described setting, whichever resource it belongs to. */
interface Described {
  readonly name: string;
  readonly value: string | null;
  readonly source: ConfigSource;
  readonly sensitive: boolean;
  readonly readOnly: boolean;
  readonly type: ConfigType;
  readonly doc: string;
  readonly synonyms: readonly { name: string; value: string | null; source: ConfigSource }[];
}

interface Options {
  readonly version: number;
  readonly includeSynonyms: boolean;
  readonly includeDocumentation: boolean;
}

export const describeConfigsHandler = defineHandler(ApiKeys.DescribeConfigs, {
  minVersion: 0,
  maxVersion: 4,
  handle(request, ctx) {
    const options: Options = {
      version: ctx.apiVersion,
      includeSynonyms: ctx.apiVersion >= 1 && request.includeSynonyms,
      includeDocumentation: ctx.apiVersion >= 3 && request.includeDocumentation,
    };
    return makeDescribeConfigsResponse({ results: request.resources.map((r) => describe(ctx, r, options)) });
  },
  errorResponse(request, errorCode) {
    return makeDescribeConfigsResponse({ results: request.resources.map((r) => result(r, apiError(errorCode), [])) });
  },
});

function describe(ctx: RequestContext, resource: DescribeConfigsRequestDescribeConfigsResource, options: Options): DescribeConfigsResponseDescribeConfigsResult {
  const { broker } = ctx;
  const wanted = resource.configurationKeys === null || resource.configurationKeys.length === 0 ? undefined : new Set(resource.configurationKeys);
  const answer = (rows: readonly Described[]) =>
    result(resource, NO_ERROR, rows.filter((d) => wanted === undefined || wanted.has(d.name)).map((d) => encode(d, options)));
  const name = resource.resourceName;
  const denied = configAuthorizationError(ctx, resource.resourceType, name, AclOperation.DESCRIBE_CONFIGS);
  if (denied !== undefined) return result(resource, denied, []);
  switch (resource.resourceType) {
    case ConfigResourceType.TOPIC: {
      const reason = invalidTopicNameReason(name);
      if (reason !== undefined) return result(resource, apiError(ErrorCode.INVALID_TOPIC_EXCEPTION, reason), []);
      if (broker.topics.get(name) === undefined) return result(resource, apiError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION), []);
      return answer(topicRows(broker, name));
    }
    case ConfigResourceType.BROKER: {
      if (name === "") return answer([]); // the cluster-wide dynamic defaults: none
      const id = parseJavaInt(name);
      if (id === undefined) return result(resource, apiError(ErrorCode.INVALID_REQUEST, `Broker id must be an integer, but it is: ${name}`), []);
      if (id !== broker.nodeId) {
        return result(resource, apiError(ErrorCode.INVALID_REQUEST, `Unexpected broker id, expected ${broker.nodeId} or empty string, but received ${name}`), []);
      }
      return answer(brokerRows(broker));
    }
    case ConfigResourceType.BROKER_LOGGER: {
      if (name === "") return result(resource, apiError(ErrorCode.INVALID_REQUEST, "Broker id must not be empty"), []);
      const id = parseJavaInt(name);
      if (id === undefined) return result(resource, apiError(ErrorCode.INVALID_REQUEST, `Broker id must be an integer, but it is: ${name}`), []);
      if (id !== broker.nodeId) {
        return result(resource, apiError(ErrorCode.INVALID_REQUEST, `Unexpected broker id, expected ${broker.nodeId} but received ${name}`), []);
      }
      const level = ctx.log.level === "silent" ? "OFF" : ctx.log.level.toUpperCase();
      return result(resource, NO_ERROR, [
        makeDescribeConfigsResponseDescribeConfigsResourceResult({
          name: "root", value: level, readOnly: true, configSource: DYNAMIC_BROKER_LOGGER_CONFIG, isSensitive: false,
          synonyms: [], configType: CONFIG_TYPE_IDS.string, documentation: null,
        }),
      ].filter((d) => wanted === undefined || wanted.has(d.name)));
    }
    default:
      return result(resource, unsupportedResourceError(resource.resourceType), []);
  }
}

function topicRows(broker: Broker, topic: string): Described[] {
  return broker.topicConfig(topic).entries.map((e) => ({
    name: e.name, value: e.valueString, source: e.source, sensitive: e.sensitive, readOnly: e.readOnly, type: e.type, doc: e.doc, synonyms: e.synonyms,
  }));
}

/** This node's settings; a setting's synonyms are its supplied value, then its default (Kafka's order). */
function brokerRows(broker: Broker): Described[] {
  return broker.config.entries().map((e) => {
    const key = BROKER_CONFIG_DEF.get(e.name);
    const synonyms: Described["synonyms"][number][] = [];
    if (e.source === "STATIC_BROKER_CONFIG") synonyms.push({ name: e.name, value: e.value, source: "STATIC_BROKER_CONFIG" });
    if (key !== undefined && key.default !== null) {
      synonyms.push({ name: e.name, value: e.sensitive ? null : formatValue(key.default, key.type), source: "DEFAULT_CONFIG" });
    }
    return { ...e, synonyms };
  });
}

function encode(d: Described, options: Options): DescribeConfigsResponseDescribeConfigsResourceResult {
  return makeDescribeConfigsResponseDescribeConfigsResourceResult({
    name: d.name,
    value: d.sensitive ? null : d.value,
    readOnly: d.readOnly,
    isDefault: options.version === 0 && d.source === "DEFAULT_CONFIG",
    configSource: CONFIG_SOURCE_IDS[d.source],
    isSensitive: d.sensitive,
    synonyms: options.includeSynonyms
      ? d.synonyms.map((s) =>
          makeDescribeConfigsResponseDescribeConfigsSynonym({ name: s.name, value: d.sensitive ? null : s.value, source: CONFIG_SOURCE_IDS[s.source] }),
        )
      : [],
    configType: CONFIG_TYPE_IDS[d.type],
    documentation: options.includeDocumentation ? d.doc : null,
  });
}

function result(
  resource: DescribeConfigsRequestDescribeConfigsResource,
  error: ApiError,
  configs: DescribeConfigsResponseDescribeConfigsResourceResult[],
): DescribeConfigsResponseDescribeConfigsResult {
  return makeDescribeConfigsResponseDescribeConfigsResult({
    errorCode: error.code,
    errorMessage: error.message,
    resourceType: resource.resourceType,
    resourceName: resource.resourceName,
    configs,
  });
}
