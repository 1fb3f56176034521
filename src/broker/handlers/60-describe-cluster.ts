// DescribeCluster (key 60), versions 0-1 (KIP-700; endpoint types KIP-919). Answers the
// cluster id, this node as controller, and this node as the only broker, with the
// endpoint of the listener the request came in on (as Metadata does). Cluster authorized
// operations are returned when asked (0 without DESCRIBE on the cluster, as Kafka). The endpoint type
// (v1) must be 1 = brokers: 2 = controllers → MISMATCHED_ENDPOINT_TYPE, since Carebus
// exposes no separate controller endpoint, and any other → UNSUPPORTED_ENDPOINT_TYPE
// (both INVALID_REQUEST in v0, as in Kafka's AuthHelper). Not implemented: racks.
import { ErrorCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import { makeDescribeClusterResponse, makeDescribeClusterResponseDescribeClusterBroker } from "../../protocol/generated/describe-cluster-response.js";
import { AclOperation, CLUSTER_NAME } from "../../security/authorizer/acl-types.js";
import { authorize, authorizedOperations } from "../authorization.js";
import { AUTHORIZED_OPERATIONS_OMITTED, CLUSTER_OPERATIONS } from "../authorized-operations.js";
import { defineHandler } from "./define-handler.js";

/** DescribeClusterRequest endpoint types (EndpointType). */
export const EndpointType = { UNKNOWN: 0, BROKER: 1, CONTROLLER: 2 } as const;
const ENDPOINT_TYPE_NAMES: Readonly<Record<number, string>> = { 1: "BROKER", 2: "CONTROLLER" };

export const describeClusterHandler = defineHandler(ApiKeys.DescribeCluster, {
  minVersion: 0,
  maxVersion: 1,
  handle(request, ctx) {
    const { broker, apiVersion } = ctx;
    const requested = ENDPOINT_TYPE_NAMES[request.endpointType];
    if (requested === undefined) {
      return makeDescribeClusterResponse({
        errorCode: apiVersion === 0 ? ErrorCode.INVALID_REQUEST : ErrorCode.UNSUPPORTED_ENDPOINT_TYPE,
        errorMessage: `Unsupported endpoint type ${request.endpointType}`,
      });
    }
    if (request.endpointType !== EndpointType.BROKER) {
      return makeDescribeClusterResponse({
        errorCode: apiVersion === 0 ? ErrorCode.INVALID_REQUEST : ErrorCode.MISMATCHED_ENDPOINT_TYPE,
        errorMessage: `The request was sent to an endpoint of type BROKER, but we wanted an endpoint of type ${requested}`,
      });
    }
    const endpoint = broker.advertisedEndpoint(ctx.connection.listenerName) ?? { host: "localhost", port: 9092 };
    return makeDescribeClusterResponse({
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      endpointType: EndpointType.BROKER,
      clusterId: broker.clusterId,
      controllerId: broker.nodeId,
      brokers: [makeDescribeClusterResponseDescribeClusterBroker({ brokerId: broker.nodeId, host: endpoint.host, port: endpoint.port, rack: null })],
      clusterAuthorizedOperations: !request.includeClusterAuthorizedOperations
        ? AUTHORIZED_OPERATIONS_OMITTED
        : authorize(ctx, AclOperation.DESCRIBE, "CLUSTER", CLUSTER_NAME)
          ? authorizedOperations(ctx, "CLUSTER", CLUSTER_NAME, CLUSTER_OPERATIONS)
          : 0,
    });
  },
  errorResponse(_request, errorCode) {
    return makeDescribeClusterResponse({ errorCode });
  },
});
