// OffsetFetch (key 9), versions 0-9. The committed offset, leader epoch (v5+) and
// metadata of each asked partition, or offset -1 with empty metadata where nothing is
// committed (also for unknown groups and topics, as Kafka). Topics null (v2+) asks for
// every committed offset of the group. v8+ asks for several groups at once, each with
// its own error. Group-level errors (COORDINATOR_LOAD_IN_PROGRESS) go in the top-level
// error code from v2, and into every partition before. require_stable (v7+, KIP-447):
// a partition with a TxnOffsetCommit of a still-open transaction answers
// UNSTABLE_OFFSET_COMMIT (offset -1), which clients retry. v9's member id and epoch (KIP-848) are
// checked for consumer groups (UNKNOWN_MEMBER_ID, STALE_MEMBER_EPOCH); none is an admin fetch. Authorization: DESCRIBE on the group
// (else GROUP_AUTHORIZATION_FAILED) and on each asked topic (else TOPIC_AUTHORIZATION_FAILED
// on its partitions); asking for all topics returns only the describable ones.
import { ErrorCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import {
  makeOffsetFetchResponse,
  makeOffsetFetchResponseGroup,
  makeOffsetFetchResponsePartition,
  makeOffsetFetchResponsePartitions,
  makeOffsetFetchResponseTopic,
  makeOffsetFetchResponseTopics,
} from "../../protocol/generated/offset-fetch-response.js";
import type { FetchedOffset } from "../../coordinator/group/offset-manager.js";
import type { RequestContext } from "../request-context.js";
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { defineHandler } from "./define-handler.js";

interface RequestedTopic {
  name: string;
  partitionIndexes: number[];
}

export const offsetFetchHandler = defineHandler(ApiKeys.OffsetFetch, {
  minVersion: 0,
  maxVersion: 9,
  handle(request, ctx) {
    const v = ctx.apiVersion;
    if (v >= 8) {
      return makeOffsetFetchResponse({
        groups: request.groups.map((g) => {
          const member = v >= 9 ? { memberId: g.memberId, memberEpoch: g.memberEpoch } : undefined;
          const { errorCode, byTopic } = fetchGroup(ctx, g.groupId, g.topics, request.requireStable, member);
          return makeOffsetFetchResponseGroup({
            groupId: g.groupId,
            errorCode,
            topics: [...byTopic].map(([name, partitions]) =>
              makeOffsetFetchResponseTopics({
                name,
                partitions: partitions.map((p) =>
                  makeOffsetFetchResponsePartitions({ partitionIndex: p.partition, committedOffset: p.offset, committedLeaderEpoch: p.leaderEpoch, metadata: p.metadata, errorCode: p.errorCode }),
                ),
              }),
            ),
          });
        }),
      });
    }
    const { errorCode, byTopic } = fetchGroup(ctx, request.groupId, request.topics, request.requireStable);
    // Before v2 there is no top-level error: a group error goes into each partition.
    const partitionError = v < 2 ? errorCode : undefined;
    return makeOffsetFetchResponse({
      errorCode: v >= 2 ? errorCode : ErrorCode.NONE,
      topics: [...byTopic].map(([name, partitions]) =>
        makeOffsetFetchResponseTopic({
          name,
          partitions: partitions.map((p) =>
            makeOffsetFetchResponsePartition({
              partitionIndex: p.partition,
              committedOffset: p.offset,
              committedLeaderEpoch: p.leaderEpoch,
              metadata: p.metadata,
              errorCode: partitionError !== undefined && partitionError !== ErrorCode.NONE ? partitionError : p.errorCode,
            }),
          ),
        }),
      ),
    });
  },
});

function fetchGroup(
  ctx: RequestContext,
  groupId: string,
  topics: readonly RequestedTopic[] | null,
  requireStable: boolean,
  member?: { memberId: string | null; memberEpoch: number },
): { errorCode: number; byTopic: Map<string, FetchedOffset[]> } {
  const byTopic = new Map<string, FetchedOffset[]>();
  if (!authorize(ctx, AclOperation.DESCRIBE, "GROUP", groupId)) {
    const errorCode = ErrorCode.GROUP_AUTHORIZATION_FAILED;
    for (const t of topics ?? []) byTopic.set(t.name, t.partitionIndexes.map((partition) => ({ topic: t.name, partition, offset: -1n, leaderEpoch: -1, metadata: "", errorCode })));
    return { errorCode, byTopic };
  }
  const describable = new Map<string, boolean>();
  const mayDescribe = (topic: string): boolean => {
    let ok = describable.get(topic);
    if (ok === undefined) describable.set(topic, (ok = authorize(ctx, AclOperation.DESCRIBE, "TOPIC", topic)));
    return ok;
  };
  const asked = topics === null ? null : topics.filter((t) => mayDescribe(t.name)).flatMap((t) => t.partitionIndexes.map((partition) => ({ topic: t.name, partition })));
  const fetched = ctx.broker.groupCoordinator.offsets.fetch(groupId, asked, { requireStable, ...(member === undefined ? {} : { member }) });
  const result = { ...fetched, offsets: fetched.offsets.filter((o) => mayDescribe(o.topic)) };
  // Requested topics keep their order (and appear even when a group error empties them).
  for (const t of topics ?? []) if (!byTopic.has(t.name)) byTopic.set(t.name, []);
  for (const t of topics ?? []) {
    if (!mayDescribe(t.name)) {
      const errorCode = ErrorCode.TOPIC_AUTHORIZATION_FAILED;
      byTopic.set(t.name, t.partitionIndexes.map((partition) => ({ topic: t.name, partition, offset: -1n, leaderEpoch: -1, metadata: "", errorCode })));
    }
  }
  for (const o of result.offsets) {
    let list = byTopic.get(o.topic);
    if (list === undefined) byTopic.set(o.topic, (list = []));
    list.push(o);
  }
  if (result.errorCode !== ErrorCode.NONE && asked !== null) {
    for (const t of topics ?? []) {
      if (!mayDescribe(t.name)) continue;
      byTopic.set(t.name, t.partitionIndexes.map((partition) => ({ topic: t.name, partition, offset: -1n, leaderEpoch: -1, metadata: "", errorCode: result.errorCode })));
    }
  }
  return { errorCode: result.errorCode, byTopic };
}
