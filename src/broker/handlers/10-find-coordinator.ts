// FindCoordinator (key 10), versions 0-6. This node coordinates every group and every
// transactional id, so the answer is always this node's endpoint on the listener the
// request came in on. Key type 0 (GROUP) creates __consumer_offsets first, as Kafka does
// (here synchronously, so the first answer already names the coordinator); key type 1
// (TRANSACTION) answers this node without creating __transaction_state (the transaction
// coordinator comes later); any other key type → INVALID_REQUEST. v4+ batches keys
// (KIP-699), each with its own error. DESCRIBE on the group (GROUP_AUTHORIZATION_FAILED) or
// transactional id (TRANSACTIONAL_ID_AUTHORIZATION_FAILED) is required. Not implemented:
// share groups (key type 2).
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { ErrorCode, errorByCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import { makeFindCoordinatorResponse, makeFindCoordinatorResponseCoordinator } from "../../protocol/generated/find-coordinator-response.js";
import type { RequestContext } from "../request-context.js";
import { defineHandler } from "./define-handler.js";

const GROUP = 0;
const TRANSACTION = 1;

interface Lookup {
  errorCode: number;
  errorMessage: string | null;
  nodeId: number;
  host: string;
  port: number;
}

function lookup(keyType: number, key: string, ctx: RequestContext): Lookup {
  const failed = (errorCode: number, errorMessage?: string): Lookup => ({
    errorCode,
    errorMessage: errorMessage ?? errorByCode(errorCode)?.message ?? null,
    nodeId: -1,
    host: "",
    port: -1,
  });
  if (keyType !== GROUP && keyType !== TRANSACTION) return failed(ErrorCode.INVALID_REQUEST, `Unknown coordinator type ${keyType}`);
  if (keyType === GROUP && !authorize(ctx, AclOperation.DESCRIBE, "GROUP", key)) return failed(ErrorCode.GROUP_AUTHORIZATION_FAILED);
  if (keyType === TRANSACTION && !authorize(ctx, AclOperation.DESCRIBE, "TRANSACTIONAL_ID", key)) return failed(ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
  if (keyType === GROUP) {
    try {
      ctx.broker.groupCoordinator.ensureOffsetsTopic();
    } catch (err) {
      ctx.log.warn({ err }, "creating __consumer_offsets failed");
      return failed(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    }
  }
  const endpoint = ctx.broker.advertisedEndpoint(ctx.connection.listenerName);
  if (endpoint === undefined) return failed(ErrorCode.COORDINATOR_NOT_AVAILABLE);
  return { errorCode: ErrorCode.NONE, errorMessage: null, nodeId: ctx.broker.nodeId, host: endpoint.host, port: endpoint.port };
}

export const findCoordinatorHandler = defineHandler(ApiKeys.FindCoordinator, {
  minVersion: 0,
  maxVersion: 6,
  handle(request, ctx) {
    if (ctx.apiVersion >= 4) {
      return makeFindCoordinatorResponse({
        coordinators: request.coordinatorKeys.map((key) => makeFindCoordinatorResponseCoordinator({ key, ...lookup(request.keyType, key, ctx) })),
      });
    }
    const found = lookup(ctx.apiVersion === 0 ? GROUP : request.keyType, request.key, ctx);
    return makeFindCoordinatorResponse({ ...found, errorMessage: ctx.apiVersion >= 1 ? found.errorMessage : null });
  },
});
