// OffsetDelete (key 47), version 0 (KIP-496). Removes committed offsets of a group:
// any partition of an Empty group; of a group with members only partitions of topics
// no member subscribes to (GROUP_SUBSCRIBED_TO_TOPIC otherwise; a group whose protocol
// is not "consumer" and has members → NON_EMPTY_GROUP). Unknown group →
// GROUP_ID_NOT_FOUND; unknown topic or partition → UNKNOWN_TOPIC_OR_PARTITION.
// Tombstones are fsynced before the answer. Not implemented: ACLs.
import { ErrorCode, KafkaError } from "../../protocol/errors.js";
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import {
  makeOffsetDeleteResponse,
  makeOffsetDeleteResponsePartition,
  makeOffsetDeleteResponseTopic,
} from "../../protocol/generated/offset-delete-response.js";
import { defineHandler } from "./define-handler.js";

export const offsetDeleteHandler = defineHandler(ApiKeys.OffsetDelete, {
  minVersion: 0,
  maxVersion: 0,
  async handle(request, ctx) {
    // DELETE on the group (GROUP_AUTHORIZATION_FAILED), READ on each topic (TOPIC_AUTHORIZATION_FAILED).
    if (!authorize(ctx, AclOperation.DELETE, "GROUP", request.groupId)) throw new KafkaError(ErrorCode.GROUP_AUTHORIZATION_FAILED);
    const denied = new Set(request.topics.filter((t) => !authorize(ctx, AclOperation.READ, "TOPIC", t.name)).map((t) => t.name));
    const asked = request.topics.filter((t) => !denied.has(t.name)).flatMap((t) => t.partitions.map((p) => ({ topic: t.name, partition: p.partitionIndex })));
    const result = await ctx.broker.groupCoordinator.offsets.delete(request.groupId, asked);
    const byTopic = new Map<string, { partitionIndex: number; errorCode: number }[]>();
    for (const t of request.topics) {
      if (denied.has(t.name)) byTopic.set(t.name, t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED })));
    }
    for (const p of result.partitions) {
      let list = byTopic.get(p.topic);
      if (list === undefined) byTopic.set(p.topic, (list = []));
      list.push({ partitionIndex: p.partition, errorCode: p.errorCode });
    }
    return makeOffsetDeleteResponse({
      errorCode: result.errorCode,
      topics: [...byTopic].map(([name, partitions]) =>
        makeOffsetDeleteResponseTopic({ name, partitions: partitions.map((p) => makeOffsetDeleteResponsePartition(p)) }),
      ),
    });
  },
  errorResponse(_request, errorCode) {
    return makeOffsetDeleteResponse({ errorCode });
  },
});
