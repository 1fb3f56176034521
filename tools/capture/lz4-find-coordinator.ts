// librdkafka decides that a broker takes LZ4 by whether it advertises FindCoordinator v0
// (GroupCoordinator shipped with LZ4 in Kafka 0.8.2; rdkafka_feature.c, feature "LZ4").
// Without it, `kcat -z lz4` sends its batches uncompressed and says so only at debug level.
// Until Carebus serves consumer groups, the capture's lz4 step runs against a broker that
// also advertises this stub. A producer without group or transactions never calls it;
// if something does, it answers COORDINATOR_NOT_AVAILABLE. When the real handler is
// registered, nothing is added.
import type { Broker } from "../../src/broker/broker.js";
import { defineHandler } from "../../src/broker/handlers/define-handler.js";
import { ErrorCode } from "../../src/protocol/errors.js";
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import {
  makeFindCoordinatorResponse,
  makeFindCoordinatorResponseCoordinator,
} from "../../src/protocol/generated/find-coordinator-response.js";

const NOT_AVAILABLE = ErrorCode.COORDINATOR_NOT_AVAILABLE;

const stubFindCoordinator = defineHandler(ApiKeys.FindCoordinator, {
  minVersion: 0,
  maxVersion: 4,
  handle(request, ctx) {
    // v4+ (KIP-699) batches keys and answers per key
    const keys = ctx.apiVersion >= 4 ? request.coordinatorKeys : [];
    return makeFindCoordinatorResponse({
      errorCode: ctx.apiVersion >= 4 ? 0 : NOT_AVAILABLE,
      nodeId: -1,
      host: "",
      port: -1,
      coordinators: keys.map((key) => makeFindCoordinatorResponseCoordinator({ key, nodeId: -1, host: "", port: -1, errorCode: NOT_AVAILABLE })),
    });
  },
});

/** Makes the broker advertise FindCoordinator (a stub) unless it serves it already. */
export function advertiseFindCoordinator(broker: Broker): void {
  if (broker.registry.get(ApiKeys.FindCoordinator) === undefined) broker.registry.register(stubFindCoordinator);
}
